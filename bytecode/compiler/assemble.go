package compiler

// This file turns a unit's control-flow graph into a code object
// (CPython 3.11's assemble): prefix instructions, cell offsets, CFG
// optimization, line numbers, stack depth, exception targets, jump
// resolution with EXTENDED_ARG, and the position and exception tables.

import (
	"fmt"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/opdef"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/symtable"
)

// internalError aborts compilation for a malformed CFG: a compiler bug.
func internalError(format string, args ...any) {
	panic(fmt.Sprintf(format, args...))
}

func (c *compiler) assemble(addNone bool) *bytecode.Code {
	u := c.u
	if !u.cur.returned {
		c.unsetLoc()
		if addNone {
			c.loadConst(ast.None)
		}
		c.emit(bytecode.RETURN_VALUE)
	}
	entry := u.entry
	// Jumps to empty blocks go to the next non-empty block.
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if isJump(in.op) || isBlockPush(in.op) {
				for len(in.target.instrs) == 0 && in.target.next != nil {
					in.target = in.target.next
				}
			}
		}
	}
	for b := entry; b != nil; b = b.next {
		extendBlock(b)
	}
	if u.firstLineNo == 0 {
		u.firstLineNo = 1
	}
	flags := c.codeFlags()
	fixed := c.cellFixedOffsets()
	c.insertPrefix(entry, fixed, flags)
	numDropped := fixCellOffsets(u, entry, fixed)
	c.optimizeCFG(entry)
	duplicateExitsWithoutLineno(entry)
	c.trimUnusedConsts(entry)
	propagateLineNumbers(entry)
	guaranteeLinenoForExits(entry, u.firstLineNo)
	maxDepth := stackDepth(entry)
	labelExceptionTargets(entry)
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			if isBlockPush(b.instrs[i].op) || b.instrs[i].op == bytecode.POP_BLOCK {
				b.instrs[i].op = bytecode.NOP
			}
		}
	}
	for b := entry; b != nil; b = b.next {
		cleanBlock(b)
	}
	normalizeJumps(entry)

	code := &bytecode.Code{
		Name:            u.name,
		QualName:        u.qualname,
		Filename:        c.filename,
		FirstLineNo:     u.firstLineNo,
		ArgCount:        u.argCount + u.posOnlyArgCount,
		PosOnlyArgCount: u.posOnlyArgCount,
		KwOnlyArgCount:  u.kwOnlyArgCount,
		Flags:           flags,
		StackSize:       maxDepth,
		Consts:          u.consts,
		Names:           u.names.list,
	}
	if code.QualName == "" {
		code.QualName = u.name
	}
	if code.Names == nil {
		code.Names = []string{}
	}
	c.localsPlus(code, numDropped)
	emitCode(code, entry)
	return code
}

func (c *compiler) codeFlags() int {
	ste := c.u.ste
	flags := 0
	if ste.Kind == symtable.Function {
		flags |= bytecode.CoNewLocals | bytecode.CoOptimized
		if ste.IsNested {
			flags |= bytecode.CoNested
		}
		switch {
		case ste.IsGenerator && !ste.IsCoroutine:
			flags |= bytecode.CoGenerator
		case !ste.IsGenerator && ste.IsCoroutine:
			flags |= bytecode.CoCoroutine
		case ste.IsGenerator && ste.IsCoroutine:
			flags |= bytecode.CoAsyncGenerator
		}
		if ste.HasVarargs {
			flags |= bytecode.CoVarargs
		}
		if ste.HasVarkeywords {
			flags |= bytecode.CoVarkeywords
		}
	}
	return flags | c.futureFlags
}

// cellFixedOffsets maps each cell/free index to its localsplus slot
// before dropping the cells that are also arguments.
func (c *compiler) cellFixedOffsets() []int {
	u := c.u
	nlocals := u.varnames.len()
	n := u.cellvars.len() + u.freevars.len()
	fixed := make([]int, n)
	for i := range fixed {
		fixed[i] = nlocals + i
	}
	for i, name := range u.cellvars.list {
		if vi, ok := u.varnames.index[name]; ok {
			fixed[i] = vi
		}
	}
	return fixed
}

