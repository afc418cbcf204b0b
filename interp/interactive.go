package interp

// This file is what the interactive prompt (cmd/pyjit's REPL) needs from
// the interpreter: the __main__ module its statements run in, running one
// statement as CPython's PyRun_InteractiveOneObject does, and reporting
// errors through sys.excepthook as PyErr_Print does (setting sys.last_*,
// exiting on SystemExit). Reading lines and deciding when a statement is
// complete belong to the REPL and frontend/parser.

import (
	"errors"
	"os"
	"strings"
	"syscall"

	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
)

// StartInteractive prepares an interactive session: the runtime,
// __main__ (the script's module after -i, else a fresh one with the names
// CPython's REPL starts with, and an empty sys.path[0]), sys.ps1 and sys.ps2
// when unset, and the SIGINT handler that raises KeyboardInterrupt in
// running code.
func (in *Interpreter) StartInteractive() {
	in.initRuntime()
	t := in.main
	if _, ok := in.interactiveMain(); !ok {
		in.setSysPath0("")
		m := NewModule("__main__")
		m.Dict.setStrNoErr(Intern("__package__"), None)
		m.Dict.setStrNoErr(Intern("__loader__"), in.imp.bltImporter)
		m.Dict.setStrNoErr(Intern("__spec__"), None)
		m.Dict.setStrNoErr(Intern("__annotations__"), NewDictValue())
		m.Dict.setStrNoErr(Intern("__builtins__"), FromObject(&in.imp.builtinsMod.Object))
		in.Modules.setStrNoErr(Intern("__main__"), FromObject(&m.Object))
	}
	if sys, ok, _ := in.Modules.GetStr(t, Intern("sys")); ok {
		for name, def := range map[string]string{"ps1": ">>> ", "ps2": "... "} {
			if _, err := GetAttrString(t, sys, name); err != nil {
				_ = SetAttr(t, sys, Intern(name), StrValue(def))
			}
		}
	}
	_, _ = t.importAbs("_signal")
}

// interactiveMain returns __main__'s dict.
func (in *Interpreter) interactiveMain() (*Dict, bool) {
	v, ok, _ := in.Modules.GetStr(in.main, Intern("__main__"))
	if !ok || v.Type() != &ModuleType {
		return nil, false
	}
	return objectAs[Module](v.ref).Dict, true
}

// RunInteractive compiles one parsed interactive statement and runs it in
// __main__, echoing expression values through sys.displayhook. An error
// is reported as PyErr_Print does; exit is true when the session must
// end (SystemExit) with the exit status.
func (in *Interpreter) RunInteractive(mod ast.Mod, filename string) (status int, exit bool) {
	defer in.Flush()
	code, err := compiler.Compile(mod, filename, compiler.Options{Optimize: in.Optimize})
	if err != nil {
		return in.ReportError(err)
	}
	co, err := NewCodeObject(code)
	if err != nil {
		return in.ReportError(err)
	}
	globals, ok := in.interactiveMain()
	if !ok {
		in.StartInteractive()
		globals, _ = in.interactiveMain()
	}
	f := newFrame(co, globals, in.Builtins)
	f.locals = globals
	if _, err := in.main.run(f); err != nil {
		return in.ReportError(err)
	}
	return 0, false
}

// RunInteractiveSource parses src as one complete interactive statement
// and runs it (the REPL's input when stdin is not line-edited goes
// through ParseInteractive itself; this serves tests and startup code).
func (in *Interpreter) RunInteractiveSource(src, filename string) (status int, exit bool) {
	mod, _, err := parser.ParseInteractive(src, filename, true)
	if err != nil {
		return in.ReportError(err)
	}
	return in.RunInteractive(mod, filename)
}

// ReportInterrupt reports a KeyboardInterrupt that arrived at the prompt
// (no traceback), as CPython's REPL does.
func (in *Interpreter) ReportInterrupt() (status int, exit bool) {
	return in.ReportError(newException(&KeyboardInterruptType))
}

// ReportError prints err (a compile error or a raised exception) the way
// PyErr_Print does: SystemExit ends the session with its status (after
// the atexit functions); anything else is stored in sys.last_type,
// last_value and last_traceback and passed to sys.excepthook.
func (in *Interpreter) ReportError(err error) (status int, exit bool) {
	t := in.main
	var exc *Exception
	var se *source.Error
	if errors.As(err, &se) {
		exc = newSyntaxError(se)
	} else {
		exc = AsException(err)
	}
	in.Flush()
	if exc.typ.IsSubtype(&SystemExitType) {
		status = in.handleUncaught(t, exc)
		in.runExitFuncs()
		in.Flush()
		return status, true
	}
	in.excepthook(exc)
	return 0, false
}

