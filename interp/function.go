package interp

// This file defines code objects as the interpreter sees them (a
// bytecode.Code with its constants converted to Values and its names
// interned), Python functions and bound methods.

import (
	"fmt"
	"math/big"
	"sync"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
)

// Function-related types.
var (
	CodeType     = Type{Name: "code"}
	FunctionType = Type{Name: "function"}
	MethodType   = Type{Name: "method"}
)

// CodeObject is a code object ready to run.
type CodeObject struct {
	Object
	Code     *bytecode.Code
	consts   []Value
	names    []*Str
	varnames []*Str // LocalsPlusNames, interned
	filename string
	// kwnames caches the []string of the constant tuples CALL_KW uses.
	kwnames sync.Map // const index -> []string
	// cells lists the slots that MAKE_CELL must wrap, for generators.
	nlocalsplus int
	isGenerator bool
	// jitCounts counts back-edges per loop head (indexed by the head's
	// word index), allocated at the first back-edge with the JIT on. Like
	// CPython's adaptive counters it is not synchronized: an interpreter
	// runs one thread.
	jitCounts []int32
	// caches holds the inline caches (icache.go), allocated at the first
	// execution; ncaches is their number.
	caches  []InlineCache
	ncaches int
}

// NewCodeObject converts a compiled code object (recursively).
func NewCodeObject(c *bytecode.Code) (*CodeObject, error) {
	co := &CodeObject{Object: Object{typ: &CodeType}, Code: c, filename: c.Filename}
	co.nlocalsplus = len(c.LocalsPlusNames)
	co.isGenerator = c.Flags&(bytecode.CoGenerator|bytecode.CoCoroutine|bytecode.CoAsyncGenerator) != 0
	co.consts = make([]Value, len(c.Consts))
	for i, k := range c.Consts {
		v, err := constValue(k)
		if err != nil {
			return nil, err
		}
		co.consts[i] = v
	}
	co.names = make([]*Str, len(c.Names))
	for i, n := range c.Names {
		co.names[i] = Intern(n)
	}
	co.varnames = make([]*Str, len(c.LocalsPlusNames))
	for i, n := range c.LocalsPlusNames {
		co.varnames[i] = Intern(n)
	}
	co.assignCaches()
	return co, nil
}

// constValue converts a compiler constant.
func constValue(k bytecode.Const) (Value, error) {
	switch k := k.(type) {
	case ast.NoneValue:
		return None, nil
	case ast.EllipsisValue:
		return Ellipsis, nil
	case bool:
		return Bool(k), nil
	case *big.Int:
		return IntFromBig(k), nil
	case int64:
		return Int(k), nil
	case int:
		return Int(int64(k)), nil
	case float64:
		return Float(k), nil
	case ast.Str:
		return FromObject(&Intern(string(k)).Object), nil
	case ast.Bytes:
		return BytesValue([]byte(k)), nil
	case complex128:
		return ComplexValue(k), nil
	case ast.TupleValue:
		items := make([]Value, len(k))
		for i, x := range k {
			v, err := constValue(x)
			if err != nil {
				return Value{}, err
			}
			items[i] = v
		}
		return NewTupleValue(items), nil
	case ast.FrozenSetValue:
		items := make([]Value, len(k))
		for i, x := range k {
			v, err := constValue(x)
			if err != nil {
				return Value{}, err
			}
			items[i] = v
		}
		// CPython builds the constant from the elements, then its constant
		// merging rebuilds it from that set's iteration order; the element
		// order (and so what printing the set shows) follows both steps.
		first, err := newFrozenSetFrom(nil, items)
		if err != nil {
			return Value{}, err
		}
		return newFrozenSetFrom(nil, objectAs[Set](first.Object()).items())
	case *bytecode.Code:
		co, err := NewCodeObject(k)
		if err != nil {
			return Value{}, err
		}
		return FromObject(&co.Object), nil
	}
	return Value{}, NewError(&SystemErrorType, "unknown constant type %T", k)
}

// kwnamesAt returns the keyword names of the const tuple at index i.
func (co *CodeObject) kwnamesAt(i int) []string {
	if v, ok := co.kwnames.Load(i); ok {
		return v.([]string)
	}
	tu := mustTuple(co.consts[i])
	names := make([]string, len(tu.items))
	for j, x := range tu.items {
		names[j] = mustStr(x).s
	}
	co.kwnames.Store(i, names)
	return names
}

func codeRepr(t *Thread, v Value) (Value, error) {
	co := objectAs[CodeObject](v.ref)
	return StrValue(fmt.Sprintf("<code object %s at %#x, file \"%s\", line %d>", co.Code.Name, objectID(v), co.filename, co.Code.FirstLineNo)), nil
}

