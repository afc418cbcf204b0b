package interp

// This file implements _collections.OrderedDict (CPython's
// Objects/odictobject.c). pyjit's dict already keeps insertion order, so
// an OrderedDict is a dict with order-sensitive equality, move_to_end,
// popitem(last=...), its own views and iterators (which fail once the
// keys changed, detected through the dict's keys version), an instance
// __dict__ and MutableMapping-style update.

import (
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

var (
	odictType       = Type{Name: "OrderedDict"}
	odictKeysType   = Type{Name: "odict_keys"}
	odictValuesType = Type{Name: "odict_values"}
	odictItemsType  = Type{Name: "odict_items"}
	// odictIterType is every OrderedDict iterator's type, as in CPython.
	odictIterType = Type{Name: "odict_iterator"}
)

// odictIter walks an OrderedDict's entries forwards or backwards.
type odictIter struct {
	Object
	d        *Dict
	pos      int // next entry index to look at
	reverse  bool
	kind     int // 0 keys, 1 values, 2 items
	keysVer  uint64
	size     int
	finished bool
}

func odictNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	d := NewDict()
	d.typ = typ
	return FromObject(&d.Object), nil
}

func odictInit(t *Thread, self Value, args []Value, kwnames []string) error {
	return mutableMappingUpdate(t, self, args, kwnames)
}

// mutableMappingUpdate is CPython's mutablemapping_update: update(self,
// [other], **kw) through self's __setitem__.
func mutableMappingUpdate(t *Thread, self Value, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if npos > 1 {
		return NewError(&TypeErrorType, "expected at most 1 arguments, got %d", npos)
	}
	if npos == 1 {
		if err := mutableMappingUpdateArg(t, self, args[0]); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		if err := SetItem(t, self, FromObject(&Intern(k).Object), args[npos+i]); err != nil {
			return err
		}
	}
	return nil
}

