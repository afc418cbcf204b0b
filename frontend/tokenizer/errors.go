package tokenizer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/frontend/source"
)

// This file builds errors exactly where CPython places them. CPython has
// three ways of locating a tokenizer error, and each is reproduced:
//   - tokenizer.c's syntaxerror(): offset = characters from line_start to
//     cur, end offset the same (or an explicit byte range);
//   - pegen's RAISE_ERROR_KNOWN_LOCATION for tokenizer states (tabs, too
//     deep, line continuation, unclosed bracket): byte columns converted
//     to characters only when tok->encoding is set;
//   - pegen's RAISE_SYNTAX_ERROR at the ERRORTOKEN, which has no column:
//     offset = cur - line_start, end offset -1.

// curLineText returns the current line from line_start up to its newline.
func (s *scanner) curLineText() string {
	rest := s.src[s.lineStart:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		return rest[:i]
	}
	return rest
}

// tokError is tokenizer.c's syntaxerror(): the error points at the last
// character read.
func (s *scanner) tokError(format string, args ...any) *source.Error {
	off := utf8.RuneCountInString(s.src[s.lineStart:s.pos])
	return s.tokErrorRange(off, off, format, args...)
}

// tokErrorRange is syntaxerror_known_range(): explicit offsets, used as is.
func (s *scanner) tokErrorRange(off, endOff int, format string, args ...any) *source.Error {
	return &source.Error{
		Type:      "SyntaxError",
		Msg:       fmt.Sprintf(format, args...),
		Filename:  s.filename,
		Lineno:    s.lineno,
		Offset:    off,
		EndLineno: s.lineno,
		EndOffset: endOff,
		Text:      s.curLineText(),
	}
}

// knownLoc is _PyPegen_raise_error_known_location: col and endCol are
// 1-based byte offsets (endCol <= 0 meaning none), converted to characters
// when the input has an encoding.
func (s *scanner) knownLoc(typ, msg string, lineno, col, endLineno, endCol int) *source.Error {
	text := s.line(lineno)
	if s.charOffsets {
		col = byteToCharOffset(text, col)
		if endCol > 0 {
			endCol = byteToCharOffset(text, endCol)
		}
	}
	return &source.Error{
		Type:      typ,
		Msg:       msg,
		Filename:  s.filename,
		Lineno:    lineno,
		Offset:    col,
		EndLineno: endLineno,
		EndOffset: endCol,
		Text:      text,
	}
}

// errorTokenError is RAISE_SYNTAX_ERROR (or RAISE_INDENTATION_ERROR) when
// the last token is the column-less ERRORTOKEN.
func (s *scanner) errorTokenError(typ, msg string) *source.Error {
	return s.knownLoc(typ, msg, s.lineno, s.pos-s.lineStart, s.lineno, -1)
}

// stateError reports tokenizer states pegen turns into errors at column 0
// of the current line (TabError, too deep).
func (s *scanner) stateError(typ, msg string) *source.Error {
	return s.knownLoc(typ, msg, s.lineno, 1, s.lineno, 0)
}

// unclosedParenError is pegen's raise_unclosed_parentheses_error.
func (s *scanner) unclosedParenError() *source.Error {
	p := s.parens[len(s.parens)-1]
	return s.knownLoc("SyntaxError", fmt.Sprintf("'%c' was never closed", p.c), p.line, p.col+1, p.line, 0)
}

// byteToCharOffset is _PyPegen_byte_offset_to_character_offset: the number
// of characters in the first n bytes of line, where n may exceed the line
// by one (CPython then also counts the terminating NUL).
func byteToCharOffset(line string, n int) int {
	if n < 0 {
		return n
	}
	if n > len(line) {
		return utf8.RuneCountInString(line) + 1
	}
	return utf8.RuneCountInString(line[:n])
}

func (s *scanner) warn(msg string) {
	s.warnings = append(s.warnings, &source.Error{
		Type:     "SyntaxWarning",
		Msg:      msg,
		Filename: s.filename,
		Lineno:   s.lineno,
	})
}