// Function is a Python function.
type Function struct {
	Object
	code        *CodeObject
	globals     *Dict
	builtins    *Dict
	name        Value
	qualname    Value
	defaults    []Value
	kwdefaults  *Dict
	closure     []*Cell
	doc         Value
	module      Value
	annotations Value
	attrs       Attrs
}

// newFunction makes a function of code in globals.
func newFunction(t *Thread, co *CodeObject, globals *Dict) *Function {
	f := &Function{Object: Object{typ: &FunctionType}, code: co, globals: globals,
		name: StrValue(co.Code.Name), qualname: StrValue(co.Code.QualName), doc: None}
	f.builtins = t.in.Builtins
	if b, ok, _ := globals.GetStr(t, internStatic("__builtins__")); ok {
		if d, ok := asDict(b); ok {
			f.builtins = d
		} else if b.Type() == &ModuleType {
			f.builtins = objectAs[Module](b.ref).Dict
		}
	}
	if m, ok, _ := globals.GetStr(t, internStatic("__name__")); ok {
		f.module = m
	} else {
		f.module = None
	}
	if len(co.consts) > 0 {
		if s, ok := asStr(co.consts[0]); ok && co.Code.Flags&0x10000000 == 0 && hasDocstring(co) {
			f.doc = FromObject(&s.Object)
		}
	}
	return f
}

// hasDocstring reports whether the first constant is the docstring. The
// compiler puts the docstring first (CPython 3.11 convention); a code
// object without one may still have a str first constant, which we
// cannot tell apart, so we follow CPython 3.11: co_consts[0] is the doc
// when it is a str.
func hasDocstring(co *CodeObject) bool { return true }

func functionRepr(t *Thread, v Value) (Value, error) {
	f := objectAs[Function](v.ref)
	q, _ := StrString(t, f.qualname)
	return StrValue(fmt.Sprintf("<function %s at %#x>", q, objectID(v))), nil
}

func functionDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	if obj.IsNull() {
		return descr, nil
	}
	return newMethod(descr, obj), nil
}

func functionCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	return callFunction(t, objectAs[Function](callable.ref), args, kwnames)
}

// Method is a bound method.
type Method struct {
	Object
	Func Value
	Self Value
}

func newMethod(fn, self Value) Value {
	return FromObject(&(&Method{Object: Object{typ: &MethodType}, Func: fn, Self: self}).Object)
}

func methodCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	m := objectAs[Method](callable.ref)
	full := make([]Value, len(args)+1)
	full[0] = m.Self
	copy(full[1:], args)
	return Call(t, m.Func, full, kwnames)
}

func methodRepr(t *Thread, v Value) (Value, error) {
	m := objectAs[Method](v.ref)
	name := "?"
	if q, err := GetAttrString(t, m.Func, "__qualname__"); err == nil {
		name, _ = StrString(t, q)
	}
	r, err := ReprString(t, m.Self)
	if err != nil {
		return Value{}, err
	}
	return StrValue("<bound method " + name + " of " + r + ">"), nil
}

func methodCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if b.Type() != &MethodType || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return NotImplemented, nil
	}
	x, y := objectAs[Method](a.ref), objectAs[Method](b.ref)
	eq := x.Self.Is(y.Self)
	if eq {
		var err error
		if eq, err = Equal(t, x.Func, y.Func); err != nil {
			return Value{}, err
		}
	}
	return Bool(eq == (op == bytecode.CmpEQ)), nil
}

func methodHash(t *Thread, v Value) (int64, error) {
	m := objectAs[Method](v.ref)
	h, err := Hash(t, m.Func)
	return h ^ int64(objectID(m.Self)), err
}

func methodGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	r, err := GenericGetAttr(t, v, name)
	if err == nil {
		return r, nil
	}
	return GetAttr(t, objectAs[Method](v.ref).Func, name)
}

