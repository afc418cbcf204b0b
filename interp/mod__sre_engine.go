package interp

// This file is the matching engine of _sre (CPython's
// Modules/_sre/sre_lib.h): it runs the opcode lists that re/_compiler.py
// produces over a str (as code points) or a bytes-like object (as bytes).
// Backtracking keeps its contexts and saved marks in heap slices, so deep
// or long matches never grow the Go stack, and nothing is allocated per
// character step.

import (
	"unicode"
)

// The 3.11 opcodes (Lib/re/_constants.py, MAGIC 20220615).
const (
	sreFailure = iota
	sreSuccess
	sreAny
	sreAnyAll
	sreAssert
	sreAssertNot
	sreAt
	sreBranch
	sreCategory
	sreCharset
	sreBigCharset
	sreGroupref
	sreGrouprefExists
	sreIn
	sreInfo
	sreJump
	sreLiteral
	sreMark
	sreMaxUntil
	sreMinUntil
	sreNotLiteral
	sreNegate
	sreRange
	sreRepeat
	sreRepeatOne
	sreSubpattern
	sreMinRepeatOne
	sreAtomicGroup
	srePossessiveRepeat
	srePossessiveRepeatOne
	sreGrouprefIgnore
	sreInIgnore
	sreLiteralIgnore
	sreNotLiteralIgnore
	sreGrouprefLocIgnore
	sreInLocIgnore
	sreLiteralLocIgnore
	sreNotLiteralLocIgnore
	sreGrouprefUniIgnore
	sreInUniIgnore
	sreLiteralUniIgnore
	sreNotLiteralUniIgnore
	sreRangeUniIgnore
)

// AT codes.
const (
	sreAtBeginning = iota
	sreAtBeginningLine
	sreAtBeginningString
	sreAtBoundary
	sreAtNonBoundary
	sreAtEnd
	sreAtEndLine
	sreAtEndString
	sreAtLocBoundary
	sreAtLocNonBoundary
	sreAtUniBoundary
	sreAtUniNonBoundary
)

// CATEGORY codes.
const (
	sreCatDigit = iota
	sreCatNotDigit
	sreCatSpace
	sreCatNotSpace
	sreCatWord
	sreCatNotWord
	sreCatLinebreak
	sreCatNotLinebreak
	sreCatLocWord
	sreCatLocNotWord
	sreCatUniDigit
	sreCatUniNotDigit
	sreCatUniSpace
	sreCatUniNotSpace
	sreCatUniWord
	sreCatUniNotWord
	sreCatUniLinebreak
	sreCatUniNotLinebreak
)

const (
	sreMaxRepeat = 0xFFFFFFFF
	sreMaxGroups = 0x3FFFFFFF
	sreMagic     = 20220615

	sreInfoPrefix  = 1
	sreInfoLiteral = 2
	sreInfoCharset = 4
)

// sreEngineError reports an opcode list the engine cannot run (CPython's
// SRE_ERROR_ILLEGAL / SRE_ERROR_STATE); it is raised as a panic inside
// the engine and turned into RuntimeError at its boundary.
type sreEngineError struct{}

// sreRep is an active REPEAT (SRE_REPEAT): its iteration count, the
// code index of its REPEAT operands, the position where the last
// iteration started (zero-width protection) and the enclosing repeat.
type sreRep struct {
	count   int
	pc      int
	lastPtr int
	prev    *sreRep
}

// sreCtx is one backtracking frame (SRE(match_context)).
type sreCtx struct {
	pc, ptr             int
	count               int
	rep                 *sreRep
	chr                 uint32
	lastmark, lastindex int
	dataBase            int
	toplevel            bool
	jump                uint8
}

// The continuation a child frame returns to.
const (
	jNone uint8 = iota
	jMaxUntil1
	jMaxUntil2
	jMaxUntil3
	jMinUntil1
	jMinUntil2
	jMinUntil3
	jRepeat
	jRepeatOne1
	jRepeatOne2
	jMinRepeatOne
	jBranch
	jAssert
	jAssertNot
	jPossRepeat1
	jPossRepeat2
	jAtomicGroup
)

