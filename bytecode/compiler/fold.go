package compiler

import (
	"github.com/pyjit/pyjit/bytecode/astopt"
	"github.com/pyjit/pyjit/frontend/ast"
)

// foldConstants folds constant expressions in place before the symbol
// table is built, as CPython's _PyAST_Optimize does.
func foldConstants(mod ast.Mod, optimize int) {
	astopt.Fold(mod, optimize)
}
