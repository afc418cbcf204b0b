package interp

// This file holds the generic operations of the object model (CPython's
// abstract.c and object.c): each tries the unboxed fast paths first, then
// the type's slots, and fails with CPython's message.

import (
	"sync/atomic"
	"unsafe"

	"github.com/pyjit/pyjit/bytecode"
)

// Repr is repr(v).
func Repr(t *Thread, v Value) (Value, error) {
	if v.ref == &IntTag {
		return StrValue(formatInt(int64(v.bits))), nil
	}
	f := v.Type().Slots.Repr
	if f == nil {
		return objectRepr(t, v)
	}
	if err := t.enterCall(); err != nil {
		return Value{}, err
	}
	r, err := f(t, v)
	t.leaveCall()
	if err != nil {
		return Value{}, err
	}
	if _, ok := asStr(r); !ok {
		return Value{}, NewError(&TypeErrorType, "__repr__ returned non-string (type %s)", typeName(r))
	}
	return r, nil
}

// ReprString is repr(v) as a Go string.
func ReprString(t *Thread, v Value) (string, error) {
	r, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	return mustStr(r).s, nil
}

// Str_ is str(v).
func Str_(t *Thread, v Value) (Value, error) {
	if v.ref != nil && v.ref.typ == &StrType {
		return v, nil
	}
	f := v.Type().Slots.Str
	if f == nil {
		return Repr(t, v)
	}
	if err := t.enterCall(); err != nil {
		return Value{}, err
	}
	r, err := f(t, v)
	t.leaveCall()
	if err != nil {
		return Value{}, err
	}
	if _, ok := asStr(r); !ok {
		return Value{}, NewError(&TypeErrorType, "__str__ returned non-string (type %s)", typeName(r))
	}
	return r, nil
}

// StrString is str(v) as a Go string.
func StrString(t *Thread, v Value) (string, error) {
	r, err := Str_(t, v)
	if err != nil {
		return "", err
	}
	return mustStr(r).s, nil
}

// Hash is hash(v).
func Hash(t *Thread, v Value) (int64, error) {
	switch v.ref {
	case &IntTag, &BoolTag:
		return HashInt(int64(v.bits)), nil
	case &FloatTag:
		return HashFloat(v.AsFloat(), int64(v.bits)), nil
	}
	if v.ref.typ == &StrType {
		return mustStr(v).Hash(), nil
	}
	f := v.Type().Slots.Hash
	if f == nil {
		return 0, NewError(&TypeErrorType, "unhashable type: '%s'", typeName(v))
	}
	return f(t, v)
}

// objectID is id(v).
func objectID(v Value) uintptr {
	if v.IsUnboxed() {
		// Unboxed values have no address; derive a stable fake one.
		return uintptr(0x7f0000000000) ^ uintptr(v.bits)<<4 ^ uintptr(unsafe.Pointer(v.ref))
	}
	return uintptr(unsafe.Pointer(v.ref))
}

// Truth is bool(v).
func Truth(t *Thread, v Value) (bool, error) {
	switch v.ref {
	case &BoolTag:
		return v.bits != 0, nil
	case &IntTag:
		return v.bits != 0, nil
	case &NoneTag:
		return false, nil
	case &FloatTag:
		return v.AsFloat() != 0, nil
	}
	tp := v.Type()
	if f := tp.Slots.Bool; f != nil {
		return f(t, v)
	}
	if f := tp.Slots.Len; f != nil {
		n, err := f(t, v)
		return n != 0, err
	}
	return true, nil
}

// Len is len(v).
func Len(t *Thread, v Value) (int, error) {
	f := v.Type().Slots.Len
	if f == nil {
		return 0, NewError(&TypeErrorType, "object of type '%s' has no len()", typeName(v))
	}
	return f(t, v)
}

// Equal is bool(a == b) with identity and unboxed fast paths.
func Equal(t *Thread, a, b Value) (bool, error) {
	if a.ref == b.ref && a.ref == &IntTag {
		return a.bits == b.bits, nil
	}
	if isStr(a) && isStr(b) {
		return mustStr(a).s == mustStr(b).s, nil
	}
	r, err := RichCompare(t, a, b, bytecode.CmpEQ)
	if err != nil {
		return false, err
	}
	if r.ref == &BoolTag {
		return r.bits != 0, nil
	}
	return Truth(t, r)
}

var swappedOp = [...]bytecode.CmpOp{bytecode.CmpGT, bytecode.CmpGE, bytecode.CmpEQ, bytecode.CmpNE, bytecode.CmpLT, bytecode.CmpLE}

