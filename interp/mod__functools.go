package interp

// This file implements the _functools module (CPython's
// Modules/_functoolsmodule.c): reduce, cmp_to_key's KeyWrapper and
// partial. The LRU cache wrapper is in mod__functools_lru.go.

import (
	"strings"
	"sync"

	"github.com/pyjit/pyjit/bytecode"
)

// The _functools types, set up on first import.
var (
	partialType    = Type{Name: "partial"}
	keyWrapperType = Type{Name: "KeyWrapper"}
)

var functoolsOnce sync.Once

func init() {
	builtinModules["_functools"] = makeFunctoolsModule
	delete(cModules, "_functools")
	subclassableBases[&partialType] = true
	typesWithDict[&partialType], typesWithDict[&lruWrapperType] = true, true
	attrsHooks[&partialType] = func(v Value) *Attrs { return &objectAs[partial](v.ref).attrs }
	attrsHooks[&lruWrapperType] = func(v Value) *Attrs { return &objectAs[lruWrapper](v.ref).attrs }
}

func makeFunctoolsModule(in *Interpreter) *Module {
	functoolsOnce.Do(setupFunctoolsTypes)
	m := NewModule("_functools")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("Tools that operate on functions."))
	set("partial", TypeValue(&partialType))
	set("_lru_cache_wrapper", TypeValue(&lruWrapperType))
	moduleFn(m, "reduce", functoolsReduce)
	moduleFn(m, "cmp_to_key", cmpToKey)
	return m
}

func setupFunctoolsTypes() {
	setupPartialType()
	setupKeyWrapperType()
	setupLRUWrapperType()
}

// functoolsReduce is reduce(function, iterable[, initial]).
func functoolsReduce(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := posArgs("reduce", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	fn := args[0]
	it, err := Iter(t, args[1])
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Type() == &TypeErrorType {
			return Value{}, NewError(&TypeErrorType, "reduce() arg 2 must support iteration")
		}
		return Value{}, err
	}
	var acc Value
	if len(args) == 3 {
		acc = args[2]
	}
	pair := make([]Value, 2)
	for {
		v, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if v.IsNull() {
			break
		}
		if acc.IsNull() {
			acc = v
			continue
		}
		pair[0], pair[1] = acc, v
		if acc, err = Call(t, fn, pair, nil); err != nil {
			return Value{}, err
		}
	}
	if acc.IsNull() {
		return Value{}, NewError(&TypeErrorType, "reduce() of empty iterable with no initial value")
	}
	return acc, nil
}

// ---- cmp_to_key ----

// keyWrapper is a cmp_to_key result (obj null) or a key made by calling
// one (obj set).
type keyWrapper struct {
	Object
	cmp Value
	obj Value
}

func cmpToKey(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	spec := clinicSpec{fname: "cmp_to_key", names: []string{"mycmp"}, required: 1, kwOnly: 1}
	vals, err := spec.parse(args, kw)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&keyWrapper{Object: Object{typ: &keyWrapperType}, cmp: vals[0]}).Object), nil
}

func keyWrapperCall(t *Thread, callable Value, args []Value, kw []string) (Value, error) {
	spec := clinicSpec{fname: "K", names: []string{"obj"}, required: 1, kwOnly: 1}
	if len(args)-len(kw) > 1 {
		return Value{}, NewError(&TypeErrorType, "K() takes at most 1 argument (%d given)", len(args))
	}
	vals, err := spec.parse(args, kw)
	if err != nil {
		return Value{}, err
	}
	k := objectAs[keyWrapper](callable.ref)
	return FromObject(&(&keyWrapper{Object: Object{typ: &keyWrapperType}, cmp: k.cmp, obj: vals[0]}).Object), nil
}

func keyWrapperCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if b.Type() != &keyWrapperType {
		return Value{}, NewError(&TypeErrorType, "other argument must be K instance")
	}
	x, y := objectAs[keyWrapper](a.ref), objectAs[keyWrapper](b.ref)
	if x.obj.IsNull() || y.obj.IsNull() {
		return Value{}, NewError(&AttributeErrorType, "object")
	}
	r, err := Call(t, x.cmp, []Value{x.obj, y.obj}, nil)
	if err != nil {
		return Value{}, err
	}
	return RichCompare(t, r, Int(0), op)
}

