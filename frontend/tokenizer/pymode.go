package tokenizer

import (
	"strings"
	"unicode/utf8"

	"github.com/pyjit/pyjit/internal/pyunicode"
)

// This file is the scanner's tokenize.py mode: the token stream of
// Lib/tokenize.py, which Dump prints. tokenize.py is regular-expression
// driven and line oriented; each matcher below is documented with the
// expression it reproduces. It differs from the C mode in that it keeps
// comments and NL tokens, reports bad input as ERRORTOKEN instead of
// failing, accepts any \w run as a name, and columns count characters.

// pyToken is one tokenize.TokenInfo; columns are in characters.
type pyToken struct {
	kind        Kind
	text        string
	sline, scol int
	eline, ecol int
}

// TokenizeError is an exception tokenize.py raises: TokenError,
// IndentationError or SyntaxError (bad coding declaration). Error returns
// the line `python3.11 -m tokenize` prints for it.
type TokenizeError struct {
	Filename   string
	Msg        string
	Line, Col  int
	HasPos     bool // false for coding errors, printed without a position
	Unexpected bool // an exception tokenize's main reports as "unexpected error"
}

func (e *TokenizeError) Error() string {
	switch {
	case e.Unexpected:
		return "unexpected error: " + e.Msg
	case e.HasPos:
		return e.Filename + ":" + itoa(e.Line) + ":" + itoa(e.Col) + ": error: " + e.Msg
	}
	return e.Filename + ": error: " + e.Msg
}

func itoa(n int) string {
	if n < 0 {
		return "-" + itoa(-n)
	}
	if n < 10 {
		return string(rune('0' + n))
	}
	return itoa(n/10) + string(rune('0'+n%10))
}

// pyState is the local state of tokenize._tokenize.
type pyState struct {
	parenlev  int
	continued bool
	indents   []int

	// A string continued over several lines.
	contstr  strings.Builder
	inStr    bool
	needcont bool
	endQuote string // "'", "\"", "'''" or "\"\"\""
	strLine  int
	strCol   int
	lastLine string

	cc charCounter
}

// charCounter converts byte columns of one line into tokenize.py's str
// indices, remembering the last conversion so that a long line costs
// linear time overall.
type charCounter struct {
	line string
	b, c int
}

// chars returns the character index of byte b of line, which must be the
// line the counter was last reset to.
func (cc *charCounter) chars(line string, b int) int {
	if len(line) != len(cc.line) || b < cc.b {
		cc.line, cc.b, cc.c = line, 0, 0
	}
	cc.c += utf8.RuneCountInString(line[cc.b:b])
	cc.b = b
	return cc.c
}

// readLine returns the next physical line (with its "\n") as readline()
// does, and "" at the end of input.
func (s *scanner) readLine() string {
	if s.inp >= len(s.src) {
		return ""
	}
	s.lineStart = s.inp
	s.lineno++
	if nl := strings.IndexByte(s.src[s.inp:], '\n'); nl >= 0 {
		s.inp += nl + 1
	} else {
		s.inp = len(s.src)
	}
	s.pos = s.inp
	return s.src[s.lineStart:s.inp]
}

