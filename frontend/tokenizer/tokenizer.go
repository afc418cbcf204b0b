// Package tokenizer is pyjit's Python 3.11 tokenizer. It turns source bytes
// (or an already decoded str) into the token stream CPython's C tokenizer
// (Parser/tokenizer.c) hands to the PEG parser, with the same kinds,
// positions and SyntaxError/IndentationError/TabError messages, and it can
// also dump the stream the way `python3.11 -m tokenize -e` prints it
// (Lib/tokenize.py), using the same scanning code in a second mode.
//
// It imports only the standard library, golang.org/x/text and
// pyjit/frontend/source; every later frontend stage may import it.
package tokenizer

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/source"
)

// Token is one token of the C tokenizer's stream.
//
// Positions follow CPython's Token structure (lineno, col_offset,
// end_lineno, end_col_offset): lines are 1-based, columns are 0-based byte
// offsets into the line, EndCol is exclusive. As in CPython:
//   - a STRING starts on its first line and may end on a later one;
//   - NEWLINE starts where a comment before it starts (else at the
//     newline) and ends before the newline character (EndCol is the
//     newline's column), though Text is "\n" ("" for the newline added
//     after a last line that has none);
//   - INDENT, DEDENT and ENDMARKER carry no column: Col and EndCol are -1
//     and Line/EndLine are the tokenizer's current line. A parser
//     reporting an error at such a token uses Cursor() as CPython does.
type Token struct {
	Kind            Kind
	Text            string
	Line, Col       int
	EndLine, EndCol int
}

// Tokenizer produces tokens lazily, as CPython's parser requests them.
type Tokenizer struct {
	// Interactive selects REPL ("single input") handling of blank lines:
	// a completely empty line ends a compound statement and a first line
	// holding only a comment or spaces is let through as in CPython.
	Interactive bool

	// Warnings collects the SyntaxWarnings CPython's tokenizer emits, such
	// as "invalid decimal literal" for "1if x else y".
	Warnings []*source.Error

	s   scanner
	err error
}

// New prepares to tokenize src, the bytes of a file (or bytes given to
// compile()). It strips a UTF-8 BOM, honours a PEP 263 coding declaration
// on line 1 or 2, decodes to UTF-8 and normalizes line endings to "\n".
// The error, if any, is a *source.Error.
func New(src []byte, filename string) (*Tokenizer, error) {
	text, enc, err := decodeSource(src, filename)
	if err != nil {
		return nil, err
	}
	t := &Tokenizer{}
	t.s.init(text, filename, false)
	t.s.charOffsets = enc != ""
	t.s.encoding = enc
	t.err = t.s.nulCheck()
	return t, nil
}

// NewFromString is New for text that is already a Python str: no BOM or
// coding declaration is looked at, as in compile() of a str.
func NewFromString(src string, filename string) *Tokenizer {
	t := &Tokenizer{}
	t.s.init(src, filename, false)
	t.s.charOffsets = true
	t.s.encoding = "utf-8"
	t.err = t.s.nulCheck()
	return t
}

// Next returns the next token, or the *source.Error CPython would raise
// when its parser asks for that token. After an error every further call
// returns the same error.
func (t *Tokenizer) Next() (Token, error) {
	if t.err != nil {
		return Token{}, t.err
	}
	t.s.interactive = t.Interactive
	tok, err := t.s.next()
	t.Warnings = t.s.warnings
	if err != nil {
		t.err = err
		return Token{}, err
	}
	return tok, nil
}

// Line returns the decoded source line n (1-based) without its newline,
// or "" when there is no such line. It is what SyntaxError.text shows.
func (t *Tokenizer) Line(n int) string {
	return strings.TrimSuffix(t.s.line(n), "\n")
}

// Cursor returns the tokenizer's current line and the byte offset of its
// read position in that line (CPython's tok->lineno and
// tok->cur - tok->line_start). CPython's parser uses them to place errors
// reported at tokens without a column (INDENT, DEDENT, ENDMARKER).
func (t *Tokenizer) Cursor() (line, col int) {
	return t.s.lineno, t.s.pos - t.s.lineStart
}

// Encoding returns the source encoding CPython records for this input
// (tok->encoding): "utf-8" for a str, a BOM or a utf-8 cookie, the cookie's
// normalized name otherwise, and "" for bytes with neither BOM nor cookie.
// When it is "", CPython's parser reports error columns in bytes rather than
// characters (a quirk of _PyPegen_raise_error_known_location).
func (t *Tokenizer) Encoding() string {
	return t.s.encoding
}
