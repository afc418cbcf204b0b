package interp

// This file implements _operator's callable classes: itemgetter,
// attrgetter (with dotted names) and methodcaller.

import (
	"strings"
)

var (
	itemGetterType   = Type{Name: "itemgetter"}
	attrGetterType   = Type{Name: "attrgetter"}
	methodCallerType = Type{Name: "methodcaller"}
)

type itemGetter struct {
	Object
	items []Value
}

// attrGetter holds each attribute path split at the dots.
type attrGetter struct {
	Object
	names []Value // the strings as given, for repr and __reduce__
	paths [][]*Str
}

type methodCaller struct {
	Object
	name *Str
	args []Value
	kw   *Dict // nil without keywords
}

func itemGetterNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "itemgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return Value{}, NewError(&TypeErrorType, "itemgetter expected 1 argument, got 0")
	}
	return FromObject(&(&itemGetter{Object: Object{typ: typ}, items: append([]Value(nil), args...)}).Object), nil
}

// getterArg checks a getter call's single argument.
func getterArg(name string, args []Value, kw []string) error {
	if len(kw) > 0 {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return NewError(&TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	return nil
}

func itemGetterCall(t *Thread, callable Value, args []Value, kw []string) (Value, error) {
	if err := getterArg("itemgetter", args, kw); err != nil {
		return Value{}, err
	}
	g := objectAs[itemGetter](callable.ref)
	obj := args[0]
	if len(g.items) == 1 {
		key := g.items[0]
		if key.ref == &IntTag {
			i := int(int64(key.bits))
			var items []Value
			switch obj.Type() {
			case &TupleType:
				items = mustTuple(obj).items
			case &ListType:
				items = mustList(obj).items
			}
			if items != nil && i >= 0 && i < len(items) {
				return items[i], nil
			}
		}
		return GetItem(t, obj, key)
	}
	out := make([]Value, len(g.items))
	for i, k := range g.items {
		v, err := GetItem(t, obj, k)
		if err != nil {
			return Value{}, err
		}
		out[i] = v
	}
	return NewTupleValue(out), nil
}

// getterRepr formats "operator.name(a, b, ...)".
func getterRepr(t *Thread, v Value, parts []Value, kw *Dict) (Value, error) {
	name := typeName(v)
	if t.reprEnter(v) {
		return StrValue(name + "(...)"), nil
	}
	defer t.reprLeave(v)
	var b strings.Builder
	b.WriteString(name)
	b.WriteByte('(')
	for i, p := range parts {
		s, err := ReprString(t, p)
		if err != nil {
			return Value{}, err
		}
		if i > 0 {
			b.WriteString(", ")
		}
		b.WriteString(s)
	}
	if kw != nil {
		for _, e := range kw.entries {
			if e.key.IsNull() {
				continue
			}
			vs, err := ReprString(t, e.value)
			if err != nil {
				return Value{}, err
			}
			b.WriteString(", " + mustStr(e.key).s + "=" + vs)
		}
	}
	b.WriteByte(')')
	return StrValue(b.String()), nil
}

func attrGetterNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "attrgetter() takes no keyword arguments")
	}
	if len(args) == 0 {
		return Value{}, NewError(&TypeErrorType, "attrgetter expected 1 argument, got 0")
	}
	g := &attrGetter{Object: Object{typ: typ}, names: append([]Value(nil), args...)}
	for _, a := range args {
		s, ok := asStr(a)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "attribute name must be a string")
		}
		var path []*Str
		for _, part := range strings.Split(s.s, ".") {
			path = append(path, Intern(part))
		}
		g.paths = append(g.paths, path)
	}
	return FromObject(&g.Object), nil
}

func attrGetterCall(t *Thread, callable Value, args []Value, kw []string) (Value, error) {
	if err := getterArg("attrgetter", args, kw); err != nil {
		return Value{}, err
	}
	g := objectAs[attrGetter](callable.ref)
	get := func(path []*Str) (Value, error) {
		v := args[0]
		for _, n := range path {
			var err error
			if v, err = GetAttr(t, v, n); err != nil {
				return Value{}, err
			}
		}
		return v, nil
	}
	if len(g.paths) == 1 {
		return get(g.paths[0])
	}
	out := make([]Value, len(g.paths))
	for i, p := range g.paths {
		v, err := get(p)
		if err != nil {
			return Value{}, err
		}
		out[i] = v
	}
	return NewTupleValue(out), nil
}

func methodCallerNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	if npos < 1 {
		return Value{}, NewError(&TypeErrorType, "methodcaller needs at least one argument, the method name")
	}
	name, ok := asStr(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "method name must be a string")
	}
	mc := &methodCaller{Object: Object{typ: typ}, name: Intern(name.s), args: append([]Value(nil), args[1:npos]...)}
	if len(kwnames) > 0 {
		mc.kw = NewDict()
		for i, k := range kwnames {
			if err := mc.kw.SetItem(t, FromObject(&Intern(k).Object), args[npos+i]); err != nil {
				return Value{}, err
			}
		}
	}
	return FromObject(&mc.Object), nil
}

func methodCallerCall(t *Thread, callable Value, args []Value, kw []string) (Value, error) {
	if err := getterArg("methodcaller", args, kw); err != nil {
		return Value{}, err
	}
	mc := objectAs[methodCaller](callable.ref)
	m, err := GetAttr(t, args[0], mc.name)
	if err != nil {
		return Value{}, err
	}
	if mc.kw == nil {
		return Call(t, m, mc.args, nil)
	}
	all := append([]Value(nil), mc.args...)
	var names []string
	mc.kw.Range(func(k, v Value) bool {
		names = append(names, mustStr(k).s)
		all = append(all, v)
		return true
	})
	return Call(t, m, all, names)
}

func setupOperatorTypes() {
	functoolsOnce.Do(setupFunctoolsTypes) // methodcaller.__reduce__ makes partials
	docs := map[*Type]string{
		&itemGetterType:   "itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])",
		&attrGetterType:   "attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter('name'), the call f(r) returns r.name.\nAfter g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter('name.first', 'name.last'), the call h(r) returns\n(r.name.first, r.name.last).",
		&methodCallerType: "methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller('name'), the call f(r) returns r.name().\nAfter g = methodcaller('name', 'date', foo=1), the call g(r) returns\nr.name('date', foo=1).",
	}
	for _, tp := range []*Type{&itemGetterType, &attrGetterType, &methodCallerType} {
		initBuiltinType(tp, docs[tp])
		tp.Module = "operator"
		// A heap type in CPython 3.11, with __module__ in its namespace.
		tp.Dict.setStrNoErr(Intern("__module__"), StrValue("operator"))
	}
	itemGetterType.Slots = Slots{New: itemGetterNew, Call: itemGetterCall, Repr: func(t *Thread, v Value) (Value, error) {
		return getterRepr(t, v, objectAs[itemGetter](v.ref).items, nil)
	}}
	attrGetterType.Slots = Slots{New: attrGetterNew, Call: attrGetterCall, Repr: func(t *Thread, v Value) (Value, error) {
		return getterRepr(t, v, objectAs[attrGetter](v.ref).names, nil)
	}}
	methodCallerType.Slots = Slots{New: methodCallerNew, Call: methodCallerCall, Repr: func(t *Thread, v Value) (Value, error) {
		mc := objectAs[methodCaller](v.ref)
		return getterRepr(t, v, append([]Value{FromObject(&mc.name.Object)}, mc.args...), mc.kw)
	}}
	reduce := func(tp *Type, f func(self Value) Value) {
		addMethod(tp, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__reduce__", args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(self), nil
		})
	}
	reduce(&itemGetterType, func(self Value) Value {
		return NewTupleValue([]Value{TypeValue(&itemGetterType), NewTupleValue(objectAs[itemGetter](self.ref).items)})
	})
	reduce(&attrGetterType, func(self Value) Value {
		return NewTupleValue([]Value{TypeValue(&attrGetterType), NewTupleValue(objectAs[attrGetter](self.ref).names)})
	})
	reduce(&methodCallerType, func(self Value) Value {
		mc := objectAs[methodCaller](self.ref)
		name := FromObject(&mc.name.Object)
		if mc.kw == nil {
			return NewTupleValue([]Value{TypeValue(&methodCallerType), NewTupleValue(append([]Value{name}, mc.args...))})
		}
		p := &partial{Object: Object{typ: &partialType}, fn: TypeValue(&methodCallerType), args: []Value{name}, kw: mc.kw.Copy()}
		return NewTupleValue([]Value{FromObject(&p.Object), NewTupleValue(mc.args)})
	})
	for _, tp := range []*Type{&itemGetterType, &attrGetterType, &methodCallerType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}
