package interp

// This file defines traceback objects and prints uncaught exceptions
// exactly as CPython 3.11 does: chained sections, source lines, the
// ~~~^^^ carets under the failing expression, and the "[Previous line
// repeated N more times]" folding of recursion.

import (
	"os"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
)

// TracebackType is the type of traceback objects.
var TracebackType = Type{Name: "traceback"}

// Traceback is one entry of an exception's traceback.
type Traceback struct {
	Object
	Frame *Frame
	Lasti int
	Line  int
	Next  *Traceback
}

func (tb *Traceback) position() bytecode.Position {
	pos := tb.Frame.code.Code.Positions
	if tb.Lasti >= 0 && tb.Lasti < len(pos) {
		return pos[tb.Lasti]
	}
	return bytecode.Position{Line: int32(tb.Line), EndLine: int32(tb.Line), Col: -1, EndCol: -1}
}

func setupTraceback() {
	initBuiltinType(&TracebackType, "")
	addGetSet(&TracebackType, "tb_lineno", func(t *Thread, v Value) (Value, error) {
		return Int(int64(objectAs[Traceback](v.ref).Line)), nil
	}, nil)
	addGetSet(&TracebackType, "tb_lasti", func(t *Thread, v Value) (Value, error) {
		// Lasti counts words; Python sees byte offsets, as in CPython.
		return Int(int64(2 * objectAs[Traceback](v.ref).Lasti)), nil
	}, nil)
	addGetSet(&TracebackType, "tb_next", func(t *Thread, v Value) (Value, error) {
		n := objectAs[Traceback](v.ref).Next
		if n == nil {
			return None, nil
		}
		return FromObject(&n.Object), nil
	}, func(t *Thread, v, val Value) error {
		// CPython's tb_next setter: a traceback or None, and no loops.
		tb := objectAs[Traceback](v.ref)
		if val.IsNull() {
			return NewError(&TypeErrorType, "can't delete tb_next attribute")
		}
		if val.IsNone() {
			tb.Next = nil
			return nil
		}
		if val.Type() != &TracebackType {
			return NewError(&TypeErrorType, "expected traceback object, got '%s'", typeName(val))
		}
		n := objectAs[Traceback](val.ref)
		for c := n; c != nil; c = c.Next {
			if c == tb {
				return NewError(&ValueErrorType, "traceback loop detected")
			}
		}
		tb.Next = n
		return nil
	})
	addGetSet(&TracebackType, "tb_frame", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[Traceback](v.ref).Frame.Object), nil
	}, nil)
	initBuiltinType(&FrameType, "")
	addGetSet(&FrameType, "f_lineno", func(t *Thread, v Value) (Value, error) {
		return Int(int64(objectAs[Frame](v.ref).Line())), nil
	}, nil)
	addGetSet(&FrameType, "f_code", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[Frame](v.ref).code.Object), nil
	}, nil)
}

// sourceLines returns the lines of a file (cached per interpreter).
func (in *Interpreter) sourceLines(filename string) []string {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	if l, ok := in.sources[filename]; ok {
		return l
	}
	data, err := os.ReadFile(filename)
	var lines []string
	if err == nil {
		lines = strings.SplitAfter(string(data), "\n")
	}
	in.sources[filename] = lines
	return lines
}

func (in *Interpreter) rememberSource(filename string, src []byte) {
	in.mu.Lock()
	defer in.mu.Unlock()
	if in.sources == nil {
		in.sources = map[string][]string{}
	}
	in.sources[filename] = strings.SplitAfter(string(src), "\n")
}

// PrintException writes exc (with its chain) to w as CPython's default
// excepthook does.
func (t *Thread) PrintException(b *strings.Builder, exc *Exception) {
	p := &excPrinter{t: t, seen: map[*Exception]bool{}}
	p.print(b, exc)
}

// excPrinter formats an exception, its chain and, for exception groups,
// their members in nested boxes, as traceback.TracebackException.format
// does (the same text CPython's C excepthook writes).
type excPrinter struct {
	t         *Thread
	seen      map[*Exception]bool
	depth     int // exception group nesting
	needClose bool
}

// Limits on how much of an exception group is printed (CPython's
// max_group_width and max_group_depth).
const (
	maxGroupWidth = 15
	maxGroupDepth = 10
)

// emit writes text with every line indented for the current group depth;
// inside a group a margin character ('|' or '+') follows the indent.
func (p *excPrinter) emit(b *strings.Builder, text string, margin byte) {
	if p.depth == 0 {
		b.WriteString(text)
		return
	}
	indent := strings.Repeat(" ", 2*p.depth) + string(margin) + " "
	for _, line := range strings.SplitAfter(text, "\n") {
		if line != "" {
			b.WriteString(indent + line)
		}
	}
}

