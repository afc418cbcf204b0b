// Package symtable is pyjit's symbol-table pass: it walks a module's AST and
// computes, for every scope (module, class, function, lambda, comprehension),
// which names it binds, uses and declares and how each name must be resolved
// (local, global explicit/implicit, free or cell), with the same results and
// the same SyntaxErrors as CPython 3.11's Python/symtable.c.
//
// The bytecode compiler uses the tables to choose between the FAST, DEREF,
// GLOBAL, NAME and CLASSDEREF opcode families and to build closures.
//
// It may import only frontend/ast and frontend/source (and the standard
// library).
package symtable
