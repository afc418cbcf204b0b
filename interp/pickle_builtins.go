package interp

// This file gives the builtin containers and iterators the __reduce__ and
// __setstate__ methods CPython gives them, so that pickle and copy can
// take them apart: range and slice reduce to their bounds, set and
// frozenset to a list of their items, a sequence iterator to
// iter(seq) plus the position to resume at, an iterator over a hash table
// to iter(list of the items still to come), and map, filter, zip and
// enumerate to their arguments.

import (
	"math"
	"math/big"
)

// builtinValue is the builtin function or type called name.
func builtinValue(t *Thread, name string) (Value, error) {
	v, ok, err := t.in.Builtins.GetStr(t, internStatic(name))
	if err == nil && !ok {
		err = NewError(&AttributeErrorType, "module 'builtins' has no attribute '%s'", name)
	}
	return v, err
}

// reduceCall builds (builtins.name, args) or (builtins.name, args, state)
// when state is not null.
func reduceCall(t *Thread, name string, args []Value, state Value) (Value, error) {
	fn, err := builtinValue(t, name)
	if err != nil {
		return Value{}, err
	}
	items := []Value{fn, NewTupleValue(args)}
	if !state.IsNull() {
		items = append(items, state)
	}
	return NewTupleValue(items), nil
}

// stateIndex converts the argument of an iterator's __setstate__ to an
// index (CPython's PyLong_AsSsize_t).
func stateIndex(t *Thread, v Value) (int64, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

// clampState limits a restored position to [lo, hi].
func clampState(i, lo, hi int64) int {
	return int(max(lo, min(i, hi)))
}

// addReduce installs a no-argument __reduce__ on tp.
func addReduce(tp *Type, f func(t *Thread, self Value) (Value, error)) {
	addMethod(tp, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reduce__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return f(t, self)
	})
}

// addSetState installs a one-argument __setstate__ on tp.
func addSetState(tp *Type, f func(t *Thread, self, state Value) error) {
	addMethod(tp, "__setstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__setstate__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return None, f(t, self, args[0])
	})
}

// drainCopy lists what a copy of an iterator would still produce,
// leaving the iterator itself where it is.
func drainCopy(t *Thread, cp Value) (Value, error) {
	items, err := iterateToSlice(t, cp)
	if err != nil {
		return Value{}, err
	}
	return NewListValue(items), nil
}

func setupBuiltinPickle() {
	addReduce(&RangeType, func(t *Thread, self Value) (Value, error) {
		start, stop, step, _ := objectAs[Range](self.ref).bounds()
		return NewTupleValue([]Value{TypeValue(&RangeType), NewTupleValue([]Value{bigValue(start), bigValue(stop), bigValue(step)})}), nil
	})
	addReduce(&SliceType, func(t *Thread, self Value) (Value, error) {
		s := objectAs[Slice](self.ref)
		return NewTupleValue([]Value{TypeValue(&SliceType), NewTupleValue([]Value{s.Start, s.Stop, s.Step})}), nil
	})
	for _, tp := range []*Type{&SetType, &FrozenSetType} {
		addReduce(tp, func(t *Thread, self Value) (Value, error) {
			items, err := iterateToSlice(t, self)
			if err != nil {
				return Value{}, err
			}
			state, err := objectGetState(t, self, false)
			if err != nil {
				return Value{}, err
			}
			return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue([]Value{NewListValue(items)}), state}), nil
		})
	}
	setupCallIter()
	setupRangeIterPickle()
	setupSeqIterPickle()
	setupTableIterPickle()
	setupFunctionalIterPickle()
}