func (p *excPrinter) print(b *strings.Builder, exc *Exception) {
	type link struct {
		msg string
		exc *Exception
	}
	var chain []link
	for e, msg := exc, ""; e != nil; {
		p.seen[e] = true
		chain = append(chain, link{msg, e})
		switch {
		case e.Cause != nil && !p.seen[e.Cause]:
			e, msg = e.Cause, "\nThe above exception was the direct cause of the following exception:\n\n"
		case e.Cause == nil && e.Context != nil && !e.SuppressContext && !p.seen[e.Context]:
			e, msg = e.Context, "\nDuring handling of the above exception, another exception occurred:\n\n"
		default:
			e = nil
		}
	}
	// Like CPython's C excepthook (print_chained), and unlike
	// traceback.py, a chained exception leaves needClose as it found it.
	needClose := p.needClose
	for i := len(chain) - 1; i >= 0; i-- {
		e := chain[i].exc
		p.needClose = needClose
		if !isExcGroup(e) {
			p.printOne(b, e, "Traceback (most recent call last):\n", '|')
		} else if p.depth > maxGroupDepth {
			p.emit(b, "... (max_group_depth is "+formatInt(maxGroupDepth)+")\n", '|')
		} else {
			p.printGroup(b, e)
		}
		if chain[i].msg != "" {
			p.emit(b, chain[i].msg, '|')
		}
	}
}

// printOne writes a traceback (if any) and the exception line.
func (p *excPrinter) printOne(b *strings.Builder, e *Exception, header string, margin byte) {
	if e.Traceback != nil {
		p.emit(b, header, margin)
		var tb strings.Builder
		p.t.printTraceback(&tb, e.Traceback)
		p.emit(b, tb.String(), '|')
	}
	var line strings.Builder
	p.t.printExceptionLine(&line, e)
	p.emit(b, line.String(), '|')
}

func (p *excPrinter) printGroup(b *strings.Builder, e *Exception) {
	top := p.depth == 0
	if top {
		p.depth++
	}
	margin := byte('|')
	if top {
		margin = '+'
	}
	p.printOne(b, e, "Exception Group Traceback (most recent call last):\n", margin)
	excs := e.group.excs.items
	n := min(len(excs), maxGroupWidth+1)
	p.needClose = false
	for i := 0; i < n; i++ {
		last := i == n-1
		if last {
			p.needClose = true // a nested group may close the box instead
		}
		truncated := i >= maxGroupWidth
		title := formatInt(int64(i + 1))
		if truncated {
			title = "..."
		}
		lead := "  "
		if i == 0 {
			lead = "+-"
		}
		b.WriteString(strings.Repeat(" ", 2*p.depth) + lead + "+---------------- " + title + " ----------------\n")
		p.depth++
		if !truncated {
			sub, _ := asException(excs[i])
			p.print(b, sub)
		} else {
			rest := len(excs) - maxGroupWidth
			p.emit(b, "and "+formatInt(int64(rest))+" more exception"+pluralS(rest > 1)+"\n", '|')
		}
		if last && p.needClose {
			b.WriteString(strings.Repeat(" ", 2*p.depth) + "+------------------------------------\n")
			p.needClose = false
		}
		p.depth--
	}
	if top {
		p.depth = 0
	}
}

const tbRecursiveCutoff = 3

func (t *Thread) printTraceback(b *strings.Builder, tb *Traceback) {
	var lastFile, lastName string
	lastLine := -1
	count := 0
	flush := func() {
		if count > tbRecursiveCutoff {
			n := count - tbRecursiveCutoff
			b.WriteString("  [Previous line repeated " + formatInt(int64(n)) + " more time" + pluralS(n > 1) + "]\n")
		}
	}
	for ; tb != nil; tb = tb.Next {
		co := tb.Frame.code
		file, name := co.filename, co.Code.Name
		if file != lastFile || tb.Line != lastLine || name != lastName {
			flush()
			lastFile, lastLine, lastName = file, tb.Line, name
			count = 0
		}
		count++
		if count > tbRecursiveCutoff {
			continue
		}
		b.WriteString("  File \"" + file + "\", line " + formatInt(int64(tb.Line)) + ", in " + name + "\n")
		t.printSourceLine(b, file, tb.position(), tb.Line)
	}
	flush()
}

func (t *Thread) printSourceLine(b *strings.Builder, file string, pos bytecode.Position, line int) {
	if t.in == nil || line <= 0 {
		return
	}
	lines := t.in.sourceLines(file)
	if line > len(lines) {
		return
	}
	orig := strings.TrimRight(lines[line-1], "\r\n")
	stripped := strings.TrimSpace(orig)
	if stripped == "" {
		return
	}
	b.WriteString("    " + stripped + "\n")
	if pos.Col < 0 || pos.EndCol < 0 || int(pos.Line) != line {
		return
	}
	strippedChars := utf8.RuneCountInString(orig) - utf8.RuneCountInString(strings.TrimLeft(orig, " \t\f\v"))
	start := charOffset(orig, int(pos.Col)) + 1
	end := charOffset(orig, int(pos.EndCol)) + 1
	var anchors *caretAnchors
	if pos.EndLine == pos.Line {
		if int(pos.Col) <= len(orig) && int(pos.EndCol) <= len(orig) && pos.Col <= pos.EndCol {
			anchors = extractAnchors(orig[pos.Col:pos.EndCol])
		}
	} else {
		end = strippedChars + utf8.RuneCountInString(stripped) + 1
	}
	n := utf8.RuneCountInString(stripped)
	if end-start < n || (anchors != nil && anchors.right-anchors.left > 0) {
		b.WriteString("    ")
		b.WriteString(strings.Repeat(" ", max(0, start-1-strippedChars)))
		if anchors != nil {
			b.WriteString(strings.Repeat("~", anchors.left))
			b.WriteString(strings.Repeat("^", anchors.right-anchors.left))
			b.WriteString(strings.Repeat("~", max(0, end-start-anchors.right)))
		} else {
			b.WriteString(strings.Repeat("^", max(0, end-start)))
		}
		b.WriteString("\n")
	}
}

