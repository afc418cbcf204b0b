package interp

// This file implements reversed() of dicts and their views (dict
// ordering made them reversible in 3.8): the reverse iterators, which
// like the forward ones fail once the dict changed size.

var (
	dictRevKeyIterType   = Type{Name: "dict_reversekeyiterator"}
	dictRevValueIterType = Type{Name: "dict_reversevalueiterator"}
	dictRevItemIterType  = Type{Name: "dict_reverseitemiterator"}
)

// dictRevIter walks a dict's entries from the end.
type dictRevIter struct {
	Object
	d    *Dict
	pos  int
	used int
	left int
}

func newDictRevIter(d *Dict, typ *Type) Value {
	return FromObject(&(&dictRevIter{Object: Object{typ: typ}, d: d, pos: len(d.entries) - 1, used: d.used, left: d.used}).Object)
}

func dictRevIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[dictRevIter](v.ref)
	if it.left <= 0 {
		return Value{}, nil
	}
	if it.d.used != it.used {
		it.left = 0
		return Value{}, NewError(&RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.pos >= 0 && it.pos < len(it.d.entries) {
		e := it.d.entries[it.pos]
		it.pos--
		if e.key.IsNull() {
			continue
		}
		it.left--
		switch it.typ {
		case &dictRevValueIterType:
			return e.value, nil
		case &dictRevItemIterType:
			return NewTupleValue([]Value{e.key, e.value}), nil
		}
		return e.key, nil
	}
	it.left = 0
	return Value{}, nil
}

func setupDictReversed() {
	for _, it := range []*Type{&dictRevKeyIterType, &dictRevValueIterType, &dictRevItemIterType} {
		initBuiltinType(it, "")
		it.Slots = Slots{Iter: selfIter, Next: dictRevIterNext}
		addMethod(it, "__length_hint__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__length_hint__", args, kw, 0); err != nil {
				return Value{}, err
			}
			return Int(int64(max(objectAs[dictRevIter](self.ref).left, 0))), nil
		})
		addSlotWrappers(it)
		inheritSlots(it)
	}
	rev := func(tp *Type, iter *Type, dictOf func(v Value) *Dict) {
		addMethod(tp, "__reversed__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__reversed__", args, kw, 0); err != nil {
				return Value{}, err
			}
			return newDictRevIter(dictOf(self), iter), nil
		})
	}
	viewDict := func(v Value) *Dict { return objectAs[dictView](v.ref).d }
	rev(&DictType, &dictRevKeyIterType, mustDict)
	rev(&DictKeysType, &dictRevKeyIterType, viewDict)
	rev(&DictValuesType, &dictRevValueIterType, viewDict)
	rev(&DictItemsType, &dictRevItemIterType, viewDict)
}
