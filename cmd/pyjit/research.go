package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
	"github.com/pyjit/pyjit/frontend/tokenizer"
)

// runResearch carries out the source-level research modes (--dump-tokens,
// --dump-ast, --dis) on the program text src, named filename ("<string>" for -c,
// "<stdin>" for stdin, otherwise the script's absolute path). It returns
// the exit status.
func runResearch(cfg *Config, src []byte, filename string, stdout, stderr io.Writer) int {
	out := bufio.NewWriter(stdout)
	defer out.Flush()
	if cfg.DumpTokens {
		if err := tokenizer.Dump(out, src, filename); err != nil {
			out.Flush()
			// tokenize.py reports errors as one line of its own format
			// (TokenizeError.Error() is that line), not as a SyntaxError.
			var te *tokenizer.TokenizeError
			if errors.As(err, &te) {
				fmt.Fprintln(stderr, te.Error())
				return 1
			}
			return reportSyntaxError(stderr, err)
		}
	}
	if cfg.DumpAST {
		tree, err := parser.ParseFile(src, filename, parser.Exec)
		if err != nil {
			out.Flush()
			return reportSyntaxError(stderr, err)
		}
		fmt.Fprintln(out, ast.Dump(tree, true))
	}
	if cfg.Dis {
		code, err := compiler.CompileSource(src, filename, parser.Exec, compiler.Options{Optimize: cfg.OptimizationLevel})
		if err != nil {
			out.Flush()
			return reportSyntaxError(stderr, err)
		}
		if err := bytecode.Disassemble(out, code); err != nil {
			out.Flush()
			fmt.Fprintf(stderr, "%s: %v\n", progName, err)
			return 1
		}
	}
	return 0
}

// reportSyntaxError prints err as CPython prints an uncaught SyntaxError
// and returns the exit status 1.
func reportSyntaxError(stderr io.Writer, err error) int {
	var se *source.Error
	if errors.As(err, &se) {
		fmt.Fprint(stderr, se.Format())
	} else {
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
	}
	return 1
}
