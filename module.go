package pyjit

// This file defines Module: a module namespace to run code in and to
// read and write globals of.

import (
	"context"
	"os"
	"path/filepath"

	"github.com/pyjit/pyjit/interp"
)

// Module is a Python module: __main__, a module made with NewModule, an
// imported one, or a Go module (AddModule). Its globals are its
// namespace.
type Module struct {
	py *Interpreter
	m  *interp.Module
}

// NewModule makes an empty module called name, registered in sys.modules
// (so Python code can import it), with __builtins__ set. Running code in
// it keeps that code's globals apart from __main__'s.
func (py *Interpreter) NewModule(name string) *Module {
	m := interp.NewModule(name)
	m.Dict.SetItem(py.in.MainThread(), interp.StrValue("__builtins__"), py.in.BuiltinsModule())
	py.in.AddModule(m)
	return &Module{py: py, m: m}
}

// Name returns the module's __name__ as it was created.
func (m *Module) Name() string { return m.m.Name }

// Value returns the module object.
func (m *Module) Value() Value { return Value{py: m.py, v: interp.FromObject(&m.m.Object)} }

// Exec runs src as Python statements with the module's namespace as
// globals. Tracebacks name the code "<string>".
func (m *Module) Exec(ctx context.Context, src string) error {
	return m.exec(ctx, []byte(src), "<string>")
}

// ExecFile runs the Python file at path in the module, with __file__ set
// to its absolute path; tracebacks show its lines.
func (m *Module) ExecFile(ctx context.Context, path string) error {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	t := m.py.in.MainThread()
	if err := m.m.Dict.SetItem(t, interp.StrValue("__file__"), interp.StrValue(path)); err != nil {
		return m.py.wrapErr(nil, err)
	}
	return m.exec(ctx, src, path)
}

func (m *Module) exec(ctx context.Context, src []byte, filename string) error {
	return m.py.run(ctx, func() error {
		return m.py.in.ExecIn(src, filename, m.m.Dict)
	})
}

// Eval evaluates the Python expression expr with the module's namespace
// as globals, as eval(expr, vars(module)) does.
func (m *Module) Eval(ctx context.Context, expr string) (Value, error) {
	var res interp.Value
	err := m.py.run(ctx, func() error {
		var err error
		res, err = m.py.in.EvalIn([]byte(expr), "<string>", m.m.Dict)
		return err
	})
	if err != nil {
		return Value{}, err
	}
	return Value{py: m.py, v: res}, nil
}

// Get returns the global called name, and false if it is not set.
func (m *Module) Get(name string) (Value, bool) {
	t := m.py.in.MainThread()
	v, ok, err := m.m.Dict.GetStr(t, interp.Intern(name))
	if err != nil || !ok {
		return Value{}, false
	}
	return Value{py: m.py, v: v}, true
}

// Set sets the global called name to x converted to Python (see
// Interpreter.ValueOf).
func (m *Module) Set(name string, x any) error {
	v, err := m.py.ValueOf(x)
	if err != nil {
		return err
	}
	t := m.py.in.MainThread()
	if err := m.m.Dict.SetItem(t, interp.StrValue(name), v.v); err != nil {
		return m.py.wrapErr(nil, err)
	}
	return nil
}

// Delete removes the global called name and reports whether it was set.
func (m *Module) Delete(name string) bool {
	_, ok, err := m.m.Dict.Pop(m.py.in.MainThread(), interp.StrValue(name))
	return ok && err == nil
}

// Names returns the names of the module's globals in definition order.
func (m *Module) Names() []string {
	var names []string
	for _, k := range m.m.Dict.Keys() {
		if s, ok := k.AsStr(); ok {
			names = append(names, s)
		}
	}
	return names
}

// Call calls the module's global called name with args converted to
// Python (see Value.Call).
func (m *Module) Call(ctx context.Context, name string, args ...any) (Value, error) {
	f, ok := m.Get(name)
	if !ok {
		return Value{}, m.py.newError(ctx, &interp.NameErrorType, "name '"+name+"' is not defined")
	}
	return f.Call(ctx, args...)
}
