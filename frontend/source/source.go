// Package source defines what every frontend stage shares about source text:
// positions and the syntax errors (SyntaxError, IndentationError, TabError)
// that the tokenizer, parser, symbol-table pass and compiler raise.
//
// It imports nothing from pyjit, so every other package may import it.
package source

import (
	"fmt"
	"strings"
	"unicode/utf8"
)

// Pos is a position in source text as CPython's AST reports it: Line is
// 1-based, Col is a 0-based offset in UTF-8 bytes from the start of the line.
type Pos struct {
	Line, Col int
}

// Error is a SyntaxError or one of its subclasses, carrying the attributes
// CPython's SyntaxError has. Offsets follow CPython: 1-based and counted in
// characters (code points), not bytes; 0 means "no offset".
type Error struct {
	Type      string // "SyntaxError", "IndentationError" or "TabError"
	Msg       string
	Filename  string
	Lineno    int
	Offset    int
	EndLineno int
	EndOffset int
	Text      string // the offending source line, or "" when unknown
}

func (e *Error) Error() string {
	return fmt.Sprintf("%s: %s (%s, line %d)", e.Type, e.Msg, e.Filename, e.Lineno)
}

// CharOffset converts a 0-based byte column in line to CPython's 1-based
// character offset (what _PyPegen_byte_offset_to_character_offset computes).
// A column past the end of the line counts the missing bytes as characters.
func CharOffset(line string, byteCol int) int {
	if byteCol <= 0 {
		return byteCol + 1
	}
	if byteCol > len(line) {
		return utf8.RuneCountInString(line) + (byteCol - len(line)) + 1
	}
	return utf8.RuneCountInString(line[:byteCol]) + 1
}

// Line returns the 1-based line n of src including its line terminator, or
// "" when src has fewer lines. "\r\n" and "\r" count as terminators.
func Line(src []byte, n int) string {
	if n < 1 {
		return ""
	}
	cur := 1
	start := 0
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c != '\n' && c != '\r' {
			continue
		}
		end := i + 1
		if c == '\r' && i+1 < len(src) && src[i+1] == '\n' {
			end = i + 2
			i++
		}
		if cur == n {
			return string(src[start:end])
		}
		cur++
		start = end
	}
	if cur == n && start < len(src) {
		return string(src[start:])
	}
	return ""
}

// Format renders e the way CPython 3.11 prints an uncaught SyntaxError
// (print_exception and print_error_text in Python/pythonrun.c): the File
// line, the source line without its indentation, a caret line, and
// "Type: msg". Like CPython it mixes character offsets with byte lengths,
// so carets under non-ASCII text land where CPython's land.
func (e *Error) Format() string {
	var b strings.Builder
	fmt.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Lineno)
	if e.Text != "" {
		endLineno, endOffset := e.EndLineno, e.EndOffset
		if e.Type != "SyntaxError" {
			// CPython reads the end position of SyntaxError itself only,
			// not of IndentationError and TabError.
			endLineno, endOffset = e.Lineno, -1
		}
		if endLineno > e.Lineno {
			endOffset = len(e.Text)
		}
		if endOffset > len(e.Text)+1 {
			endOffset = len(e.Text) + 1
		}
		writeErrorText(&b, e.Offset, endOffset, e.Text)
	}
	fmt.Fprintf(&b, "%s: %s\n", e.Type, e.Msg)
	return b.String()
}

// writeErrorText is CPython's print_error_text.
func writeErrorText(b *strings.Builder, offset, endOffset int, text string) {
	carets := 1
	if endOffset > 0 && endOffset > offset {
		carets = endOffset - offset
	}
	offset-- // 1-based to 0-based
	for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
		text = text[1:]
		offset--
	}
	n := len(text)
	if n > 0 && text[n-1] == '\n' {
		n--
	}
	if offset > n {
		offset = n
	}
	for {
		nl := strings.IndexByte(text, '\n')
		if nl < 0 || nl >= offset {
			break
		}
		text = text[nl+1:]
		n -= nl + 1
		offset -= nl + 1
	}
	b.WriteString("    ")
	b.WriteString(text)
	if n >= len(text) || text[n] != '\n' {
		b.WriteByte('\n')
	}
	if offset < 0 {
		return
	}
	b.WriteString("    ")
	b.WriteString(strings.Repeat(" ", offset))
	b.WriteString(strings.Repeat("^", carets))
	b.WriteByte('\n')
}