func mutableMappingUpdateArg(t *Thread, self, arg Value) error {
	if src, ok := asDict(arg); ok && arg.Type() == &DictType {
		for _, e := range append([]dictEntry(nil), src.entries...) {
			if !e.key.IsNull() {
				if err := SetItem(t, self, e.key, e.value); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if keys, ok, err := optAttr(t, arg, "keys"); err != nil {
		return err
	} else if ok {
		ks, err := Call(t, keys, nil, nil)
		if err != nil {
			return err
		}
		it, err := Iter(t, ks)
		if err != nil {
			return err
		}
		for {
			k, err := Next(t, it)
			if err != nil {
				return err
			}
			if k.IsNull() {
				return nil
			}
			v, err := GetItem(t, arg, k)
			if err != nil {
				return err
			}
			if err := SetItem(t, self, k, v); err != nil {
				return err
			}
		}
	}
	pairs := arg
	if items, ok, err := optAttr(t, arg, "items"); err != nil {
		return err
	} else if ok {
		if pairs, err = Call(t, items, nil, nil); err != nil {
			return err
		}
	}
	it, err := Iter(t, pairs)
	if err != nil {
		return err
	}
	for {
		pair, err := Next(t, it)
		if err != nil {
			return err
		}
		if pair.IsNull() {
			return nil
		}
		pit, err := Iter(t, pair)
		if err != nil {
			return err
		}
		k, err := Next(t, pit)
		if err != nil {
			return err
		}
		if k.IsNull() {
			return NewError(&ValueErrorType, "need more than 0 values to unpack")
		}
		v, err := Next(t, pit)
		if err != nil {
			return err
		}
		if v.IsNull() {
			return NewError(&ValueErrorType, "need more than 1 value to unpack")
		}
		extra, err := Next(t, pit)
		if err != nil {
			return err
		}
		if !extra.IsNull() {
			return NewError(&ValueErrorType, "too many values to unpack (expected 2)")
		}
		if err := SetItem(t, self, k, v); err != nil {
			return err
		}
	}
}

func newODictIter(d *Dict, typ *Type, kind int, reverse bool) Value {
	it := &odictIter{Object: Object{typ: typ}, d: d, kind: kind, reverse: reverse, keysVer: d.keysVersion, size: d.used}
	if reverse {
		it.pos = len(d.entries) - 1
	}
	return FromObject(&it.Object)
}

func odictIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[odictIter](v.ref)
	if it.finished {
		return Value{}, nil
	}
	d := it.d
	if d.keysVersion != it.keysVer {
		it.finished = true
		return Value{}, NewError(&RuntimeErrorType, "OrderedDict mutated during iteration")
	}
	if d.used != it.size {
		it.finished = true
		return Value{}, NewError(&RuntimeErrorType, "OrderedDict changed size during iteration")
	}
	for it.pos >= 0 && it.pos < len(d.entries) {
		e := d.entries[it.pos]
		if it.reverse {
			it.pos--
		} else {
			it.pos++
		}
		if e.key.IsNull() {
			continue
		}
		switch it.kind {
		case 1:
			return e.value, nil
		case 2:
			return NewTupleValue([]Value{e.key, e.value}), nil
		}
		return e.key, nil
	}
	it.finished = true
	return Value{}, nil
}

func odictIterate(t *Thread, v Value) (Value, error) {
	return newODictIter(mustDict(v), &odictIterType, 0, false), nil
}

func odictRepr(t *Thread, v Value) (Value, error) {
	d := mustDict(v)
	name := v.Type().Name
	if d.used == 0 {
		return StrValue(name + "()"), nil
	}
	if t.reprEnter(v) {
		return StrValue("..."), nil
	}
	defer t.reprLeave(v)
	var b strings.Builder
	b.WriteString(name + "([")
	first := true
	for i := 0; i < len(d.entries); i++ {
		e := d.entries[i]
		if e.key.IsNull() {
			continue
		}
		s, err := ReprString(t, NewTupleValue([]Value{e.key, e.value}))
		if err != nil {
			return Value{}, err
		}
		if !first {
			b.WriteString(", ")
		}
		first = false
		b.WriteString(s)
	}
	b.WriteString("])")
	return StrValue(b.String()), nil
}

// odictCompare is OrderedDict's ==: order matters between two
// OrderedDicts.
func odictCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	r, err := dictCompare(t, a, b, op)
	if err != nil || r.IsNotImplemented() || !a.Type().IsSubtype(&odictType) || !b.Type().IsSubtype(&odictType) {
		return r, err
	}
	eq := r.AsBool() == (op == bytecode.CmpEQ)
	if !eq {
		return r, nil
	}
	ka, kb := mustDict(a).Keys(), mustDict(b).Keys()
	for i := range ka {
		same, err := richEq(t, ka[i], kb[i])
		if err != nil {
			return Value{}, err
		}
		if !same {
			return Bool(op == bytecode.CmpNE), nil
		}
	}
	return Bool(op == bytecode.CmpEQ), nil
}

// odictOr is OrderedDict.__or__ / __ror__: type(od)(left) updated with
// right.
func odictOr(t *Thread, a, b Value) (Value, error) {
	self, other := a, b
	if !a.Type().IsSubtype(&odictType) {
		self, other = b, a
	}
	if _, ok := asDict(other); !ok {
		return NotImplemented, nil
	}
	r, err := Call(t, TypeValue(self.Type()), []Value{a}, nil)
	if err != nil {
		return Value{}, err
	}
	return r, mutableMappingUpdateArg(t, r, b)
}

// moveToEnd moves an existing entry to the end (or the front).
func odictMoveToEnd(t *Thread, d *Dict, key Value, last bool) error {
	v, ok, err := d.Pop(t, key)
	if err != nil {
		return err
	}
	if !ok {
		return newException(&KeyErrorType, key)
	}
	if last {
		return d.SetItem(t, key, v)
	}
	rest := make([]dictEntry, 0, d.used)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			rest = append(rest, e)
		}
	}
	d.Clear()
	if err := d.SetItem(t, key, v); err != nil {
		return err
	}
	for _, e := range rest {
		if err := d.setWithHash(t, e.key, e.hash, e.value); err != nil {
			return err
		}
	}
	return nil
}