func setupKeyWrapperType() {
	tp := &keyWrapperType
	initBuiltinType(tp, "")
	tp.Module = "functools"
	// A heap type in CPython 3.11, with __module__ in its namespace.
	tp.Dict.setStrNoErr(Intern("__module__"), StrValue("functools"))
	tp.Slots = Slots{Call: keyWrapperCall, RichCompare: keyWrapperCompare, Hash: unhashable}
	addGetSet(tp, "obj", func(t *Thread, v Value) (Value, error) {
		k := objectAs[keyWrapper](v.ref)
		if k.obj.IsNull() {
			return Value{}, NewError(&AttributeErrorType, "obj")
		}
		return k.obj, nil
	}, func(t *Thread, v, val Value) error {
		objectAs[keyWrapper](v.ref).obj = val
		return nil
	})
	tp.Dict.setStrNoErr(Intern("__hash__"), None)
	addSlotWrappers(tp)
	inheritSlots(tp)
}

// ---- partial ----

// partial is a functools.partial: fn with some positional and keyword
// arguments filled in. kw is nil when there are no keywords.
type partial struct {
	Object
	fn    Value
	args  []Value
	kw    *Dict
	attrs Attrs
}

func partialNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return Value{}, NewError(&TypeErrorType, "type 'partial' takes at least one argument")
	}
	fn := args[0]
	if fn.Type().Slots.Call == nil {
		return Value{}, NewError(&TypeErrorType, "the first argument must be callable")
	}
	var pargs []Value
	var pkw *Dict
	// A partial of a partial (without instance attributes) is flattened.
	if ft := fn.Type(); ft.IsSubtype(&partialType) && isPartialCall(ft) {
		inner := objectAs[partial](fn.ref)
		if inner.attrs.dict == nil && inner.attrs.shape == nil {
			pargs, pkw, fn = inner.args, inner.kw, inner.fn
		}
	}
	p := &partial{Object: Object{typ: typ}, fn: fn}
	p.args = make([]Value, 0, len(pargs)+npos-1)
	p.args = append(append(p.args, pargs...), args[1:npos]...)
	if pkw != nil && pkw.Len() > 0 || len(kwnames) > 0 {
		if pkw != nil {
			p.kw = pkw.Copy()
		} else {
			p.kw = NewDict()
		}
		for i, k := range kwnames {
			if err := p.kw.SetItem(t, FromObject(&Intern(k).Object), args[npos+i]); err != nil {
				return Value{}, err
			}
		}
	}
	return FromObject(&p.Object), nil
}

// isPartialCall reports whether tp calls like a partial (no __call__
// override in a subclass).
func isPartialCall(tp *Type) bool {
	for _, m := range tp.MRO {
		if m == &partialType {
			return true
		}
		if m.Flags&FlagHeap != 0 {
			if _, ok, _ := m.Dict.GetStr(nil, internStatic("__call__")); ok {
				return false
			}
		}
	}
	return false
}

func partialCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	p := objectAs[partial](callable.ref)
	npos := len(args) - len(kwnames)
	if p.kw == nil || p.kw.Len() == 0 {
		if len(p.args) == 0 {
			return Call(t, p.fn, args, kwnames)
		}
		all := make([]Value, 0, len(p.args)+len(args))
		all = append(append(all, p.args...), args...)
		return Call(t, p.fn, all, kwnames)
	}
	// Stored keywords first, overridden by the call's.
	merged := p.kw.Copy()
	for i, k := range kwnames {
		if err := merged.SetItem(t, FromObject(&Intern(k).Object), args[npos+i]); err != nil {
			return Value{}, err
		}
	}
	all := make([]Value, 0, len(p.args)+npos+merged.Len())
	all = append(append(all, p.args...), args[:npos]...)
	names := make([]string, 0, merged.Len())
	var err error
	merged.Range(func(k, v Value) bool {
		ks, ok := asStr(k)
		if !ok {
			err = NewError(&TypeErrorType, "keywords must be strings")
			return false
		}
		names = append(names, ks.s)
		all = append(all, v)
		return true
	})
	if err != nil {
		return Value{}, err
	}
	return Call(t, p.fn, all, names)
}

