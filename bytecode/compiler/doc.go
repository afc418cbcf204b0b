// Package compiler turns a parsed module (package frontend/ast) into pyjit
// code objects (bytecode.Code), following the structure of CPython 3.11's
// Python/compile.c: code generation into a control-flow graph of basic
// blocks holding pseudo-instructions, CFG optimizations (optimize_cfg), and
// an assembler that orders blocks, resolves jumps (with EXTENDED_ARG),
// builds the exception table from the SETUP_*/POP_BLOCK pseudo-ops, the
// per-word position table and the exact maximum stack depth.
//
// The differences from CPython's output follow pyjit's instruction set
// (bytecode/opdef): 3.13's call convention (callable, self_or_null, args),
// forward-only conditional jumps, BINARY_SLICE/STORE_SLICE, and an
// exception table of bytecode.ExceptEntry values.
//
// Verify checks the structural invariants of a finished code object; it is
// meant for tests, fuzzing and the interpreter's debug mode.
//
// Package compiler may import package bytecode, bytecode/astopt and the
// frontend packages (ast, parser, symtable, source, literal).
package compiler
