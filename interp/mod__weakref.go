package interp

// This file implements the _weakref module (CPython's
// Modules/_weakref.c and Objects/weakrefobject.c): the ref type
// (weakref.ReferenceType), getweakrefcount, getweakrefs and
// _remove_dead_weakref. Proxies are in mod__weakref_proxy.go, the
// liveness bookkeeping (Go weak pointers, cleanups, the callback queue)
// in mod__weakref_live.go.

import (
	"fmt"
	"sync"

	"github.com/pyjit/pyjit/bytecode"
)

// The _weakref types. Like CPython they report module "weakref".
var (
	weakRefType           = Type{Name: "ReferenceType"}
	weakProxyType         = Type{Name: "ProxyType"}
	weakCallableProxyType = Type{Name: "CallableProxyType"}
)

var weakrefOnce sync.Once

func init() {
	builtinModules["_weakref"] = makeWeakrefModule
	delete(cModules, "_weakref")
}

// weakRef is a weak reference or proxy (or an instance of a ref
// subclass: attrs holds its __slots__ members and __dict__).
type weakRef struct {
	Object
	target   weakTarget
	callback Value // null when there is none
	hash     int64
	hashed   bool
	// owner is the thread that made the reference: its callback runs
	// only there, never on the GC's cleanup goroutine.
	owner *Thread
	attrs Attrs
}

func setupWeakrefTypes() {
	initBuiltinType(&weakRefType, "")
	weakRefType.Module = "weakref"
	weakRefType.Flags |= FlagBaseType
	weakRefType.Slots = Slots{
		New:         weakrefNew,
		Init:        weakrefInit,
		Call:        weakrefCall,
		Repr:        weakrefRepr,
		Hash:        weakrefHash,
		RichCompare: weakrefRichCompare,
	}
	addGetSet(&weakRefType, "__callback__", func(t *Thread, v Value) (Value, error) {
		cb := objectAs[weakRef](v.ref).callback
		if cb.IsNull() {
			return None, nil
		}
		return cb, nil
	}, nil)
	addClassMethod(&weakRefType, "__class_getitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__class_getitem__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return Call(t, TypeValue(&GenericAliasType), []Value{self, args[0]}, nil)
	})
	setupWeakProxyTypes()
	for _, tp := range []*Type{&weakRefType, &weakProxyType, &weakCallableProxyType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func makeWeakrefModule(in *Interpreter) *Module {
	weakrefOnce.Do(setupWeakrefTypes)
	m := NewModule("_weakref")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("Weak-reference support module."))
	m.Dict.setStrNoErr(Intern("ref"), TypeValue(&weakRefType))
	m.Dict.setStrNoErr(Intern("ReferenceType"), TypeValue(&weakRefType))
	m.Dict.setStrNoErr(Intern("ProxyType"), TypeValue(&weakProxyType))
	m.Dict.setStrNoErr(Intern("CallableProxyType"), TypeValue(&weakCallableProxyType))
	funcs := []struct {
		name string
		fn   BuiltinFn
	}{
		{"getweakrefcount", weakrefGetCount},
		{"getweakrefs", weakrefGetRefs},
		{"proxy", weakrefProxy},
		{"_remove_dead_weakref", weakrefRemoveDead},
	}
	for _, f := range funcs {
		b := NewBuiltin(f.name, f.fn)
		m.Dict.setStrNoErr(Intern(f.name), FromObject(&b.Object))
	}
	return m
}

// weakrefNew is ref.__new__(type, ob, callback=None).
func weakrefNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	runWeakCallbacks(t)
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "ref() takes no keyword arguments")
	}
	if len(args) < 1 {
		return Value{}, NewError(&TypeErrorType, "__new__ expected at least 1 argument, got %d", len(args))
	}
	if len(args) > 2 {
		return Value{}, NewError(&TypeErrorType, "__new__ expected at most 2 arguments, got %d", len(args))
	}
	var cb Value
	if len(args) == 2 && !args[1].IsNone() {
		cb = args[1]
	}
	r, err := newWeakRef(t, typ, args[0], cb)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&r.Object), nil
}

// weakrefInit is ref.__init__: it only checks the arguments, as
// CPython's weakref___init__ does.
func weakrefInit(t *Thread, self Value, args []Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "ref() takes no keyword arguments")
	}
	if len(args) < 1 {
		return NewError(&TypeErrorType, "__init__ expected at least 1 argument, got %d", len(args))
	}
	if len(args) > 2 {
		return NewError(&TypeErrorType, "__init__ expected at most 2 arguments, got %d", len(args))
	}
	return nil
}

