package interp

// This file implements types.GenericAlias (list[int], dict[str, int],
// tuple[int, ...], type[int]) and the __class_getitem__ protocol that
// makes them: subscripting a class calls its __class_getitem__, and the
// builtin containers' __class_getitem__ returns a GenericAlias, as
// CPython's Objects/genericaliasobject.c does.

import (
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

// GenericAliasType is types.GenericAlias.
var GenericAliasType = Type{Name: "GenericAlias", Module: "types"}

// GenericAlias is a parameterized generic such as list[int].
type GenericAlias struct {
	Object
	origin Value
	args   *Tuple
	params *Tuple // computed lazily; nil until then
}

// newGenericAlias makes origin[args]; a non-tuple args is one argument.
func newGenericAlias(typ *Type, origin, args Value) Value {
	tu, ok := asTuple(args)
	if !ok {
		tu = NewTuple([]Value{args})
	}
	ga := GenericAlias{Object: Object{typ: typ}, origin: origin, args: tu}
	if typ.Flags&FlagHeap != 0 {
		return FromObject(&(&gaSub{GenericAlias: ga}).Object)
	}
	return FromObject(&ga.Object)
}

// gaSub is an instance of a GenericAlias subclass.
type gaSub struct {
	GenericAlias
	attrs Attrs
}

func asGenericAlias(v Value) (*GenericAlias, bool) {
	if v.ref != nil && v.ref.typ.IsSubtype(&GenericAliasType) {
		return objectAs[GenericAlias](v.ref), true
	}
	return nil, false
}

// classGetItem is the __class_getitem__ of the builtin generic classes.
func classGetItem(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("__class_getitem__", args, kw, 1); err != nil {
		return Value{}, err
	}
	return newGenericAlias(&GenericAliasType, cls, args[0]), nil
}

// classSubscript is cls[key] for a class without a __getitem__ on its
// metaclass: cls.__class_getitem__(key). ok is false when the class has
// no __class_getitem__.
func classSubscript(t *Thread, cls Value, key Value) (Value, bool, error) {
	tp, _ := asType(cls)
	if tp == &TypeType {
		// type[int] is special-cased, as in CPython's PyObject_GetItem.
		return newGenericAlias(&GenericAliasType, cls, key), true, nil
	}
	if tp.Lookup(internStatic("__class_getitem__")).IsNull() {
		return Value{}, false, nil
	}
	f, err := GetAttr(t, cls, internStatic("__class_getitem__"))
	if err != nil {
		return Value{}, true, err
	}
	r, err := Call(t, f, []Value{key}, nil)
	return r, true, err
}

// optAttr is getattr(v, name) with AttributeError mapped to "absent".
func optAttr(t *Thread, v Value, name string) (Value, bool, error) {
	r, err := GetAttr(t, v, Intern(name))
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Type().IsSubtype(&AttributeErrorType) {
			return Value{}, false, nil
		}
		return Value{}, false, err
	}
	return r, true, nil
}

// gaReprItem is ga_repr_item: how one origin or argument is shown.
func gaReprItem(t *Thread, v Value) (string, error) {
	if v.Is(Ellipsis) {
		return "...", nil
	}
	if _, ok, err := optAttr(t, v, "__origin__"); err != nil {
		return "", err
	} else if ok {
		if _, ok, err := optAttr(t, v, "__args__"); err != nil {
			return "", err
		} else if ok {
			return reprString(t, v)
		}
	}
	q, okq, err := optAttr(t, v, "__qualname__")
	if err != nil {
		return "", err
	}
	m, okm, err := optAttr(t, v, "__module__")
	if err != nil {
		return "", err
	}
	if okq && okm {
		ms, ok1 := asStr(m)
		qs, ok2 := asStr(q)
		if ok1 && ok2 {
			if ms.s == "builtins" {
				return qs.s, nil
			}
			return ms.s + "." + qs.s, nil
		}
		if !m.IsNone() || !ok2 {
			// CPython falls back to repr for odd __module__ values.
			return reprString(t, v)
		}
	}
	return reprString(t, v)
}

func reprString(t *Thread, v Value) (string, error) {
	r, err := Repr(t, v)
	if err != nil {
		return "", err
	}
	s, _ := asStr(r)
	return s.s, nil
}