// pyTokens runs tokenize._tokenize over the scanner's text, passing every
// token after the ENCODING one to emit.
func (s *scanner) pyTokens(emit func(pyToken)) *TokenizeError {
	st := &pyState{indents: []int{0}}
	line := ""
	lnum := 0
	for {
		st.lastLine = line
		line = s.readLine()
		st.cc = charCounter{line: line}
		lnum = s.lineno
		if line == "" {
			lnum++
		}
		pos, max := 0, len(line)

		if st.inStr {
			if line == "" {
				return &TokenizeError{Filename: s.filename, Msg: "EOF in multi-line string", Line: st.strLine, Col: st.strCol, HasPos: true}
			}
			if end := matchStringEnd(line, 0, st.endQuote); end >= 0 {
				st.contstr.WriteString(line[:end])
				emit(pyToken{STRING, st.contstr.String(), st.strLine, st.strCol, lnum, st.cc.chars(line, end)})
				st.inStr, st.needcont = false, false
				st.contstr.Reset()
				pos = end
			} else if st.needcont && !strings.HasSuffix(line, "\\\n") && !strings.HasSuffix(line, "\\\r\n") {
				st.contstr.WriteString(line)
				emit(pyToken{ERRORTOKEN, st.contstr.String(), st.strLine, st.strCol, lnum, utf8.RuneCountInString(line)})
				st.inStr = false
				st.contstr.Reset()
				continue
			} else {
				st.contstr.WriteString(line)
				continue
			}
		} else if st.parenlev == 0 && !st.continued {
			// A new statement: measure the indentation.
			if line == "" {
				break
			}
			column := 0
			for pos < max {
				c := line[pos]
				if c == ' ' {
					column++
				} else if c == '\t' {
					column = (column/tabSize + 1) * tabSize
				} else if c == '\f' {
					column = 0
				} else {
					break
				}
				pos++
			}
			if pos == max {
				// Only whitespace and no newline: the end of input.
				lnum = s.lineno
				break
			}
			if c := line[pos]; c == '#' || c == '\r' || c == '\n' {
				if c == '#' {
					comment := strings.TrimRight(line[pos:], "\r\n")
					emit(pyToken{COMMENT, comment, lnum, st.cc.chars(line, pos), lnum, st.cc.chars(line, pos+len(comment))})
					pos += len(comment)
				}
				emit(pyToken{NL, line[pos:], lnum, st.cc.chars(line, pos), lnum, st.cc.chars(line, len(line))})
				continue
			}
			cpos := st.cc.chars(line, pos)
			if column > st.indents[len(st.indents)-1] {
				st.indents = append(st.indents, column)
				emit(pyToken{INDENT, line[:pos], lnum, 0, lnum, cpos})
			}
			for column < st.indents[len(st.indents)-1] {
				found := false
				for _, ind := range st.indents {
					found = found || ind == column
				}
				if !found {
					return &TokenizeError{Filename: s.filename, Msg: "unindent does not match any outer indentation level", Line: lnum, Col: cpos, HasPos: true}
				}
				st.indents = st.indents[:len(st.indents)-1]
				emit(pyToken{DEDENT, "", lnum, cpos, lnum, cpos})
			}
		} else {
			// A continued statement.
			if line == "" {
				return &TokenizeError{Filename: s.filename, Msg: "EOF in multi-line statement", Line: lnum, Col: 0, HasPos: true}
			}
			st.continued = false
		}

		for pos < max {
			if s.pyToken(st, line, lnum, &pos, emit) {
				break
			}
		}
	}

	// An implicit NEWLINE when the input does not end with one.
	if ll := st.lastLine; ll != "" {
		if c := ll[len(ll)-1]; c != '\r' && c != '\n' && !strings.HasPrefix(pyStrip(ll), "#") {
			n := utf8.RuneCountInString(ll)
			emit(pyToken{NEWLINE, "", lnum - 1, n, lnum - 1, n + 1})
		}
	}
	for range st.indents[1:] {
		emit(pyToken{DEDENT, "", lnum, 0, lnum, 0})
	}
	emit(pyToken{ENDMARKER, "", lnum, 0, lnum, 0})
	return nil
}

// pyStrip is str.strip() with no argument.
func pyStrip(s string) string {
	return strings.TrimFunc(s, isPySpace)
}

func isPySpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x1f, 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a
}

