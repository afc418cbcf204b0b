// Package bytecode defines pyjit's instruction set, code objects, the
// compiler from the AST to code objects, the assembler, the disassembler and
// the compiled-code cache.
//
// The instruction set is described once, in package opdef; opcode_gen.go
// and OPCODES.md are generated from it. Package bytecode imports frontend
// packages and opdef only.
package bytecode

//go:generate go run ./gen -go opcode_gen.go -md OPCODES.md

import "github.com/pyjit/pyjit/bytecode/opdef"

// Op is an opcode.
type Op uint8

func (op Op) info() *opdef.Op { return &opdef.Table[op] }

// String returns the opcode's name.
func (op Op) String() string {
	if int(op) < len(opdef.Table) {
		return opdef.Table[op].Name
	}
	return "<invalid opcode>"
}

// ArgKind says what the opcode's argument means.
func (op Op) ArgKind() opdef.ArgKind { return op.info().Arg }

// CacheWords is the number of inline cache words after the instruction.
func (op Op) CacheWords() int { return op.info().Cache }

// Has reports whether the opcode has flag f.
func (op Op) Has(f opdef.Flag) bool { return op.info().Flags&f != 0 }

// StackEffect is the net change of the stack depth caused by op with oparg,
// on the jump path if jump is set (they differ for FOR_ITER, SEND, the
// JUMP_IF_*_OR_POP pair and the SETUP_* pseudo-instructions).
func (op Op) StackEffect(oparg int, jump bool) int {
	pop, push := stackEffect(op, oparg, jump)
	return push - pop
}

// Pops is how many values op with oparg takes from the stack.
func (op Op) Pops(oparg int, jump bool) int {
	pop, _ := stackEffect(op, oparg, jump)
	return pop
}