func genericAliasRepr(t *Thread, v Value) (Value, error) {
	ga := objectAs[GenericAlias](v.ref)
	var b strings.Builder
	s, err := gaReprItem(t, ga.origin)
	if err != nil {
		return Value{}, err
	}
	b.WriteString(s)
	b.WriteByte('[')
	if len(ga.args.items) == 0 {
		b.WriteString("()")
	}
	for i, a := range ga.args.items {
		if i > 0 {
			b.WriteString(", ")
		}
		s, err := gaReprItem(t, a)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteByte(']')
	return StrValue(b.String()), nil
}

// parameters is __parameters__: the type variables among the arguments
// (objects with __typing_subst__) and the parameters of nested generics.
func (ga *GenericAlias) parameters(t *Thread) (*Tuple, error) {
	if ga.params != nil {
		return ga.params, nil
	}
	var ps []Value
	add := func(p Value) {
		for _, q := range ps {
			if q.Is(p) {
				return
			}
		}
		ps = append(ps, p)
	}
	for _, a := range ga.args.items {
		if _, isType := asType(a); isType {
			continue
		}
		if _, ok, err := optAttr(t, a, "__typing_subst__"); err != nil {
			return nil, err
		} else if ok {
			add(a)
			continue
		}
		sub, ok, err := optAttr(t, a, "__parameters__")
		if err != nil {
			return nil, err
		}
		if tu, isTuple := asTuple(sub); ok && isTuple {
			for _, p := range tu.items {
				add(p)
			}
		}
	}
	ga.params = NewTuple(ps)
	return ga.params, nil
}

// genericAliasGetItem is list[T][int]: substitution of the parameters.
func genericAliasGetItem(t *Thread, v, key Value) (Value, error) {
	ga := objectAs[GenericAlias](v.ref)
	out, err := substParams(t, v, ga, key)
	if err != nil {
		return Value{}, err
	}
	return newGenericAlias(&GenericAliasType, ga.origin, NewTupleValue(out)), nil
}

// substParams is CPython's _Py_subs_parameters: the arguments of ga (whose
// repr is that of v) with its parameters replaced by the items of key.
func substParams(t *Thread, v Value, ga *GenericAlias, key Value) ([]Value, error) {
	params, err := ga.parameters(t)
	if err != nil {
		return nil, err
	}
	if len(params.items) == 0 {
		r, err := reprString(t, v)
		if err != nil {
			return nil, err
		}
		return nil, NewError(&TypeErrorType, "%s is not a generic class", r)
	}
	var items []Value
	if tu, ok := asTuple(key); ok {
		items = tu.items
	} else {
		items = []Value{key}
	}
	if len(items) != len(params.items) {
		r, err := reprString(t, v)
		if err != nil {
			return nil, err
		}
		word := "many"
		if len(items) < len(params.items) {
			word = "few"
		}
		return nil, NewError(&TypeErrorType, "Too %s arguments for %s; actual %d, expected %d", word, r, len(items), len(params.items))
	}
	subst := func(p Value) (Value, bool) {
		for i, q := range params.items {
			if q.Is(p) {
				return items[i], true
			}
		}
		return Value{}, false
	}
	out := make([]Value, 0, len(ga.args.items))
	for _, a := range ga.args.items {
		if _, isType := asType(a); isType {
			out = append(out, a)
			continue
		}
		if r, ok := subst(a); ok {
			f, has, err := optAttr(t, a, "__typing_subst__")
			if err != nil {
				return nil, err
			}
			if has {
				if r, err = Call(t, f, []Value{r}, nil); err != nil {
					return nil, err
				}
			}
			out = append(out, r)
			continue
		}
		sub, ok, err := optAttr(t, a, "__parameters__")
		if err != nil {
			return nil, err
		}
		if tu, isTuple := asTuple(sub); ok && isTuple && len(tu.items) > 0 {
			vals := make([]Value, len(tu.items))
			for i, p := range tu.items {
				vals[i], _ = subst(p)
			}
			key := NewTupleValue(vals)
			if len(vals) == 1 {
				key = vals[0]
			}
			r, err := GetItem(t, a, key)
			if err != nil {
				return nil, err
			}
			out = append(out, r)
			continue
		}
		out = append(out, a)
	}
	return out, nil
}

// gaAttrExceptions are the names a GenericAlias answers itself; all
// others are looked up on the origin.
var gaAttrExceptions = map[string]bool{
	"__class__": true, "__origin__": true, "__args__": true, "__unpacked__": true,
	"__parameters__": true, "__typing_unpacked_tuple_args__": true, "__mro_entries__": true,
	"__reduce_ex__": true, "__reduce__": true, "__copy__": true, "__deepcopy__": true,
}

func genericAliasGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	if !gaAttrExceptions[name.s] {
		return GetAttr(t, objectAs[GenericAlias](v.ref).origin, name)
	}
	return GenericGetAttr(t, v, name)
}