// sreCore is the part of SRE_STATE that does not depend on the character
// width. Positions are indexes into the subject.
type sreCore struct {
	code                []uint32
	start, end, pos     int // start: where the current attempt began
	ptr                 int
	marks               []int // -1: unset
	lastmark, lastindex int
	repeat              *sreRep
	matchAll            bool
	mustAdvance         bool
	data                []int
	ctxs                []sreCtx
	freeReps            []*sreRep
	first               []int     // sreFirstItems of the pattern's body
	firstMap, setMap    [4]uint64 // first and the INFO charset for codes < 256
}

// sreEngine runs a compiled pattern over one subject.
type sreEngine interface {
	core() *sreCore
	// match and search run from core().start; they report success and
	// leave the span in start/ptr and the groups in marks.
	match() bool
	search() bool
}

type sreState[T byte | rune] struct {
	sreCore
	str []T
}

func (s *sreState[T]) core() *sreCore { return &s.sreCore }

func (c *sreCore) reset() {
	c.lastmark, c.lastindex = -1, -1
	c.repeat = nil
	c.data = c.data[:0]
}

func (c *sreCore) newRepeat() *sreRep {
	if n := len(c.freeReps); n > 0 {
		r := c.freeReps[n-1]
		c.freeReps = c.freeReps[:n-1]
		return r
	}
	return &sreRep{}
}

func (c *sreCore) setMark(i, ptr int) {
	if i&1 != 0 {
		c.lastindex = i/2 + 1
	}
	if i >= len(c.marks) {
		m := make([]int, i+1)
		copy(m, c.marks)
		c.marks = m
	}
	if i > c.lastmark {
		for j := c.lastmark + 1; j < i; j++ {
			c.marks[j] = -1
		}
		c.lastmark = i
	}
	c.marks[i] = ptr
}

func (c *sreCore) markPush(lastmark int) {
	if lastmark >= 0 {
		c.data = append(c.data, c.marks[:lastmark+1]...)
	}
}

func (c *sreCore) markPop(lastmark int) {
	if lastmark >= 0 {
		n := len(c.data) - (lastmark + 1)
		copy(c.marks, c.data[n:])
		c.data = c.data[:n]
	}
}

func (c *sreCore) markPopKeep(lastmark int) {
	if lastmark >= 0 {
		copy(c.marks, c.data[len(c.data)-(lastmark+1):])
	}
}

func (c *sreCore) markPopDiscard(lastmark int) {
	if lastmark >= 0 {
		c.data = c.data[:len(c.data)-(lastmark+1)]
	}
}

// Character predicates (sre.c's sre_category and friends).

func sreIsDigit(ch uint32) bool { return ch >= '0' && ch <= '9' }

func sreIsSpace(ch uint32) bool {
	return ch == ' ' || (ch >= '\t' && ch <= '\r')
}

