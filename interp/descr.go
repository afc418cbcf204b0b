package interp

// This file defines builtin functions and the descriptors builtin types
// put in their namespaces: method descriptors (bound on attribute access),
// class methods, getset descriptors; and the helpers that check builtin
// argument counts with CPython's messages.

import "fmt"

// Descriptor and builtin function types.
var (
	BuiltinFunctionType  = Type{Name: "builtin_function_or_method"}
	MethodDescrType      = Type{Name: "method_descriptor"}
	ClassMethodDescrType = Type{Name: "classmethod_descriptor"}
	GetSetDescrType      = Type{Name: "getset_descriptor"}
	WrapperDescrType     = Type{Name: "wrapper_descriptor"}
)

// BuiltinFn is the Go signature of builtin functions and methods: self is
// the bound object (null for module-level functions).
type BuiltinFn func(t *Thread, self Value, args []Value, kwnames []string) (Value, error)

// Builtin is a builtin function, a method descriptor of a builtin type
// (owner set, self null) or a bound builtin method (self set).
type Builtin struct {
	Object
	Name  string
	Fn    BuiltinFn
	Self  Value
	Owner *Type
	Doc   string
	// Module is a module-level function's __module__ (empty: None).
	Module string
}

// NewBuiltin makes a module-level builtin function.
func NewBuiltin(name string, fn BuiltinFn) *Builtin {
	return &Builtin{Object: Object{typ: &BuiltinFunctionType}, Name: name, Fn: fn}
}

func builtinCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	b := objectAs[Builtin](callable.ref)
	if b.Owner != nil && b.Self.IsNull() {
		// An unbound method descriptor: the first argument is self.
		if len(args)-len(kwnames) < 1 {
			return Value{}, NewError(&TypeErrorType, "unbound method %s.%s() needs an argument", b.Owner.Name, b.Name)
		}
		self := args[0]
		if b.typ == &ClassMethodDescrType {
			if _, ok := asType(self); !ok {
				return Value{}, NewError(&TypeErrorType, "descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", b.Name, b.Owner.Name, typeName(self))
			}
		} else if !self.Type().IsSubtype(b.Owner) {
			if b.typ == &WrapperDescrType {
				return Value{}, NewError(&TypeErrorType, "descriptor '%s' requires a '%s' object but received a '%s'", b.Name, b.Owner.Name, typeName(self))
			}
			return Value{}, NewError(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", b.Name, b.Owner.Name, typeName(self))
		}
		return b.Fn(t, self, args[1:], kwnames)
	}
	return b.Fn(t, b.Self, args, kwnames)
}

func builtinObjRepr(t *Thread, v Value) (Value, error) {
	b := objectAs[Builtin](v.ref)
	switch {
	case b.Owner != nil && b.Self.IsNull():
		kind := "method"
		if b.typ == &WrapperDescrType {
			kind = "slot wrapper"
		}
		return StrValue(fmt.Sprintf("<%s '%s' of '%s' objects>", kind, b.Name, b.Owner.Name)), nil
	case b.Self.IsNull():
		return StrValue("<built-in function " + b.Name + ">"), nil
	}
	if tp, ok := asType(b.Self); ok && b.Owner != nil {
		return StrValue(fmt.Sprintf("<built-in method %s of type object at %#x>", b.Name, objectID(FromObject(&tp.Object)))), nil
	}
	if b.typ == &WrapperDescrType {
		return StrValue(fmt.Sprintf("<method-wrapper '%s' of %s object at %#x>", b.Name, typeName(b.Self), objectID(b.Self))), nil
	}
	return StrValue(fmt.Sprintf("<built-in method %s of %s object at %#x>", b.Name, typeName(b.Self), objectID(b.Self))), nil
}

// builtinDescrGet binds a method descriptor to an instance.
func builtinDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	b := objectAs[Builtin](descr.ref)
	if b.typ == &ClassMethodDescrType {
		if typ == nil {
			typ = obj.Type()
		}
		return FromObject(&(&Builtin{Object: Object{typ: &BuiltinFunctionType}, Name: b.Name, Fn: b.Fn, Self: TypeValue(typ), Owner: b.Owner}).Object), nil
	}
	if obj.IsNull() || b.Owner == nil || !b.Self.IsNull() {
		return descr, nil
	}
	typOut := &BuiltinFunctionType
	if b.typ == &WrapperDescrType {
		typOut = &WrapperDescrType
	}
	return FromObject(&(&Builtin{Object: Object{typ: typOut}, Name: b.Name, Fn: b.Fn, Self: obj, Owner: b.Owner}).Object), nil
}

// isMethodDescr reports whether v, found on a type, binds its instance as
// first argument (a Python function or a builtin method descriptor): the
// cases LOAD_ATTR's method form may skip binding for.
func isMethodDescr(v Value) bool {
	switch v.Type() {
	case &FunctionType:
		return true
	case &MethodDescrType, &WrapperDescrType:
		return objectAs[Builtin](v.ref).Self.IsNull()
	}
	return false
}

// GetSet is a getset descriptor: a computed attribute of a builtin type.
type GetSet struct {
	Object
	Name  string
	Owner *Type
	Get   func(t *Thread, obj Value) (Value, error)
	Set   func(t *Thread, obj, value Value) error // nil: read-only
	// Deletable: Set also handles deletion (a null value).
	Deletable bool
}

func getsetDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	g := objectAs[GetSet](descr.ref)
	if obj.IsNull() {
		return descr, nil
	}
	if !obj.Type().IsSubtype(g.Owner) {
		return Value{}, NewError(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", g.Name, g.Owner.Name, typeName(obj))
	}
	return g.Get(t, obj)
}

