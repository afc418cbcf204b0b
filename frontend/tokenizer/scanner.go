package tokenizer

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/source"
)

// Limits from Parser/tokenizer.h.
const (
	maxIndent  = 100 // MAXINDENT
	maxLevel   = 200 // MAXLEVEL: parentheses nesting
	tabSize    = 8
	altTabSize = 1
	eofChar    = -1
)

type paren struct {
	c         byte
	line, col int
}

// scanner is the state shared by both modes. It reads its input line by
// line exactly like tokenizer.c's tok_nextc, so that lineno, line_start and
// cur have CPython's values whenever a token or an error is produced.
//
// In C mode (pyMode false) src has "\n" line endings only and ends with
// "\n". In tokenize.py mode (pyMode true) src is the decoded text as is.
type scanner struct {
	src      string
	filename string
	pyMode   bool

	origLen int // length of the text before the final "\n" was added

	pos       int // tok->cur
	inp       int // tok->inp: end of the current line
	lineStart int // tok->line_start
	lineno    int
	done      bool // tok->done == E_EOF
	start     int  // tok->start: start of the current token

	atbol       bool
	pendin      int
	indstack    []int
	altindstack []int
	parens      []paren
	contLine    bool

	// Where the string being scanned started (first_lineno, multi_line_start).
	firstLineno    int
	multiLineStart int

	interactive bool
	charOffsets bool   // tok->encoding != NULL: pegen converts columns to characters
	encoding    string // tok->encoding, "" for NULL

	warnings []*source.Error

	lineIndex []int // start offsets of lines, built on demand by line()
}

func (s *scanner) init(text, filename string, pyMode bool) {
	s.filename = filename
	s.pyMode = pyMode
	s.origLen = len(text)
	if !pyMode {
		text = normalizeNewlines(text)
		s.origLen = len(text)
		// translate_newlines: exec input always ends with a newline.
		if !strings.HasSuffix(text, "\n") {
			text += "\n"
		}
	}
	s.src = text
	s.atbol = true
	s.indstack = []int{0}
	s.altindstack = []int{0}
}

// normalizeNewlines turns "\r\n" and lone "\r" into "\n".
func normalizeNewlines(text string) string {
	if strings.IndexByte(text, '\r') < 0 {
		return text
	}
	var b strings.Builder
	b.Grow(len(text))
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == '\r' {
			b.WriteByte('\n')
			if i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			continue
		}
		b.WriteByte(c)
	}
	return b.String()
}

// nulCheck reports the error compile() raises for source with NUL bytes.
func (s *scanner) nulCheck() error {
	if strings.IndexByte(s.src, 0) >= 0 {
		return &source.Error{Type: "SyntaxError", Msg: "source code string cannot contain null bytes", Filename: s.filename}
	}
	return nil
}

// nextc returns the next byte, reading a new line when the current one is
// exhausted, or eofChar at the end of input.
func (s *scanner) nextc() int {
	for {
		if s.pos != s.inp {
			c := s.src[s.pos]
			s.pos++
			return int(c)
		}
		if s.done {
			return eofChar
		}
		if s.inp >= len(s.src) {
			s.done = true
			return eofChar
		}
		s.lineStart = s.inp
		s.lineno++
		if nl := strings.IndexByte(s.src[s.inp:], '\n'); nl >= 0 {
			s.inp += nl + 1
		} else {
			s.inp = len(s.src)
		}
	}
}

// backup undoes the last nextc (nothing to undo at EOF).
func (s *scanner) backup(c int) {
	if c != eofChar {
		s.pos--
	}
}

// line returns the 1-based line n of src, including its "\n".
func (s *scanner) line(n int) string {
	if s.lineIndex == nil {
		s.lineIndex = append(s.lineIndex, 0)
		for i := 0; i < len(s.src); i++ {
			if s.src[i] == '\n' && i+1 < len(s.src) {
				s.lineIndex = append(s.lineIndex, i+1)
			}
		}
	}
	if n < 1 || n > len(s.lineIndex) {
		return ""
	}
	start := s.lineIndex[n-1]
	end := len(s.src)
	if n < len(s.lineIndex) {
		end = s.lineIndex[n]
	}
	return s.src[start:end]
}

func isPotentialIdentStart(c int) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_' || c >= 128
}

func isPotentialIdentChar(c int) bool {
	return isPotentialIdentStart(c) || c >= '0' && c <= '9'
}

func isDigit(c int) bool { return c >= '0' && c <= '9' }

func isXDigit(c int) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}