func setupFunctionTypes() {
	initBuiltinType(&CodeType, "")
	CodeType.Slots = Slots{Repr: codeRepr}
	addMethod(&CodeType, "replace", codeReplace)
	addGetSet(&CodeType, "co_name", func(t *Thread, v Value) (Value, error) {
		return StrValue(objectAs[CodeObject](v.ref).Code.Name), nil
	}, nil)
	addGetSet(&CodeType, "co_filename", func(t *Thread, v Value) (Value, error) {
		return StrValue(objectAs[CodeObject](v.ref).filename), nil
	}, nil)
	addGetSet(&CodeType, "co_firstlineno", func(t *Thread, v Value) (Value, error) {
		return Int(int64(objectAs[CodeObject](v.ref).Code.FirstLineNo)), nil
	}, nil)

	ft := &FunctionType
	initBuiltinType(ft, "")
	ft.Slots = Slots{Repr: functionRepr, Call: functionCall, DescrGet: functionDescrGet}
	fget := func(name string, get func(f *Function) Value, set func(t *Thread, f *Function, v Value) error) {
		var setter func(*Thread, Value, Value) error
		if set != nil {
			setter = func(t *Thread, obj, v Value) error { return set(t, objectAs[Function](obj.ref), v) }
		}
		addGetSet(ft, name, func(t *Thread, v Value) (Value, error) { return get(objectAs[Function](v.ref)), nil }, setter)
	}
	strSetter := func(field string, p func(f *Function) *Value) func(t *Thread, f *Function, v Value) error {
		return func(t *Thread, f *Function, v Value) error {
			if !isStr(v) {
				return NewError(&TypeErrorType, "__%s__ must be set to a string object", field)
			}
			*p(f) = v
			return nil
		}
	}
	fget("__name__", func(f *Function) Value { return f.name }, strSetter("name", func(f *Function) *Value { return &f.name }))
	fget("__qualname__", func(f *Function) Value { return f.qualname }, strSetter("qualname", func(f *Function) *Value { return &f.qualname }))
	fget("__doc__", func(f *Function) Value { return f.doc }, func(t *Thread, f *Function, v Value) error { f.doc = v; return nil })
	fget("__module__", func(f *Function) Value { return f.module }, func(t *Thread, f *Function, v Value) error { f.module = v; return nil })
	fget("__code__", func(f *Function) Value { return FromObject(&f.code.Object) }, func(t *Thread, f *Function, v Value) error {
		if v.Type() != &CodeType {
			return NewError(&TypeErrorType, "__code__ must be set to a code object")
		}
		co := objectAs[CodeObject](v.ref)
		nfree := len(co.Code.Freevars())
		if nfree != len(f.closure) {
			return NewError(&ValueErrorType, "%s() requires a code object with %d free vars, not %d", mustStr(f.name).s, len(f.closure), nfree)
		}
		f.code = co
		return nil
	})
	fget("__globals__", func(f *Function) Value { return FromObject(&f.globals.Object) }, nil)
	fget("__defaults__", func(f *Function) Value {
		if f.defaults == nil {
			return None
		}
		return NewTupleValue(f.defaults)
	}, func(t *Thread, f *Function, v Value) error {
		if v.IsNone() {
			f.defaults = nil
			return nil
		}
		tu, ok := asTuple(v)
		if !ok {
			return NewError(&TypeErrorType, "__defaults__ must be set to a tuple object")
		}
		f.defaults = append([]Value(nil), tu.items...)
		return nil
	})
	fget("__kwdefaults__", func(f *Function) Value {
		if f.kwdefaults == nil {
			return None
		}
		return FromObject(&f.kwdefaults.Object)
	}, func(t *Thread, f *Function, v Value) error {
		if v.IsNone() {
			f.kwdefaults = nil
			return nil
		}
		d, ok := asDict(v)
		if !ok {
			return NewError(&TypeErrorType, "__kwdefaults__ must be set to a dict object")
		}
		f.kwdefaults = d
		return nil
	})
	fget("__closure__", func(f *Function) Value {
		if f.closure == nil {
			return None
		}
		items := make([]Value, len(f.closure))
		for i, c := range f.closure {
			items[i] = FromObject(&c.Object)
		}
		return NewTupleValue(items)
	}, nil)
	fget("__annotations__", func(f *Function) Value {
		if f.annotations.IsNull() || f.annotations.IsNone() {
			f.annotations = NewDictValue()
		}
		return f.annotations
	}, func(t *Thread, f *Function, v Value) error { f.annotations = v; return nil })
	fget("__dict__", func(f *Function) Value { return FromObject(&f.attrs.Dict().Object) }, nil)

	mt := &MethodType
	initBuiltinType(mt, "")
	mt.Slots = Slots{Call: methodCall, Repr: methodRepr, RichCompare: methodCompare, Hash: methodHash, GetAttr: methodGetAttr, New: methodNew}
	addGetSet(mt, "__func__", func(t *Thread, v Value) (Value, error) { return objectAs[Method](v.ref).Func, nil }, nil)
	addGetSet(mt, "__self__", func(t *Thread, v Value) (Value, error) { return objectAs[Method](v.ref).Self, nil }, nil)
	// A bound method's docstring is its function's.
	addGetSet(mt, "__doc__", func(t *Thread, v Value) (Value, error) {
		return GetAttrString(t, objectAs[Method](v.ref).Func, "__doc__")
	}, nil)
	initBuiltinType(&CellType, "")
	addGetSet(&CellType, "cell_contents", func(t *Thread, v Value) (Value, error) {
		c := objectAs[Cell](v.ref)
		if c.V.IsNull() {
			return Value{}, NewError(&ValueErrorType, "Cell is empty")
		}
		return c.V, nil
	}, nil)
}