func (c *compiler) insertPrefix(entry *block, fixed []int, flags int) {
	u := c.u
	var prefix []instr
	ncells := u.cellvars.len()
	if ncells > 0 {
		nvars := ncells + u.varnames.len()
		sorted := make([]int, nvars)
		for i := 0; i < ncells; i++ {
			sorted[fixed[i]] = i + 1
		}
		for _, s := range sorted {
			if s > 0 {
				prefix = append(prefix, instr{op: bytecode.MAKE_CELL, arg: s - 1, loc: noLoc})
			}
		}
	}
	if nfree := u.freevars.len(); nfree > 0 {
		prefix = append([]instr{{op: bytecode.COPY_FREE_VARS, arg: nfree, loc: noLoc}}, prefix...)
	}
	if flags&(bytecode.CoGenerator|bytecode.CoCoroutine|bytecode.CoAsyncGenerator) != 0 {
		fl := int32(u.firstLineNo)
		prefix = append(prefix,
			instr{op: bytecode.RETURN_GENERATOR, loc: loc{fl, fl, -1, -1}},
			instr{op: bytecode.POP_TOP, loc: noLoc})
	}
	entry.instrs = append(prefix, entry.instrs...)
}

func fixCellOffsets(u *unit, entry *block, fixed []int) int {
	nlocals := u.varnames.len()
	dropped := 0
	for i := range fixed {
		if fixed[i] == i+nlocals {
			fixed[i] -= dropped
		} else {
			dropped++
		}
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			switch in.op {
			case bytecode.MAKE_CELL, bytecode.LOAD_CLOSURE, bytecode.LOAD_DEREF,
				bytecode.STORE_DEREF, bytecode.DELETE_DEREF, bytecode.LOAD_CLASSDEREF:
				if in.arg < 0 || in.arg >= len(fixed) {
					internalError("bad cell index %d", in.arg)
				}
				in.arg = fixed[in.arg]
			}
		}
	}
	return dropped
}

func (c *compiler) localsPlus(code *bytecode.Code, numDropped int) {
	u := c.u
	nlocals := u.varnames.len()
	n := nlocals + u.cellvars.len() + u.freevars.len() - numDropped
	names := make([]string, n)
	kinds := make([]uint8, n)
	for i, name := range u.varnames.list {
		names[i] = name
		kinds[i] = bytecode.FastLocal
		if u.cellvars.has(name) {
			kinds[i] |= bytecode.FastCell
		}
	}
	dropped := 0
	for i, name := range u.cellvars.list {
		if u.varnames.has(name) {
			dropped++
			continue
		}
		off := i + nlocals - dropped
		names[off] = name
		kinds[off] = bytecode.FastCell
	}
	for i, name := range u.freevars.list {
		off := u.cellvars.len() + i + nlocals - dropped
		names[off] = name
		kinds[off] = bytecode.FastFree
	}
	code.LocalsPlusNames = names
	code.LocalsPlusKinds = kinds
}

// trimUnusedConsts drops trailing constants no instruction loads (the
// first is kept: it may be the docstring).
func (c *compiler) trimUnusedConsts(entry *block) {
	maxIdx := 0
	for b := entry; b != nil; b = b.next {
		for _, in := range b.instrs {
			if in.op == bytecode.LOAD_CONST && in.arg > maxIdx {
				maxIdx = in.arg
			}
		}
	}
	if maxIdx+1 < len(c.u.consts) {
		c.u.consts = c.u.consts[:maxIdx+1]
	}
}

func isExitWithoutLineno(b *block) bool {
	if !b.exitsScope() {
		return false
	}
	for _, in := range b.instrs {
		if in.loc.line >= 0 {
			return false
		}
	}
	return true
}

// duplicateExitsWithoutLineno gives every jump to a shared exit block
// without line numbers its own copy, so each copy can inherit the line of
// its jump.
func duplicateExitsWithoutLineno(entry *block) {
	for b := entry; b != nil; b = b.next {
		l := b.last()
		if l == nil || !isJump(l.op) {
			continue
		}
		t := l.target
		if isExitWithoutLineno(t) && t.predecessors > 1 {
			nb := &block{instrs: append([]instr(nil), t.instrs...)}
			nb.instrs[0].loc = l.loc
			l.target = nb
			t.predecessors--
			nb.predecessors = 1
			nb.next = t.next
			t.next = nb
		}
	}
	for b := entry; b != nil; b = b.next {
		if b.hasFallthrough() && b.next != nil && len(b.instrs) > 0 {
			if isExitWithoutLineno(b.next) {
				b.next.instrs[0].loc = b.last().loc
			}
		}
	}
}

