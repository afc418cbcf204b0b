package interp

// This file gives range its arbitrary-precision form. A range whose
// start, stop, step or length does not fit an int64 keeps its bounds as
// big.Ints (CPython's range always does; it just iterates with a C-long
// range_iterator when everything fits, and a longrange_iterator
// otherwise). The common small range never touches this code.

import (
	"math/big"

	"github.com/pyjit/pyjit/frontend/literal"
)

// LongRangeIterType iterates over a range with big bounds.
var LongRangeIterType = Type{Name: "longrange_iterator"}

// bigRange holds a range's bounds and length when one of them is big.
type bigRange struct {
	start, stop, step, n *big.Int
}

type longRangeIter struct {
	Object
	next, step, n *big.Int
}

var bigOne = big.NewInt(1)

// bigRangeLen is CPython's compute_range_length.
func bigRangeLen(start, stop, step *big.Int) *big.Int {
	lo, hi, st := start, stop, step
	if step.Sign() < 0 {
		lo, hi, st = stop, start, new(big.Int).Neg(step)
	}
	if lo.Cmp(hi) >= 0 {
		return new(big.Int)
	}
	d := new(big.Int).Sub(hi, lo)
	d.Sub(d, bigOne)
	d.Quo(d, st)
	return d.Add(d, bigOne)
}

// newRange builds the range object for the three bound values, choosing
// the int64 form whenever everything fits.
func newRange(start, stop, step Value) Value {
	a, ok1 := smallInt(start)
	b, ok2 := smallInt(stop)
	c, ok3 := smallInt(step)
	if ok1 && ok2 && ok3 {
		n := bigRangeLen(big.NewInt(a), big.NewInt(b), big.NewInt(c))
		if n.IsInt64() {
			r := &Range{Object: Object{typ: &RangeType}, start: a, stop: b, step: c, n: n.Int64()}
			return FromObject(&r.Object)
		}
	}
	br := &bigRange{start: toBig(start), stop: toBig(stop), step: toBig(step)}
	br.n = bigRangeLen(br.start, br.stop, br.step)
	return FromObject(&(&Range{Object: Object{typ: &RangeType}, big: br}).Object)
}

// bounds returns the range's start, stop, step and length as big.Ints
// (fresh ones for a small range; shared ones otherwise, not to be
// modified).
func (r *Range) bounds() (start, stop, step, n *big.Int) {
	if r.big != nil {
		return r.big.start, r.big.stop, r.big.step, r.big.n
	}
	return big.NewInt(r.start), big.NewInt(r.stop), big.NewInt(r.step), big.NewInt(r.n)
}

func bigRangeRepr(t *Thread, r *Range) (Value, error) {
	start, stop, step, _ := r.bounds()
	s := "range(" + literal.ReprInt(start) + ", " + literal.ReprInt(stop)
	if step.Cmp(bigOne) != 0 {
		s += ", " + literal.ReprInt(step)
	}
	return StrValue(s + ")"), nil
}

func bigRangeIter(r *Range, reverse bool) Value {
	start, _, step, n := r.bounds()
	it := &longRangeIter{Object: Object{typ: &LongRangeIterType}, next: new(big.Int).Set(start), step: step, n: new(big.Int).Set(n)}
	if reverse {
		// last = start + (n-1)*step, then walk backwards.
		last := new(big.Int).Sub(n, bigOne)
		last.Mul(last, step)
		it.next.Add(it.next, last)
		it.step = new(big.Int).Neg(step)
	}
	return FromObject(&it.Object)
}

func longRangeIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[longRangeIter](v.ref)
	if it.n.Sign() <= 0 {
		return Value{}, nil
	}
	x := bigValue(new(big.Int).Set(it.next))
	it.next.Add(it.next, it.step)
	it.n.Sub(it.n, bigOne)
	return x, nil
}

// bigRangeItem is r[i] for an int index of any size.
func bigRangeItem(r *Range, i *big.Int) (Value, error) {
	start, _, step, n := r.bounds()
	if i.Sign() < 0 {
		i = new(big.Int).Add(i, n)
	}
	if i.Sign() < 0 || i.Cmp(n) >= 0 {
		return Value{}, NewError(&IndexErrorType, "range object index out of range")
	}
	x := new(big.Int).Mul(i, step)
	return bigValue(x.Add(x, start)), nil
}

