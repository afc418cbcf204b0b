package parser

import (
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
	"github.com/pyjit/pyjit/frontend/tokenizer"
)

// tkind is the parser's coarse view of a token kind: operators are told
// apart by their text, and NAME tokens that are hard keywords become tKeyword.
type tkind uint8

const (
	tEnd tkind = iota
	tName
	tKeyword
	tNumber
	tString
	tNewline
	tIndent
	tDedent
	tOp
)

type token struct {
	kind                       tkind
	text                       string
	line, col, endLine, endCol int
	// level is the bracket nesting depth after this token, as CPython's
	// tokenizer records it (invalid_expression looks at it).
	level int
	// memo is the index+1 of the first memoized result that starts at this
	// token in parser.memos (0: none); entries chain through memoVal.next.
	memo int32
}

// keywords are CPython 3.11's hard keywords; soft keywords (match, case, _)
// stay NAME tokens.
var keywords = map[string]bool{
	"False": true, "None": true, "True": true, "and": true, "as": true, "assert": true,
	"async": true, "await": true, "break": true, "class": true, "continue": true,
	"def": true, "del": true, "elif": true, "else": true, "except": true,
	"finally": true, "for": true, "from": true, "global": true, "if": true,
	"import": true, "in": true, "is": true, "lambda": true, "nonlocal": true,
	"not": true, "or": true, "pass": true, "raise": true, "return": true,
	"try": true, "while": true, "with": true, "yield": true,
}

// maxDepth bounds rule nesting like CPython's MAXSTACK, so deeply nested
// input cannot exhaust the Go stack.
const maxDepth = 6000

// memoVal is one memoized rule result, listed on the token where the rule
// started (like CPython's per-token memo list). Entries live in fixed-size
// chunks (parser.memos) so that memoizing allocates once per memoChunk
// entries and never copies.
type memoVal struct {
	rule uint16
	next int32 // index+1 of the next entry of the same token, 0 at the end
	end  int
	res  any
}

// bailout carries a raised error up to parseTop through panic/recover: a
// raised SyntaxError ends the parse at once, like CPython's error_indicator.
type bailout struct{ err *source.Error }

type parser struct {
	tz       *tokenizer.Tokenizer
	filename string
	mode     Mode
	toks     []*token
	tokChunk []token     // where newToken allocates
	memos    [][]memoVal // chunks of memoChunk entries; see memo
	nmemo    int32       // entries in use
	pos      int
	level    int // running bracket level while filling
	tokErr   *source.Error
	depth    int
	// callInvalid enables the invalid_* rules (second pass).
	callInvalid bool

	// f-string expression sub-parser state (see fstring.go).
	fstring      bool
	lineBase     int // added to every token line
	firstLineCol int // added to the columns of tokens ending on line 1
	parent       *parser
	fstrSrc      string // the parenthesised expression text
	fstrDepth    int
	emptySrc     bool // the source is empty (errors then say line 0)

	// interactive is set by ParseInteractive. With lastLine > 0, reading
	// a token past line lastLine (or a tokenizer error at the end of the
	// text) ends the parse with errNeedMore: CPython's REPL would read
	// another line there.
	interactive bool
	lastLine    int
	lastLen     int // bytes in line lastLine, with its newline
}

func newParser(tz *tokenizer.Tokenizer, filename string, mode Mode) *parser {
	return &parser{tz: tz, filename: filename, mode: mode}
}

// fill reads one more token from the tokenizer. A tokenizer error ends the
// parse immediately, as in CPython.
func (p *parser) fill() {
	if p.tokErr != nil {
		panic(bailout{p.tokErr})
	}
	if n := len(p.toks); n > 0 && p.toks[n-1].kind == tEnd {
		t := p.newToken()
		*t = *p.toks[n-1]
		t.memo = 0 // its own memo list
		p.toks = append(p.toks, t)
		return
	}
	tk, err := p.tz.Next()
	if err != nil {
		if p.lastLine > 0 && needsMoreText(err) {
			panic(bailout{errNeedMore})
		}
		p.tokErr = p.tokenizerError(err)
		panic(bailout{p.tokErr})
	}
	if p.lastLine > 0 && p.pastText(tk) {
		panic(bailout{errNeedMore})
	}
	t := p.newToken()
	*t = token{text: tk.Text, line: tk.Line, col: tk.Col, endLine: tk.EndLine, endCol: tk.EndCol}
	switch tk.Kind {
	case tokenizer.ENDMARKER:
		t.kind = tEnd
	case tokenizer.NAME:
		t.kind = tName
		if keywords[tk.Text] {
			t.kind = tKeyword
		}
	case tokenizer.NUMBER:
		t.kind = tNumber
	case tokenizer.STRING:
		t.kind = tString
	case tokenizer.NEWLINE:
		t.kind = tNewline
	case tokenizer.INDENT:
		t.kind = tIndent
	case tokenizer.DEDENT:
		t.kind = tDedent
	default:
		t.kind = tOp
		switch tk.Text {
		case "(", "[", "{":
			p.level++
		case ")", "]", "}":
			p.level--
		}
	}
	t.level = p.level
	if p.fstring {
		p.shiftToken(t)
	}
	p.toks = append(p.toks, t)
}

// peek returns the current token, filling it if needed.
func (p *parser) peek() *token {
	if p.pos == len(p.toks) {
		p.fill()
	}
	return p.toks[p.pos]
}

