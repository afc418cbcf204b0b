package compiler

// This file turns annotation expressions back into source text, as
// CPython's Python/ast_unparse.c does for "from __future__ import
// annotations".

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
)

// Operator precedences of ast_unparse.c (PR_*).
const (
	prTuple = iota
	prTest
	prOr
	prAnd
	prNot
	prCmp
	prBor
	prBxor
	prBand
	prShift
	prArith
	prTerm
	prFactor
	prPower
	prAwait
	prAtom
)

func unparseAnnotation(e ast.Expr) string {
	var b strings.Builder
	unparse(&b, e, prTest)
	return b.String()
}

var binOpInfo = map[ast.Operator]struct {
	sym  string
	prec int
}{
	ast.Add: {" + ", prArith}, ast.Sub: {" - ", prArith}, ast.Mult: {" * ", prTerm},
	ast.MatMult: {" @ ", prTerm}, ast.Div: {" / ", prTerm}, ast.Modulo: {" % ", prTerm},
	ast.FloorDiv: {" // ", prTerm}, ast.Pow: {" ** ", prPower}, ast.LShift: {" << ", prShift},
	ast.RShift: {" >> ", prShift}, ast.BitOr: {" | ", prBor}, ast.BitXor: {" ^ ", prBxor},
	ast.BitAnd: {" & ", prBand},
}

var cmpSyms = map[ast.CmpOp]string{
	ast.Eq: " == ", ast.NotEq: " != ", ast.Lt: " < ", ast.LtE: " <= ", ast.Gt: " > ",
	ast.GtE: " >= ", ast.Is: " is ", ast.IsNot: " is not ", ast.In: " in ", ast.NotIn: " not in ",
}

func unparseSeq(b *strings.Builder, es []ast.Expr) {
	for i, x := range es {
		if i > 0 {
			b.WriteString(", ")
		}
		unparse(b, x, prTest)
	}
}

func unparse(b *strings.Builder, e ast.Expr, level int) {
	paren := func(need bool, f func()) {
		if need {
			b.WriteString("(")
		}
		f()
		if need {
			b.WriteString(")")
		}
	}
	switch x := e.(type) {
	case *ast.Constant:
		if x.Value == ast.Ellipsis {
			b.WriteString("...")
			return
		}
		b.WriteString(ast.ReprValue(x.Value))
	case *ast.Name:
		b.WriteString(x.Id)
	case *ast.Attribute:
		unparse(b, x.Value, prAtom)
		if k, ok := x.Value.(*ast.Constant); ok {
			if _, isInt := k.Value.(interface{ Sign() int }); isInt {
				b.WriteString(" ")
			}
		}
		b.WriteString(".")
		b.WriteString(x.Attr)
	case *ast.Subscript:
		unparse(b, x.Value, prAtom)
		b.WriteString("[")
		if t, ok := x.Slice.(*ast.Tuple); ok && len(t.Elts) > 0 {
			unparseSeq(b, t.Elts)
			if len(t.Elts) == 1 {
				b.WriteString(",")
			}
		} else {
			unparse(b, x.Slice, prTuple)
		}
		b.WriteString("]")
	case *ast.Slice:
		if x.Lower != nil {
			unparse(b, x.Lower, prTest)
		}
		b.WriteString(":")
		if x.Upper != nil {
			unparse(b, x.Upper, prTest)
		}
		if x.Step != nil {
			b.WriteString(":")
			unparse(b, x.Step, prTest)
		}
	case *ast.Tuple:
		if len(x.Elts) == 0 {
			b.WriteString("()")
			return
		}
		paren(level > prTuple, func() {
			unparseSeq(b, x.Elts)
			if len(x.Elts) == 1 {
				b.WriteString(",")
			}
		})
	case *ast.List:
		b.WriteString("[")
		unparseSeq(b, x.Elts)
		b.WriteString("]")
	case *ast.Set:
		b.WriteString("{")
		unparseSeq(b, x.Elts)
		b.WriteString("}")
	case *ast.Dict:
		b.WriteString("{")
		for i := range x.Values {
			if i > 0 {
				b.WriteString(", ")
			}
			if x.Keys[i] == nil {
				b.WriteString("**")
				unparse(b, x.Values[i], prBor)
				continue
			}
			unparse(b, x.Keys[i], prTest)
			b.WriteString(": ")
			unparse(b, x.Values[i], prTest)
		}
		b.WriteString("}")
	case *ast.BinOp:
		info := binOpInfo[x.Op]
		rassoc := x.Op == ast.Pow
		paren(level > info.prec, func() {
			l, r := info.prec, info.prec+1
			if rassoc {
				l, r = info.prec+1, info.prec
			}
			unparse(b, x.Left, l)
			b.WriteString(info.sym)
			unparse(b, x.Right, r)
		})
	case *ast.UnaryOp:
		sym, prec := "-", prFactor
		switch x.Op {
		case ast.Not:
			sym, prec = "not ", prNot
		case ast.UAdd:
			sym = "+"
		case ast.Invert:
			sym = "~"
		}
		paren(level > prec, func() {
			b.WriteString(sym)
			unparse(b, x.Operand, prec)
		})
	case *ast.BoolOp:
		sym, prec := " and ", prAnd
		if x.Op == ast.Or {
			sym, prec = " or ", prOr
		}
		paren(level > prec, func() {
			for i, v := range x.Values {
				if i > 0 {
					b.WriteString(sym)
				}
				unparse(b, v, prec+1)
			}
		})
	case *ast.Compare:
		paren(level > prCmp, func() {
			unparse(b, x.Left, prCmp+1)
			for i, op := range x.Ops {
				b.WriteString(cmpSyms[op])
				unparse(b, x.Comparators[i], prCmp+1)
			}
		})
	case *ast.Call:
		unparse(b, x.Func, prAtom)
		b.WriteString("(")
		first := true
		for _, a := range x.Args {
			if !first {
				b.WriteString(", ")
			}
			first = false
			unparse(b, a, prTest)
		}
		for _, k := range x.Keywords {
			if !first {
				b.WriteString(", ")
			}
			first = false
			if k.Arg == "" {
				b.WriteString("**")
			} else {
				b.WriteString(k.Arg + "=")
			}
			unparse(b, k.Value, prTest)
		}
		b.WriteString(")")
	case *ast.Starred:
		b.WriteString("*")
		unparse(b, x.Value, prBor)
	case *ast.IfExp:
		paren(level > prTest, func() {
			unparse(b, x.Body, prTest+1)
			b.WriteString(" if ")
			unparse(b, x.Test, prTest+1)
			b.WriteString(" else ")
			unparse(b, x.Orelse, prTest)
		})
	default:
		// Rare in annotations (lambdas, comprehensions, f-strings):
		// keep the node kind visible rather than fail.
		b.WriteString("...")
	}
}
