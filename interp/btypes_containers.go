package interp

// This file adds container methods pyjit lacked: the set *_update
// methods, dict's | and |= and reversed(dict), slice.indices,
// range.__reversed__, the iterators' __length_hint__,
// tuple.__getnewargs__ and super's attributes.

import (
	"math"

	"github.com/pyjit/pyjit/bytecode"
)

// Reverse dict iterators (reversed(d), reversed(d.keys()), ...).
var (
	DictRevKeyIterType   = Type{Name: "dict_reversekeyiterator"}
	DictRevValueIterType = Type{Name: "dict_reversevalueiterator"}
	DictRevItemIterType  = Type{Name: "dict_reverseitemiterator"}
)

// dictRevIter walks a dict's entries backwards; i is the next entry.
type dictRevIter struct {
	Object
	d    *Dict
	i    int
	used int
	kind *Type // the forward iterator type whose values it yields
}

func newDictRevIter(d *Dict, typ, kind *Type) Value {
	return FromObject(&(&dictRevIter{Object: Object{typ: typ}, d: d, i: len(d.entries) - 1, used: d.used, kind: kind}).Object)
}

func dictRevIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[dictRevIter](v.ref)
	if it.d == nil {
		return Value{}, nil
	}
	if it.d.used != it.used {
		it.d = nil
		return Value{}, NewError(&RuntimeErrorType, "dictionary changed size during iteration")
	}
	for it.i >= 0 && it.i < len(it.d.entries) && it.d.entries[it.i].key.IsNull() {
		it.i--
	}
	if it.i < 0 || it.i >= len(it.d.entries) {
		it.d = nil
		return Value{}, nil
	}
	e := it.d.entries[it.i]
	it.i--
	switch it.kind {
	case &DictValueIterType:
		return e.value, nil
	case &DictItemIterType:
		return NewTupleValue([]Value{e.key, e.value}), nil
	}
	return e.key, nil
}

func noArgMethodOf(tp *Type, name string, f func(t *Thread, self Value) (Value, error)) {
	addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 0); err != nil {
			return Value{}, err
		}
		return f(t, self)
	})
}