func genericAliasCall(t *Thread, v Value, args []Value, kwnames []string) (Value, error) {
	ga := objectAs[GenericAlias](v.ref)
	r, err := Call(t, ga.origin, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	// Like CPython, ignore objects that refuse the attribute.
	if err := SetAttr(t, r, internStatic("__orig_class__"), v); err != nil {
		if e, ok := err.(*Exception); !ok || !(e.Type().IsSubtype(&AttributeErrorType) || e.Type().IsSubtype(&TypeErrorType)) {
			return Value{}, err
		}
	}
	return r, nil
}

func genericAliasCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := asGenericAlias(a)
	y, ok2 := asGenericAlias(b)
	if !ok1 || !ok2 || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return NotImplemented, nil
	}
	eq, err := Equal(t, x.origin, y.origin)
	if err == nil && eq {
		eq, err = Equal(t, FromObject(&x.args.Object), FromObject(&y.args.Object))
	}
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == bytecode.CmpEQ)), nil
}

func genericAliasHash(t *Thread, v Value) (int64, error) {
	ga := objectAs[GenericAlias](v.ref)
	h0, err := Hash(t, ga.origin)
	if err != nil {
		return 0, err
	}
	h1, err := Hash(t, FromObject(&ga.args.Object))
	if err != nil {
		return 0, err
	}
	h := h0 ^ h1
	if h == -1 {
		h = -2
	}
	return h, nil
}

func genericAliasNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "GenericAlias() takes no keyword arguments")
	}
	if len(args) != 2 {
		return Value{}, NewError(&TypeErrorType, "GenericAlias expected 2 arguments, got %d", len(args))
	}
	return newGenericAlias(typ, args[0], args[1]), nil
}

func setupGenericAlias() {
	gt := &GenericAliasType
	initBuiltinType(gt, "Represent a PEP 585 generic type\n\nE.g. for t = list[int], t.__origin__ is list and t.__args__ is (int,).")
	gt.Flags |= FlagBaseType
	gt.Slots = Slots{Repr: genericAliasRepr, GetAttr: genericAliasGetAttr, Call: genericAliasCall,
		RichCompare: genericAliasCompare, Hash: genericAliasHash, New: genericAliasNew,
		GetItem: genericAliasGetItem}
	get := func(name string, f func(t *Thread, ga *GenericAlias) (Value, error)) {
		addGetSet(gt, name, func(t *Thread, v Value) (Value, error) { return f(t, objectAs[GenericAlias](v.ref)) }, nil)
	}
	get("__origin__", func(t *Thread, ga *GenericAlias) (Value, error) { return ga.origin, nil })
	get("__args__", func(t *Thread, ga *GenericAlias) (Value, error) { return FromObject(&ga.args.Object), nil })
	get("__unpacked__", func(t *Thread, ga *GenericAlias) (Value, error) { return False, nil })
	get("__parameters__", func(t *Thread, ga *GenericAlias) (Value, error) {
		p, err := ga.parameters(t)
		if err != nil {
			return Value{}, err
		}
		return FromObject(&p.Object), nil
	})
	addMethod(gt, "__mro_entries__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__mro_entries__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{objectAs[GenericAlias](self.ref).origin}), nil
	})
	for _, name := range []string{"__instancecheck__", "__subclasscheck__"} {
		what := map[string]string{"__instancecheck__": "isinstance", "__subclasscheck__": "issubclass"}[name]
		addMethod(gt, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return Value{}, NewError(&TypeErrorType, "%s() argument 2 cannot be a parameterized generic", what)
		})
	}
	addSlotWrappers(gt)
	inheritSlots(gt)
	for _, tp := range []*Type{&ListType, &DictType, &TupleType, &SetType, &FrozenSetType, &EnumerateType} {
		addClassMethod(tp, "__class_getitem__", classGetItem)
	}
}
