package interp

// This file holds the type-guarded fast paths the evaluation loop tries
// before the generic operations: small helpers the loop calls with the
// operands, each answering ok=false when its guard fails so the generic
// path runs. They allocate nothing.

import (
	"math"
)

// newTuple2 makes a 2-tuple in one allocation (the tuple and its items).
func newTuple2(a, b Value) Value {
	t := &struct {
		Tuple
		arr [2]Value
	}{}
	t.typ = &TupleType
	t.arr = [2]Value{a, b}
	t.items = t.arr[:]
	return FromObject(&t.Object)
}

// fastSubscr is container[key] for list and tuple with an int index and
// exact dicts.
func fastSubscr(t *Thread, c, key Value) (Value, bool, error) {
	switch c.ref.typ {
	case &ListType:
		if key.ref == &IntTag {
			items := objectAs[List](c.ref).items
			i := int64(key.bits)
			if i < 0 {
				i += int64(len(items))
			}
			if i >= 0 && i < int64(len(items)) {
				return items[i], true, nil
			}
		}
	case &TupleType:
		if key.ref == &IntTag {
			items := objectAs[Tuple](c.ref).items
			i := int64(key.bits)
			if i < 0 {
				i += int64(len(items))
			}
			if i >= 0 && i < int64(len(items)) {
				return items[i], true, nil
			}
		}
	case &DictType:
		d := objectAs[Dict](c.ref)
		v, found, err := d.GetItem(t, key)
		if err != nil || found {
			return v, true, err
		}
	}
	return Value{}, false, nil
}

// fastStoreSubscr is list[int] = value.
func fastStoreSubscr(c, key, v Value) bool {
	if c.ref.typ == &ListType && key.ref == &IntTag {
		items := objectAs[List](c.ref).items
		i := int64(key.bits)
		if i < 0 {
			i += int64(len(items))
		}
		if i >= 0 && i < int64(len(items)) {
			items[i] = v
			return true
		}
	}
	return false
}

// forIterPair advances an enumerate or a two-iterable zip for FOR_ITER
// followed by UNPACK_SEQUENCE 2, returning the pair without building the
// tuple. handled is false for other iterators.
func forIterPair(t *Thread, it Value) (a, b Value, handled, done bool, err error) {
	switch it.ref.typ {
	case &EnumerateType:
		e := objectAs[enumerateIter](it.ref)
		if e.big != nil || e.count == math.MaxInt64 {
			return
		}
		x, err := Next(t, e.it)
		if err != nil || x.IsNull() {
			return Value{}, Value{}, true, x.IsNull(), err
		}
		i := e.count
		e.count++
		return Int(i), x, true, false, nil
	case &ZipType:
		z := objectAs[zipIter](it.ref)
		if len(z.its) != 2 || z.strict {
			return
		}
		if z.done {
			return Value{}, Value{}, true, true, nil
		}
		x, err := Next(t, z.its[0])
		if err != nil || x.IsNull() {
			z.done = x.IsNull() && err == nil
			return Value{}, Value{}, true, x.IsNull(), err
		}
		y, err := Next(t, z.its[1])
		if err != nil || y.IsNull() {
			z.done = y.IsNull() && err == nil
			return Value{}, Value{}, true, y.IsNull(), err
		}
		return x, y, true, false, nil
	}
	return
}

// seqIterNext advances list and tuple iterators without the generic
// Next dispatch.
func seqIterNext(it Value) (Value, bool) {
	switch it.ref.typ {
	case &ListIterType:
		si := objectAs[seqIter](it.ref)
		if si.i < 0 {
			return Value{}, true
		}
		items := objectAs[List](si.seq.ref).items
		if si.i >= len(items) {
			si.i = -1
			return Value{}, true
		}
		si.i++
		return items[si.i-1], true
	case &TupleIterType:
		si := objectAs[seqIter](it.ref)
		items := objectAs[Tuple](si.seq.ref).items
		if si.i >= len(items) {
			return Value{}, true
		}
		si.i++
		return items[si.i-1], true
	}
	return Value{}, false
}
