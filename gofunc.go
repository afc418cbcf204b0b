package pyjit

// This file defines Func, a Go function Python code can call, and the
// binding of Python call arguments to its parameters with CPython's
// TypeError messages (those of a `def` function with the same
// parameters).

import (
	"context"
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/pyjit/pyjit/interp"
)

// Func is a Go function callable from Python. Python sees a builtin
// function with positional-or-keyword parameters Params, the last
// len(Defaults) of which are optional, as if defined by
//
//	def Name(p1, p2=d2, *rest):   # *rest only when Variadic
//
// Calls that do not fit raise CPython's TypeErrors ("f() takes 2
// positional arguments but 3 were given", "f() missing 1 required
// positional argument: 'x'", "f() got an unexpected keyword argument
// 'y'", "f() got multiple values for argument 'x'").
type Func struct {
	Name   string
	Doc    string
	Params []string
	// Defaults are the values (converted with ValueOf) of the last
	// len(Defaults) parameters when a call omits them.
	Defaults []any
	// Variadic collects extra positional arguments in Args.Rest.
	Variadic bool
	// Fn does the work. Its result is converted with ValueOf (nil is
	// None). An error raises: an *Error its exception, Raise's error the
	// exception it names, any other error a RuntimeError with its text. A
	// panic raises SystemError.
	Fn func(a *Args) (any, error)
}

// Args is one call of a Func.
type Args struct {
	// Ctx is the context of the Go call into Python in progress (the
	// innermost; context.Background() if none): long-running Go functions should
	// honour its cancellation.
	Ctx context.Context
	// Py is the interpreter making the call; a Func may call back into
	// it (on the same goroutine).
	Py *Interpreter
	// Values holds one value per parameter (defaults filled in).
	Values []Value
	// Rest holds the extra positional arguments of a Variadic Func.
	Rest []Value

	f *Func
}

// Arg returns the value of the parameter called name (the zero Value if
// there is no such parameter).
func (a *Args) Arg(name string) Value {
	for i, p := range a.f.Params {
		if p == name {
			return a.Values[i]
		}
	}
	return Value{}
}

// argTypeError is the TypeError of a conversion helper, in the form of
// CPython's Argument Clinic: "f() argument 'x' must be int, not str".
func (a *Args) argTypeError(i int, want string) error {
	return Raise("TypeError", "%s() argument '%s' must be %s, not %s", a.f.Name, a.f.Params[i], want, a.Values[i].TypeName())
}

// Int returns parameter i as an int64 (a TypeError unless it is an int, an
// OverflowError if it does not fit).
func (a *Args) Int(i int) (int64, error) {
	v := a.Values[i]
	n, b, ok := v.v.AsIntValue()
	if !ok {
		return 0, a.argTypeError(i, "int")
	}
	if b != nil {
		return 0, Raise("OverflowError", "Python int too large to convert to C long")
	}
	return n, nil
}

// Float returns parameter i as a float64 (ints are converted; other types
// are a TypeError: "must be real number, not str").
func (a *Args) Float(i int) (float64, error) {
	v := a.Values[i]
	if !v.v.Type().IsSubtype(&interp.FloatType) && !v.v.Type().IsSubtype(&interp.IntType) {
		return 0, a.argTypeError(i, "real number")
	}
	return v.Float64()
}

// Str returns parameter i as a string (a TypeError unless it is a str).
func (a *Args) Str(i int) (string, error) {
	s, ok := a.Values[i].v.AsStr()
	if !ok {
		return "", a.argTypeError(i, "str")
	}
	return s, nil
}

// newBuiltin makes the Python builtin function that calls f.
func (py *Interpreter) newBuiltin(f *Func, module string) interp.Value {
	b := interp.NewBuiltin(f.Name, func(t *interp.Thread, _ interp.Value, args []interp.Value, kwnames []string) (res interp.Value, err error) {
		defer func() {
			if r := recover(); r != nil {
				res, err = interp.Value{}, interp.NewError(&interp.SystemErrorType, "%s() raised a Go panic: %v", f.Name, r)
			}
		}()
		a, err := py.bind(f, args, kwnames)
		if err != nil {
			return interp.Value{}, py.pyException(err)
		}
		out, err := f.Fn(a)
		if err != nil {
			return interp.Value{}, py.pyException(err)
		}
		v, err := py.toPy(out, 0)
		if err != nil {
			return interp.Value{}, interp.NewError(&interp.SystemErrorType, "%s() returned %v", f.Name, err)
		}
		return v, nil
	})
	b.Doc = f.Doc
	b.Module = module
	return interp.FromObject(&b.Object)
}