func propagateLineNumbers(entry *block) {
	for b := entry; b != nil; b = b.next {
		if len(b.instrs) == 0 {
			continue
		}
		prev := noLoc
		for i := range b.instrs {
			if b.instrs[i].loc.line < 0 {
				b.instrs[i].loc = prev
			} else {
				prev = b.instrs[i].loc
			}
		}
		if b.hasFallthrough() && b.next != nil && b.next.predecessors == 1 && len(b.next.instrs) > 0 {
			if b.next.instrs[0].loc.line < 0 {
				b.next.instrs[0].loc = prev
			}
		}
		if l := b.last(); isJump(l.op) {
			t := l.target
			if t.predecessors == 1 && len(t.instrs) > 0 && t.instrs[0].loc.line < 0 {
				t.instrs[0].loc = prev
			}
		}
	}
}

func guaranteeLinenoForExits(entry *block, firstLine int) {
	line := int32(firstLine)
	for b := entry; b != nil; b = b.next {
		l := b.last()
		if l == nil {
			continue
		}
		if l.loc.line < 0 {
			if l.op == bytecode.RETURN_VALUE {
				for i := range b.instrs {
					b.instrs[i].loc.line = line
				}
			}
		} else {
			line = l.loc.line
		}
	}
}

// stackDepth computes the maximum stack depth and each block's entry depth,
// checking that every path agrees.
func stackDepth(entry *block) int {
	for b := entry; b != nil; b = b.next {
		b.startDepth = -1 << 30
	}
	maxDepth := 0
	var stack []*block
	push := func(b *block, depth int) {
		if b.startDepth < -1<<29 {
			b.startDepth = depth
			stack = append(stack, b)
		} else if b.startDepth != depth {
			internalError("inconsistent stack depth at block %d: %d vs %d", b.id, b.startDepth, depth)
		}
	}
	push(entry, 0)
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		depth := b.startDepth
		next := b.next
		for i := range b.instrs {
			in := &b.instrs[i]
			newDepth := depth + in.op.StackEffect(in.arg, false)
			if newDepth < 0 {
				internalError("negative stack depth at %s", in.op)
			}
			if newDepth > maxDepth {
				maxDepth = newDepth
			}
			if isJump(in.op) || isBlockPush(in.op) {
				td := depth + in.op.StackEffect(in.arg, true)
				if td > maxDepth {
					maxDepth = td
				}
				push(in.target, td)
			}
			depth = newDepth
			if isUncondJump(in.op) || isScopeExit(in.op) {
				next = nil
				break
			}
		}
		if next != nil {
			push(next, depth)
		}
	}
	return maxDepth
}

// labelExceptionTargets sets each instruction's innermost handler by
// walking the CFG with the stack of open SETUP_* blocks.
func labelExceptionTargets(entry *block) {
	for b := entry; b != nil; b = b.next {
		b.visited = false
		b.exceptStack = nil
	}
	todo := []*block{entry}
	entry.visited = true
	entry.exceptStack = []*block{}
	for len(todo) > 0 {
		b := todo[len(todo)-1]
		todo = todo[:len(todo)-1]
		st := b.exceptStack
		b.exceptStack = nil
		var handler *block
		if len(st) > 0 {
			handler = st[len(st)-1]
		}
		for i := range b.instrs {
			in := &b.instrs[i]
			switch {
			case isBlockPush(in.op):
				if !in.target.visited {
					in.target.exceptStack = append([]*block(nil), st...)
					in.target.visited = true
					todo = append(todo, in.target)
				}
				if in.op == bytecode.SETUP_WITH || in.op == bytecode.SETUP_CLEANUP {
					in.target.preserveLasti = true
				}
				st = append(append([]*block(nil), st...), in.target)
				handler = in.target
			case in.op == bytecode.POP_BLOCK:
				if len(st) > 0 {
					st = st[:len(st)-1]
				}
				handler = nil
				if len(st) > 0 {
					handler = st[len(st)-1]
				}
			case isJump(in.op):
				in.except = handler
				if !in.target.visited {
					in.target.exceptStack = append([]*block(nil), st...)
					in.target.visited = true
					todo = append(todo, in.target)
				}
			default:
				in.except = handler
			}
		}
		if b.hasFallthrough() && b.next != nil && !b.next.visited {
			b.next.exceptStack = st
			b.next.visited = true
			todo = append(todo, b.next)
		}
	}
}

