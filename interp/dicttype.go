package interp

// This file is dict's Python face: slots, methods, views and iterators.

import (
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

// Dict view and iterator types.
var (
	DictKeysType      = Type{Name: "dict_keys"}
	DictValuesType    = Type{Name: "dict_values"}
	DictItemsType     = Type{Name: "dict_items"}
	DictKeyIterType   = Type{Name: "dict_keyiterator"}
	DictValueIterType = Type{Name: "dict_valueiterator"}
	DictItemIterType  = Type{Name: "dict_itemiterator"}
)

// dictView is a keys/values/items view.
type dictView struct {
	Object
	d *Dict
}

// dictIter iterates a dict's keys, values or items.
type dictIter struct {
	Object
	d    *Dict
	i    int
	used int
	done bool
}

func dictRepr(t *Thread, v Value) (Value, error) {
	d := mustDict(v)
	if d.used == 0 {
		return StrValue("{}"), nil
	}
	if t.reprEnter(v) {
		return StrValue("{...}"), nil
	}
	defer t.reprLeave(v)
	var b strings.Builder
	b.WriteByte('{')
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.IsNull() {
			continue
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		k, err := Repr(t, e.key)
		if err != nil {
			return Value{}, err
		}
		val, err := Repr(t, e.value)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(mustStr(k).s)
		b.WriteString(": ")
		b.WriteString(mustStr(val).s)
	}
	b.WriteByte('}')
	return StrValue(b.String()), nil
}

func dictLen(t *Thread, v Value) (int, error) { return mustDict(v).used, nil }

func dictGetItem(t *Thread, v, key Value) (Value, error) {
	d := mustDict(v)
	r, ok, err := d.GetItem(t, key)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		if v.Type() != &DictType {
			if m, err := lookupMethod(t, v, "__missing__"); err == nil && !m.IsNull() {
				return Call(t, m, []Value{key}, nil)
			}
		}
		return Value{}, newException(&KeyErrorType, key)
	}
	return r, nil
}

func dictSetItem(t *Thread, v, key, value Value) error {
	d := mustDict(v)
	if value.IsNull() {
		_, ok, err := d.Pop(t, key)
		if err != nil {
			return err
		}
		if !ok {
			return newException(&KeyErrorType, key)
		}
		return nil
	}
	return d.SetItem(t, key, value)
}

func dictContains(t *Thread, v, key Value) (bool, error) {
	_, ok, err := mustDict(v).GetItem(t, key)
	return ok, err
}

func dictCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := asDict(a)
	y, ok2 := asDict(b)
	if !ok1 || !ok2 || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return NotImplemented, nil
	}
	eq, err := dictEqual(t, x, y)
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == bytecode.CmpEQ)), nil
}

func dictEqual(t *Thread, x, y *Dict) (bool, error) {
	if x.used != y.used {
		return false, nil
	}
	for i := 0; i < len(x.entries); i++ {
		e := x.entries[i]
		if e.key.IsNull() {
			continue
		}
		_, ix, err := y.lookup(t, e.key, e.hash)
		if err != nil {
			return false, err
		}
		if ix < 0 {
			return false, nil
		}
		eq, err := Equal(t, e.value, y.entries[ix].value)
		if err != nil || !eq {
			return false, err
		}
	}
	return true, nil
}

func dictNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if typ != &DictType && typ.IsSubtype(&defaultDictType) {
		return defDictNew(t, typ, args, kwnames) // needs its larger storage
	}
	d := NewDict()
	d.typ = typ
	return FromObject(&d.Object), nil
}

