package main

// This file parses the small subset of ASDL that nodes.asdl uses.

import (
	"fmt"
	"strings"
	"unicode"
)

// field is one ASDL field: `expr? returns` is {Type: "expr", Opt: true, Name: "returns"}.
type field struct {
	Type, Name string
	Opt, Seq   bool
}

// constructor is one alternative of a sum type, or the single shape of a product type.
type constructor struct {
	Name   string
	Fields []field
}

// definition is `name = ...`: a sum (Cons has one or more entries) or a product (Product set).
type definition struct {
	Name       string
	Cons       []constructor
	Product    bool
	Attributes []field
}

type asdlParser struct {
	toks []string
	pos  int
}

func tokenizeASDL(src string) []string {
	var toks []string
	for _, line := range strings.Split(src, "\n") {
		if i := strings.Index(line, "--"); i >= 0 {
			line = line[:i]
		}
		for i := 0; i < len(line); {
			c := rune(line[i])
			switch {
			case unicode.IsSpace(c):
				i++
			case strings.ContainsRune("=|(),*?{}", c):
				toks = append(toks, string(c))
				i++
			default:
				j := i
				for j < len(line) && (line[j] == '_' || unicode.IsLetter(rune(line[j])) || unicode.IsDigit(rune(line[j]))) {
					j++
				}
				if j == i {
					j = i + 1
				}
				toks = append(toks, line[i:j])
				i = j
			}
		}
	}
	return toks
}

func (p *asdlParser) peek() string {
	if p.pos < len(p.toks) {
		return p.toks[p.pos]
	}
	return ""
}

func (p *asdlParser) next() string {
	t := p.peek()
	p.pos++
	return t
}

func (p *asdlParser) expect(s string) {
	if t := p.next(); t != s {
		panic(fmt.Sprintf("asdl: expected %q, got %q", s, t))
	}
}

func parseASDL(src string) (defs []*definition, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%v", r)
		}
	}()
	p := &asdlParser{toks: tokenizeASDL(src)}
	p.expect("module")
	p.next() // module name
	p.expect("{")
	for p.peek() != "}" {
		d := &definition{Name: p.next()}
		p.expect("=")
		if p.peek() == "(" {
			d.Product = true
			d.Cons = []constructor{{Name: d.Name, Fields: p.fields()}}
		} else {
			for {
				c := constructor{Name: p.next()}
				if p.peek() == "(" {
					c.Fields = p.fields()
				}
				d.Cons = append(d.Cons, c)
				if p.peek() != "|" {
					break
				}
				p.next()
			}
		}
		if p.peek() == "attributes" {
			p.next()
			d.Attributes = p.fields()
		}
		defs = append(defs, d)
	}
	return defs, nil
}

func (p *asdlParser) fields() []field {
	p.expect("(")
	var fs []field
	for {
		f := field{Type: p.next()}
		switch p.peek() {
		case "?":
			f.Opt = true
			p.next()
		case "*":
			f.Seq = true
			p.next()
		}
		f.Name = p.next()
		fs = append(fs, f)
		if p.next() == ")" {
			return fs
		}
	}
}
