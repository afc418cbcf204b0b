// Package parser turns Python 3.11 source into pyjit's AST (package ast),
// producing exactly the nodes, fields and positions CPython 3.11's ast.parse
// produces, and CPython 3.11's SyntaxError/IndentationError for invalid
// programs.
//
// It is a hand-written PEG-style parser that follows Grammar/python.gram:
// every rule is a method that either succeeds (advancing p.pos) or fails
// (leaving p.pos unchanged), with backtracking over a token array that the
// tokenizer fills lazily and memoization of the rules that are re-entered at
// the same position. Like CPython, a first pass runs without the invalid_*
// rules; only when it fails does a second pass run with them enabled, to
// produce the specialised error messages.
//
// It may import frontend/source, frontend/tokenizer, frontend/literal and
// frontend/ast, and nothing else from pyjit.
package parser

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
	"github.com/pyjit/pyjit/frontend/tokenizer"
)

// Mode selects the start rule, like the mode argument of compile().
type Mode int

const (
	// Exec parses a module ("exec"): the result is *ast.Module.
	Exec Mode = iota
	// Eval parses one expression list ("eval"): *ast.Expression.
	Eval
	// Single parses one interactive statement ("single"): *ast.Interactive.
	Single
	// FuncType parses a function type comment ("func_type"): *ast.FunctionType.
	FuncType
)

// ParseFile parses src, the bytes of a source file (a BOM and a PEP 263
// coding declaration are honoured). Errors are *source.Error.
func ParseFile(src []byte, filename string, mode Mode) (ast.Mod, error) {
	tz, err := newFileTokenizer(src, filename)
	if err != nil {
		return nil, err
	}
	return run(tz, filename, mode, len(src) == 0)
}

// ParseString parses src, a Python str (no encoding declaration applies).
// Errors are *source.Error.
func ParseString(src string, filename string, mode Mode) (ast.Mod, error) {
	return run(tokenizer.NewFromString(src, filename), filename, mode, src == "")
}

func newFileTokenizer(src []byte, filename string) (t *tokenizer.Tokenizer, err error) {
	defer func() {
		if r := recover(); r != nil {
			t, err = nil, internalError(filename, r)
		}
	}()
	return tokenizer.New(src, filename)
}

func internalError(filename string, r any) error {
	return &source.Error{Type: "SyntaxError", Msg: fmt.Sprintf("internal parser error: %v", r), Filename: filename}
}

// run parses with both passes, turning any internal failure into an error.
func run(tz *tokenizer.Tokenizer, filename string, mode Mode, empty bool) (mod ast.Mod, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod = nil
			if os.Getenv("PYJIT_PARSER_DEBUG") != "" {
				err = internalError(filename, fmt.Sprintf("%v\n%s", r, debug.Stack()))
			} else {
				err = internalError(filename, r)
			}
		}
	}()
	p := newParser(tz, filename, mode)
	p.emptySrc = empty
	return p.parseTop()
}
