package interp

// This file is the backtracking core of the _sre engine: SRE(match) and
// SRE(search) of CPython's sre_lib.h. A child match is a new frame on
// s.ctxs; when it returns, the parent resumes at the continuation named
// by the child's jump code, exactly as the C version's DO_JUMP/goto
// scheme, so matching semantics (captures, lastindex, repeat handling)
// follow CPython step for step.

// run is SRE(match): it matches code[pc0:] at s.ptr. toplevel enables
// the fullmatch and must-advance checks at SUCCESS.
func (s *sreState[T]) run(pc0 int, toplevel bool) bool {
	code, str := s.code, s.str
	end := s.end
	var (
		ctx      *sreCtx
		ci       int
		pc, ptr  int
		ret      bool
		jump     uint8
		nextPC   int
		nextTop  bool
		jumpKind uint8
		rp       int
		op       uint32
	)
	s.ctxs = append(s.ctxs[:0], sreCtx{pc: pc0, toplevel: toplevel, jump: jNone, dataBase: len(s.data)})

entrance:
	ci = len(s.ctxs) - 1
	ctx = &s.ctxs[ci]
	ptr = s.ptr
	pc = ctx.pc
	if code[pc] == sreInfo {
		if code[pc+3] != 0 && end-ptr < int(code[pc+3]) {
			goto failure
		}
		pc += int(code[pc+1]) + 1
	}

dispatch:
	op = code[pc]
	pc++
	switch op {
	case sreMark:
		s.setMark(int(code[pc]), ptr)
		pc++
		goto dispatch
	case sreLiteral:
		if ptr >= end || uint32(str[ptr]) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreNotLiteral:
		if ptr >= end || uint32(str[ptr]) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreSuccess:
		if ctx.toplevel && ((s.matchAll && ptr != s.end) || (s.mustAdvance && ptr == s.start)) {
			goto failure
		}
		s.ptr = ptr
		goto success
	case sreAt:
		if !s.at(ptr, code[pc]) {
			goto failure
		}
		pc++
		goto dispatch
	case sreCategory:
		if ptr >= end || !sreInCategory(code[pc], uint32(str[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreAny:
		if ptr >= end || str[ptr] == '\n' {
			goto failure
		}
		ptr++
		goto dispatch
	case sreAnyAll:
		if ptr >= end {
			goto failure
		}
		ptr++
		goto dispatch
	case sreIn:
		if ptr >= end || !sreInCharset(code, pc+1, uint32(str[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch
	case sreLiteralIgnore:
		if ptr >= end || sreLowerASCII(uint32(str[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreLiteralUniIgnore:
		if ptr >= end || sreLowerUnicode(uint32(str[ptr])) != code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreLiteralLocIgnore:
		if ptr >= end || !sreCharLocIgnore(code[pc], uint32(str[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreNotLiteralIgnore:
		if ptr >= end || sreLowerASCII(uint32(str[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreNotLiteralUniIgnore:
		if ptr >= end || sreLowerUnicode(uint32(str[ptr])) == code[pc] {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreNotLiteralLocIgnore:
		if ptr >= end || sreCharLocIgnore(code[pc], uint32(str[ptr])) {
			goto failure
		}
		pc++
		ptr++
		goto dispatch
	case sreInIgnore:
		if ptr >= end || !sreInCharset(code, pc+1, sreLowerASCII(uint32(str[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch
	case sreInUniIgnore:
		if ptr >= end || !sreInCharset(code, pc+1, sreLowerUnicode(uint32(str[ptr]))) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch
	case sreInLocIgnore:
		if ptr >= end || !sreCharsetLocIgnore(code, pc+1, uint32(str[ptr])) {
			goto failure
		}
		pc += int(code[pc])
		ptr++
		goto dispatch
	case sreJump, sreInfo:
		pc += int(code[pc])
		goto dispatch
	case sreBranch:
		ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
		if s.repeat != nil {
			s.markPush(ctx.lastmark)
		}
		goto branchLoop
	case sreRepeatOne:
		// <REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
		if int(code[pc+1]) > end-ptr {
			goto failure
		}
		s.ptr = ptr
		ctx.count = s.count(pc+3, int(code[pc+2]))
		ptr += ctx.count
		if ctx.count < int(code[pc+1]) {
			goto failure
		}
		rp = pc + int(code[pc])
		if code[rp] == sreSuccess && ptr == s.end && !(ctx.toplevel && s.mustAdvance && ptr == s.start) {
			s.ptr = ptr
			goto success
		}
		ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
		if s.repeat != nil {
			s.markPush(ctx.lastmark)
		}
		// A tail that starts with a literal (after MARKs, which consume
		// nothing) can only match where that character is.
		for code[rp] == sreMark {
			rp += 2
		}
		if code[rp] == sreLiteral {
			ctx.chr = code[rp+1]
			goto repeatOneLiteral
		}
		goto repeatOneGeneral
	case sreMinRepeatOne:
		// <MIN_REPEAT_ONE> <skip> <min> <max> item <SUCCESS> tail
		if int(code[pc+1]) > end-ptr {
			goto failure
		}
		s.ptr = ptr
		if code[pc+1] == 0 {
			ctx.count = 0
		} else {
			ctx.count = s.count(pc+3, int(code[pc+1]))
			if ctx.count < int(code[pc+1]) {
				goto failure
			}
			ptr += ctx.count
		}
		if code[pc+int(code[pc])] == sreSuccess && !(ctx.toplevel && ((s.matchAll && ptr != s.end) || (s.mustAdvance && ptr == s.start))) {
			s.ptr = ptr
			goto success
		}
		ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
		if s.repeat != nil {
			s.markPush(ctx.lastmark)
		}
		goto minRepeatOneLoop
	case srePossessiveRepeatOne:
		if int(code[pc+1]) > end-ptr {
			goto failure
		}
		s.ptr = ptr
		ctx.count = s.count(pc+3, int(code[pc+2]))
		ptr += ctx.count
		if ctx.count < int(code[pc+1]) {
			goto failure
		}
		pc += int(code[pc])
		if code[pc] == sreSuccess && ptr == s.end && !(ctx.toplevel && s.mustAdvance && ptr == s.start) {
			s.ptr = ptr
			goto success
		}
		goto dispatch
	case sreRepeat:
		// <REPEAT> <skip> <min> <max> item <UNTIL> tail
		{
			r := s.newRepeat()
			r.count, r.pc, r.lastPtr, r.prev = -1, pc, -1, s.repeat
			ctx.rep = r
			s.repeat = r
		}
		s.ptr = ptr
		nextPC, nextTop, jumpKind = pc+int(code[pc]), ctx.toplevel, jRepeat
		goto doJump
	case sreMaxUntil:
		ctx.rep = s.repeat
		if ctx.rep == nil {
			panic(sreEngineError{})
		}
		s.ptr = ptr
		ctx.count = ctx.rep.count + 1
		rp = ctx.rep.pc
		if ctx.count < int(code[rp+1]) {
			ctx.rep.count = ctx.count
			nextPC, nextTop, jumpKind = rp+3, ctx.toplevel, jMaxUntil1
			goto doJump
		}
		if (ctx.count < int(code[rp+2]) || code[rp+2] == sreMaxRepeat) && s.ptr != ctx.rep.lastPtr {
			ctx.rep.count = ctx.count
			ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
			s.markPush(ctx.lastmark)
			s.data = append(s.data, ctx.rep.lastPtr)
			ctx.rep.lastPtr = s.ptr
			nextPC, nextTop, jumpKind = rp+3, ctx.toplevel, jMaxUntil2
			goto doJump
		}
		goto maxUntilTail
	case sreMinUntil:
		ctx.rep = s.repeat
		if ctx.rep == nil {
			panic(sreEngineError{})
		}
		s.ptr = ptr
		ctx.count = ctx.rep.count + 1
		rp = ctx.rep.pc
		if ctx.count < int(code[rp+1]) {
			ctx.rep.count = ctx.count
			nextPC, nextTop, jumpKind = rp+3, ctx.toplevel, jMinUntil1
			goto doJump
		}
		s.repeat = ctx.rep.prev
		ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
		if s.repeat != nil {
			s.markPush(ctx.lastmark)
		}
		nextPC, nextTop, jumpKind = pc, ctx.toplevel, jMinUntil2
		goto doJump
	case srePossessiveRepeat:
		// <POSSESSIVE_REPEAT> <skip> <min> <max> item <SUCCESS> tail
		s.ptr = ptr
		ctx.count = 0
		goto possRepeat1
	case sreAtomicGroup:
		s.ptr = ptr
		nextPC, nextTop, jumpKind = pc+1, false, jAtomicGroup
		goto doJump
	case sreGroupref, sreGrouprefIgnore, sreGrouprefUniIgnore, sreGrouprefLocIgnore:
		{
			g := int(code[pc]) * 2
			if g >= s.lastmark {
				goto failure
			}
			p, e := s.marks[g], s.marks[g+1]
			if p < 0 || e < 0 || e < p {
				goto failure
			}
			if e-p > end-ptr {
				goto failure
			}
			for ; p < e; p++ {
				a, b := uint32(str[ptr]), uint32(str[p])
				switch op {
				case sreGrouprefIgnore:
					a, b = sreLowerASCII(a), sreLowerASCII(b)
				case sreGrouprefUniIgnore:
					a, b = sreLowerUnicode(a), sreLowerUnicode(b)
				case sreGrouprefLocIgnore:
					a, b = sreLowerLocale(a), sreLowerLocale(b)
				}
				if a != b {
					goto failure
				}
				ptr++
			}
		}
		pc++
		goto dispatch
	case sreGrouprefExists:
		// <GROUPREF_EXISTS> <group> <skip> codeyes <JUMP> codeno
		{
			g := int(code[pc]) * 2
			if g >= s.lastmark || s.marks[g] < 0 || s.marks[g+1] < 0 || s.marks[g+1] < s.marks[g] {
				pc += int(code[pc+1])
				goto dispatch
			}
		}
		pc += 2
		goto dispatch
	case sreAssert:
		// <ASSERT> <skip> <back> pattern
		if ptr < int(code[pc+1]) {
			goto failure
		}
		s.ptr = ptr - int(code[pc+1])
		nextPC, nextTop, jumpKind = pc+2, false, jAssert
		goto doJump
	case sreAssertNot:
		if ptr >= int(code[pc+1]) {
			s.ptr = ptr - int(code[pc+1])
			ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
			if s.repeat != nil {
				s.markPush(ctx.lastmark)
			}
			nextPC, nextTop, jumpKind = pc+2, false, jAssertNot
			goto doJump
		}
		pc += int(code[pc])
		goto dispatch
	case sreFailure:
		goto failure
	}
	panic(sreEngineError{})

branchLoop:
	// pc is at the skip of the current alternative.
	for code[pc] != 0 {
		if code[pc+1] == sreLiteral && (ptr >= end || uint32(str[ptr]) != code[pc+2]) {
			pc += int(code[pc])
			continue
		}
		if code[pc+1] == sreIn && (ptr >= end || !sreInCharset(code, pc+3, uint32(str[ptr]))) {
			pc += int(code[pc])
			continue
		}
		s.ptr = ptr
		nextPC, nextTop, jumpKind = pc+1, ctx.toplevel, jBranch
		goto doJump
	}
	if s.repeat != nil {
		s.markPopDiscard(ctx.lastmark)
	}
	goto failure
jumpBranch:
	if ret {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if s.repeat != nil {
		s.markPopKeep(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	pc += int(code[pc])
	goto branchLoop

repeatOneLiteral:
	for ctx.count >= int(code[pc+1]) && (ptr >= end || uint32(str[ptr]) != ctx.chr) {
		ptr--
		ctx.count--
	}
	if ctx.count < int(code[pc+1]) {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	s.ptr = ptr
	nextPC, nextTop, jumpKind = pc+int(code[pc]), ctx.toplevel, jRepeatOne1
	goto doJump
jumpRepeatOne1:
	if ret {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if s.repeat != nil {
		s.markPopKeep(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	ptr--
	ctx.count--
	goto repeatOneLiteral

repeatOneGeneral:
	if ctx.count < int(code[pc+1]) {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	s.ptr = ptr
	nextPC, nextTop, jumpKind = pc+int(code[pc]), ctx.toplevel, jRepeatOne2
	goto doJump
jumpRepeatOne2:
	if ret {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if s.repeat != nil {
		s.markPopKeep(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	ptr--
	ctx.count--
	goto repeatOneGeneral

minRepeatOneLoop:
	if code[pc+2] != sreMaxRepeat && ctx.count > int(code[pc+2]) {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	s.ptr = ptr
	nextPC, nextTop, jumpKind = pc+int(code[pc]), ctx.toplevel, jMinRepeatOne
	goto doJump
jumpMinRepeatOne:
	if ret {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto success
	}
	if s.repeat != nil {
		s.markPopKeep(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	s.ptr = ptr
	if s.count(pc+3, 1) == 0 {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	ptr++
	ctx.count++
	goto minRepeatOneLoop

jumpRepeat:
	s.repeat = ctx.rep.prev
	s.freeReps = append(s.freeReps, ctx.rep)
	ctx.rep = nil
	if ret {
		goto success
	}
	goto failure

jumpMaxUntil1:
	if ret {
		goto success
	}
	ctx.rep.count = ctx.count - 1
	s.ptr = ptr
	goto failure
jumpMaxUntil2:
	ctx.rep.lastPtr = s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	if ret {
		s.markPopDiscard(ctx.lastmark)
		goto success
	}
	s.markPop(ctx.lastmark)
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	ctx.rep.count = ctx.count - 1
	s.ptr = ptr
maxUntilTail:
	s.repeat = ctx.rep.prev
	nextPC, nextTop, jumpKind = pc, ctx.toplevel, jMaxUntil3
	goto doJump
jumpMaxUntil3:
	s.repeat = ctx.rep
	if ret {
		goto success
	}
	s.ptr = ptr
	goto failure

jumpMinUntil1:
	if ret {
		goto success
	}
	ctx.rep.count = ctx.count - 1
	s.ptr = ptr
	goto failure
jumpMinUntil2:
	{
		tailRepeat := s.repeat != nil
		s.repeat = ctx.rep
		if ret {
			if tailRepeat {
				s.markPopDiscard(ctx.lastmark)
			}
			goto success
		}
		if tailRepeat {
			s.markPop(ctx.lastmark)
		}
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	s.ptr = ptr
	rp = ctx.rep.pc
	if (ctx.count >= int(code[rp+2]) && code[rp+2] != sreMaxRepeat) || s.ptr == ctx.rep.lastPtr {
		goto failure
	}
	ctx.rep.count = ctx.count
	s.data = append(s.data, ctx.rep.lastPtr)
	ctx.rep.lastPtr = s.ptr
	nextPC, nextTop, jumpKind = rp+3, ctx.toplevel, jMinUntil3
	goto doJump
jumpMinUntil3:
	ctx.rep.lastPtr = s.data[len(s.data)-1]
	s.data = s.data[:len(s.data)-1]
	if ret {
		goto success
	}
	ctx.rep.count = ctx.count - 1
	s.ptr = ptr
	goto failure

possRepeat1:
	if ctx.count < int(code[pc+1]) {
		nextPC, nextTop, jumpKind = pc+3, false, jPossRepeat1
		goto doJump
	}
	ptr = -1
	goto possRepeat2
jumpPossRepeat1:
	if ret {
		ctx.count++
		goto possRepeat1
	}
	s.ptr = ptr
	goto failure
possRepeat2:
	if (ctx.count < int(code[pc+2]) || code[pc+2] == sreMaxRepeat) && s.ptr != ptr {
		ctx.lastmark, ctx.lastindex = s.lastmark, s.lastindex
		s.markPush(ctx.lastmark)
		ptr = s.ptr
		nextPC, nextTop, jumpKind = pc+3, false, jPossRepeat2
		goto doJump
	}
	goto possRepeatTail
jumpPossRepeat2:
	if ret {
		s.markPopDiscard(ctx.lastmark)
		ctx.count++
		goto possRepeat2
	}
	s.markPop(ctx.lastmark)
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	s.ptr = ptr
possRepeatTail:
	pc += int(code[pc]) + 1
	ptr = s.ptr
	goto dispatch

jumpAtomicGroup:
	if !ret {
		s.ptr = ptr
		goto failure
	}
	ptr = s.ptr
	pc += int(code[pc])
	goto dispatch

jumpAssert:
	if !ret {
		goto failure
	}
	pc += int(code[pc])
	goto dispatch
jumpAssertNot:
	if ret {
		if s.repeat != nil {
			s.markPopDiscard(ctx.lastmark)
		}
		goto failure
	}
	if s.repeat != nil {
		s.markPop(ctx.lastmark)
	}
	s.lastmark, s.lastindex = ctx.lastmark, ctx.lastindex
	pc += int(code[pc])
	goto dispatch

doJump:
	ctx.pc, ctx.ptr = pc, ptr
	s.ctxs = append(s.ctxs, sreCtx{pc: nextPC, toplevel: nextTop, jump: jumpKind, dataBase: len(s.data)})
	goto entrance

success:
	ret = true
	goto exit
failure:
	ret = false
exit:
	jump = ctx.jump
	s.data = s.data[:ctx.dataBase]
	s.ctxs = s.ctxs[:ci]
	if ci == 0 {
		return ret
	}
	ci--
	ctx = &s.ctxs[ci]
	pc, ptr = ctx.pc, ctx.ptr
	switch jump {
	case jBranch:
		goto jumpBranch
	case jRepeatOne1:
		goto jumpRepeatOne1
	case jRepeatOne2:
		goto jumpRepeatOne2
	case jMinRepeatOne:
		goto jumpMinRepeatOne
	case jRepeat:
		goto jumpRepeat
	case jMaxUntil1:
		goto jumpMaxUntil1
	case jMaxUntil2:
		goto jumpMaxUntil2
	case jMaxUntil3:
		goto jumpMaxUntil3
	case jMinUntil1:
		goto jumpMinUntil1
	case jMinUntil2:
		goto jumpMinUntil2
	case jMinUntil3:
		goto jumpMinUntil3
	case jPossRepeat1:
		goto jumpPossRepeat1
	case jPossRepeat2:
		goto jumpPossRepeat2
	case jAtomicGroup:
		goto jumpAtomicGroup
	case jAssert:
		goto jumpAssert
	case jAssertNot:
		goto jumpAssertNot
	}
	panic(sreEngineError{})
}

// match is SRE(match) from s.start at top level.
func (s *sreState[T]) match() bool {
	s.ptr = s.start
	s.reset()
	return s.run(0, true)
}

// search is SRE(search): the first match at or after s.start, using the
// INFO block's literal prefix or first-character set to skip ahead.
func (s *sreState[T]) search() bool {
	code, str := s.code, s.str
	ptr := s.start
	end := s.end
	s.reset()
	if ptr > end {
		return false
	}
	pc := 0
	var flags uint32
	prefixLen, prefixSkip, prefix, charset := 0, 0, -1, -1
	if code[0] == sreInfo {
		// <INFO> <skip> <flags> <min> <max> <prefix info>
		flags = code[2]
		if code[3] != 0 && end-ptr < int(code[3]) {
			return false
		}
		if code[3] > 1 {
			end -= int(code[3]) - 1
			if end <= ptr {
				end = ptr
			}
		}
		if flags&sreInfoPrefix != 0 {
			prefixLen = int(code[5])
			prefixSkip = int(code[6])
			prefix = 7
		} else if flags&sreInfoCharset != 0 {
			charset = 5
		}
		pc = 1 + int(code[1])
	}
	var zero T
	wide := ^zero > 0xff // rune subjects can hold any code
	if prefixLen == 1 {
		c := code[prefix]
		if !wide && c > 0xff {
			return false
		}
		end = s.end
		s.mustAdvance = false
		for ptr < end {
			for uint32(str[ptr]) != c {
				ptr++
				if ptr >= end {
					return false
				}
			}
			s.start = ptr
			s.ptr = ptr + prefixSkip
			if flags&sreInfoLiteral != 0 {
				return true
			}
			if s.run(pc+2*prefixSkip, false) {
				return true
			}
			ptr++
			s.lastmark, s.lastindex = -1, -1
		}
		return false
	}
	if prefixLen > 1 {
		overlap := prefix + prefixLen - 1
		end = s.end
		if prefixLen > end-ptr {
			return false
		}
		if !wide {
			for i := 0; i < prefixLen; i++ {
				if code[prefix+i] > 0xff {
					return false
				}
			}
		}
		for ptr < end {
			c := code[prefix]
			for {
				ch := uint32(str[ptr])
				ptr++
				if ch == c {
					break
				}
				if ptr >= end {
					return false
				}
			}
			if ptr >= end {
				return false
			}
			i := 1
			s.mustAdvance = false
			for {
				if uint32(str[ptr]) == code[prefix+i] {
					i++
					if i != prefixLen {
						ptr++
						if ptr >= end {
							return false
						}
						continue
					}
					s.start = ptr - (prefixLen - 1)
					s.ptr = ptr - (prefixLen - prefixSkip - 1)
					if flags&sreInfoLiteral != 0 {
						return true
					}
					if s.run(pc+2*prefixSkip, false) {
						return true
					}
					ptr++
					if ptr >= end {
						return false
					}
					s.lastmark, s.lastindex = -1, -1
				}
				i = int(code[overlap+i])
				if i == 0 {
					break
				}
			}
		}
		return false
	}
	if charset >= 0 {
		end = s.end
		s.mustAdvance = false
		setMap := s.setMap
		for {
			for ptr < end {
				ch := uint32(str[ptr])
				if ch < 256 {
					if setMap[ch>>6]&(1<<(ch&63)) != 0 {
						break
					}
				} else if sreInCharset(code, charset, ch) {
					break
				}
				ptr++
			}
			if ptr >= end {
				return false
			}
			s.start = ptr
			s.ptr = ptr
			if s.run(pc, false) {
				return true
			}
			ptr++
			s.lastmark, s.lastindex = -1, -1
		}
	}
	s.start, s.ptr = ptr, ptr
	status := s.run(pc, true)
	s.mustAdvance = false
	if !status && code[pc] == sreAt && (code[pc+1] == sreAtBeginning || code[pc+1] == sreAtBeginningString) {
		s.start, s.ptr = end, end
		return false
	}
	first := s.first
	for !status && ptr < end {
		ptr++
		if first != nil && !s.canStart(ptr) {
			continue
		}
		s.lastmark, s.lastindex = -1, -1
		s.start, s.ptr = ptr, ptr
		status = s.run(pc, false)
	}
	return status
}

// canStart reports whether a match can begin at ptr, judging by the
// single-character items one of which every match starts with. It only
// skips attempts that would fail at their first character anyway.
func (s *sreState[T]) canStart(ptr int) bool {
	if ptr >= s.end {
		return false
	}
	ch := uint32(s.str[ptr])
	if ch < 256 {
		return s.firstMap[ch>>6]&(1<<(ch&63)) != 0
	}
	for _, pc := range s.first {
		if sreOne(s.code, pc, ch) {
			return true
		}
	}
	return false
}

// sreFirstItems finds the single-character items (as code indexes) one
// of which must match the first character of any match of code[pc:], or
// nil when that is not known. It looks through MARKs, into repeats that
// need at least one iteration and across the alternatives of a BRANCH.
func sreFirstItems(code []uint32, pc int, out []int) []int {
	for pc < len(code) {
		switch code[pc] {
		case sreMark:
			pc += 2
			continue
		case sreLiteral, sreNotLiteral, sreLiteralIgnore, sreNotLiteralIgnore,
			sreLiteralUniIgnore, sreNotLiteralUniIgnore, sreLiteralLocIgnore, sreNotLiteralLocIgnore,
			sreIn, sreInIgnore, sreInUniIgnore, sreInLocIgnore, sreAny, sreAnyAll, sreCategory:
			if len(out) >= 8 {
				return nil
			}
			return append(out, pc)
		case sreRepeatOne, sreMinRepeatOne, srePossessiveRepeatOne:
			if pc+4 >= len(code) {
				return nil
			}
			if code[pc+2] == 0 {
				// Zero iterations are allowed: the match starts with
				// the item or with what follows the repeat.
				if out = sreFirstItems(code, pc+4, out); out == nil {
					return nil
				}
				return sreFirstItems(code, pc+1+int(code[pc+1]), out)
			}
			return sreFirstItems(code, pc+4, out)
		case sreRepeat, srePossessiveRepeat:
			if pc+4 >= len(code) || code[pc+2] == 0 {
				return nil
			}
			return sreFirstItems(code, pc+4, out)
		case sreBranch:
			alt := pc + 1
			for alt < len(code) && code[alt] != 0 {
				if out = sreFirstItems(code, alt+1, out); out == nil {
					return nil
				}
				alt += int(code[alt])
			}
			return out
		}
		return nil
	}
	return nil
}

// sreByteMap evaluates a character test for every code below 256, so
// that scanning loops test those with one bit lookup.
func sreByteMap(test func(ch uint32) bool) (m [4]uint64, ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	for ch := uint32(0); ch < 256; ch++ {
		if test(ch) {
			m[ch>>6] |= 1 << (ch & 63)
		}
	}
	return m, true
}