// The range iterators reduce to iter(range(next, next+n*step, step)) at
// index 0: the part of the range still to come.
func setupRangeIterPickle() {
	addReduce(&RangeIterType, func(t *Thread, self Value) (Value, error) {
		it := objectAs[rangeIter](self.ref)
		start, step := big.NewInt(it.next), big.NewInt(it.step)
		stop := new(big.Int).Mul(big.NewInt(it.n), step)
		stop.Add(stop, start)
		return reduceCall(t, "iter", []Value{newRange(Int(it.next), bigValue(stop), Int(it.step))}, Int(0))
	})
	addSetState(&RangeIterType, func(t *Thread, self, state Value) error {
		i, err := stateIndex(t, state)
		if err != nil {
			return err
		}
		it := objectAs[rangeIter](self.ref)
		k := int64(clampState(i, 0, it.n))
		it.next += k * it.step
		it.n -= k
		return nil
	})
	addReduce(&LongRangeIterType, func(t *Thread, self Value) (Value, error) {
		it := objectAs[longRangeIter](self.ref)
		stop := new(big.Int).Mul(it.n, it.step)
		stop.Add(stop, it.next)
		r := newRange(bigValue(new(big.Int).Set(it.next)), bigValue(stop), bigValue(new(big.Int).Set(it.step)))
		return reduceCall(t, "iter", []Value{r}, Int(0))
	})
	addSetState(&LongRangeIterType, func(t *Thread, self, state Value) error {
		iv, err := indexValue(t, state, "")
		if err != nil {
			return err
		}
		it := objectAs[longRangeIter](self.ref)
		k := toBig(iv)
		if k.Sign() < 0 {
			return nil
		}
		if k.Cmp(it.n) > 0 {
			k = it.n
		}
		adv := new(big.Int).Mul(k, it.step)
		it.next = new(big.Int).Add(it.next, adv)
		it.n = new(big.Int).Sub(it.n, k)
		return nil
	})
}

// rangeIterOverflows is CPython's test for iterating a range whose bounds
// fit in a C long with a longrange_iterator all the same: when
// start + len*step might overflow.
func rangeIterOverflows(r *Range) bool {
	if r.n == 0 {
		return false
	}
	if r.step > 0 {
		return r.stop > math.MaxInt64-(r.step-1)
	}
	return r.stop < math.MinInt64+(-1-r.step)
}

// The index-based iterators reduce to (iter, (seq,), index), or to iter
// of an empty sequence once exhausted, as CPython's do.
func setupSeqIterPickle() {
	type seqAccess struct {
		tp    *Type
		empty func() Value
		seq   func(v Value) (Value, int, int) // sequence, index, length
		set   func(v Value, i int)
	}
	seqOf := func(v Value) (Value, int, int) {
		it := objectAs[seqIter](v.ref)
		n := 0
		if l, ok := asList(it.seq); ok {
			n = len(l.items)
		} else if tu, ok := asTuple(it.seq); ok {
			n = len(tu.items)
		}
		return it.seq, it.i, n
	}
	setSeq := func(v Value, i int) { objectAs[seqIter](v.ref).i = i }
	bytesOf := func(v Value) (Value, int, int) {
		it := objectAs[bytesIter](v.ref)
		return it.seq, it.i, len(mustData(it.seq))
	}
	setBytes := func(v Value, i int) { objectAs[bytesIter](v.ref).i = i }
	for _, a := range []seqAccess{
		{&ListIterType, func() Value { return NewListValue(nil) }, seqOf, setSeq},
		{&TupleIterType, func() Value { return NewTupleValue(nil) }, seqOf, setSeq},
		{&BytesIterType, func() Value { return NewTupleValue(nil) }, bytesOf, setBytes},
		{&ByteArrayIterType, func() Value { return NewTupleValue(nil) }, bytesOf, setBytes},
		{&StrIterType, func() Value { return StrValue("") }, func(v Value) (Value, int, int) {
			it := objectAs[strIter](v.ref)
			return FromObject(&it.s.Object), it.i, it.s.Len()
		}, func(v Value, i int) { objectAs[strIter](v.ref).i = i }},
	} {
		addReduce(a.tp, func(t *Thread, self Value) (Value, error) {
			seq, i, n := a.seq(self)
			if i < 0 || i >= n {
				return reduceCall(t, "iter", []Value{a.empty()}, Value{})
			}
			return reduceCall(t, "iter", []Value{seq}, Int(int64(i)))
		})
		addSetState(a.tp, func(t *Thread, self, state Value) error {
			i, err := stateIndex(t, state)
			if err != nil {
				return err
			}
			if _, cur, n := a.seq(self); cur >= 0 {
				a.set(self, clampState(i, 0, int64(n)))
			}
			return nil
		})
	}
	addReduce(&ListRevIterType, func(t *Thread, self Value) (Value, error) {
		it := objectAs[seqIter](self.ref)
		if l := mustList(it.seq); it.i >= 0 && it.i < len(l.items) {
			return reduceCall(t, "reversed", []Value{it.seq}, Int(int64(it.i)))
		}
		return reduceCall(t, "iter", []Value{NewListValue(nil)}, Value{})
	})
	addSetState(&ListRevIterType, func(t *Thread, self, state Value) error {
		i, err := stateIndex(t, state)
		if err != nil {
			return err
		}
		it := objectAs[seqIter](self.ref)
		it.i = clampState(i, -1, int64(len(mustList(it.seq).items))-1)
		return nil
	})
	for _, tp := range []*Type{&SeqIterType, &ReversedType} {
		name := "iter"
		if tp == &ReversedType {
			name = "reversed"
		}
		addReduce(tp, func(t *Thread, self Value) (Value, error) {
			it := objectAs[seqGetItemIter](self.ref)
			if it.seq.IsNull() || it.i < 0 {
				return reduceCall(t, "iter", []Value{NewTupleValue(nil)}, Value{})
			}
			return reduceCall(t, name, []Value{it.seq}, Int(int64(it.i)))
		})
		addSetState(tp, func(t *Thread, self, state Value) error {
			i, err := stateIndex(t, state)
			if err != nil {
				return err
			}
			it := objectAs[seqGetItemIter](self.ref)
			if it.seq.IsNull() {
				return nil
			}
			if it.step < 0 {
				n, err := Len(t, it.seq)
				if err != nil {
					return err
				}
				it.i = clampState(i, -1, int64(n)-1)
				return nil
			}
			it.i = int(max(i, 0))
			return nil
		})
	}
}