// pyToken matches PseudoToken at *pos and emits what it found. It reports
// true when the rest of the line starts a multi-line string.
func (s *scanner) pyToken(st *pyState, line string, lnum int, pos *int, emit func(pyToken)) bool {
	ws := *pos
	for ws < len(line) && (line[ws] == ' ' || line[ws] == '\f' || line[ws] == '\t') {
		ws++
	}
	start := ws
	end, what := matchPseudo(line, start)
	if what == pseudoNone {
		// No match at all: the character at pos (perhaps a blank) is an error.
		_, size := utf8.DecodeRuneInString(line[*pos:])
		emit(pyToken{ERRORTOKEN, line[*pos : *pos+size], lnum, st.cc.chars(line, *pos), lnum, st.cc.chars(line, *pos+size)})
		*pos += size
		return false
	}
	*pos = end
	if start == end {
		return false
	}
	tok := line[start:end]
	spos := st.cc.chars(line, start)
	epos := spos + utf8.RuneCountInString(tok)
	simple := func(k Kind) { emit(pyToken{k, tok, lnum, spos, lnum, epos}) }
	initial := tok[0]
	switch {
	case what == pseudoNumber:
		simple(NUMBER)
	case initial == '\r' || initial == '\n':
		if st.parenlev > 0 {
			simple(NL)
		} else {
			simple(NEWLINE)
		}
	case initial == '#':
		simple(COMMENT)
	case what == pseudoTriple:
		q := tok[len(tok)-3:]
		if e := matchStringEnd(line, end, q); e >= 0 {
			*pos = e
			tok = line[start:e]
			emit(pyToken{STRING, tok, lnum, spos, lnum, st.cc.chars(line, e)})
		} else {
			st.strLine, st.strCol = lnum, spos
			st.contstr.Reset()
			st.contstr.WriteString(line[start:])
			st.inStr, st.needcont, st.endQuote = true, false, q
			return true
		}
	case what == pseudoString:
		if tok[len(tok)-1] == '\n' {
			st.strLine, st.strCol = lnum, spos
			q := tok[strings.IndexAny(tok, "'\""):][:1]
			st.contstr.Reset()
			st.contstr.WriteString(line[start:])
			st.inStr, st.needcont, st.endQuote = true, true, q
			return true
		}
		simple(STRING)
	case what == pseudoName:
		r, _ := utf8.DecodeRuneInString(tok)
		if r == '_' || pyunicode.IsIDStart(r) {
			simple(NAME)
		} else {
			simple(OP)
		}
	case initial == '\\':
		st.continued = true
	default:
		switch initial {
		case '(', '[', '{':
			st.parenlev++
		case ')', ']', '}':
			st.parenlev--
		}
		k, ok := exactOps[tok]
		if !ok {
			k = OP
		}
		simple(k)
	}
	return false
}

const (
	pseudoNone  = iota
	pseudoEmpty // \Z
	pseudoContinuation
	pseudoComment
	pseudoTriple
	pseudoNumber
	pseudoFunny // newline or operator
	pseudoString
	pseudoName
)

// matchPseudo matches the alternatives of tokenize.py's PseudoToken after
// its leading whitespace, in order: PseudoExtras (backslash-newline, \Z,
// Comment, Triple), Number, Funny, ContStr, Name.
func matchPseudo(line string, i int) (int, int) {
	n := len(line)
	if i < n && line[i] == '\\' {
		if i+1 < n && line[i+1] == '\n' {
			return i + 2, pseudoContinuation
		}
		if i+2 < n && line[i+1] == '\r' && line[i+2] == '\n' {
			return i + 3, pseudoContinuation
		}
	}
	if i == n {
		return i, pseudoEmpty
	}
	if line[i] == '#' {
		j := i
		for j < n && line[j] != '\r' && line[j] != '\n' {
			j++
		}
		return j, pseudoComment
	}
	if q, end := stringStart(line, i); q != 0 && end+2 <= n && line[end] == q && line[end+1] == q {
		return end + 2, pseudoTriple
	}
	if e := matchNumber(line, i); e >= 0 {
		return e, pseudoNumber
	}
	if line[i] == '\n' {
		return i + 1, pseudoFunny
	}
	if line[i] == '\r' && i+1 < n && line[i+1] == '\n' {
		return i + 2, pseudoFunny
	}
	for l := 3; l >= 1; l-- {
		if i+l <= n {
			if _, ok := exactOps[line[i:i+l]]; ok {
				return i + l, pseudoFunny
			}
		}
	}
	if q, j := stringStart(line, i); q != 0 {
		if e := matchContStr(line, j, q); e >= 0 {
			return e, pseudoString
		}
	}
	j := i
	for j < n {
		r, size := utf8.DecodeRuneInString(line[j:])
		if !pyunicode.IsWord(r) || r == utf8.RuneError && size == 1 {
			break
		}
		j += size
	}
	if j > i {
		return j, pseudoName
	}
	return i, pseudoNone
}

// stringStart matches StringPrefix followed by a quote at i. It returns
// the quote and the index just after it, or 0.
func stringStart(line string, i int) (byte, int) {
	j := i
	for j < len(line) && j-i <= 2 && isASCIILetter(line[j]) {
		j++
	}
	if j >= len(line) || line[j] != '\'' && line[j] != '"' {
		return 0, 0
	}
	if !validPrefix(line[i:j]) {
		return 0, 0
	}
	return line[j], j + 1
}

func isASCIILetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

// validPrefix reports whether p is one of tokenize.py's string prefixes:
// b, r, u, f, br, fr in any order and case.
func validPrefix(p string) bool {
	switch strings.ToLower(p) {
	case "", "b", "r", "u", "f", "br", "rb", "fr", "rf":
		return true
	}
	return false
}