func partialRepr(t *Thread, v Value) (Value, error) {
	p := objectAs[partial](v.ref)
	if t.reprEnter(v) {
		return StrValue("..."), nil
	}
	defer t.reprLeave(v)
	var b strings.Builder
	b.WriteString(typeName(v))
	b.WriteByte('(')
	s, err := ReprString(t, p.fn)
	if err != nil {
		return Value{}, err
	}
	b.WriteString(s)
	for _, a := range p.args {
		s, err := ReprString(t, a)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(", ")
		b.WriteString(s)
	}
	if p.kw != nil {
		for _, e := range p.kw.entries {
			if e.key.IsNull() {
				continue
			}
			ks, err := StrString(t, e.key)
			if err != nil {
				return Value{}, err
			}
			vs, err := ReprString(t, e.value)
			if err != nil {
				return Value{}, err
			}
			b.WriteString(", " + ks + "=" + vs)
		}
	}
	b.WriteByte(')')
	return StrValue(b.String()), nil
}

func (p *partial) kwValue() Value {
	if p.kw == nil {
		p.kw = NewDict()
	}
	return FromObject(&p.kw.Object)
}

func setupPartialType() {
	tp := &partialType
	initBuiltinType(tp, "partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n")
	tp.Module = "functools"
	// A heap type in CPython 3.11, with __module__ in its namespace.
	tp.Dict.setStrNoErr(Intern("__module__"), StrValue("functools"))
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{New: partialNew, Call: partialCall, Repr: partialRepr}
	// Like CPython's read-only members.
	readonly := func(t *Thread, v, val Value) error { return NewError(&AttributeErrorType, "readonly attribute") }
	addGetSet(tp, "func", func(t *Thread, v Value) (Value, error) { return objectAs[partial](v.ref).fn, nil }, readonly)
	addGetSet(tp, "args", func(t *Thread, v Value) (Value, error) {
		return NewTupleValue(objectAs[partial](v.ref).args), nil
	}, readonly)
	addGetSet(tp, "keywords", func(t *Thread, v Value) (Value, error) { return objectAs[partial](v.ref).kwValue(), nil }, readonly)
	addGetSetDict(tp)
	addMethod(tp, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reduce__", args, kw, 0); err != nil {
			return Value{}, err
		}
		p := objectAs[partial](self.ref)
		d := None
		if p.attrs.dict != nil || p.attrs.shape != nil {
			d = FromObject(&p.attrs.Dict().Object)
		}
		state := NewTupleValue([]Value{p.fn, NewTupleValue(p.args), p.kwValue(), d})
		return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue([]Value{p.fn}), state}), nil
	})
	addMethod(tp, "__setstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__setstate__", args, kw, 1); err != nil {
			return Value{}, err
		}
		st, ok := asTuple(args[0])
		if !ok || len(st.items) != 4 {
			return Value{}, NewError(&TypeErrorType, "invalid partial state")
		}
		fn, fargs, kwv, dict := st.items[0], st.items[1], st.items[2], st.items[3]
		at, okArgs := asTuple(fargs)
		kd, okKw := asDict(kwv)
		if fn.Type().Slots.Call == nil || !okArgs || (!kwv.IsNone() && !okKw) {
			return Value{}, NewError(&TypeErrorType, "invalid partial state")
		}
		p := objectAs[partial](self.ref)
		p.fn = fn
		p.args = append([]Value(nil), at.items...)
		if okKw && kwv.Type() == &DictType {
			p.kw = kd
		} else if okKw {
			p.kw = kd.Copy()
		} else {
			p.kw = nil
		}
		if dict.IsNone() {
			p.attrs = Attrs{}
		} else if d, ok := asDict(dict); ok {
			p.attrs = Attrs{dict: d}
		} else {
			return Value{}, NewError(&TypeErrorType, "a dict is required")
		}
		return None, nil
	})
	addClassMethod(tp, "__class_getitem__", classGetItem)
	addSlotWrappers(tp)
	inheritSlots(tp)
}
