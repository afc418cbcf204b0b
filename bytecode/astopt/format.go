package astopt

// This file rewrites printf-style formatting of a str constant with a
// tuple display into an f-string, as CPython 3.11's optimize_format does:
// '%s and %r' % (a, b) compiles like f'{a!s} and {b!r}'. Only %s, %r and
// %a units with at most two-digit width and precision qualify; anything
// else leaves the BinOp alone.

import (
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/literal"
)

// noPos is the position CPython gives the nodes it makes up here.
var noPos = ast.Pos{Lineno: -1, ColOffset: -1, EndLineno: -1, EndColOffset: -1}

// optimizeFormat returns the JoinedStr for format % tuple, or nil to keep
// the BinOp.
func optimizeFormat(n *ast.BinOp, format ast.Str, tuple *ast.Tuple) ast.Expr {
	for _, e := range tuple.Elts {
		if _, ok := e.(*ast.Starred); ok {
			return nil
		}
	}
	fmt := literal.Runes(string(format))
	var values []ast.Expr
	pos, used := 0, 0
	for {
		if lit, next := formatLiteral(fmt, pos); next > pos {
			values = append(values, &ast.Constant{Pos: noPos, Value: ast.Str(lit)})
			pos = next
		}
		if pos >= len(fmt) {
			break
		}
		if used >= len(tuple.Elts) {
			return nil // more format units than items
		}
		pos++ // the '%'
		fv, next := formatUnit(fmt, pos, tuple.Elts[used])
		if fv == nil {
			return nil
		}
		values = append(values, fv)
		pos = next
		used++
	}
	if used < len(tuple.Elts) {
		return nil // more items than format units
	}
	return &ast.JoinedStr{Pos: n.Pos, Values: values}
}

// formatLiteral scans literal text from pos up to the next lone '%',
// turning each "%%" into "%".
func formatLiteral(fmt []rune, pos int) (string, int) {
	var b strings.Builder
	for pos < len(fmt) {
		if fmt[pos] != '%' {
			b.WriteString(literal.FromRunes(fmt[pos : pos+1]))
			pos++
		} else if pos+1 < len(fmt) && fmt[pos+1] == '%' {
			b.WriteByte('%')
			pos += 2
		} else {
			break
		}
	}
	return b.String(), pos
}

// maxDigits is CPython's MAXDIGITS: width and precision have fewer digits.
const maxDigits = 3

// formatUnit parses one conversion after its '%' (flags, width, precision,
// type) and returns the FormattedValue for arg, or nil if unsupported.
func formatUnit(fmt []rune, pos int, arg ast.Expr) (ast.Expr, int) {
	next := func() (rune, bool) {
		if pos >= len(fmt) {
			return 0, false
		}
		pos++
		return fmt[pos-1], true
	}
	ljust := false
	ch, ok := next()
	for ok && strings.ContainsRune("-+ #0", ch) {
		if ch == '-' {
			ljust = true
		}
		ch, ok = next()
	}
	if !ok {
		return nil, pos
	}
	width, prec := -1, -1
	number := func() (int, bool) {
		v, digits := 0, 0
		for '0' <= ch && ch <= '9' {
			v = v*10 + int(ch-'0')
			if ch, ok = next(); !ok {
				return 0, false
			}
			if digits++; digits >= maxDigits {
				return 0, false
			}
		}
		return v, true
	}
	if '0' <= ch && ch <= '9' {
		if width, ok = number(); !ok {
			return nil, pos
		}
	}
	if ch == '.' {
		if ch, ok = next(); !ok {
			return nil, pos
		}
		if prec, ok = number(); !ok {
			return nil, pos
		}
	}
	if ch != 's' && ch != 'r' && ch != 'a' {
		return nil, pos
	}
	var spec string
	if !ljust && width > 0 {
		spec = ">"
	}
	if width >= 0 {
		spec += strconv.Itoa(width)
	}
	if prec >= 0 {
		spec += "." + strconv.Itoa(prec)
	}
	fv := &ast.FormattedValue{Pos: *arg.GetPos(), Value: arg, Conversion: int(ch)}
	if spec != "" {
		fv.FormatSpec = &ast.Constant{Pos: noPos, Value: ast.Str(spec)}
	}
	return fv, pos
}