func setupODictType() {
	tp := &odictType
	tp.Base = &DictType
	initBuiltinType(tp, "Dictionary that remembers insertion order", &DictType)
	tp.Module = "collections"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{New: odictNew, Init: odictInit, Iter: odictIterate, Repr: odictRepr, RichCompare: odictCompare}
	tp.Slots.Number[bytecode.BinOpOr] = odictOr
	m := func(name string, f BuiltinFn) { addMethod(tp, name, f) }
	m("__reversed__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reversed__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return newODictIter(mustDict(self), &odictIterType, 0, true), nil
	})
	for i, vt := range []*Type{&odictKeysType, &odictValuesType, &odictItemsType} {
		name, vt := []string{"keys", "values", "items"}[i], vt
		m(name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return viewOf(mustDict(self), vt), nil
		})
	}
	m("move_to_end", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		spec := clinicSpec{fname: "move_to_end", names: []string{"key", "last"}, required: 1, kwOnly: 2}
		vals, err := spec.parse(args, kw)
		if err != nil {
			return Value{}, err
		}
		last := true
		if !vals[1].IsNull() {
			if last, err = Truth(t, vals[1]); err != nil {
				return Value{}, err
			}
		}
		return None, odictMoveToEnd(t, mustDict(self), vals[0], last)
	})
	m("popitem", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		spec := clinicSpec{fname: "popitem", names: []string{"last"}, required: 0, kwOnly: 1}
		vals, err := spec.parse(args, kw)
		if err != nil {
			return Value{}, err
		}
		last := true
		if !vals[0].IsNull() {
			if last, err = Truth(t, vals[0]); err != nil {
				return Value{}, err
			}
		}
		d := mustDict(self)
		if d.used == 0 {
			return Value{}, NewError(&KeyErrorType, "dictionary is empty")
		}
		keys := d.Keys()
		k := keys[len(keys)-1]
		if !last {
			k = keys[0]
		}
		v, _, err := d.Pop(t, k)
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{k, v}), nil
	})
	// pop, setdefault and fromkeys take keywords, unlike dict's.
	m("pop", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		spec := clinicSpec{fname: "pop", names: []string{"key", "default"}, required: 1, kwOnly: 2}
		vals, err := spec.parse(args, kw)
		if err != nil {
			return Value{}, err
		}
		v, ok, err := mustDict(self).Pop(t, vals[0])
		if err != nil || ok {
			return v, err
		}
		if !vals[1].IsNull() {
			return vals[1], nil
		}
		return Value{}, newException(&KeyErrorType, vals[0])
	})
	m("setdefault", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		spec := clinicSpec{fname: "setdefault", names: []string{"key", "default"}, required: 1, kwOnly: 2}
		vals, err := spec.parse(args, kw)
		if err != nil {
			return Value{}, err
		}
		v, ok, err := mustDict(self).GetItem(t, vals[0])
		if err != nil || ok {
			return v, err
		}
		def := vals[1]
		if def.IsNull() {
			def = None
		}
		return def, SetItem(t, self, vals[0], def)
	})
	addClassMethod(tp, "fromkeys", func(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
		spec := clinicSpec{fname: "fromkeys", names: []string{"iterable", "value"}, required: 1, kwOnly: 2}
		vals, err := spec.parse(args, kw)
		if err != nil {
			return Value{}, err
		}
		val := vals[1]
		if val.IsNull() {
			val = None
		}
		r, err := Call(t, cls, nil, nil)
		if err != nil {
			return Value{}, err
		}
		keys, err := iterateToSlice(t, vals[0])
		if err != nil {
			return Value{}, err
		}
		for _, k := range keys {
			if err := SetItem(t, r, k, val); err != nil {
				return Value{}, err
			}
		}
		return r, nil
	})
	m("update", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, mutableMappingUpdate(t, self, args, kw)
	})
	m("copy", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		r, err := Call(t, TypeValue(self.Type()), nil, nil)
		if err != nil {
			return Value{}, err
		}
		d := mustDict(self)
		for _, e := range append([]dictEntry(nil), d.entries...) {
			if !e.key.IsNull() {
				if err := SetItem(t, r, e.key, e.value); err != nil {
					return Value{}, err
				}
			}
		}
		return r, nil
	})
	m("__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reduce__", args, kw, 0); err != nil {
			return Value{}, err
		}
		state := None
		if a := attrsOf(self); a != nil && a.Dict().Len() > 0 {
			state = FromObject(&a.Dict().Object)
		}
		it := newODictIter(mustDict(self), &odictIterType, 2, false)
		return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue(nil), state, None, it}), nil
	})
	m("__sizeof__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return Int(int64(104 + 24*len(mustDict(self).entries))), nil
	})
	addGetSetDict(tp)
	tp.Dict.setStrNoErr(Intern("__hash__"), None)
	addSlotWrappers(tp)
	inheritSlots(tp)

	views := []*Type{&odictKeysType, &odictValuesType, &odictItemsType}
	bases := []*Type{&DictKeysType, &DictValuesType, &DictItemsType}
	it := &odictIterType
	for i, vt := range views {
		kind, base := i, bases[i]
		vt.Base = vt
		initBuiltinType(vt, "", bases[i])
		vt.Slots = Slots{
			// dict's view slots dispatch on the exact view type.
			Contains: func(t *Thread, v, item Value) (bool, error) {
				return viewContains(t, viewOf(objectAs[dictView](v.ref).d, base), item)
			},
			Iter: func(t *Thread, v Value) (Value, error) {
				return newODictIter(objectAs[dictView](v.ref).d, it, kind, false), nil
			},
			Repr: func(t *Thread, v Value) (Value, error) {
				if t.reprEnter(v) {
					return StrValue("..."), nil
				}
				defer t.reprLeave(v)
				items, err := iterateToSlice(t, newODictIter(objectAs[dictView](v.ref).d, it, kind, false))
				if err != nil {
					return Value{}, err
				}
				s, err := joinReprs(t, items)
				if err != nil {
					return Value{}, err
				}
				return StrValue(v.Type().Name + "([" + s + "])"), nil
			},
		}
		addMethod(vt, "__reversed__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__reversed__", args, kw, 0); err != nil {
				return Value{}, err
			}
			return newODictIter(objectAs[dictView](self.ref).d, it, kind, true), nil
		})
		addSlotWrappers(vt)
		inheritSlots(vt)
	}
	initBuiltinType(it, "")
	it.Slots = Slots{Iter: selfIter, Next: odictIterNext}
	addMethod(it, "__length_hint__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		oi := objectAs[odictIter](self.ref)
		if oi.finished {
			return Int(0), nil
		}
		return Int(int64(oi.d.used)), nil
	})
	addSlotWrappers(it)
	inheritSlots(it)
}