func dictInit(t *Thread, self Value, args []Value, kwnames []string) error {
	d := mustDict(self)
	pos := args[:len(args)-len(kwnames)]
	if len(pos) > 1 {
		return NewError(&TypeErrorType, "dict expected at most 1 argument, got %d", len(pos))
	}
	if len(pos) == 1 {
		if err := d.Update(t, pos[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		if err := d.SetItem(t, FromObject(&Intern(k).Object), args[len(pos)+i]); err != nil {
			return err
		}
	}
	return nil
}

func newDictIter(d *Dict, typ *Type) Value {
	return FromObject(&(&dictIter{Object: Object{typ: typ}, d: d, used: d.used}).Object)
}

func dictIterate(t *Thread, v Value) (Value, error) {
	return newDictIter(mustDict(v), &DictKeyIterType), nil
}

// dictIterNext advances to the next live entry.
func dictIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[dictIter](v.ref)
	if it.done {
		return Value{}, nil
	}
	d := it.d
	if d.used != it.used {
		it.done = true
		return Value{}, NewError(&RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.i < len(d.entries) && d.entries[it.i].key.IsNull() {
		it.i++
	}
	if it.i >= len(d.entries) {
		it.done = true
		return Value{}, nil
	}
	e := d.entries[it.i]
	it.i++
	switch it.typ {
	case &DictValueIterType:
		return e.value, nil
	case &DictItemIterType:
		return NewTupleValue([]Value{e.key, e.value}), nil
	}
	return e.key, nil
}

func viewOf(d *Dict, typ *Type) Value {
	return FromObject(&(&dictView{Object: Object{typ: typ}, d: d}).Object)
}

func viewLen(t *Thread, v Value) (int, error) { return objectAs[dictView](v.ref).d.used, nil }

func viewIter(t *Thread, v Value) (Value, error) {
	view := objectAs[dictView](v.ref)
	switch view.typ {
	case &DictValuesType:
		return newDictIter(view.d, &DictValueIterType), nil
	case &DictItemsType:
		return newDictIter(view.d, &DictItemIterType), nil
	}
	return newDictIter(view.d, &DictKeyIterType), nil
}

func viewRepr(t *Thread, v Value) (Value, error) {
	view := objectAs[dictView](v.ref)
	it, _ := viewIter(t, v)
	items, err := iterateToSlice(t, it)
	if err != nil {
		return Value{}, err
	}
	if t.reprEnter(v) {
		return StrValue("..."), nil
	}
	defer t.reprLeave(v)
	s, err := joinReprs(t, items)
	if err != nil {
		return Value{}, err
	}
	return StrValue(view.typ.Name + "([" + s + "])"), nil
}

func viewContains(t *Thread, v, item Value) (bool, error) {
	view := objectAs[dictView](v.ref)
	switch view.typ {
	case &DictKeysType:
		_, ok, err := view.d.GetItem(t, item)
		return ok, err
	case &DictItemsType:
		tu, ok := asTuple(item)
		if !ok || len(tu.items) != 2 {
			return false, nil
		}
		val, ok, err := view.d.GetItem(t, tu.items[0])
		if err != nil || !ok {
			return false, err
		}
		return Equal(t, val, tu.items[1])
	}
	return seqContains(t, dictValues(view.d), item)
}

func dictValues(d *Dict) []Value {
	out := make([]Value, 0, d.used)
	d.Range(func(_, v Value) bool { out = append(out, v); return true })
	return out
}

func setupDict() {
	tp := &DictType
	initBuiltinType(tp, "dict() -> new empty dictionary\ndict(mapping) -> new dictionary initialized from a mapping object's\n    (key, value) pairs\ndict(iterable) -> new dictionary initialized as if via:\n    d = {}\n    for k, v in iterable:\n        d[k] = v\ndict(**kwargs) -> new dictionary initialized with the name=value pairs\n    in the keyword argument list.  For example:  dict(one=1, two=2)")
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{Repr: dictRepr, Hash: unhashable, Len: dictLen, RichCompare: dictCompare,
		GetItem: dictGetItem, SetItem: dictSetItem, Contains: dictContains, Iter: dictIterate,
		New: dictNew, Init: dictInit}
	for _, it := range []*Type{&DictKeyIterType, &DictValueIterType, &DictItemIterType} {
		initBuiltinType(it, "")
		it.Slots = Slots{Iter: selfIter, Next: dictIterNext}
	}
	for _, vt := range []*Type{&DictKeysType, &DictValuesType, &DictItemsType} {
		initBuiltinType(vt, "")
		vt.Slots = Slots{Len: viewLen, Iter: viewIter, Repr: viewRepr, Contains: viewContains}
	}
	setupDictViewSetOps()
	m := func(name string, f func(t *Thread, d *Dict, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return f(t, mustDict(self), args, kw)
		})
	}
	m("keys", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		return viewOf(d, &DictKeysType), exactArgs("keys", args, kw, 0)
	})
	m("values", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		return viewOf(d, &DictValuesType), exactArgs("values", args, kw, 0)
	})
	m("items", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		return viewOf(d, &DictItemsType), exactArgs("items", args, kw, 0)
	})
	m("get", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("get", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		v, ok, err := d.GetItem(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return None, nil
		}
		return v, nil
	})
	m("setdefault", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("setdefault", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		v, ok, err := d.GetItem(t, args[0])
		if err != nil || ok {
			return v, err
		}
		def := None
		if len(args) == 2 {
			def = args[1]
		}
		return def, d.SetItem(t, args[0], def)
	})
	m("pop", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("pop", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		v, ok, err := d.Pop(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			if len(args) == 2 {
				return args[1], nil
			}
			return Value{}, newException(&KeyErrorType, args[0])
		}
		return v, nil
	})
	m("popitem", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		if err := exactArgs("popitem", args, kw, 0); err != nil {
			return Value{}, err
		}
		k, v, ok := d.popLast()
		if !ok {
			return Value{}, NewError(&KeyErrorType, "popitem(): dictionary is empty")
		}
		return NewTupleValue([]Value{k, v}), nil
	})
	m("update", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		pos := args[:len(args)-len(kw)]
		if len(pos) > 1 {
			return Value{}, NewError(&TypeErrorType, "update expected at most 1 argument, got %d", len(pos))
		}
		if len(pos) == 1 {
			if err := d.Update(t, pos[0]); err != nil {
				return Value{}, err
			}
		}
		for i, k := range kw {
			if err := d.SetItem(t, FromObject(&Intern(k).Object), args[len(pos)+i]); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	m("clear", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		d.Clear()
		return None, exactArgs("clear", args, kw, 0)
	})
	m("copy", func(t *Thread, d *Dict, args []Value, kw []string) (Value, error) {
		return FromObject(&d.Copy().Object), exactArgs("copy", args, kw, 0)
	})
	addClassMethod(tp, "fromkeys", func(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("fromkeys", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		val := None
		if len(args) == 2 {
			val = args[1]
		}
		dv, err := Call(t, cls, nil, nil)
		if err != nil {
			return Value{}, err
		}
		keys, err := iterateToSlice(t, args[0])
		if err != nil {
			return Value{}, err
		}
		for _, k := range keys {
			if err := SetItem(t, dv, k, val); err != nil {
				return Value{}, err
			}
		}
		return dv, nil
	})
}