func sreIsWord(ch uint32) bool {
	return ch < 128 && (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z' || ch >= '0' && ch <= '9' || ch == '_')
}

func sreUniIsDecimal(ch uint32) bool {
	if ch < 128 {
		return sreIsDigit(ch)
	}
	return unicode.Is(unicode.Nd, rune(ch))
}

func sreUniIsSpace(ch uint32) bool {
	if ch < 128 {
		return ch == ' ' || (ch >= '\t' && ch <= '\r') || (ch >= 0x1c && ch <= 0x1f)
	}
	return unicode.IsSpace(rune(ch))
}

func sreUniIsLinebreak(ch uint32) bool {
	switch ch {
	case '\n', '\v', '\f', '\r', 0x1c, 0x1d, 0x1e, 0x85, 0x2028, 0x2029:
		return true
	}
	return false
}

func sreUniIsWord(ch uint32) bool {
	if ch < 128 {
		return sreIsWord(ch)
	}
	r := rune(ch)
	return unicode.IsLetter(r) || unicode.IsNumber(r)
}

func sreLowerASCII(ch uint32) uint32 {
	if ch >= 'A' && ch <= 'Z' {
		return ch + 32
	}
	return ch
}

func sreUpperASCII(ch uint32) uint32 {
	if ch >= 'a' && ch <= 'z' {
		return ch - 32
	}
	return ch
}

// The locale variants assume the C/UTF-8 LC_CTYPE Python runs under,
// where only ASCII letters have case.
func sreLowerLocale(ch uint32) uint32 { return sreLowerASCII(ch) }
func sreUpperLocale(ch uint32) uint32 { return sreUpperASCII(ch) }

func sreLowerUnicode(ch uint32) uint32 {
	if ch < 128 {
		return sreLowerASCII(ch)
	}
	if ch == 0x130 { // full lowercase "i\u0307"
		return 'i'
	}
	if ch > unicode.MaxRune {
		return ch
	}
	return uint32(unicode.ToLower(rune(ch)))
}

func sreUpperUnicode(ch uint32) uint32 {
	if ch < 128 {
		return sreUpperASCII(ch)
	}
	if u, ok := sreUpperFirst[ch]; ok {
		return u
	}
	if ch > unicode.MaxRune {
		return ch
	}
	return uint32(unicode.ToUpper(rune(ch)))
}

func sreInCategory(cat, ch uint32) bool {
	switch cat {
	case sreCatDigit:
		return sreIsDigit(ch)
	case sreCatNotDigit:
		return !sreIsDigit(ch)
	case sreCatSpace:
		return sreIsSpace(ch)
	case sreCatNotSpace:
		return !sreIsSpace(ch)
	case sreCatWord:
		return sreIsWord(ch)
	case sreCatNotWord:
		return !sreIsWord(ch)
	case sreCatLinebreak:
		return ch == '\n'
	case sreCatNotLinebreak:
		return ch != '\n'
	case sreCatLocWord:
		return sreIsWord(ch)
	case sreCatLocNotWord:
		return !sreIsWord(ch)
	case sreCatUniDigit:
		return sreUniIsDecimal(ch)
	case sreCatUniNotDigit:
		return !sreUniIsDecimal(ch)
	case sreCatUniSpace:
		return sreUniIsSpace(ch)
	case sreCatUniNotSpace:
		return !sreUniIsSpace(ch)
	case sreCatUniWord:
		return sreUniIsWord(ch)
	case sreCatUniNotWord:
		return !sreUniIsWord(ch)
	case sreCatUniLinebreak:
		return sreUniIsLinebreak(ch)
	case sreCatUniNotLinebreak:
		return !sreUniIsLinebreak(ch)
	}
	panic(sreEngineError{})
}

// sreCharset tests ch against the set program at code[pc:] (SRE(charset)).
func sreInCharset(code []uint32, pc int, ch uint32) bool {
	ok := true
	for {
		op := code[pc]
		pc++
		switch op {
		case sreFailure:
			return !ok
		case sreLiteral:
			if ch == code[pc] {
				return ok
			}
			pc++
		case sreCategory:
			if sreInCategory(code[pc], ch) {
				return ok
			}
			pc++
		case sreCharset:
			if ch < 256 && code[pc+int(ch/32)]&(1<<(ch&31)) != 0 {
				return ok
			}
			pc += 8
		case sreRange:
			if code[pc] <= ch && ch <= code[pc+1] {
				return ok
			}
			pc += 2
		case sreRangeUniIgnore:
			if code[pc] <= ch && ch <= code[pc+1] {
				return ok
			}
			if u := sreUpperUnicode(ch); code[pc] <= u && u <= code[pc+1] {
				return ok
			}
			pc += 2
		case sreNegate:
			ok = !ok
		case sreBigCharset:
			// <BIGCHARSET> <blockcount> <256 block indexes as bytes> <blocks>
			count := int(code[pc])
			pc++
			if ch < 0x10000 {
				hi := ch >> 8
				block := (code[pc+int(hi/4)] >> (8 * (hi & 3))) & 0xff
				idx := int(block)*8 + int(ch&255)/32
				if code[pc+64+idx]&(1<<(ch&31)) != 0 {
					return ok
				}
			}
			pc += 64 + count*8
		default:
			panic(sreEngineError{})
		}
	}
}

func sreCharsetLocIgnore(code []uint32, pc int, ch uint32) bool {
	lo := sreLowerLocale(ch)
	if sreInCharset(code, pc, lo) {
		return true
	}
	up := sreUpperLocale(ch)
	return up != lo && sreInCharset(code, pc, up)
}

func sreCharLocIgnore(pat, ch uint32) bool {
	return ch == pat || sreLowerLocale(ch) == pat || sreUpperLocale(ch) == pat
}

// at is SRE(at): whether position ptr satisfies the anchor.
func (s *sreState[T]) at(ptr int, at uint32) bool {
	str, end := s.str, s.end
	var word func(uint32) bool
	neg := false
	switch at {
	case sreAtBeginning, sreAtBeginningString:
		return ptr == 0
	case sreAtBeginningLine:
		return ptr == 0 || str[ptr-1] == '\n'
	case sreAtEnd:
		return (end-ptr == 1 && str[ptr] == '\n') || ptr == end
	case sreAtEndLine:
		return ptr == end || str[ptr] == '\n'
	case sreAtEndString:
		return ptr == end
	case sreAtBoundary, sreAtLocBoundary:
		word = sreIsWord
	case sreAtNonBoundary, sreAtLocNonBoundary:
		word, neg = sreIsWord, true
	case sreAtUniBoundary:
		word = sreUniIsWord
	case sreAtUniNonBoundary:
		word, neg = sreUniIsWord, true
	default:
		panic(sreEngineError{})
	}
	if end == 0 {
		return false
	}
	thatp := ptr > 0 && word(uint32(str[ptr-1]))
	thisp := ptr < end && word(uint32(str[ptr]))
	return (thisp != thatp) != neg
}

// one reports whether the single-character item at code[pc] matches ch.
func sreOne(code []uint32, pc int, ch uint32) bool {
	switch code[pc] {
	case sreAny:
		return ch != '\n'
	case sreAnyAll:
		return true
	case sreLiteral:
		return ch == code[pc+1]
	case sreNotLiteral:
		return ch != code[pc+1]
	case sreLiteralIgnore:
		return sreLowerASCII(ch) == code[pc+1]
	case sreNotLiteralIgnore:
		return sreLowerASCII(ch) != code[pc+1]
	case sreLiteralUniIgnore:
		return sreLowerUnicode(ch) == code[pc+1]
	case sreNotLiteralUniIgnore:
		return sreLowerUnicode(ch) != code[pc+1]
	case sreLiteralLocIgnore:
		return sreCharLocIgnore(code[pc+1], ch)
	case sreNotLiteralLocIgnore:
		return !sreCharLocIgnore(code[pc+1], ch)
	case sreIn:
		return sreInCharset(code, pc+2, ch)
	case sreInIgnore:
		return sreInCharset(code, pc+2, sreLowerASCII(ch))
	case sreInUniIgnore:
		return sreInCharset(code, pc+2, sreLowerUnicode(ch))
	case sreInLocIgnore:
		return sreCharsetLocIgnore(code, pc+2, ch)
	case sreCategory:
		return sreInCategory(code[pc+1], ch)
	}
	panic(sreEngineError{})
}

// count is SRE(count): how many times (at most maxcount) the
// single-character item at code[pc] matches from s.ptr.
func (s *sreState[T]) count(pc int, maxcount int) int {
	code, str := s.code, s.str
	ptr := s.ptr
	end := s.end
	if maxcount < end-ptr {
		end = ptr + maxcount
	}
	switch code[pc] {
	case sreAnyAll:
		return end - ptr
	case sreLiteral:
		c := code[pc+1]
		i := ptr
		for i < end && uint32(str[i]) == c {
			i++
		}
		return i - ptr
	case sreNotLiteral:
		c := code[pc+1]
		i := ptr
		for i < end && uint32(str[i]) != c {
			i++
		}
		return i - ptr
	case sreAny:
		i := ptr
		for i < end && str[i] != '\n' {
			i++
		}
		return i - ptr
	case sreIn:
		i := ptr
		for i < end && sreInCharset(code, pc+2, uint32(str[i])) {
			i++
		}
		return i - ptr
	}
	i := ptr
	for i < end && sreOne(code, pc, uint32(str[i])) {
		i++
	}
	return i - ptr
}