// RichCompare is a op b (CPython's do_richcompare).
func RichCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if a.ref == &IntTag && b.ref == &IntTag {
		x, y := int64(a.bits), int64(b.bits)
		c := 0
		if x < y {
			c = -1
		} else if x > y {
			c = 1
		}
		return Bool(cmpResult(c, op)), nil
	}
	if err := t.enterCall(); err != nil {
		return Value{}, err
	}
	defer t.leaveCall()
	ta, tb := a.Type(), b.Type()
	checkedReverse := false
	if ta != tb && tb.IsSubtype(ta) && tb.Slots.RichCompare != nil && tb.Flags&FlagHeap != 0 {
		checkedReverse = true
		r, err := tb.Slots.RichCompare(t, b, a, swappedOp[op])
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if f := ta.Slots.RichCompare; f != nil {
		r, err := f(t, a, b, op)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if !checkedReverse && tb.Slots.RichCompare != nil {
		r, err := tb.Slots.RichCompare(t, b, a, swappedOp[op])
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	switch op {
	case bytecode.CmpEQ:
		return Bool(a.Is(b)), nil
	case bytecode.CmpNE:
		return Bool(!a.Is(b)), nil
	}
	return Value{}, NewError(&TypeErrorType, "'%s' not supported between instances of '%s' and '%s'", op.String(), typeName(a), typeName(b))
}

// GetAttr is getattr(v, name).
func GetAttr(t *Thread, v Value, name *Str) (Value, error) {
	if f := v.Type().Slots.GetAttr; f != nil {
		return f(t, v, name)
	}
	return GenericGetAttr(t, v, name)
}

// GetAttrString is GetAttr with a Go string.
func GetAttrString(t *Thread, v Value, name string) (Value, error) {
	return GetAttr(t, v, Intern(name))
}

// SetAttr is setattr(v, name, value); a null value deletes.
func SetAttr(t *Thread, v Value, name *Str, value Value) error {
	if f := v.Type().Slots.SetAttr; f != nil {
		return f(t, v, name, value)
	}
	return GenericSetAttr(t, v, name, value)
}

// attrsOf returns the attribute storage of v, or nil when v's type gives
// its instances no __dict__.
func attrsOf(v Value) *Attrs {
	tp := v.Type()
	if tp.Flags&flagNoDict != 0 {
		return nil // __slots__ without __dict__
	}
	switch tp.Base {
	case &ObjectType:
		if tp.Flags&FlagHeap != 0 {
			return &objectAs[Instance](v.ref).attrs
		}
	case &BaseExceptionType:
		return &objectAs[Exception](v.ref).attrs
	case &ioBaseType:
		return ioAttrs(v)
	case &FunctionType:
		return &objectAs[Function](v.ref).attrs
	case &ListType:
		if tp.Flags&FlagHeap != 0 {
			l := mustList(v)
			if l.attrs == nil {
				l.attrs = &Attrs{}
			}
			return l.attrs
		}
	case &DictType:
		if tp.Flags&FlagHeap != 0 {
			d := mustDict(v)
			if d.attrs == nil {
				d.attrs = &Attrs{}
			}
			return d.attrs
		}
	case &IntType:
		if tp.Flags&FlagHeap != 0 {
			b := objectAs[BigInt](v.ref)
			if b.attrs == nil {
				b.attrs = &Attrs{}
			}
			return b.attrs
		}
	}
	return subclassAttrs(v)
}

// GenericGetAttr is object.__getattribute__.
func GenericGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	tp := v.Type()
	descr := tp.Lookup(name)
	var get func(t *Thread, descr, obj Value, typ *Type) (Value, error)
	if !descr.IsNull() {
		dt := descr.Type()
		get = dt.Slots.DescrGet
		if get != nil && dt.Slots.DescrSet != nil {
			return get(t, descr, v, tp)
		}
	}
	if a := attrsOf(v); a != nil {
		r, err := a.Get(t, name)
		if err != nil || !r.IsNull() {
			return r, err
		}
	} else if tp == &ModuleType || tp.Base == &ModuleType {
		m := objectAs[Module](v.ref)
		r, ok, err := m.Dict.GetStr(t, name)
		if err != nil || ok {
			return r, err
		}
	}
	if get != nil {
		return get(t, descr, v, tp)
	}
	if !descr.IsNull() {
		return descr, nil
	}
	if tp == &ModuleType || tp.Base == &ModuleType {
		if r, ok, err := moduleDunderGetattr(t, v, name); ok || err != nil {
			return r, err
		}
	}
	return Value{}, attributeError(t, v, name)
}

func attributeError(t *Thread, v Value, name *Str) error {
	var e *Exception
	if tp, ok := asType(v); ok {
		e = NewError(&AttributeErrorType, "type object '%s' has no attribute '%s'", tp.Name, name.s)
	} else if v.Type() == &ModuleType || v.Type().Base == &ModuleType {
		e = NewError(&AttributeErrorType, "module '%s' has no attribute '%s'", objectAs[Module](v.ref).Name, name.s)
	} else {
		e = NewError(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(v), name.s)
	}
	e.attrs.Set(t, internStatic("name"), FromObject(&name.Object))
	e.attrs.Set(t, internStatic("obj"), v)
	return e
}

// GenericSetAttr is object.__setattr__ (and __delattr__ for a null value).
func GenericSetAttr(t *Thread, v Value, name *Str, value Value) error {
	tp := v.Type()
	descr := tp.Lookup(name)
	if !descr.IsNull() {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(t, descr, v, value)
		}
	}
	a := attrsOf(v)
	if a == nil {
		if tp == &ModuleType || tp.Base == &ModuleType {
			m := objectAs[Module](v.ref)
			if value.IsNull() {
				_, ok, err := m.Dict.Pop(t, FromObject(&name.Object))
				if err == nil && !ok {
					return attributeError(t, v, name)
				}
				return err
			}
			return m.Dict.SetItem(t, FromObject(&name.Object), value)
		}
		if descr.IsNull() {
			return NewError(&AttributeErrorType, "'%s' object has no attribute '%s'", tp.Name, name.s)
		}
		return NewError(&AttributeErrorType, "'%s' object attribute '%s' is read-only", tp.Name, name.s)
	}
	if value.IsNull() {
		found, err := a.Delete(t, name)
		if err != nil {
			return err
		}
		if !found {
			return attributeError(t, v, name)
		}
		return nil
	}
	return a.Set(t, name, value)
}

