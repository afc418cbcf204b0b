package pyjit

// This file defines Interpreter and its options: creating one, running
// code in its __main__ module, importing, and the context handling every
// entry point shares (run).

import (
	"context"
	"io"
	"os"
	"sync"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit"
)

// Options configures an interpreter. The zero value is a usable default:
// output to the process's stdout and stderr, the JIT on at its default
// threshold, recursion limit 1000, sys.path the host's standard library.
type Options struct {
	// Path lists directories searched for modules before the standard
	// library (the front of sys.path).
	Path []string
	// StdlibDir is the CPython 3.11 standard library pyjit imports pure
	// Python modules from; empty means $PYJIT_STDLIB, else
	// /usr/lib/python3.11.
	StdlibDir string
	// Stdout and Stderr receive sys.stdout and sys.stderr; nil means
	// os.Stdout and os.Stderr as they are when New is called. Output is
	// flushed when each call into Python returns.
	Stdout, Stderr io.Writer
	// NoJIT runs everything in the interpreter.
	NoJIT bool
	// JITThreshold is the number of back-edges that makes a loop hot and
	// compiled; 0 means jit.DefaultThreshold (500).
	JITThreshold int
	// RecursionLimit is sys.getrecursionlimit(); 0 means 1000.
	RecursionLimit int
	// Argv is sys.argv; nil means [""], as in an embedded CPython.
	Argv []string
}

// Interpreter is one Python interpreter: its own sys.modules, builtins
// module, sys.path, standard streams and JIT trace cache.
//
// An Interpreter is not safe for concurrent use: call it from one
// goroutine at a time (Go functions that Python code calls may call back
// into it: they run on the calling goroutine). Interrupt is the exception
// and may be called from any goroutine. Separate Interpreters may run in
// parallel on separate goroutines.
type Interpreter struct {
	in   *interp.Interpreter
	jit  *jit.JIT
	main *Module

	// mu guards active: the context of the innermost call in progress,
	// which its cancellation may interrupt (see run).
	mu     sync.Mutex
	active *runState

	// goErrs holds the Go errors behind recent RuntimeErrors raised by Go
	// functions (errors.go); guarded by mu.
	goErrs    [8]goErr
	goErrNext int
}

// runState is one call into Python in progress.
type runState struct {
	ctx  context.Context
	prev *runState
}

// New creates an interpreter. It imports nothing beyond sys and
// builtins: the standard library is read when Python code imports it.
func New(opts Options) (*Interpreter, error) {
	stdout, stderr := opts.Stdout, opts.Stderr
	if stdout == nil {
		stdout = os.Stdout
	}
	if stderr == nil {
		stderr = os.Stderr
	}
	in := interp.NewInterpreter(stdout, stderr)
	in.Argv = opts.Argv
	if in.Argv == nil {
		in.Argv = []string{""}
	}
	in.PythonPath = opts.Path
	in.StdlibDir = opts.StdlibDir
	if opts.RecursionLimit > 0 {
		in.RecursionLimit = opts.RecursionLimit
	}
	py := &Interpreter{in: in}
	if !opts.NoJIT && jit.Available {
		th := opts.JITThreshold
		if th <= 0 {
			th = jit.DefaultThreshold
		}
		py.jit = jit.New(jit.Options{})
		in.JIT, in.JITThreshold = py.jit, th
	}
	in.Init()
	if err := py.dropScriptDir(); err != nil {
		return nil, err
	}
	m := interp.NewModule("__main__")
	m.Dict.SetItem(in.MainThread(), interp.StrValue("__builtins__"), in.BuiltinsModule())
	in.AddModule(m)
	py.main = &Module{py: py, m: m}
	return py, nil
}

// dropScriptDir removes sys.path[0], the script directory a command line
// run puts there: an embedded interpreter has no script, and its Path
// option says where modules are.
func (py *Interpreter) dropScriptDir() error {
	t := py.in.MainThread()
	sys, err := py.in.Import("sys")
	if err != nil {
		return py.wrapErr(nil, err)
	}
	path, err := interp.GetAttrString(t, sys, "path")
	if err != nil {
		return py.wrapErr(nil, err)
	}
	if items, ok := path.AsList(); ok && len(items) > 0 {
		if s, _ := items[0].AsStr(); s == "" {
			pop, err := interp.GetAttrString(t, path, "pop")
			if err == nil {
				_, err = interp.Call(t, pop, []interp.Value{interp.Int(0)}, nil)
			}
			if err != nil {
				return py.wrapErr(nil, err)
			}
		}
	}
	return nil
}

