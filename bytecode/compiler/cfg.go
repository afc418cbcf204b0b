package compiler

// This file defines the control-flow graph the code generator builds:
// instructions with source locations, basic blocks, and the helpers that
// append instructions to the current block.

import (
	"bytes"
	"fmt"
	"math"
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/opdef"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/symtable"
)

// loc is an instruction's source span; line -1 means "no location yet"
// (an artificial instruction that gets its line from its neighbours).
type loc struct {
	line, endLine, col, endCol int32
}

var noLoc = loc{-1, -1, -1, -1}

func locOf(p *ast.Pos) loc {
	return loc{int32(p.Lineno), int32(p.EndLineno), int32(p.ColOffset), int32(p.EndColOffset)}
}

// instr is one instruction of a basic block.
type instr struct {
	op     bytecode.Op
	arg    int
	target *block // jump target or handler of SETUP_*
	except *block // innermost handler, set by labelExceptionTargets
	loc    loc
}

// block is a basic block: straight-line instructions, at most the last one
// a jump or scope exit (SETUP_* pseudo-ops may occur anywhere).
type block struct {
	instrs []instr
	next   *block // the block laid out after this one

	id            int
	startDepth    int
	offset        int // word offset, during assembly
	predecessors  int
	visited       bool
	preserveLasti bool // handler of SETUP_CLEANUP/SETUP_WITH
	// returned mirrors CPython's b_return: the block (or, as CPython
	// keeps appending dead code to it, its continuation) emitted a
	// return, so no implicit "return None" is needed at the end.
	returned    bool
	exceptStack []*block
}

func (b *block) last() *instr {
	if len(b.instrs) == 0 {
		return nil
	}
	return &b.instrs[len(b.instrs)-1]
}

func isBlockPush(op bytecode.Op) bool {
	return op == bytecode.SETUP_FINALLY || op == bytecode.SETUP_CLEANUP || op == bytecode.SETUP_WITH
}

// isJump: a real (or pseudo) jump; block pushes are not jumps.
func isJump(op bytecode.Op) bool {
	return op.Has(opdef.Jump) && !isBlockPush(op)
}

func isUncondJump(op bytecode.Op) bool {
	return isJump(op) && op.Has(opdef.Uncond)
}

func isScopeExit(op bytecode.Op) bool {
	return op == bytecode.RETURN_VALUE || op == bytecode.RAISE_VARARGS || op == bytecode.RERAISE
}

// hasFallthrough reports whether control can flow from b into b.next.
func (b *block) hasFallthrough() bool {
	l := b.last()
	if l == nil {
		return true
	}
	return !isScopeExit(l.op) && !isUncondJump(l.op)
}

// exitsScope: the block ends with return or raise.
func (b *block) exitsScope() bool {
	l := b.last()
	return l != nil && isScopeExit(l.op)
}

// newBlock allocates a block (not yet placed in the layout).
func (c *compiler) newBlock() *block {
	b := &block{id: len(c.u.blocks)}
	c.u.blocks = append(c.u.blocks, b)
	return b
}

// useNextBlock makes b follow the current block in the layout and makes it
// current (compiler_use_next_block).
func (c *compiler) useNextBlock(b *block) {
	c.u.cur.next = b
	c.u.cur = b
}

// nextBlock starts a new block after the current one (NEXT_BLOCK).
func (c *compiler) nextBlock() {
	c.useNextBlock(c.newBlock())
}

func (c *compiler) setLoc(p *ast.Pos) { c.u.loc = locOf(p) }
func (c *compiler) unsetLoc()         { c.u.loc = noLoc }

// addInstr appends an instruction at l; a block that already ends with a
// jump or exit gets a fresh successor first, so dead code lands in its own
// (unreachable) block.
func (c *compiler) addInstr(op bytecode.Op, arg int, target *block, l loc) {
	b := c.u.cur
	if last := b.last(); last != nil && (isJump(last.op) || isScopeExit(last.op)) {
		c.nextBlock()
		c.u.cur.returned = b.returned
		b = c.u.cur
	}
	b.instrs = append(b.instrs, instr{op: op, arg: arg, target: target, loc: l})
	if op == bytecode.RETURN_VALUE {
		b.returned = true
	}
}

func (c *compiler) emit(op bytecode.Op)               { c.addInstr(op, 0, nil, c.u.loc) }
func (c *compiler) emitI(op bytecode.Op, arg int)     { c.addInstr(op, arg, nil, c.u.loc) }
func (c *compiler) emitNoLine(op bytecode.Op)         { c.addInstr(op, 0, nil, noLoc) }
func (c *compiler) emitJump(op bytecode.Op, t *block) { c.addInstr(op, 0, t, c.u.loc) }
func (c *compiler) emitJumpNoLine(op bytecode.Op, t *block) {
	c.addInstr(op, 0, t, noLoc)
}