func normalizeJumps(entry *block) {
	for b := entry; b != nil; b = b.next {
		b.visited = false
	}
	for b := entry; b != nil; b = b.next {
		b.visited = true
		l := b.last()
		if l == nil || !isJump(l.op) {
			continue
		}
		fwd := !l.target.visited
		switch l.op {
		case bytecode.JUMP:
			if fwd {
				l.op = bytecode.JUMP_FORWARD
			} else {
				l.op = bytecode.JUMP_BACKWARD
			}
		case bytecode.JUMP_NO_INTERRUPT:
			if fwd {
				l.op = bytecode.JUMP_FORWARD
			} else {
				l.op = bytecode.JUMP_BACKWARD_NO_INTERRUPT
			}
		default:
			if !fwd {
				internalError("backward %s", l.op)
			}
		}
	}
}

// argWords is the number of words an argument needs (1 + EXTENDED_ARGs).
func argWords(arg int) int {
	n := 1
	for arg >= 1<<24 {
		arg >>= 24
		n++
	}
	return n
}

func instrSize(in *instr) int {
	return argWords(in.arg) + in.op.CacheWords()
}

// emitCode resolves jump offsets (growing EXTENDED_ARG prefixes until
// stable) and writes words, positions and the exception table.
func emitCode(code *bytecode.Code, entry *block) {
	for {
		off := 0
		for b := entry; b != nil; b = b.next {
			b.offset = off
			for i := range b.instrs {
				off += instrSize(&b.instrs[i])
			}
		}
		changed := false
		for b := entry; b != nil; b = b.next {
			off := b.offset
			for i := range b.instrs {
				in := &b.instrs[i]
				size := instrSize(in)
				if isJump(in.op) {
					end := off + size
					var arg int
					if in.op.Has(opdef.Backward) {
						arg = end - in.target.offset
					} else {
						arg = in.target.offset - end
					}
					if arg < 0 {
						internalError("negative jump offset for %s", in.op)
					}
					if argWords(arg) != argWords(in.arg) {
						changed = true
					}
					in.arg = arg
				}
				off += size
			}
		}
		if !changed {
			break
		}
	}
	var words []uint32
	var positions []bytecode.Position
	var table []bytecode.ExceptEntry
	var handler *block
	start := 0
	closeEntry := func(end int) {
		if handler == nil {
			return
		}
		depth := handler.startDepth - 1
		if handler.preserveLasti {
			depth--
		}
		table = append(table, bytecode.ExceptEntry{Start: start, End: end, Target: handler.offset, Depth: depth, Lasti: handler.preserveLasti})
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			off := len(words)
			if in.except != handler {
				closeEntry(off)
				start = off
				handler = in.except
			}
			pos := bytecode.Position{Line: in.loc.line, EndLine: in.loc.endLine, Col: in.loc.col, EndCol: in.loc.endCol}
			if in.loc.line < 0 {
				pos = bytecode.Position{Line: 0, EndLine: 0, Col: -1, EndCol: -1}
			}
			n := argWords(in.arg)
			for k := n - 1; k >= 1; k-- {
				words = append(words, uint32(bytecode.EXTENDED_ARG)|uint32((in.arg>>(24*k))&0xffffff)<<8)
				positions = append(positions, pos)
			}
			words = append(words, uint32(in.op)|uint32(in.arg&0xffffff)<<8)
			positions = append(positions, pos)
			for k := 0; k < in.op.CacheWords(); k++ {
				words = append(words, 0)
				positions = append(positions, pos)
			}
		}
	}
	closeEntry(len(words))
	code.Words = words
	code.Positions = positions
	code.ExceptionTable = table
}