// charOffset converts a byte offset in line to a character offset.
func charOffset(line string, off int) int {
	if off > len(line) {
		return utf8.RuneCountInString(line) + off - len(line)
	}
	return utf8.RuneCountInString(line[:off])
}

type caretAnchors struct{ left, right int }

// extractAnchors is traceback._extract_caret_anchors_from_line_segment.
func extractAnchors(segment string) *caretAnchors {
	defer func() { _ = recover() }()
	mod, err := parser.ParseString(segment, "<string>", parser.Exec)
	if err != nil {
		return nil
	}
	m, ok := mod.(*ast.Module)
	if !ok || len(m.Body) != 1 {
		return nil
	}
	es, ok := m.Body[0].(*ast.ExprStmt)
	if !ok {
		return nil
	}
	norm := func(off int) int { return charOffset(segment, off) }
	switch e := es.Value.(type) {
	case *ast.BinOp:
		opStart := norm(e.Left.GetPos().EndColOffset)
		opEnd := norm(e.Right.GetPos().ColOffset)
		rs := []rune(segment)
		if opStart > len(rs) || opEnd > len(rs) || opStart > opEnd {
			return nil
		}
		opStr := string(rs[opStart:opEnd])
		trimmed := strings.TrimLeft(opStr, " \t\n\r\f\v")
		opOffset := len(opStr) - len(trimmed)
		left := e.Left.GetPos().EndColOffset + opOffset
		right := left + 1
		if opOffset+1 < len(opStr) && !strings.ContainsRune(" \t\n\r\f\v", rune(opStr[opOffset+1])) {
			right++
		}
		return &caretAnchors{norm(left), norm(right)}
	case *ast.Subscript:
		return &caretAnchors{norm(e.Value.GetPos().EndColOffset), norm(e.Slice.GetPos().EndColOffset + 1)}
	}
	return nil
}

// printExceptionLine writes "Type: message" (and notes); SyntaxError
// gets its source excerpt first.
func (t *Thread) printExceptionLine(b *strings.Builder, exc *Exception) {
	if exc.typ.IsSubtype(&SyntaxErrorType) {
		if se, ok := syntaxErrorSource(t, exc); ok {
			b.WriteString(se)
			return
		}
	}
	b.WriteString(formatExceptionOnly(t, exc))
	b.WriteString(excSuggestion(t, exc))
	b.WriteString("\n")
	if !exc.Notes.IsNull() {
		if l, ok := asList(exc.Notes); ok {
			for _, n := range l.items {
				s, err := StrString(t, n)
				if err != nil {
					s = "<note str() failed>"
				}
				b.WriteString(s + "\n")
			}
		}
	}
}

// syntaxErrorSource formats a SyntaxError raised by the compiler.
func syntaxErrorSource(t *Thread, exc *Exception) (string, bool) {
	if exc.syntax == nil {
		return "", false
	}
	return exc.syntax.Format(), true
}

// newSyntaxError converts a compile error.
func newSyntaxError(se *source.Error) *Exception {
	typ := &SyntaxErrorType
	switch se.Type {
	case "IndentationError":
		typ = &IndentationErrorType
	case "TabError":
		typ = &TabErrorType
	}
	text := None
	if se.Text != "" {
		text = StrValue(se.Text)
	}
	info := NewTupleValue([]Value{StrValue(se.Filename), Int(int64(se.Lineno)), Int(int64(se.Offset)), text,
		Int(int64(se.EndLineno)), Int(int64(se.EndOffset))})
	e := newException(typ, StrValue(se.Msg), info)
	e.syntax = se
	e.attrs.Set(nil, internStatic("text"), text)
	e.attrs.Set(nil, internStatic("end_lineno"), Int(int64(se.EndLineno)))
	e.attrs.Set(nil, internStatic("end_offset"), Int(int64(se.EndOffset)))
	e.attrs.Set(nil, internStatic("msg"), StrValue(se.Msg))
	e.attrs.Set(nil, internStatic("filename"), StrValue(se.Filename))
	e.attrs.Set(nil, internStatic("lineno"), Int(int64(se.Lineno)))
	e.attrs.Set(nil, internStatic("offset"), Int(int64(se.Offset)))
	return e
}
