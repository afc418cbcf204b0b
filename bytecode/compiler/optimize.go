package compiler

// This file holds the CFG clean-ups and peephole optimizations CPython
// 3.11 runs before assembly (optimize_cfg): constant conditional jumps,
// tuple folding, jump threading, block extension, unreachable code and NOP
// removal, redundant jumps.

import (
	"math/big"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
)

// maxCopySize is the largest exit block copied into a block that jumps to
// it (MAX_COPY_SIZE).
const maxCopySize = 4

// layout returns the blocks in layout order.
func layout(entry *block) []*block {
	var out []*block
	for b := entry; b != nil; b = b.next {
		out = append(out, b)
	}
	return out
}

// skipEmpty returns the first non-empty block from b on.
func skipEmpty(b *block) *block {
	for b != nil && len(b.instrs) == 0 && b.next != nil {
		b = b.next
	}
	return b
}

// position gives every block its index in the layout, so that the
// optimizer can tell forward from backward jumps.
func position(entry *block) map[*block]int {
	pos := map[*block]int{}
	i := 0
	for b := entry; b != nil; b = b.next {
		pos[b] = i
		i++
	}
	return pos
}

func (c *compiler) optimizeCFG(entry *block) {
	pos := position(entry)
	for b := entry; b != nil; b = b.next {
		c.optimizeBlock(b, pos)
		cleanBlock(b)
	}
	for b := entry; b != nil; b = b.next {
		extendBlock(b)
	}
	markReachable(entry)
	for b := entry; b != nil; b = b.next {
		if b.predecessors == 0 {
			b.instrs = nil
		}
	}
	eliminateEmptyBlocks(entry)
	for b := entry; b != nil; b = b.next {
		cleanBlock(b)
	}
	maybeEmpty := false
	for b := entry; b != nil; b = b.next {
		if l := b.last(); l != nil && (l.op == bytecode.JUMP || l.op == bytecode.JUMP_NO_INTERRUPT) && l.target == b.next {
			l.op = bytecode.NOP
			cleanBlock(b)
			maybeEmpty = true
		}
	}
	if maybeEmpty {
		eliminateEmptyBlocks(entry)
	}
}

// truthOf is PyObject_IsTrue for constants.
func truthOf(v bytecode.Const) bool {
	switch x := v.(type) {
	case ast.NoneValue:
		return false
	case bool:
		return x
	case *big.Int:
		return x.Sign() != 0
	case float64:
		return x != 0
	case complex128:
		return x != 0
	case ast.Str:
		return len(x) > 0
	case ast.Bytes:
		return len(x) > 0
	case ast.TupleValue:
		return len(x) > 0
	case ast.FrozenSetValue:
		return len(x) > 0
	}
	return true
}

func (c *compiler) optimizeBlock(b *block, pos map[*block]int) {
	for i := 0; i < len(b.instrs); i++ {
		in := &b.instrs[i]
		nextOp := bytecode.Op(255)
		if i+1 < len(b.instrs) {
			nextOp = b.instrs[i+1].op
		}
		var target *instr
		if isJump(in.op) || isBlockPush(in.op) {
			for len(in.target.instrs) == 0 && in.target.next != nil {
				in.target = in.target.next
			}
			if len(in.target.instrs) > 0 {
				target = &in.target.instrs[0]
			}
		}
		switch in.op {
		case bytecode.LOAD_CONST:
			v := c.u.consts[in.arg]
			switch nextOp {
			case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
				in.op = bytecode.NOP
				if truthOf(v) == (nextOp == bytecode.POP_JUMP_IF_TRUE) {
					b.instrs[i+1].op = bytecode.JUMP
				} else {
					b.instrs[i+1].op = bytecode.NOP
				}
			case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
				if truthOf(v) == (nextOp == bytecode.JUMP_IF_TRUE_OR_POP) {
					b.instrs[i+1].op = bytecode.JUMP
				} else {
					in.op = bytecode.NOP
					b.instrs[i+1].op = bytecode.NOP
				}
			case bytecode.IS_OP:
				jumpOp := bytecode.Op(255)
				if i+2 < len(b.instrs) {
					jumpOp = b.instrs[i+2].op
				}
				if _, isNone := v.(ast.NoneValue); isNone && (jumpOp == bytecode.POP_JUMP_IF_FALSE || jumpOp == bytecode.POP_JUMP_IF_TRUE) {
					invert := b.instrs[i+1].arg != 0
					in.op = bytecode.NOP
					b.instrs[i+1].op = bytecode.NOP
					if invert != (jumpOp == bytecode.POP_JUMP_IF_FALSE) {
						b.instrs[i+2].op = bytecode.POP_JUMP_IF_NOT_NONE
					} else {
						b.instrs[i+2].op = bytecode.POP_JUMP_IF_NONE
					}
				}
			}
		case bytecode.BUILD_TUPLE:
			if nextOp == bytecode.UNPACK_SEQUENCE && in.arg == b.instrs[i+1].arg {
				switch in.arg {
				case 1:
					in.op = bytecode.NOP
					b.instrs[i+1].op = bytecode.NOP
					continue
				case 2, 3:
					in.op = bytecode.NOP
					b.instrs[i+1].op = bytecode.SWAP
					continue
				}
			}
			if i >= in.arg {
				c.foldTuple(b.instrs[i-in.arg : i+1])
			}
		case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
			if target == nil {
				break
			}
			same, opposite := bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE
			sameOrPop, oppositeOrPop := bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP
			if in.op == bytecode.JUMP_IF_TRUE_OR_POP {
				same, opposite = opposite, same
				sameOrPop, oppositeOrPop = oppositeOrPop, sameOrPop
			}
			switch target.op {
			case same:
				if c.jumpThread(in, target, same, pos, b) {
					i--
				}
			case bytecode.JUMP, sameOrPop:
				if c.jumpThread(in, target, sameOrPop, pos, b) {
					i--
				}
			case oppositeOrPop, opposite:
				if in.loc.line == target.loc.line && in.target.next != nil && forward(pos, b, in.target.next) {
					in.op = same
					in.target = in.target.next
					i--
				}
			}
		case bytecode.POP_JUMP_IF_NOT_NONE, bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE, bytecode.JUMP:
			if target != nil && target.op == bytecode.JUMP {
				if c.jumpThread(in, target, in.op, pos, b) {
					i--
				}
			}
		case bytecode.SWAP:
			if in.arg == 1 {
				in.op = bytecode.NOP
			}
		}
	}
}

