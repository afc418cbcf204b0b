package interp

// This file is the surface the embedding API (package pyjit at the
// module root) builds on: running source in a given namespace,
// evaluating an expression, importing, formatting an exception as
// CPython prints it, registering a Go-implemented module, and read
// access to the builtin containers for value conversion. It adds no
// behaviour of its own beyond what cmd/pyjit's paths already do.

import (
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/frontend/parser"
)

// Init makes the interpreter ready to run code (sys, builtins, the import
// system) without running a program. It is idempotent.
func (in *Interpreter) Init() { in.initRuntime() }

// ExecIn compiles src as a module body and runs it with globals as both
// globals and locals (exec(src, globals)). filename names the code in
// tracebacks; sources of names that are not in angle brackets are kept
// for traceback lines, as if read from that file.
func (in *Interpreter) ExecIn(src []byte, filename string, globals *Dict) error {
	in.initRuntime()
	t := in.main
	if !strings.HasPrefix(filename, "<") {
		in.rememberSource(filename, src)
	}
	co, err := compileString(t, src, filename, parser.Exec, -1)
	if err != nil {
		return err
	}
	_, err = runCodeIn(t, co, globals, globals)
	return err
}

// EvalIn evaluates the expression src with globals as both globals and
// locals (eval(src, globals)). Leading blanks are ignored, as by eval.
func (in *Interpreter) EvalIn(src []byte, filename string, globals *Dict) (Value, error) {
	in.initRuntime()
	t := in.main
	src = []byte(strings.TrimLeft(string(src), " \t"))
	co, err := compileString(t, src, filename, parser.Eval, -1)
	if err != nil {
		return Value{}, err
	}
	return runCodeIn(t, co, globals, globals)
}

// Import returns sys.modules[name], importing it (and its parent
// packages) when it is missing, as `import name` does, but returning the
// named module itself rather than its top-level package.
func (in *Interpreter) Import(name string) (Value, error) {
	in.initRuntime()
	return in.main.importAbs(name)
}

// AddModule registers a Go-built module under its name in sys.modules
// with the attributes of a built-in module (__spec__, __loader__), so
// that `import name` finds it.
func (in *Interpreter) AddModule(m *Module) {
	in.initRuntime()
	in.initBuiltinModule(m)
	in.Modules.setStrNoErr(Intern(m.Name), FromObject(&m.Object))
}

// BuiltinsModule returns the builtins module, for __builtins__ of
// namespaces made outside a program run.
func (in *Interpreter) BuiltinsModule() Value {
	in.initRuntime()
	return FromObject(&in.imp.builtinsMod.Object)
}

// FormatException returns exc, its chain and tracebacks as CPython's
// default excepthook prints them.
func (in *Interpreter) FormatException(exc *Exception) string {
	var b strings.Builder
	in.main.PrintException(&b, exc)
	return b.String()
}

// ExceptionMessage returns str(exc), or "" if str() itself fails.
func (in *Interpreter) ExceptionMessage(exc *Exception) string {
	v, err := exceptionStr(in.main, exc.Value())
	if err != nil {
		return ""
	}
	s, ok := asStr(v)
	if !ok {
		return ""
	}
	return s.s
}

// AsException returns v's exception object if v is an exception instance.
func (v Value) AsException() (*Exception, bool) { return asException(v) }

// Accessors for value conversion. Each returns ok false when v is not of
// (a subclass of) the named type. The returned slices and objects are the
// live contents: the caller must not modify them.

// AsStr returns the text of a str.
func (v Value) AsStr() (string, bool) {
	s, ok := asStr(v)
	if !ok {
		return "", false
	}
	return s.s, true
}

// AsBytesLike returns the contents of a bytes, bytearray or memoryview.
func (v Value) AsBytesLike() ([]byte, bool) { return bytesData(v) }

// IsBytes reports whether v is a bytes object (not a bytearray).
func (v Value) IsBytes() bool { return v.ref != nil && v.ref.typ.IsSubtype(&BytesType) }

// AsIntValue returns an int's value (bools included) as an int64 when it
// fits, else as a fresh big.Int.
func (v Value) AsIntValue() (small int64, large *big.Int, ok bool) {
	if !isIntLike(v) {
		return 0, nil, false
	}
	if n, fits := smallInt(v); fits {
		return n, nil, true
	}
	return 0, new(big.Int).Set(toBig(v)), true
}

// AsList returns a list's items.
func (v Value) AsList() ([]Value, bool) {
	l, ok := asList(v)
	if !ok {
		return nil, false
	}
	return l.items, true
}

// AsTuple returns a tuple's items.
func (v Value) AsTuple() ([]Value, bool) {
	tu, ok := asTuple(v)
	if !ok {
		return nil, false
	}
	return tu.items, true
}

// AsDict returns a dict.
func (v Value) AsDict() (*Dict, bool) { return asDict(v) }

// AsSetItems returns the items of a set or frozenset in iteration order.
func (v Value) AsSetItems() ([]Value, bool) {
	s, ok := asSet(v)
	if !ok {
		return nil, false
	}
	return s.items(), true
}

// AsModule returns a module object.
func (v Value) AsModule() (*Module, bool) {
	if v.ref != nil && v.ref.typ.IsSubtype(&ModuleType) {
		return objectAs[Module](v.ref), true
	}
	return nil, false
}

// NewSetValue makes a set (frozen: a frozenset) of items.
func NewSetValue(t *Thread, items []Value, frozen bool) (Value, error) {
	typ := &SetType
	if frozen {
		typ = &FrozenSetType
	}
	s := newSet(typ)
	for _, it := range items {
		if err := s.add(t, it); err != nil {
			return Value{}, err
		}
	}
	return FromObject(&s.Object), nil
}

// ExceptionTypeName returns the name of exc's class as the last line of a
// traceback shows it: the qualified name, prefixed with the module unless
// that is builtins or __main__.
func (in *Interpreter) ExceptionTypeName(exc *Exception) string {
	name := typeQualName(exc.typ)
	if mod := typeModule(in.main, exc.typ); mod != "builtins" && mod != "__main__" {
		name = mod + "." + name
	}
	return name
}

// ErrorTypeByName returns the builtin exception class called name
// (ValueError, KeyError, ...), or nil.
func (in *Interpreter) ErrorTypeByName(name string) *Type {
	in.initRuntime()
	v, ok, _ := in.Builtins.GetStr(in.main, Intern(name))
	if !ok {
		return nil
	}
	tp, ok := isExceptionType(v)
	if !ok {
		return nil
	}
	return tp
}
