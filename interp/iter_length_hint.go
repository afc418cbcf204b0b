package interp

// This file gives the builtin containers' iterators their
// __length_hint__ (what operator.length_hint and list() sizing consult),
// as CPython's list_iterator, tuple_iterator, range_iterator,
// str_ascii_iterator and dict iterators have.

func setupIterLengthHints() {
	hint := func(tp *Type, n func(v Value) int) {
		addMethod(tp, "__length_hint__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__length_hint__", args, kw, 0); err != nil {
				return Value{}, err
			}
			return Int(int64(max(n(self), 0))), nil
		})
	}
	hint(&ListIterType, func(v Value) int {
		it := objectAs[seqIter](v.ref)
		if it.i < 0 {
			return 0
		}
		return len(mustList(it.seq).items) - it.i
	})
	hint(&ListRevIterType, func(v Value) int {
		it := objectAs[seqIter](v.ref)
		if it.i < 0 || it.i >= len(mustList(it.seq).items) {
			return 0
		}
		return it.i + 1
	})
	hint(&TupleIterType, func(v Value) int {
		it := objectAs[seqIter](v.ref)
		return len(mustTuple(it.seq).items) - it.i
	})
	hint(&StrIterType, func(v Value) int {
		it := objectAs[strIter](v.ref)
		return it.s.Len() - it.i
	})
	hint(&RangeIterType, func(v Value) int { return int(objectAs[rangeIter](v.ref).n) })
	for _, tp := range []*Type{&DictKeyIterType, &DictValueIterType, &DictItemIterType} {
		hint(tp, func(v Value) int {
			it := objectAs[dictIter](v.ref)
			if it.done || it.d.used != it.used {
				return 0
			}
			n := 0
			for _, e := range it.d.entries[min(it.i, len(it.d.entries)):] {
				if !e.key.IsNull() {
					n++
				}
			}
			return n
		})
	}
}
