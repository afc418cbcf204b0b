package interp

// This file implements the atexit module: callbacks registered per
// interpreter run in LIFO order when the program ends (after an uncaught
// exception's traceback, as in CPython's Py_FinalizeEx), and an
// exception in one is reported as "Exception ignored in atexit
// callback" without stopping the others.

import (
	"strings"
	"sync"
)

func init() {
	builtinModules["atexit"] = makeAtexitModule
	delete(cModules, "atexit")
}

// atexitCall is one registered callback with its arguments.
type atexitCall struct {
	fn     Value
	args   []Value
	kwargs []Value // values named by kwnames, after args
	kwn    []string
}

var atexitState struct {
	mu    sync.Mutex
	calls map[*Interpreter][]atexitCall
}

func atexitCalls(in *Interpreter) []atexitCall {
	atexitState.mu.Lock()
	defer atexitState.mu.Unlock()
	return atexitState.calls[in]
}

func setAtexitCalls(in *Interpreter, calls []atexitCall) {
	atexitState.mu.Lock()
	defer atexitState.mu.Unlock()
	if atexitState.calls == nil {
		atexitState.calls = map[*Interpreter][]atexitCall{}
	}
	if len(calls) == 0 {
		delete(atexitState.calls, in)
		return
	}
	atexitState.calls[in] = calls
}

func makeAtexitModule(in *Interpreter) *Module {
	m := NewModule("atexit")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("allow programmer to define multiple exit functions to be executed\nupon normal program termination.\n\nTwo public functions, register and unregister, are defined.\n"))
	moduleFn(m, "register", atexitRegister)
	moduleFn(m, "unregister", atexitUnregister)
	moduleFn(m, "_run_exitfuncs", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("_run_exitfuncs", args, kw, 0); err != nil {
			return Value{}, err
		}
		t.in.runExitFuncs()
		return None, nil
	})
	moduleFn(m, "_clear", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("_clear", args, kw, 0); err != nil {
			return Value{}, err
		}
		setAtexitCalls(t.in, nil)
		return None, nil
	})
	moduleFn(m, "_ncallbacks", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("_ncallbacks", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Int(int64(len(atexitCalls(t.in)))), nil
	})
	return m
}

func atexitRegister(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	npos := len(args) - len(kw)
	if npos < 1 {
		return Value{}, NewError(&TypeErrorType, "register() takes at least 1 argument (0 given)")
	}
	fn := args[0]
	if fn.Type().Slots.Call == nil {
		return Value{}, NewError(&TypeErrorType, "the first argument must be callable")
	}
	c := atexitCall{fn: fn, args: append([]Value(nil), args[1:npos]...),
		kwargs: append([]Value(nil), args[npos:]...), kwn: append([]string(nil), kw...)}
	setAtexitCalls(t.in, append(atexitCalls(t.in), c))
	return fn, nil
}

func atexitUnregister(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("unregister", args, kw, 1); err != nil {
		return Value{}, err
	}
	// CPython clears the matching slots but keeps counting them in
	// _ncallbacks until the callbacks run.
	calls := append([]atexitCall(nil), atexitCalls(t.in)...)
	for i, c := range calls {
		if c.fn.IsNull() {
			continue
		}
		eq, err := Equal(t, c.fn, args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			calls[i] = atexitCall{}
		}
	}
	setAtexitCalls(t.in, calls)
	return None, nil
}

// runExitFuncs calls the registered callbacks, last registered first,
// and forgets them.
func (in *Interpreter) runExitFuncs() {
	t := in.main
	for {
		calls := atexitCalls(in)
		if len(calls) == 0 {
			return
		}
		c := calls[len(calls)-1]
		setAtexitCalls(in, calls[:len(calls)-1])
		if c.fn.IsNull() {
			continue
		}
		args := append(append([]Value(nil), c.args...), c.kwargs...)
		if _, err := Call(t, c.fn, args, c.kwn); err != nil {
			t.writeUnraisable(AsException(err), "in atexit callback", c.fn)
		}
	}
}

// writeUnraisable is the default sys.unraisablehook's report:
// "Exception ignored <msg>: <repr(obj)>" and the traceback.
func (t *Thread) writeUnraisable(exc *Exception, msg string, obj Value) {
	in := t.in
	in.Stdout.Flush()
	var b strings.Builder
	b.WriteString("Exception ignored " + msg)
	if !obj.IsNull() {
		r, err := ReprString(t, obj)
		if err != nil {
			r = "<object repr() failed>"
		}
		b.WriteString(": " + r)
	}
	b.WriteString("\n")
	t.PrintException(&b, exc)
	in.Stderr.WriteString(b.String())
	in.Stderr.Flush()
}