// lookupMethod finds a special method on type(v) and binds it; a null
// Value when absent.
func lookupMethod(t *Thread, v Value, name string) (Value, error) {
	descr := v.Type().Lookup(Intern(name))
	if descr.IsNull() {
		return Value{}, nil
	}
	if get := descr.Type().Slots.DescrGet; get != nil {
		return get(t, descr, v, v.Type())
	}
	return descr, nil
}

// callMethod calls type(v).name(v, args...); found is false when the type
// has no such attribute.
func callMethod(t *Thread, v Value, name string, args ...Value) (Value, bool, error) {
	descr := v.Type().Lookup(Intern(name))
	if descr.IsNull() {
		return Value{}, false, nil
	}
	if descr.Type() == &FunctionType {
		full := make([]Value, 0, len(args)+1)
		full = append(append(full, v), args...)
		r, err := Call(t, descr, full, nil)
		return r, true, err
	}
	m := descr
	if get := descr.Type().Slots.DescrGet; get != nil {
		var err error
		if m, err = get(t, descr, v, v.Type()); err != nil {
			return Value{}, true, err
		}
	}
	r, err := Call(t, m, args, nil)
	return r, true, err
}

// Call calls callable with positional args and keyword arguments named by
// kwnames (their values are the last len(kwnames) args).
func Call(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	tp := callable.Type()
	if tp == &FunctionType {
		return callFunction(t, objectAs[Function](callable.ref), args, kwnames)
	}
	f := tp.Slots.Call
	if f == nil {
		return Value{}, NewError(&TypeErrorType, "'%s' object is not callable", tp.Name)
	}
	if err := t.enterCall(); err != nil {
		return Value{}, err
	}
	r, err := f(t, callable, args, kwnames)
	t.leaveCall()
	return r, err
}

// Iter is iter(v).
func Iter(t *Thread, v Value) (Value, error) {
	tp := v.Type()
	if f := tp.Slots.Iter; f != nil {
		it, err := f(t, v)
		if err != nil {
			return Value{}, err
		}
		if it.Type().Slots.Next == nil {
			return Value{}, NewError(&TypeErrorType, "iter() returned non-iterator of type '%s'", typeName(it))
		}
		return it, nil
	}
	if tp.Slots.GetItem != nil && tp != &DictType {
		return newSeqGetItemIter(v), nil
	}
	return Value{}, NewError(&TypeErrorType, "'%s' object is not iterable", tp.Name)
}