// bind matches a call's arguments (vectorcall layout: the last
// len(kwnames) args are the keyword values) to f's parameters, in the
// order and with the messages of CPython's positional-or-keyword binding
// (ceval.c: too many positionals, then each keyword, then missing ones).
func (py *Interpreter) bind(f *Func, args []interp.Value, kwnames []string) (*Args, error) {
	ctx := context.Background()
	py.mu.Lock()
	if py.active != nil {
		ctx = py.active.ctx
	}
	py.mu.Unlock()
	a := &Args{Ctx: ctx, Py: py, f: f, Values: make([]Value, len(f.Params))}
	npos := len(args) - len(kwnames)
	n := len(f.Params)
	for i := 0; i < npos && i < n; i++ {
		a.Values[i] = Value{py: py, v: args[i]}
	}
	for i := n; i < npos; i++ {
		a.Rest = append(a.Rest, Value{py: py, v: args[i]})
	}
	for k, name := range kwnames {
		i := indexOf(f.Params, name)
		if i < 0 {
			return nil, Raise("TypeError", "%s() got an unexpected keyword argument '%s'", f.Name, name)
		}
		if a.Values[i].IsValid() {
			return nil, Raise("TypeError", "%s() got multiple values for argument '%s'", f.Name, name)
		}
		a.Values[i] = Value{py: py, v: args[npos+k]}
	}
	if npos > n && !f.Variadic {
		return nil, tooManyPositional(f, npos)
	}
	required := n - len(f.Defaults)
	var missing []string
	for i := 0; i < required; i++ {
		if !a.Values[i].IsValid() {
			missing = append(missing, "'"+f.Params[i]+"'")
		}
	}
	if len(missing) > 0 {
		return nil, Raise("TypeError", "%s() missing %d required positional argument%s: %s",
			f.Name, len(missing), plural(len(missing)), joinNames(missing))
	}
	for i := required; i < n; i++ {
		if a.Values[i].IsValid() {
			continue
		}
		d, err := py.ValueOf(f.Defaults[i-required])
		if err != nil {
			return nil, fmt.Errorf("default of %s(): %w", f.Name, err)
		}
		a.Values[i] = d
	}
	return a, nil
}

// tooManyPositional is CPython's too_many_positional message.
func tooManyPositional(f *Func, given int) error {
	n := len(f.Params)
	required := n - len(f.Defaults)
	sig := fmt.Sprint(n)
	if required < n {
		sig = fmt.Sprintf("from %d to %d", required, n)
	}
	verb := "were"
	if given == 1 {
		verb = "was"
	}
	return Raise("TypeError", "%s() takes %s positional argument%s but %d %s given", f.Name, sig, plural(n), given, verb)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// joinNames formats a list of names as CPython's format_missing does:
// 'a', 'a' and 'b', 'a', 'b', and 'c'.
func joinNames(names []string) string {
	switch len(names) {
	case 1:
		return names[0]
	case 2:
		return names[0] + " and " + names[1]
	}
	return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}

// ModuleDef describes a Go-implemented module for AddModule.
type ModuleDef struct {
	Name string
	Doc  string
	// Funcs become the module's functions, under their Name.
	Funcs []*Func
	// Values become module attributes (converted with ValueOf).
	Values map[string]any
}

// AddModule builds the module def describes and registers it in
// sys.modules, so that `import name` in Python code returns it. It
// replaces a module already registered under that name.
func (py *Interpreter) AddModule(def ModuleDef) (*Module, error) {
	if def.Name == "" {
		return nil, errors.New("pyjit: AddModule needs a module name")
	}
	m := interp.NewModule(def.Name)
	t := py.in.MainThread()
	set := func(name string, v interp.Value) error {
		return py.wrapErr(nil, m.Dict.SetItem(t, interp.StrValue(name), v))
	}
	if def.Doc != "" {
		if err := set("__doc__", interp.StrValue(def.Doc)); err != nil {
			return nil, err
		}
	}
	for _, f := range def.Funcs {
		if f == nil || f.Fn == nil || f.Name == "" {
			return nil, fmt.Errorf("pyjit: module %s: a Func needs a Name and an Fn", def.Name)
		}
		if err := set(f.Name, py.newBuiltin(f, def.Name)); err != nil {
			return nil, err
		}
	}
	for _, name := range sortedNames(def.Values) {
		v, err := py.toPy(def.Values[name], 0)
		if err != nil {
			return nil, fmt.Errorf("pyjit: module %s, value %s: %w", def.Name, name, err)
		}
		if err := set(name, v); err != nil {
			return nil, err
		}
	}
	py.in.AddModule(m)
	return &Module{py: py, m: m}, nil
}

func sortedNames(m map[string]any) []string {
	names := make([]string, 0, len(m))
	for k := range m {
		names = append(names, k)
	}
	sort.Strings(names)
	return names
}