func setupContainerMethods() {
	// set.difference_update & co: the in-place operators, one argument
	// at a time (any iterable).
	for name, op := range map[string]bytecode.BinOp{"difference_update": bytecode.BinOpInplaceSubtract,
		"intersection_update": bytecode.BinOpInplaceAnd, "symmetric_difference_update": bytecode.BinOpInplaceXor} {
		name, f := name, setBinary(op)
		addMethod(&SetType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Value{}, NewError(&TypeErrorType, "set.%s() takes no keyword arguments", name)
			}
			if name == "symmetric_difference_update" {
				if err := exactArgs("set."+name, args, kw, 1); err != nil {
					return Value{}, err
				}
			}
			for _, a := range args {
				o, ok := asSet(a)
				if !ok || a.Is(self) {
					on := newSet(&SetType)
					if err := on.update(t, a); err != nil {
						return Value{}, err
					}
					o = on
				}
				if _, err := f(t, self, FromObject(&o.Object)); err != nil {
					return Value{}, err
				}
			}
			return None, nil
		})
	}

	// dict | dict, dict |= mapping-or-pairs (PEP 584).
	DictType.Slots.Number[bytecode.BinOpOr] = func(t *Thread, a, b Value) (Value, error) {
		da, ok1 := asDict(a)
		db, ok2 := asDict(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		r := NewDict()
		for _, src := range []*Dict{da, db} {
			var err error
			src.Range(func(k, v Value) bool {
				err = r.SetItem(t, k, v)
				return err == nil
			})
			if err != nil {
				return Value{}, err
			}
		}
		// Like PyDict_Copy, a plain dict even for subclasses.
		return FromObject(&r.Object), nil
	}
	DictType.Slots.Number[bytecode.BinOpInplaceOr] = func(t *Thread, a, b Value) (Value, error) {
		if _, ok := asDict(a); !ok {
			return NotImplemented, nil
		}
		if _, _, err := callMethod(t, a, "update", b); err != nil {
			return Value{}, err
		}
		return a, nil
	}
	for _, tp := range []*Type{&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType} {
		initBuiltinType(tp, "")
		tp.Slots = Slots{Iter: selfIter, Next: dictRevIterNext}
		noArgMethodOf(tp, "__length_hint__", func(t *Thread, self Value) (Value, error) {
			it := objectAs[dictRevIter](self.ref)
			if it.d == nil || it.d.used != it.used {
				return Int(0), nil
			}
			n := 0
			for i := 0; i <= it.i && i < len(it.d.entries); i++ {
				if !it.d.entries[i].key.IsNull() {
					n++
				}
			}
			return Int(int64(n)), nil
		})
	}
	noArgMethodOf(&DictType, "__reversed__", func(t *Thread, self Value) (Value, error) {
		return newDictRevIter(mustDict(self), &DictRevKeyIterType, &DictKeyIterType), nil
	})
	revOf := map[*Type][2]*Type{&DictKeysType: {&DictRevKeyIterType, &DictKeyIterType},
		&DictValuesType: {&DictRevValueIterType, &DictValueIterType}, &DictItemsType: {&DictRevItemIterType, &DictItemIterType}}
	for vt, rt := range revOf {
		rt := rt
		noArgMethodOf(vt, "__reversed__", func(t *Thread, self Value) (Value, error) {
			return newDictRevIter(objectAs[dictView](self.ref).d, rt[0], rt[1]), nil
		})
	}
	// keys and items views are set-like: dictview_setops.go.

	addMethod(&SliceType, "indices", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("indices", args, kw, 1); err != nil {
			return Value{}, err
		}
		nv, err := indexValue(t, args[0], "'%s' object cannot be interpreted as an integer")
		if err != nil {
			return Value{}, err
		}
		n, ok := smallInt(nv)
		if ok && n < 0 || !ok && toBig(nv).Sign() < 0 {
			return Value{}, NewError(&ValueErrorType, "length should not be negative")
		}
		if !ok || n > math.MaxInt32 {
			return Value{}, notImplemented("slice.indices() of a length above 2**31")
		}
		start, stop, step, _, err := objectAs[Slice](self.ref).indices(t, int(n))
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{Int(int64(start)), Int(int64(stop)), Int(int64(step))}), nil
	})

	noArgMethodOf(&RangeType, "__reversed__", func(t *Thread, self Value) (Value, error) {
		r := objectAs[Range](self.ref)
		if r.big != nil {
			return bigRangeIter(r, true), nil
		}
		last := r.start + (r.n-1)*r.step
		return FromObject(&(&rangeIter{Object: Object{typ: &RangeIterType}, next: last, step: -r.step, n: r.n}).Object), nil
	})

	hint := func(tp *Type, f func(self Value) int) {
		noArgMethodOf(tp, "__length_hint__", func(t *Thread, self Value) (Value, error) {
			return Int(int64(max(f(self), 0))), nil
		})
	}
	hint(&ListIterType, func(v Value) int {
		it := objectAs[seqIter](v.ref)
		if it.i < 0 { // exhausted
			return 0
		}
		return len(mustList(it.seq).items) - it.i
	})
	hint(&TupleIterType, func(v Value) int {
		it := objectAs[seqIter](v.ref)
		return len(mustTuple(it.seq).items) - it.i
	})
	hint(&ListRevIterType, func(v Value) int {
		it := objectAs[seqIter](v.ref)
		if it.i < 0 || it.i >= len(mustList(it.seq).items) {
			return 0
		}
		return it.i + 1
	})
	hint(&RangeIterType, func(v Value) int { return int(objectAs[rangeIter](v.ref).n) })
	hint(&StrIterType, func(v Value) int {
		it := objectAs[strIter](v.ref)
		return it.s.Len() - it.i
	})
	hint(&SetIterType, func(v Value) int {
		it := objectAs[setIter](v.ref)
		if it.s == nil || it.s.used != it.used {
			return 0
		}
		n := 0
		for i := it.i; i < len(it.s.table); i++ {
			if e := it.s.table[i]; !e.key.IsNull() && !e.dummy {
				n++
			}
		}
		return n
	})
	for _, tp := range []*Type{&DictKeyIterType, &DictValueIterType, &DictItemIterType} {
		hint(tp, func(v Value) int {
			it := objectAs[dictIter](v.ref)
			if it.done || it.d.used != it.used {
				return 0
			}
			n := 0
			for i := it.i; i < len(it.d.entries); i++ {
				if !it.d.entries[i].key.IsNull() {
					n++
				}
			}
			return n
		})
	}

	noArgMethodOf(&TupleType, "__getnewargs__", func(t *Thread, self Value) (Value, error) {
		return NewTupleValue([]Value{NewTupleValue(append([]Value(nil), mustTuple(self).items...))}), nil
	})

	sup := func(name string, f func(s *Super) Value) {
		addGetSet(&SuperType, name, func(t *Thread, v Value) (Value, error) {
			r := f(objectAs[Super](v.ref))
			if r.IsNull() {
				return None, nil
			}
			return r, nil
		}, nil)
	}
	sup("__thisclass__", func(s *Super) Value {
		if s.thisType == nil {
			return Value{}
		}
		return TypeValue(s.thisType)
	})
	sup("__self__", func(s *Super) Value { return s.obj })
	sup("__self_class__", func(s *Super) Value {
		if s.objType == nil {
			return Value{}
		}
		return TypeValue(s.objType)
	})
}