func forward(pos map[*block]int, from, to *block) bool {
	return pos[to] > pos[from]
}

// jumpThread retargets in to target's destination when both have the same
// line; conditional jumps only move forward, as pyjit has no backward
// conditional jumps.
func (c *compiler) jumpThread(in, target *instr, op bytecode.Op, pos map[*block]int, b *block) bool {
	if in.loc.line != target.loc.line || in.target == target.target {
		return false
	}
	if op != bytecode.JUMP && !forward(pos, b, target.target) {
		return false
	}
	in.target = target.target
	in.op = op
	return true
}

// foldTuple replaces LOAD_CONST x n; BUILD_TUPLE n by one LOAD_CONST.
func (c *compiler) foldTuple(ins []instr) {
	n := len(ins) - 1
	vals := make(ast.TupleValue, n)
	for i := 0; i < n; i++ {
		if ins[i].op != bytecode.LOAD_CONST {
			return
		}
		vals[i] = c.u.consts[ins[i].arg]
	}
	idx := c.addConst(vals)
	for i := 0; i < n; i++ {
		ins[i].op = bytecode.NOP
	}
	ins[n].op = bytecode.LOAD_CONST
	ins[n].arg = idx
}

// cleanBlock removes the NOPs that carry no needed line number.
func cleanBlock(b *block) {
	dest := 0
	prevLine := int32(-1)
	for src := 0; src < len(b.instrs); src++ {
		in := b.instrs[src]
		line := in.loc.line
		if in.op == bytecode.NOP {
			if line < 0 || prevLine == line {
				continue
			}
			if src < len(b.instrs)-1 {
				nl := b.instrs[src+1].loc.line
				if nl < 0 || nl == line {
					b.instrs[src+1].loc = in.loc
					continue
				}
			} else {
				next := b.next
				for next != nil && len(next.instrs) == 0 {
					next = next.next
				}
				if next != nil && line == next.instrs[0].loc.line {
					continue
				}
			}
		}
		b.instrs[dest] = in
		dest++
		prevLine = line
	}
	b.instrs = b.instrs[:dest]
}

// extendBlock replaces an unconditional jump to a small exit block by a
// copy of that block.
func extendBlock(b *block) {
	l := b.last()
	if l == nil || (l.op != bytecode.JUMP && l.op != bytecode.JUMP_FORWARD && l.op != bytecode.JUMP_BACKWARD) {
		return
	}
	t := l.target
	if t.exitsScope() && len(t.instrs) <= maxCopySize {
		l.op = bytecode.NOP
		b.instrs = append(b.instrs, t.instrs...)
	}
}

func markReachable(entry *block) {
	for b := entry; b != nil; b = b.next {
		b.predecessors = 0
		b.visited = false
	}
	entry.predecessors = 1
	stack := []*block{entry}
	for len(stack) > 0 {
		b := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		b.visited = true
		if b.next != nil && b.hasFallthrough() {
			if !b.next.visited && b.next.predecessors == 0 {
				stack = append(stack, b.next)
			}
			b.next.predecessors++
		}
		for i := range b.instrs {
			in := &b.instrs[i]
			if isJump(in.op) || isBlockPush(in.op) {
				t := in.target
				if !t.visited && t.predecessors == 0 {
					stack = append(stack, t)
				}
				t.predecessors++
			}
		}
	}
}

func eliminateEmptyBlocks(entry *block) {
	for b := entry; b != nil; b = b.next {
		next := b.next
		if next != nil {
			for len(next.instrs) == 0 && next.next != nil {
				next = next.next
			}
			b.next = next
		}
	}
	for b := entry; b != nil; b = b.next {
		for i := range b.instrs {
			in := &b.instrs[i]
			if isJump(in.op) || isBlockPush(in.op) {
				t := in.target
				for len(t.instrs) == 0 && t.next != nil {
					t = t.next
				}
				in.target = t
			}
		}
	}
}
