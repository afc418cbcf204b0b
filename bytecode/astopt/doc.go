// Package astopt is pyjit's AST optimizer: it folds constant subexpressions
// of a parsed module in place, with exactly the semantics of CPython 3.11's
// Python/ast_opt.c (_PyAST_Optimize), so that the compiler emits the same
// constants CPython does.
//
// It folds unary and binary operators on constants (with CPython's limits on
// the size of folded ints, strings, bytes and tuples, and never folding an
// operation that would raise), tuples of constants, subscripts of constants,
// `__debug__`, and turns the list or set after `in`/`not in` and the iterable
// of a `for` or comprehension into a tuple or frozenset constant, and
// rewrites printf-style `'%s %r' % (a, b)` into an f-string. Arithmetic
// is bit-exact with CPython's int, float and complex objects.
//
// It may import only frontend/ast and frontend/literal (and the standard
// library; its tests also use frontend/parser). It runs before the symbol
// table is built, as in CPython.
package astopt