// Next advances an iterator for a consumer (for loops, list(), ...): a null
// Value with nil error when exhausted. Like CPython's FOR_ITER and
// PyIter_Next it also takes a StopIteration the iterator raised as
// exhaustion, as when map()'s or filter()'s function raises one. (The
// next() builtin calls the slot itself, so StopIteration reaches its
// caller with its value.)
func Next(t *Thread, it Value) (Value, error) {
	f := it.Type().Slots.Next
	if f == nil {
		return Value{}, NewError(&TypeErrorType, "'%s' object is not an iterator", typeName(it))
	}
	v, err := f(t, it)
	if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&StopIterationType) {
		return Value{}, nil
	}
	return v, err
}

// iterateToSlice collects the items of an iterable.
func iterateToSlice(t *Thread, v Value) ([]Value, error) {
	switch v.Type() {
	case &ListType:
		return append([]Value(nil), mustList(v).items...), nil
	case &TupleType:
		return append([]Value(nil), mustTuple(v).items...), nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return nil, err
	}
	var out []Value
	for {
		x, err := Next(t, it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		out = append(out, x)
	}
}

// GetItem is v[key].
func GetItem(t *Thread, v, key Value) (Value, error) {
	tp := v.Type()
	if f := tp.Slots.GetItem; f != nil {
		return f(t, v, key)
	}
	if kt, ok := asType(v); ok {
		if r, ok, err := classSubscript(t, v, key); ok {
			return r, err
		}
		if kt == &TypeType || kt.Flags&FlagHeap == 0 {
			return Value{}, NewError(&TypeErrorType, "type '%s' is not subscriptable", kt.Name)
		}
	}
	return Value{}, NewError(&TypeErrorType, "'%s' object is not subscriptable", tp.Name)
}

// SetItem is v[key] = value.
func SetItem(t *Thread, v, key, value Value) error {
	if f := v.Type().Slots.SetItem; f != nil {
		return f(t, v, key, value)
	}
	return NewError(&TypeErrorType, "'%s' object does not support item assignment", typeName(v))
}

// DelItem is del v[key].
func DelItem(t *Thread, v, key Value) error {
	if f := v.Type().Slots.SetItem; f != nil {
		return f(t, v, key, Value{})
	}
	return NewError(&TypeErrorType, "'%s' object doesn't support item deletion", typeName(v))
}

// Contains is item in v.
func Contains(t *Thread, v, item Value) (bool, error) {
	tp := v.Type()
	if f := tp.Slots.Contains; f != nil {
		return f(t, v, item)
	}
	if tp.Slots.Iter == nil && tp.Slots.GetItem == nil {
		return false, NewError(&TypeErrorType, "argument of type '%s' is not iterable", tp.Name)
	}
	it, err := Iter(t, v)
	if err != nil {
		return false, err
	}
	for {
		x, err := Next(t, it)
		if err != nil || x.IsNull() {
			return false, err
		}
		if x.Is(item) {
			return true, nil
		}
		eq, err := Equal(t, x, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

// asType returns the *Type of a type object.
func asType(v Value) (*Type, bool) {
	if v.ref != nil && v.ref.typ.IsSubtype(&TypeType) && !v.IsUnboxed() {
		return objectAs[Type](v.ref), true
	}
	return nil, false
}

// TypeValue is the Value of a type object.
func TypeValue(tp *Type) Value { return FromObject(&tp.Object) }

// Lookup finds name in the type's MRO (_PyType_Lookup); null if absent.
// Results are cached by (type version tag, name), like CPython's type
// method cache: a type's version changes whenever it or a base changes.
func (t *Type) Lookup(name *Str) Value {
	ver := t.version.Load()
	if ver == 0 {
		ver = t.Version()
	}
	if ver == 0 {
		return t.lookupMRO(name)
	}
	slot := &typeLookupCache[(uintptr(ver)*0x9e3779b1^uintptr(unsafe.Pointer(name))>>4)%uintptr(len(typeLookupCache))]
	if e := slot.Load(); e != nil && e.version == ver && e.name == name {
		return e.value
	}
	v := t.lookupMRO(name)
	slot.Store(&typeLookupEntry{version: ver, name: name, value: v})
	return v
}

// typeLookupEntry is one cached Lookup result (immutable once stored).
type typeLookupEntry struct {
	version uint32
	name    *Str
	value   Value
}

var typeLookupCache [4096]atomic.Pointer[typeLookupEntry]

// lookupMRO is Lookup without the cache.
func (t *Type) lookupMRO(name *Str) Value {
	for _, m := range t.MRO {
		if m.Dict == nil {
			continue
		}
		if v, ok, _ := m.Dict.GetStr(nil, name); ok {
			return v
		}
	}
	return Value{}
}

// isInstance is isinstance(v, tp) by type only (no __instancecheck__).
func isInstance(v Value, tp *Type) bool { return v.Type().IsSubtype(tp) }