func getsetDescrSet(t *Thread, descr, obj, value Value) error {
	g := objectAs[GetSet](descr.ref)
	if g.Set == nil {
		return NewError(&AttributeErrorType, "attribute '%s' of '%s' objects is not writable", g.Name, g.Owner.Name)
	}
	if value.IsNull() && !g.Deletable {
		return NewError(&TypeErrorType, "cannot delete attribute")
	}
	return g.Set(t, obj, value)
}

func getsetRepr(t *Thread, v Value) (Value, error) {
	g := objectAs[GetSet](v.ref)
	return StrValue(fmt.Sprintf("<attribute '%s' of '%s' objects>", g.Name, g.Owner.Name)), nil
}

// addMethod adds a method descriptor to a builtin type.
func addMethod(tp *Type, name string, fn BuiltinFn) {
	b := &Builtin{Object: Object{typ: &MethodDescrType}, Name: name, Fn: fn, Owner: tp}
	tp.Dict.setStrNoErr(Intern(name), FromObject(&b.Object))
}

// addSlotWrapper adds a slot wrapper (object.__init__ and the like).
func addSlotWrapper(tp *Type, name string, fn BuiltinFn) {
	b := &Builtin{Object: Object{typ: &WrapperDescrType}, Name: name, Fn: fn, Owner: tp}
	tp.Dict.setStrNoErr(Intern(name), FromObject(&b.Object))
}

// addClassMethod adds a builtin class method (dict.fromkeys).
func addClassMethod(tp *Type, name string, fn BuiltinFn) {
	b := &Builtin{Object: Object{typ: &ClassMethodDescrType}, Name: name, Fn: fn, Owner: tp}
	tp.Dict.setStrNoErr(Intern(name), FromObject(&b.Object))
}

// addGetSet adds a getset descriptor to a builtin type.
func addGetSet(tp *Type, name string, get func(*Thread, Value) (Value, error), set func(*Thread, Value, Value) error) {
	g := &GetSet{Object: Object{typ: &GetSetDescrType}, Name: name, Owner: tp, Get: get, Set: set}
	tp.Dict.setStrNoErr(Intern(name), FromObject(&g.Object))
}

// exactArgs checks that a builtin method got n positional arguments and
// no keywords (METH_NOARGS / METH_O style messages).
func exactArgs(name string, args []Value, kwnames []string, n int) error {
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) == n {
		return nil
	}
	switch n {
	case 0:
		return NewError(&TypeErrorType, "%s() takes no arguments (%d given)", name, len(args))
	case 1:
		return NewError(&TypeErrorType, "%s() takes exactly one argument (%d given)", name, len(args))
	}
	return NewError(&TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
}

// rangeArgs checks min <= len(args) <= max with no keywords.
func rangeArgs(name string, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) < min {
		if min == 1 {
			return NewError(&TypeErrorType, "%s expected at least 1 argument, got %d", name, len(args))
		}
		return NewError(&TypeErrorType, "%s expected at least %d arguments, got %d", name, min, len(args))
	}
	if len(args) > max {
		if max == 1 {
			return NewError(&TypeErrorType, "%s expected at most 1 argument, got %d", name, len(args))
		}
		return NewError(&TypeErrorType, "%s expected at most %d arguments, got %d", name, max, len(args))
	}
	return nil
}

func setupDescrTypes() {
	initBuiltinType(&BuiltinFunctionType, "")
	BuiltinFunctionType.Slots = Slots{Call: builtinCall, Repr: builtinObjRepr, DescrGet: nil}
	initBuiltinType(&MethodDescrType, "")
	MethodDescrType.Slots = Slots{Call: builtinCall, Repr: builtinObjRepr, DescrGet: builtinDescrGet}
	initBuiltinType(&WrapperDescrType, "")
	WrapperDescrType.Slots = Slots{Call: builtinCall, Repr: builtinObjRepr, DescrGet: builtinDescrGet}
	initBuiltinType(&ClassMethodDescrType, "")
	ClassMethodDescrType.Slots = Slots{Call: builtinCall, Repr: builtinObjRepr, DescrGet: builtinDescrGet}
	initBuiltinType(&GetSetDescrType, "")
	GetSetDescrType.Slots = Slots{DescrGet: getsetDescrGet, DescrSet: getsetDescrSet, Repr: getsetRepr}
	setupBuiltinReduce()
	for _, tp := range []*Type{&BuiltinFunctionType, &MethodDescrType, &WrapperDescrType, &ClassMethodDescrType} {
		addGetSet(tp, "__name__", func(t *Thread, v Value) (Value, error) {
			return StrValue(objectAs[Builtin](v.ref).Name), nil
		}, nil)
		// Not object's docstring: the function's own, or None.
		addGetSet(tp, "__doc__", func(t *Thread, v Value) (Value, error) {
			if d := objectAs[Builtin](v.ref).Doc; d != "" {
				return StrValue(d), nil
			}
			return None, nil
		}, nil)
		addGetSet(tp, "__module__", func(t *Thread, v Value) (Value, error) {
			if b := objectAs[Builtin](v.ref); b.Module != "" && b.Self.IsNull() {
				return StrValue(b.Module), nil
			}
			return None, nil
		}, nil)
		addGetSet(tp, "__self__", func(t *Thread, v Value) (Value, error) {
			b := objectAs[Builtin](v.ref)
			if b.Self.IsNull() {
				return None, nil
			}
			return b.Self, nil
		}, nil)
	}
}
