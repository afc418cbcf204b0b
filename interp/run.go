package interp

// This file runs programs: compiling a file, executing its module code in
// __main__, and turning the outcome into a process exit code (printing
// uncaught exceptions as CPython does, honouring SystemExit).

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
)

// RunFile runs the program in path as __main__ and returns the exit code.
func (in *Interpreter) RunFile(path string) int {
	// CPython reports the main script by its absolute path.
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	src, err := os.ReadFile(path)
	if err != nil {
		in.Stderr.WriteString("pyjit: can't open file '" + path + "': " + err.Error() + "\n")
		in.Flush()
		return 2
	}
	return in.RunSource(src, path)
}

// RunSource runs src as the __main__ module and returns the exit code.
func (in *Interpreter) RunSource(src []byte, filename string) int {
	defer in.Flush()
	defer in.runExitFuncs()
	in.rememberSource(filename, src)
	t := in.main
	in.initRuntime()
	in.setSysPath0(scriptDir(filename))
	code, err := compiler.CompileSource(src, filename, parser.Exec, compiler.Options{Optimize: in.Optimize})
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			return in.handleUncaught(t, newSyntaxError(se))
		}
		return in.handleUncaught(t, NewError(&SystemErrorType, "compile: %v", err))
	}
	if _, err := in.RunCode(code, "__main__", filename); err != nil {
		return in.handleUncaught(t, AsException(err))
	}
	return 0
}

// RunCode executes compiled module code in a fresh module registered in
// sys.modules.
func (in *Interpreter) RunCode(code *bytecode.Code, name, filename string) (*Module, error) {
	t := in.main
	co, err := NewCodeObject(code)
	if err != nil {
		return nil, err
	}
	in.initRuntime()
	m := NewModule(name)
	// The dict order of CPython's __main__.
	m.Dict.setStrNoErr(Intern("__package__"), None)
	m.Dict.setStrNoErr(Intern("__loader__"), None)
	m.Dict.setStrNoErr(Intern("__spec__"), None)
	m.Dict.setStrNoErr(Intern("__builtins__"), FromObject(&in.imp.builtinsMod.Object))
	m.Dict.setStrNoErr(Intern("__file__"), StrValue(filename))
	m.Dict.setStrNoErr(Intern("__cached__"), None)
	in.Modules.setStrNoErr(Intern(name), FromObject(&m.Object))
	f := newFrame(co, m.Dict, in.Builtins)
	f.locals = m.Dict
	_, err = t.run(f)
	return m, err
}

// handleUncaught prints an uncaught exception (or handles SystemExit) and
// returns the exit code.
func (in *Interpreter) handleUncaught(t *Thread, exc *Exception) int {
	in.Flush()
	if exc.typ.IsSubtype(&SystemExitType) {
		code, _ := exc.attrs.Get(t, internStatic("code"))
		if code.IsNull() {
			code = None
			if len(exc.Args) == 1 {
				code = exc.Args[0]
			}
		}
		switch {
		case code.IsNone():
			return 0
		case isIntLike(code):
			n, _ := smallInt(code)
			return int(n & 0xff)
		}
		s, err := StrString(t, code)
		if err == nil {
			in.writeStderr(t, s+"\n")
		}
		return 1
	}
	var b strings.Builder
	t.PrintException(&b, exc)
	in.writeStderr(t, b.String())
	return 1
}