// bigSliceIndices is slice.indices(n) for a length of any size
// (CPython's _PySlice_GetLongIndices).
func bigSliceIndices(t *Thread, s *Slice, n *big.Int) (start, stop, step *big.Int, err error) {
	step = big.NewInt(1)
	if !s.Step.IsNone() && !s.Step.IsNull() {
		v, err := indexValue(t, s.Step, "slice indices must be integers or None or have an __index__ method")
		if err != nil {
			return nil, nil, nil, err
		}
		step = toBig(v)
		if step.Sign() == 0 {
			return nil, nil, nil, NewError(&ValueErrorType, "slice step cannot be zero")
		}
	}
	neg := step.Sign() < 0
	lower, upper := new(big.Int), new(big.Int).Set(n)
	if neg {
		lower.SetInt64(-1)
		upper.Sub(n, bigOne)
	}
	bound := func(v Value, def *big.Int) (*big.Int, error) {
		if v.IsNone() || v.IsNull() {
			return def, nil
		}
		iv, err := indexValue(t, v, "slice indices must be integers or None or have an __index__ method")
		if err != nil {
			return nil, err
		}
		x := new(big.Int).Set(toBig(iv))
		if x.Sign() < 0 {
			x.Add(x, n)
			if x.Cmp(lower) < 0 {
				x.Set(lower)
			}
		} else if x.Cmp(upper) > 0 {
			x.Set(upper)
		}
		return x, nil
	}
	defStart, defStop := lower, upper
	if neg {
		defStart, defStop = upper, lower
	}
	if start, err = bound(s.Start, defStart); err != nil {
		return nil, nil, nil, err
	}
	if stop, err = bound(s.Stop, defStop); err != nil {
		return nil, nil, nil, err
	}
	return start, stop, step, nil
}

// bigRangeSlice is r[s] computed with big ints (compute_slice).
func bigRangeSlice(t *Thread, r *Range, s *Slice) (Value, error) {
	start, _, step, n := r.bounds()
	i, j, k, err := bigSliceIndices(t, s, n)
	if err != nil {
		return Value{}, err
	}
	ns := new(big.Int).Mul(i, step)
	ns.Add(ns, start)
	ne := new(big.Int).Mul(j, step)
	ne.Add(ne, start)
	nst := new(big.Int).Mul(k, step)
	return newRange(bigValue(ns), bigValue(ne), bigValue(nst)), nil
}

// bigRangeIndex returns the position of int x in r, or -1 (as a nil
// result) when x is not in r.
func bigRangeIndex(r *Range, x *big.Int) *big.Int {
	start, stop, step, n := r.bounds()
	if n.Sign() == 0 {
		return nil
	}
	if step.Sign() > 0 && (x.Cmp(start) < 0 || x.Cmp(stop) >= 0) ||
		step.Sign() < 0 && (x.Cmp(start) > 0 || x.Cmp(stop) <= 0) {
		return nil
	}
	d := new(big.Int).Sub(x, start)
	q, m := new(big.Int).QuoRem(d, step, new(big.Int))
	if m.Sign() != 0 {
		return nil
	}
	return q
}

// rangeHash is CPython's range_hash: hash((len, start, step)) with
// start and step replaced by None when they do not matter.
func rangeHash(t *Thread, v Value) (int64, error) {
	r := objectAs[Range](v.ref)
	start, _, step, n := r.bounds()
	items := []Value{bigValue(n), None, None}
	if n.Sign() != 0 {
		items[1] = bigValue(start)
		if n.Cmp(bigOne) != 0 {
			items[2] = bigValue(step)
		}
	}
	return Hash(t, NewTupleValue(items))
}

func setupLongRangeIter() {
	initBuiltinType(&LongRangeIterType, "")
	LongRangeIterType.Slots = Slots{Iter: selfIter, Next: longRangeIterNext}
}

// isExactInt is PyLong_CheckExact(v) || PyBool_Check(v): the values
// range answers membership for arithmetically.
func isExactInt(v Value) bool {
	return v.ref == &IntTag || v.ref == &BoolTag || v.ref != nil && v.ref.typ == &IntType
}