// Iterators over hash tables reduce to iter(list of what is left), taken
// from a copy so the original is not advanced.
func setupTableIterPickle() {
	addReduce(&SetIterType, func(t *Thread, self Value) (Value, error) {
		cp := *objectAs[setIter](self.ref)
		l, err := drainCopy(t, FromObject(&cp.Object))
		if err != nil {
			return Value{}, err
		}
		return reduceCall(t, "iter", []Value{l}, Value{})
	})
	for _, tp := range []*Type{&DictKeyIterType, &DictValueIterType, &DictItemIterType} {
		addReduce(tp, func(t *Thread, self Value) (Value, error) {
			cp := *objectAs[dictIter](self.ref)
			l, err := drainCopy(t, FromObject(&cp.Object))
			if err != nil {
				return Value{}, err
			}
			return reduceCall(t, "iter", []Value{l}, Value{})
		})
	}
	for _, tp := range []*Type{&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType} {
		addReduce(tp, func(t *Thread, self Value) (Value, error) {
			cp := *objectAs[dictRevIter](self.ref)
			l, err := drainCopy(t, FromObject(&cp.Object))
			if err != nil {
				return Value{}, err
			}
			return reduceCall(t, "iter", []Value{l}, Value{})
		})
	}
}

// map, filter, zip and enumerate reduce to their constructor call on the
// underlying iterators, which pickle takes apart in turn.
func setupFunctionalIterPickle() {
	addReduce(&MapType, func(t *Thread, self Value) (Value, error) {
		m := objectAs[mapIter](self.ref)
		return NewTupleValue([]Value{TypeValue(&MapType), NewTupleValue(append([]Value{m.fn}, m.its...))}), nil
	})
	addReduce(&FilterType, func(t *Thread, self Value) (Value, error) {
		f := objectAs[filterIter](self.ref)
		return NewTupleValue([]Value{TypeValue(&FilterType), NewTupleValue([]Value{f.fn, f.it})}), nil
	})
	addReduce(&ZipType, func(t *Thread, self Value) (Value, error) {
		z := objectAs[zipIter](self.ref)
		its := z.its
		if z.done {
			its = nil
		}
		r := []Value{TypeValue(&ZipType), NewTupleValue(append([]Value(nil), its...))}
		if z.strict {
			r = append(r, True)
		}
		return NewTupleValue(r), nil
	})
	addSetState(&ZipType, func(t *Thread, self, state Value) error {
		b, err := Truth(t, state)
		objectAs[zipIter](self.ref).strict = b
		return err
	})
	addReduce(&EnumerateType, func(t *Thread, self Value) (Value, error) {
		e := objectAs[enumerateIter](self.ref)
		n := Int(e.count)
		if e.big != nil {
			n = bigValue(new(big.Int).Set(e.big))
		}
		return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue([]Value{e.it, n})}), nil
	})
}