// matchContStr matches the rest of ContStr after the opening quote q at
// j-1: [^\n q\\]*(?:\\.[^\n q\\]*)* then q or a backslash-newline.
func matchContStr(line string, j int, q byte) int {
	n := len(line)
	for j < n {
		switch c := line[j]; c {
		case q:
			return j + 1
		case '\n':
			return -1
		case '\\':
			if j+1 < n && line[j+1] == '\n' {
				return j + 2
			}
			if j+2 < n && line[j+1] == '\r' && line[j+2] == '\n' {
				return j + 3
			}
			if j+1 >= n {
				return -1
			}
			j += 2
		default:
			j++
		}
	}
	return -1
}

// matchStringEnd matches endpats[quote] at j: the rest of a string up to
// and including its closing quote(s), where a backslash escapes any
// character but a newline. It returns the end or -1.
func matchStringEnd(line string, j int, quote string) int {
	n := len(line)
	q := quote[0]
	for j < n {
		c := line[j]
		switch {
		case c == '\\':
			if j+1 >= n || line[j+1] == '\n' {
				return -1
			}
			j += 2
		case c == q && (len(quote) == 1 || strings.HasPrefix(line[j:], quote)):
			return j + len(quote)
		default:
			j++
		}
	}
	return -1
}

// digitRun matches d(?:_?d)* at i for the digit class isd, returning the
// end or -1.
func digitRun(line string, i int, isd func(byte) bool) int {
	n := len(line)
	if i >= n || !isd(line[i]) {
		return -1
	}
	i++
	for i < n {
		if isd(line[i]) {
			i++
		} else if line[i] == '_' && i+1 < n && isd(line[i+1]) {
			i += 2
		} else {
			break
		}
	}
	return i
}

func isDec(c byte) bool { return c >= '0' && c <= '9' }

// matchExponent matches [eE][-+]?[0-9](?:_?[0-9])*.
func matchExponent(line string, i int) int {
	if i >= len(line) || line[i] != 'e' && line[i] != 'E' {
		return -1
	}
	i++
	if i < len(line) && (line[i] == '+' || line[i] == '-') {
		i++
	}
	return digitRun(line, i, isDec)
}

// matchPointfloat matches Pointfloat, with its optional exponent.
func matchPointfloat(line string, i int) int {
	e := -1
	if d := digitRun(line, i, isDec); d >= 0 {
		if d < len(line) && line[d] == '.' {
			e = d + 1
			if f := digitRun(line, e, isDec); f >= 0 {
				e = f
			}
		}
	} else if i < len(line) && line[i] == '.' {
		e = digitRun(line, i+1, isDec)
	}
	if e < 0 {
		return -1
	}
	if x := matchExponent(line, e); x >= 0 {
		return x
	}
	return e
}

// matchFloat matches Floatnumber = Pointfloat | Expfloat.
func matchFloat(line string, i int) int {
	if e := matchPointfloat(line, i); e >= 0 {
		return e
	}
	if d := digitRun(line, i, isDec); d >= 0 {
		return matchExponent(line, d)
	}
	return -1
}

func isJ(line string, i int) bool { return i < len(line) && (line[i] == 'j' || line[i] == 'J') }

// matchNumber matches tokenize.py's Number = Imagnumber | Floatnumber |
// Intnumber, taking the first alternative that matches.
func matchNumber(line string, i int) int {
	if d := digitRun(line, i, isDec); d >= 0 && isJ(line, d) {
		return d + 1
	}
	if f := matchFloat(line, i); f >= 0 {
		if isJ(line, f) {
			return f + 1
		}
		return f
	}
	n := len(line)
	if i+1 < n && line[i] == '0' {
		var isd func(byte) bool
		switch line[i+1] {
		case 'x', 'X':
			isd = func(c byte) bool { return isXDigit(int(c)) }
		case 'b', 'B':
			isd = func(c byte) bool { return c == '0' || c == '1' }
		case 'o', 'O':
			isd = func(c byte) bool { return c >= '0' && c <= '7' }
		}
		if isd != nil {
			// 0[xX](?:_?h)+
			j := i + 2
			if j < n && line[j] == '_' {
				j++
			}
			if e := digitRun(line, j, isd); e >= 0 {
				return e
			}
		}
	}
	if i < n && line[i] == '0' {
		return digitRun(line, i, func(c byte) bool { return c == '0' })
	}
	if i < n && line[i] >= '1' && line[i] <= '9' {
		return digitRun(line, i, isDec)
	}
	return -1
}
