package bytecode

// This file defines code objects: what the compiler produces, the
// interpreter runs, the disassembler shows and the cache stores.

import (
	"github.com/pyjit/pyjit/frontend/ast"
)

// Code flags, with CPython's values (inspect.CO_*).
const (
	CoOptimized         = 0x0001
	CoNewLocals         = 0x0002
	CoVarargs           = 0x0004
	CoVarkeywords       = 0x0008
	CoNested            = 0x0010
	CoGenerator         = 0x0020
	CoNoFree            = 0x0040
	CoCoroutine         = 0x0080
	CoIterableCoroutine = 0x0100
	CoAsyncGenerator    = 0x0200
)

// Kinds of fast-local slots (CPython 3.11's CO_FAST_*): a slot may be both a
// local (an argument) and a cell.
const (
	FastLocal = 0x20
	FastCell  = 0x40
	FastFree  = 0x80
)

// Code is a compiled code object (CPython's PyCodeObject).
//
// Instructions are 32-bit words: opcode in the low 8 bits, argument in the
// high 24 (EXTENDED_ARG words supply higher bits). An instruction with cache
// words (Op.CacheWords) is followed by that many words, which the
// interpreter owns; the compiler leaves them zero. Jump arguments count
// words, relative to the word after the jump (and its cache words).
type Code struct {
	Name        string
	QualName    string
	Filename    string
	FirstLineNo int

	ArgCount        int
	PosOnlyArgCount int
	KwOnlyArgCount  int
	Flags           int
	StackSize       int // exact maximum depth of the value stack

	Words  []uint32
	Consts []Const
	Names  []string // global, attribute and imported names (co_names)

	// The fast locals as in CPython 3.11: names and kinds of every slot,
	// locals (parameters first) then cells that are not parameters then
	// free variables.
	LocalsPlusNames []string
	LocalsPlusKinds []uint8

	// Positions has one entry per word (cache words included): the source
	// span of the instruction the word belongs to. Line -1 means "no line"
	// (None in co_lines()); line 0 is real: a module's RESUME has it.
	Positions []Position

	// ExceptionTable lists the protected ranges, innermost first for any
	// instruction (CPython 3.11's zero-cost exception handling).
	ExceptionTable []ExceptEntry
}

// Position is an instruction's source span: 1-based lines, 0-based UTF-8
// byte columns, -1 for unknown columns (as code.co_positions()).
type Position struct {
	Line, EndLine, Col, EndCol int32
}

// ExceptEntry routes an exception raised by an instruction in
// [Start, End) (word offsets) to Target, after popping the value stack to
// Depth; with Lasti, the offset of the raising instruction is pushed before
// the exception.
type ExceptEntry struct {
	Start, End, Target, Depth int
	Lasti                     bool
}

// Const is a constant of a code object: None, Ellipsis, bool, *big.Int,
// float64, complex128, ast.Str, ast.Bytes, ast.TupleValue, ast.FrozenSetValue
// (of constants) or *Code.
type Const = ast.Value

// Varnames is co_varnames: the names of the local slots.
func (c *Code) Varnames() []string { return c.namesOfKind(FastLocal) }

// Cellvars is co_cellvars.
func (c *Code) Cellvars() []string { return c.namesOfKind(FastCell) }

// Freevars is co_freevars.
func (c *Code) Freevars() []string { return c.namesOfKind(FastFree) }

// NLocals is co_nlocals.
func (c *Code) NLocals() int { return len(c.Varnames()) }

func (c *Code) namesOfKind(kind uint8) []string {
	var names []string
	for i, k := range c.LocalsPlusKinds {
		if k&kind != 0 {
			names = append(names, c.LocalsPlusNames[i])
		}
	}
	return names
}

// Decode splits the word at pc into opcode and argument, folding in
// preceding EXTENDED_ARG words when called on the first of them, and
// returns the offset of the next instruction. Code that ends inside an
// instruction (a trailing EXTENDED_ARG) decodes as EXTENDED_ARG with next
// past the end, so callers can stop without indexing out of range.
func Decode(words []uint32, pc int) (op Op, arg int, next int) {
	arg = 0
	for {
		if pc >= len(words) {
			return EXTENDED_ARG, arg, len(words) + 1
		}
		w := words[pc]
		op = Op(w & 0xff)
		arg = arg<<24 | int(w>>8)
		pc++
		if op != EXTENDED_ARG {
			return op, arg, pc + op.CacheWords()
		}
	}
}