// weakrefCall is r(): the referent or None.
func weakrefCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "weakref() takes no keyword arguments")
	}
	if len(args) > 0 {
		return Value{}, NewError(&TypeErrorType, "weakref expected 0 arguments, got %d", len(args))
	}
	runWeakCallbacks(t)
	if v, ok := objectAs[weakRef](callable.ref).get(); ok {
		return v, nil
	}
	return None, nil
}

func weakrefRepr(t *Thread, v Value) (Value, error) {
	r := objectAs[weakRef](v.ref)
	obj, ok := r.get()
	if !ok {
		return StrValue(fmt.Sprintf("<weakref at %#x; dead>", objectID(v))), nil
	}
	s := fmt.Sprintf("<weakref at %#x; to '%s' at %#x", objectID(v), weakTpName(obj.Type()), objectID(obj))
	if name, found, err := optAttr(t, obj, "__name__"); err == nil && found {
		if ns, isStr := asStr(name); isStr {
			rs, err := ReprString(t, FromObject(&ns.Object))
			if err != nil {
				return Value{}, err
			}
			// CPython formats the name with %U, not %R: strip the quotes.
			s += " (" + rs[1:len(rs)-1] + ")"
		}
	}
	return StrValue(s + ">"), nil
}

// weakrefHash is the referent's hash, remembered so that a dead ref keeps
// hashing the same (weakref_hash).
func weakrefHash(t *Thread, v Value) (int64, error) {
	r := objectAs[weakRef](v.ref)
	if r.hashed {
		return r.hash, nil
	}
	obj, ok := r.get()
	if !ok {
		return 0, NewError(&TypeErrorType, "weak object has gone away")
	}
	h, err := Hash(t, obj)
	if err != nil {
		return 0, err
	}
	r.hash, r.hashed = h, true
	return h, nil
}

// weakrefRichCompare compares live referents with ==; otherwise refs are
// equal only when they are the same object (weakref_richcompare).
func weakrefRichCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if (op != bytecode.CmpEQ && op != bytecode.CmpNE) || !b.Type().IsSubtype(&weakRefType) {
		return NotImplemented, nil
	}
	oa, aok := objectAs[weakRef](a.ref).get()
	ob, bok := objectAs[weakRef](b.ref).get()
	if !aok || !bok {
		same := a.Is(b)
		if op == bytecode.CmpNE {
			same = !same
		}
		return Bool(same), nil
	}
	return RichCompare(t, oa, ob, op)
}

// weakrefArg is the single argument of getweakrefcount/getweakrefs.
func weakrefArg(name string, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "_weakref.%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return Value{}, NewError(&TypeErrorType, "_weakref.%s() takes exactly one argument (%d given)", name, len(args))
	}
	return args[0], nil
}

func weakrefGetCount(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	obj, err := weakrefArg("getweakrefcount", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	runWeakCallbacks(t)
	return Int(int64(len(weakRefsTo(obj)))), nil
}

func weakrefGetRefs(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	obj, err := weakrefArg("getweakrefs", args, kwnames)
	if err != nil {
		return Value{}, err
	}
	runWeakCallbacks(t)
	refs := weakRefsTo(obj)
	items := make([]Value, len(refs))
	for i, r := range refs {
		items[i] = FromObject(&r.Object)
	}
	return NewListValue(items), nil
}

// weakrefRemoveDead is _remove_dead_weakref(dct, key): delete dct[key] if
// it is a dead weak reference.
func weakrefRemoveDead(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "_remove_dead_weakref() takes no keyword arguments")
	}
	if len(args) != 2 {
		return Value{}, NewError(&TypeErrorType, "_remove_dead_weakref expected 2 arguments, got %d", len(args))
	}
	d, ok := asDict(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "_remove_dead_weakref() argument 1 must be dict, not %s", typeName(args[0]))
	}
	v, found, err := d.GetItem(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if !found {
		// CPython ignores a missing key here.
		return None, nil
	}
	if tp := v.Type(); !tp.IsSubtype(&weakRefType) && tp != &weakProxyType && tp != &weakCallableProxyType {
		return Value{}, NewError(&TypeErrorType, "not a weakref")
	}
	if _, alive := objectAs[weakRef](v.ref).get(); !alive {
		if _, _, err := d.Pop(t, args[1]); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

// weakTpName is CPython's tp_name of a type: a class's bare name, a
// builtin type's dotted name.
func weakTpName(tp *Type) string {
	if tp.Flags&FlagHeap != 0 {
		return tp.Name
	}
	return typeFullName(tp)
}
