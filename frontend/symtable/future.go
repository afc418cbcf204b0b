package symtable

import (
	"fmt"
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
)

// FutureFeatures are the __future__ features a module enables (CPython's
// PyFutureFeatures).
type FutureFeatures struct {
	Annotations  bool // "annotations": annotations are not evaluated
	BarryAsFLUFL bool // "barry_as_FLUFL"
	// Lineno is the line of the last leading future import (ff_lineno), 0
	// when there is none; the compiler refuses __future__ imports after it.
	Lineno int
}

// knownFutures are the features of Python 3.11 that change nothing any more
// but may still be imported.
var knownFutures = map[string]bool{
	"nested_scopes": true, "generators": true, "division": true, "absolute_import": true,
	"with_statement": true, "print_function": true, "unicode_literals": true,
	"generator_stop": true, "annotations": true, "barry_as_FLUFL": true,
}

// Future reads the __future__ imports at the start of a Module or
// Interactive tree the way CPython's future.c does (it runs before the
// symbol table, so Build calls it and reports its errors first). Only
// imports preceded by nothing but a docstring and other future imports
// count; a future import after another statement on the same line is an
// error here, one on a later line is left to the compiler.
func Future(mod ast.Mod, filename string) (FutureFeatures, error) {
	var ff FutureFeatures
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		if m != nil {
			body = m.Body
		}
	case *ast.Interactive:
		if m != nil {
			body = m.Body
		}
	}
	i := 0
	if len(body) > 0 && isDocstring(body[0]) {
		i = 1
	}
	done := false
	prevLine := 0
	for ; i < len(body); i++ {
		s := body[i]
		if s == nil {
			break
		}
		p := s.GetPos()
		if done && p.Lineno > prevLine {
			break
		}
		prevLine = p.Lineno
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" {
			done = true
			continue
		}
		if done {
			// future.c passes the 0-based column here, unlike below.
			return ff, futureError(filename, "from __future__ imports must occur at the beginning of the file", p.Lineno, p.ColOffset)
		}
		for _, a := range imp.Names {
			if a == nil {
				continue
			}
			switch {
			case a.Name == "annotations":
				ff.Annotations = true
			case a.Name == "barry_as_FLUFL":
				ff.BarryAsFLUFL = true
			case knownFutures[a.Name]:
			case a.Name == "braces":
				return ff, futureError(filename, "not a chance", p.Lineno, p.ColOffset+1)
			default:
				return ff, futureError(filename, fmt.Sprintf("future feature %s is not defined", truncateBytes(a.Name, 100)), p.Lineno, p.ColOffset+1)
			}
		}
		ff.Lineno = p.Lineno
	}
	return ff, nil
}

// futureError locates an error the way PyErr_SyntaxLocationObject does:
// with no end offset.
func futureError(filename, msg string, lineno, offset int) error {
	return &source.Error{
		Type:      "SyntaxError",
		Msg:       msg,
		Filename:  filename,
		Lineno:    lineno,
		Offset:    offset,
		EndLineno: lineno,
	}
}

// truncateBytes mimics "%.100s" in PyUnicode_FromFormat: the precision
// counts bytes, and a character cut in two decodes as U+FFFD.
func truncateBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	return strings.ToValidUTF8(s[:n], "\uFFFD")
}

func isDocstring(s ast.Stmt) bool {
	es, ok := s.(*ast.ExprStmt)
	if !ok || es == nil {
		return false
	}
	c, ok := es.Value.(*ast.Constant)
	if !ok || c == nil {
		return false
	}
	_, ok = c.Value.(ast.Str)
	return ok
}
