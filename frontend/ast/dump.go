package ast

// This file implements Dump, the equivalent of CPython's
// ast.dump(node, include_attributes=...) without indentation.

import (
	"math/big"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/frontend/literal"
)

// Dump returns exactly what CPython 3.11's ast.dump(n, include_attributes=attrs)
// returns for the same tree.
func Dump(n Node, attrs bool) string {
	d := &dumper{attrs: attrs}
	dumpNode(d, n)
	return d.b.String()
}

type dumper struct {
	b     strings.Builder
	attrs bool
	first []bool // per open constructor: no argument written yet
}

func (d *dumper) raw(s string) { d.b.WriteString(s) }

func (d *dumper) begin(name string) {
	d.b.WriteString(name)
	d.b.WriteByte('(')
	d.first = append(d.first, true)
}

func (d *dumper) end() {
	d.first = d.first[:len(d.first)-1]
	d.b.WriteByte(')')
}

// key starts the next keyword argument of the innermost constructor.
func (d *dumper) key(name string) {
	top := len(d.first) - 1
	if !d.first[top] {
		d.b.WriteString(", ")
	}
	d.first[top] = false
	d.b.WriteString(name)
	d.b.WriteByte('=')
}

func (d *dumper) str(s string) { d.b.WriteString(literal.ReprStr(s)) }

func (d *dumper) int(i int) { d.b.WriteString(strconv.Itoa(i)) }

func (d *dumper) enum(name string) {
	d.b.WriteString(name)
	d.b.WriteString("()")
}

func (d *dumper) strList(xs []string) {
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.str(x)
	}
	d.b.WriteByte(']')
}

func (d *dumper) pos(p *Pos) {
	if !d.attrs {
		return
	}
	d.key("lineno")
	d.int(p.Lineno)
	d.key("col_offset")
	d.int(p.ColOffset)
	d.key("end_lineno")
	d.int(p.EndLineno)
	d.key("end_col_offset")
	d.int(p.EndColOffset)
}

func (d *dumper) value(v Value) {
	d.b.WriteString(ReprValue(v))
}

// ReprValue is repr() of a constant value.
func ReprValue(v Value) string {
	switch v := v.(type) {
	case NoneValue:
		return "None"
	case EllipsisValue:
		return "Ellipsis"
	case bool:
		if v {
			return "True"
		}
		return "False"
	case *big.Int:
		return v.String()
	case float64:
		return literal.ReprFloat(v)
	case complex128:
		return literal.ReprComplex(v)
	case Str:
		return literal.ReprStr(string(v))
	case Bytes:
		return literal.ReprBytes(string(v))
	case TupleValue:
		if len(v) == 1 {
			return "(" + ReprValue(v[0]) + ",)"
		}
		return "(" + reprValues(v) + ")"
	case FrozenSetValue:
		if len(v) == 0 {
			return "frozenset()"
		}
		return "frozenset({" + reprValues(v) + "})"
	}
	return "<unknown constant>"
}

func reprValues(vs []Value) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = ReprValue(v)
	}
	return strings.Join(parts, ", ")
}

func dumpNode(d *dumper, n Node) {
	if n == nil {
		d.raw("None")
		return
	}
	n.dump(d)
}

func dumpList[T Node](d *dumper, xs []T) {
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		dumpNode(d, x)
	}
	d.b.WriteByte(']')
}

func dumpEnums[T interface{ String() string }](d *dumper, xs []T) {
	d.b.WriteByte('[')
	for i, x := range xs {
		if i > 0 {
			d.b.WriteString(", ")
		}
		d.enum(x.String())
	}
	d.b.WriteByte(']')
}