// excepthook stores exc in sys.last_type, last_value and last_traceback
// and passes it to sys.excepthook, reporting a failing hook as
// PyErr_Print does.
func (in *Interpreter) excepthook(exc *Exception) {
	t := in.main
	typ, val, tb := TypeValue(exc.typ), exc.Value(), None
	if exc.Traceback != nil {
		tb = FromObject(&exc.Traceback.Object)
	}
	if sys, ok, _ := in.Modules.GetStr(t, Intern("sys")); ok {
		_ = SetAttr(t, sys, Intern("last_type"), typ)
		_ = SetAttr(t, sys, Intern("last_value"), val)
		_ = SetAttr(t, sys, Intern("last_traceback"), tb)
	}
	hook := sysAttr(t, "excepthook")
	if hook.IsNull() {
		in.writeStderr(t, "sys.excepthook is missing\n")
		in.printExc(exc)
		return
	}
	if _, herr := Call(t, hook, []Value{typ, val, tb}, nil); herr != nil {
		in.writeStderr(t, "Error in sys.excepthook:\n")
		in.printExc(AsException(herr))
		in.writeStderr(t, "\nOriginal exception was:\n")
		in.printExc(exc)
	}
	in.Flush()
}

func (in *Interpreter) printExc(exc *Exception) {
	var b strings.Builder
	in.main.PrintException(&b, exc)
	in.writeStderr(in.main, b.String())
}

// RunStartupFile runs the PYTHONSTARTUP file in __main__ before the first
// prompt, reporting its errors like any other (pymain_run_startup).
func (in *Interpreter) RunStartupFile(path string) (status int, exit bool) {
	t := in.main
	src, err := os.ReadFile(path)
	if err != nil {
		in.writeStderr(t, "Could not open PYTHONSTARTUP\n")
		errno := syscall.ENOENT
		var en syscall.Errno
		if errors.As(err, &en) {
			errno = en
		}
		return in.ReportError(newOSError(errno, StrValue(path)))
	}
	in.rememberSource(path, src)
	code, err := compiler.CompileSource(src, path, parser.Exec, compiler.Options{Optimize: in.Optimize})
	if err != nil {
		return in.ReportError(err)
	}
	co, err := NewCodeObject(code)
	if err != nil {
		return in.ReportError(err)
	}
	globals, _ := in.interactiveMain()
	f := newFrame(co, globals, in.Builtins)
	f.locals = globals
	if _, err := t.run(f); err != nil {
		return in.ReportError(err)
	}
	in.Flush()
	return 0, false
}

// RunSourceInspect runs a program as RunSource does but leaves the
// process running for -i: the atexit functions wait for the end of the
// interactive session, and neither SystemExit nor KeyboardInterrupt ends
// it (CPython's _Py_HandleSystemExit with inspect set).
func (in *Interpreter) RunSourceInspect(src []byte, filename string) {
	defer in.Flush()
	if !strings.HasPrefix(filename, "<") {
		// CPython shows no source lines for -c and stdin programs.
		in.rememberSource(filename, src)
	}
	in.initRuntime()
	in.setSysPath0(scriptDir(filename))
	code, err := compiler.CompileSource(src, filename, parser.Exec, compiler.Options{Optimize: in.Optimize})
	if err == nil {
		_, err = in.RunCode(code, "__main__", filename)
	}
	if err == nil {
		return
	}
	var se *source.Error
	if errors.As(err, &se) {
		err = newSyntaxError(se)
	}
	// With -i even SystemExit is reported as an error, not obeyed
	// (_Py_HandleSystemExit), and the session starts.
	in.excepthook(AsException(err))
}

// Finish runs the atexit functions and flushes, ending a session whose
// input ran out.
func (in *Interpreter) Finish() {
	in.runExitFuncs()
	in.Flush()
}

// SysString returns str(sys.<name>), or ok false when sys has no such
// attribute (the REPL then shows no prompt, as CPython does).
func (in *Interpreter) SysString(name string) (string, bool) {
	t := in.main
	v := sysAttr(t, name)
	if v.IsNull() {
		return "", false
	}
	s, err := StrString(t, v)
	if err != nil {
		return "", false
	}
	return s, true
}

// Complete returns the completions of text that rlcompleter (the
// completer CPython's site module installs) offers in __main__, or nil
// when the module cannot run.
func (in *Interpreter) Complete(text string) []string {
	t := in.main
	mod, err := t.importAbs("rlcompleter")
	if err != nil {
		return nil
	}
	cls, err := GetAttrString(t, mod, "Completer")
	if err != nil {
		return nil
	}
	c, err := Call(t, cls, nil, nil)
	if err != nil {
		return nil
	}
	meth, err := GetAttrString(t, c, "complete")
	if err != nil {
		return nil
	}
	var out []string
	for state := 0; state < 1000; state++ {
		v, err := Call(t, meth, []Value{StrValue(text), Int(int64(state))}, nil)
		if err != nil || v.IsNone() {
			break
		}
		s, ok := asStr(v)
		if !ok {
			break
		}
		out = append(out, s.s)
	}
	in.Flush()
	return out
}