// Main returns the __main__ module, the namespace Exec and Eval use.
func (py *Interpreter) Main() *Module { return py.main }

// Exec runs src as Python statements in __main__ (like exec(src)). Code
// reports errors under the filename "<string>", as CPython's
// PyRun_SimpleString does.
func (py *Interpreter) Exec(ctx context.Context, src string) error {
	return py.main.Exec(ctx, src)
}

// ExecFile runs the Python file at path in __main__.
func (py *Interpreter) ExecFile(ctx context.Context, path string) error {
	return py.main.ExecFile(ctx, path)
}

// Eval evaluates the Python expression expr in __main__.
func (py *Interpreter) Eval(ctx context.Context, expr string) (Value, error) {
	return py.main.Eval(ctx, expr)
}

// Import imports the module called name (dotted names import the parent
// packages first) and returns it, as importlib.import_module does.
func (py *Interpreter) Import(ctx context.Context, name string) (*Module, error) {
	var mod *Module
	err := py.run(ctx, func() error {
		v, err := py.in.Import(name)
		if err != nil {
			return err
		}
		m, ok := v.AsModule()
		if !ok {
			// sys.modules may hold any object; take it as a namespace
			// only when it is a module.
			return interp.NewError(&interp.TypeErrorType, "sys.modules[%q] is not a module", name)
		}
		mod = &Module{py: py, m: m}
		return nil
	})
	return mod, err
}

// Interrupt raises KeyboardInterrupt in the Python code the interpreter
// is running (or in the next code it runs), at the next loop back-edge,
// sleep or blocking call, including in JIT-compiled loops. It is safe to
// call from any goroutine. Cancelling the context of a call does the same
// and makes the call's error wrap the context's error.
func (py *Interpreter) Interrupt() { py.in.RequestInterrupt() }

// JITStats returns the JIT's counters (traces recorded, compiled,
// entered, exited; aborts by reason); all zero when the JIT is off.
func (py *Interpreter) JITStats() jit.StatsSnapshot {
	if py.jit == nil {
		return jit.StatsSnapshot{Aborts: map[string]int64{}}
	}
	return py.jit.Stats.Snapshot()
}

// Flush writes out what Python code has buffered in sys.stdout and
// sys.stderr. Calls flush when they return; Flush is for Go code that
// writes to the same writers in between.
func (py *Interpreter) Flush() { py.in.Flush() }

// run calls fn as a call into Python under ctx: it refuses to start when
// ctx is already done, arranges for ctx's cancellation to interrupt the
// Python code, flushes output at the end and converts a Python exception
// into *Error. Calls nest (a Go function called from Python may call
// back in); each interrupts only while it is the innermost.
func (py *Interpreter) run(ctx context.Context, fn func() error) (err error) {
	if ctx == nil {
		ctx = context.Background()
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	st := &runState{ctx: ctx}
	py.mu.Lock()
	st.prev, py.active = py.active, st
	py.mu.Unlock()
	stop := func() bool { return true }
	if ctx.Done() != nil {
		// A context that can never be cancelled (Background) needs no
		// watcher.
		stop = context.AfterFunc(ctx, func() {
			py.mu.Lock()
			defer py.mu.Unlock()
			if py.active == st {
				py.in.RequestInterrupt()
			}
		})
	}
	defer func() {
		stop()
		py.mu.Lock()
		py.active = st.prev
		py.mu.Unlock()
		// A request nobody consumed must not hit the next call; an outer
		// call whose context ended meanwhile asks again.
		py.in.ClearInterrupt()
		if st.prev != nil && st.prev.ctx.Err() != nil {
			py.in.RequestInterrupt()
		}
		py.in.Flush()
	}()
	defer func() {
		// No Go panic may escape to the embedding program.
		if r := recover(); r != nil {
			err = &Error{Type: "SystemError", Message: panicMessage(r)}
		}
	}()
	return py.wrapErr(ctx, fn())
}