// emitName emits op with the index of name in co_names (mangled first).
func (c *compiler) emitName(op bytecode.Op, name string) {
	c.emitI(op, c.u.names.add(symtable.Mangle(c.u.private, name)))
}

// emitAttr emits LOAD_ATTR; method sets the method-load bit.
func (c *compiler) emitLoadAttr(name string, method bool) {
	arg := c.u.names.add(symtable.Mangle(c.u.private, name)) << 1
	if method {
		arg |= 1
	}
	c.emitI(bytecode.LOAD_ATTR, arg)
}

// loadConst emits LOAD_CONST v.
func (c *compiler) loadConst(v bytecode.Const) {
	c.emitI(bytecode.LOAD_CONST, c.addConst(v))
}

// addConst returns the index of v in co_consts, adding it if needed. Like
// CPython, equal constants of the same type share one slot (1, 1.0 and True
// are distinct, as are 0.0 and -0.0).
func (c *compiler) addConst(v bytecode.Const) int {
	return addConstTo(c.u, v)
}

func addConstTo(u *unit, v bytecode.Const) int {
	// CPython keys constants by object: a NaN is never equal to another,
	// so every constant holding one gets its own slot.
	if hasNaN(v) {
		u.consts = append(u.consts, v)
		return len(u.consts) - 1
	}
	k := constKey(v)
	if i, ok := u.constIndex[k]; ok {
		code, isCode := v.(*bytecode.Code)
		if !isCode || sameCode(code, u.consts[i].(*bytecode.Code)) {
			return i
		}
		// Same name, line and size but different code: a constant of its
		// own (a later equal one will not find it, which CPython would
		// merge; that takes three equal-looking code objects).
		u.consts = append(u.consts, v)
		return len(u.consts) - 1
	}
	u.constIndex[k] = len(u.consts)
	u.consts = append(u.consts, v)
	return len(u.consts) - 1
}

// sameCode is CPython's code equality: equal code objects (a comprehension
// in a duplicated finally body, say) share one constant. The serialized
// form covers every field, nested constants included.
func sameCode(a, b *bytecode.Code) bool {
	return a == b || bytes.Equal(bytecode.Marshal(a), bytecode.Marshal(b))
}

// hasNaN reports whether a constant is or contains a float NaN.
func hasNaN(v bytecode.Const) bool {
	switch x := v.(type) {
	case float64:
		return math.IsNaN(x)
	case complex128:
		return math.IsNaN(real(x)) || math.IsNaN(imag(x))
	case ast.TupleValue:
		for _, e := range x {
			if hasNaN(e) {
				return true
			}
		}
	case ast.FrozenSetValue:
		for _, e := range x {
			if hasNaN(e) {
				return true
			}
		}
	}
	return false
}

// constKey is a string identifying a constant by type and value
// (_PyCode_ConstantKey).
func constKey(v bytecode.Const) string {
	var b strings.Builder
	writeConstKey(&b, v)
	return b.String()
}

func writeConstKey(b *strings.Builder, v bytecode.Const) {
	switch x := v.(type) {
	case ast.NoneValue:
		b.WriteString("N")
	case ast.EllipsisValue:
		b.WriteString("E")
	case bool:
		if x {
			b.WriteString("T")
		} else {
			b.WriteString("F")
		}
	case *big.Int:
		b.WriteString("i")
		b.WriteString(x.String())
	case float64:
		fmt.Fprintf(b, "f%x", math.Float64bits(x))
	case complex128:
		fmt.Fprintf(b, "c%x,%x", math.Float64bits(real(x)), math.Float64bits(imag(x)))
	case ast.Str:
		fmt.Fprintf(b, "s%d:%s", len(x), string(x))
	case ast.Bytes:
		fmt.Fprintf(b, "b%d:%s", len(x), string(x))
	case ast.TupleValue:
		fmt.Fprintf(b, "t%d(", len(x))
		for _, e := range x {
			writeConstKey(b, e)
			b.WriteString(",")
		}
		b.WriteString(")")
	case ast.FrozenSetValue:
		fmt.Fprintf(b, "z%d(", len(x))
		for _, e := range x {
			writeConstKey(b, e)
			b.WriteString(",")
		}
		b.WriteString(")")
	case *bytecode.Code:
		// Only code objects with the same name, first line and size can be
		// equal; addConstTo compares such candidates in full.
		fmt.Fprintf(b, "C%s:%d:%d", x.QualName, x.FirstLineNo, len(x.Words))
	default:
		fmt.Fprintf(b, "?%T%v", v, v)
	}
}