// peekAt returns the token n positions ahead of the current one.
func (p *parser) peekAt(n int) *token {
	for p.pos+n >= len(p.toks) {
		p.fill()
	}
	return p.toks[p.pos+n]
}

func (p *parser) next() *token {
	t := p.peek()
	p.pos++
	return t
}

// isOp reports whether the current token is the operator s.
func (p *parser) isOp(s string) bool {
	t := p.peek()
	return t.kind == tOp && t.text == s
}

func (p *parser) isKw(s string) bool {
	t := p.peek()
	return t.kind == tKeyword && t.text == s
}

// expectOp consumes the operator s, or returns nil.
func (p *parser) expectOp(s string) *token {
	t := p.peek()
	if t.kind == tOp && t.text == s {
		p.pos++
		return t
	}
	return nil
}

func (p *parser) expectKw(s string) *token {
	t := p.peek()
	if t.kind == tKeyword && t.text == s {
		p.pos++
		return t
	}
	return nil
}

// expectSoft consumes the soft keyword s (a NAME token).
func (p *parser) expectSoft(s string) *token {
	t := p.peek()
	if t.kind == tName && t.text == s {
		p.pos++
		return t
	}
	return nil
}

func (p *parser) expectKind(k tkind) *token {
	t := p.peek()
	if t.kind == k {
		p.pos++
		return t
	}
	return nil
}

// name parses NAME into a Load Name node (identifiers NFKC-normalised).
func (p *parser) name() *ast.Name {
	t := p.peek()
	if t.kind != tName {
		return nil
	}
	p.pos++
	return &ast.Name{Pos: tokPos(t), Id: normalizeName(t.text), Ctx: ast.Load}
}

func tokPos(t *token) ast.Pos {
	return ast.Pos{Lineno: t.line, ColOffset: t.col, EndLineno: t.endLine, EndColOffset: t.endCol}
}

// lastTok is the last consumed token that is not NEWLINE/INDENT/DEDENT/
// ENDMARKER (CPython's _PyPegen_get_last_nonnwhitespace_token).
func (p *parser) lastTok() *token {
	var t *token
	for m := p.pos - 1; m >= 0; m-- {
		t = p.toks[m]
		switch t.kind {
		case tEnd, tNewline, tIndent, tDedent:
			continue
		}
		break
	}
	return t
}

// extra is CPython's EXTRA: from the token at start to the last consumed one.
func (p *parser) extra(start int) ast.Pos {
	if start >= len(p.toks) {
		p.peek()
	}
	s := p.toks[start]
	e := p.lastTok()
	if e == nil {
		e = s
	}
	return ast.Pos{Lineno: s.line, ColOffset: s.col, EndLineno: e.endLine, EndColOffset: e.endCol}
}

// mark/reset are PEG backtracking.
func (p *parser) mark() int { return p.pos }

func (p *parser) reset(m int) { p.pos = m }

// newToken allocates tokens in chunks: one allocation per 128 tokens
// instead of one per token. Chunks are never appended to past their
// capacity, so the pointers stay valid.
func (p *parser) newToken() *token {
	if len(p.tokChunk) == cap(p.tokChunk) {
		p.tokChunk = make([]token, 0, 128)
	}
	p.tokChunk = p.tokChunk[:len(p.tokChunk)+1]
	return &p.tokChunk[len(p.tokChunk)-1]
}

// memoGet looks up rule at the current position; on a hit it moves to the
// memoized end position.
const memoChunk = 1024

// memo returns the entry with index+1 i.
func (p *parser) memo(i int32) *memoVal {
	i--
	return &p.memos[i/memoChunk][i%memoChunk]
}

func (p *parser) memoGet(rule uint16) (memoVal, bool) {
	t := p.peek()
	for i := t.memo; i != 0; i = p.memo(i).next {
		if v := p.memo(i); v.rule == rule {
			p.pos = v.end
			return *v, true
		}
	}
	return memoVal{}, false
}

func (p *parser) memoPut(rule uint16, start int, res any) {
	t := p.toks[start]
	for i := t.memo; i != 0; i = p.memo(i).next {
		if v := p.memo(i); v.rule == rule {
			v.end, v.res = p.pos, res
			return
		}
	}
	if int(p.nmemo) == len(p.memos)*memoChunk {
		p.memos = append(p.memos, make([]memoVal, memoChunk))
	}
	p.nmemo++
	*p.memo(p.nmemo) = memoVal{rule: rule, next: t.memo, end: p.pos, res: res}
	t.memo = p.nmemo
}

// clearMemo forgets every memoized result (before the second pass).
func (p *parser) clearMemo() {
	for _, t := range p.toks {
		t.memo = 0
	}
	p.nmemo = 0
}

func (p *parser) enter() {
	p.depth++
	if p.depth > maxDepth {
		panic(bailout{&source.Error{Type: "MemoryError", Msg: "too deeply nested input", Filename: p.filename}})
	}
}

func (p *parser) leave() { p.depth-- }

// memo rule ids.
const (
	mExpression uint16 = iota + 1
	mStarExpression
	mDisjunction
	mConjunction
	mInversion
	mBitwiseOr
	mFactor
	mAwaitPrimary
	mPrimary
	mTPrimary
	mArguments
	mStarTarget
	mTargetWithStarAtom
	mDelTarget
	mStrings
	mBlock
	mSimpleStmt
	mClosedPattern
	mStarPattern
	mInvalidNamedExpression
	mNamedExpression
	mAtom
	mSlices
	mStarExpressions
	mStarNamedExpression
	mForIfClauses
)
