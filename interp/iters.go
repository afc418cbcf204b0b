package interp

// This file implements range and the builtin iterator types: enumerate,
// zip, map, filter, reversed and the __getitem__-based sequence iterator.

import (
	"math"
	"math/big"

	"github.com/pyjit/pyjit/bytecode"
)

// Range and iterator types.
var (
	RangeType     = Type{Name: "range"}
	RangeIterType = Type{Name: "range_iterator"}
	EnumerateType = Type{Name: "enumerate"}
	ZipType       = Type{Name: "zip"}
	MapType       = Type{Name: "map"}
	FilterType    = Type{Name: "filter"}
	ReversedType  = Type{Name: "reversed"}
	SeqIterType   = Type{Name: "iterator"}
)

// Range is a range object. The int64 fields hold it when its bounds and
// length fit; otherwise big holds them (range_big.go).
type Range struct {
	Object
	start, stop, step, n int64
	big                  *bigRange
}

type rangeIter struct {
	Object
	next, step, n int64
}

func rangeNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "range() takes no keyword arguments")
	}
	switch len(args) {
	case 0:
		return Value{}, NewError(&TypeErrorType, "range expected at least 1 argument, got 0")
	case 1, 2, 3:
	default:
		return Value{}, NewError(&TypeErrorType, "range expected at most 3 arguments, got %d", len(args))
	}
	var b [3]Value
	for i, a := range args {
		iv, err := indexValue(t, a, "")
		if err != nil {
			return Value{}, err
		}
		b[i] = iv
	}
	switch len(args) {
	case 1:
		return newRange(Int(0), b[0], Int(1)), nil
	case 2:
		return newRange(b[0], b[1], Int(1)), nil
	}
	if s, ok := smallInt(b[2]); ok && s == 0 {
		return Value{}, NewError(&ValueErrorType, "range() arg 3 must not be zero")
	}
	return newRange(b[0], b[1], b[2]), nil
}

func rangeRepr(t *Thread, v Value) (Value, error) {
	r := objectAs[Range](v.ref)
	if r.big != nil {
		return bigRangeRepr(t, r)
	}
	if r.step == 1 {
		return StrValue("range(" + formatInt(r.start) + ", " + formatInt(r.stop) + ")"), nil
	}
	return StrValue("range(" + formatInt(r.start) + ", " + formatInt(r.stop) + ", " + formatInt(r.step) + ")"), nil
}

func rangeIterate(t *Thread, v Value) (Value, error) {
	r := objectAs[Range](v.ref)
	if r.big != nil || rangeIterOverflows(r) {
		return bigRangeIter(r, false), nil
	}
	return FromObject(&(&rangeIter{Object: Object{typ: &RangeIterType}, next: r.start, step: r.step, n: r.n}).Object), nil
}

func rangeIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[rangeIter](v.ref)
	if it.n <= 0 {
		return Value{}, nil
	}
	x := it.next
	it.next += it.step
	it.n--
	return Int(x), nil
}

func rangeGetItem(t *Thread, v, key Value) (Value, error) {
	r := objectAs[Range](v.ref)
	if sl, ok := asSlice(key); ok {
		// compute_slice: the bounds come from slice.indices unclamped
		// (range(10)[7:2] is range(7, 2)), in big ints so no bound
		// overflows.
		return bigRangeSlice(t, r, sl)
	}
	if r.big != nil || !key.IsInt() {
		iv, err := indexValue(t, key, "range indices must be integers or slices, not %s")
		if err != nil {
			return Value{}, err
		}
		return bigRangeItem(r, toBig(iv))
	}
	i := int(key.AsInt())
	if i < 0 {
		i += int(r.n)
	}
	if i < 0 || int64(i) >= r.n {
		return Value{}, NewError(&IndexErrorType, "range object index out of range")
	}
	return Int(r.start + int64(i)*r.step), nil
}

func rangeContains(t *Thread, v, item Value) (bool, error) {
	r := objectAs[Range](v.ref)
	if isExactInt(item) && (r.big != nil || !item.IsInt()) {
		return bigRangeIndex(r, toBig(item)) != nil, nil
	}
	if x, ok := smallInt(item); ok && (item.IsInt() || item.IsBool()) {
		if r.n == 0 {
			return false, nil
		}
		if r.step > 0 && (x < r.start || x >= r.stop) || r.step < 0 && (x > r.start || x <= r.stop) {
			return false, nil
		}
		return (x-r.start)%r.step == 0, nil
	}
	it, _ := rangeIterate(t, v)
	for {
		x, _ := rangeIterNext(t, it)
		if x.IsNull() {
			return false, nil
		}
		eq, err := Equal(t, x, item)
		if err != nil || eq {
			return eq, err
		}
	}
}

func rangeCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if b.Type() != &RangeType || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return NotImplemented, nil
	}
	xs, _, xst, xn := objectAs[Range](a.ref).bounds()
	ys, _, yst, yn := objectAs[Range](b.ref).bounds()
	eq := xn.Cmp(yn) == 0 && (xn.Sign() == 0 || xs.Cmp(ys) == 0 && (xn.Cmp(bigOne) == 0 || xst.Cmp(yst) == 0))
	return Bool(eq == (op == bytecode.CmpEQ)), nil
}

// enumerateIter is an enumerate object.
type enumerateIter struct {
	Object
	it    Value
	count int64
	big   *big.Int
}

func enumerateNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	var iterable, start Value
	pos := args[:len(args)-len(kwnames)]
	if len(pos) > 2 {
		return Value{}, NewError(&TypeErrorType, "enumerate() takes at most 2 arguments (%d given)", len(args))
	}
	if len(pos) > 0 {
		iterable = pos[0]
	}
	if len(pos) > 1 {
		start = pos[1]
	}
	for i, k := range kwnames {
		switch k {
		case "iterable":
			iterable = args[len(pos)+i]
		case "start":
			start = args[len(pos)+i]
		default:
			return Value{}, NewError(&TypeErrorType, "enumerate() got an unexpected keyword argument '%s'", k)
		}
	}
	if iterable.IsNull() {
		return Value{}, NewError(&TypeErrorType, "enumerate() missing required argument 'iterable' (pos 1)")
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return Value{}, err
	}
	e := &enumerateIter{Object: Object{typ: &EnumerateType}, it: it}
	if !start.IsNull() {
		if !isIntLike(start) {
			iv, err := indexValue(t, start, "'%s' object cannot be interpreted as an integer")
			if err != nil {
				return Value{}, err
			}
			start = iv
		}
		if n, ok := smallInt(start); ok {
			e.count = n
		} else {
			e.big = new(big.Int).Set(toBig(start))
		}
	}
	return FromObject(&e.Object), nil
}

func enumerateNext(t *Thread, v Value) (Value, error) {
	e := objectAs[enumerateIter](v.ref)
	x, err := Next(t, e.it)
	if err != nil || x.IsNull() {
		return Value{}, err
	}
	if e.big == nil && e.count == math.MaxInt64 {
		e.big = big.NewInt(e.count)
	}
	if e.big != nil {
		// Past int64: count in a big.Int, as CPython's en_longindex.
		i := bigValue(new(big.Int).Set(e.big))
		e.big.Add(e.big, bigOne)
		return newTuple2(i, x), nil
	}
	i := e.count
	e.count++
	return newTuple2(Int(i), x), nil
}

type zipIter struct {
	Object
	its    []Value
	strict bool
	done   bool
}

func zipNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	z := &zipIter{Object: Object{typ: &ZipType}}
	for i, k := range kwnames {
		if k != "strict" {
			return Value{}, NewError(&TypeErrorType, "zip() got an unexpected keyword argument '%s'", k)
		}
		b, err := Truth(t, args[len(pos)+i])
		if err != nil {
			return Value{}, err
		}
		z.strict = b
	}
	for i, a := range pos {
		it, err := Iter(t, a)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == &TypeErrorType && a.Type().Slots.Iter == nil {
				return Value{}, NewError(&TypeErrorType, "zip argument #%d must support iteration", i+1)
			}
			return Value{}, err
		}
		z.its = append(z.its, it)
	}
	return FromObject(&z.Object), nil
}

func zipNext(t *Thread, v Value) (Value, error) {
	z := objectAs[zipIter](v.ref)
	if z.done || len(z.its) == 0 {
		return Value{}, nil
	}
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		x, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			z.done = true
			if z.strict {
				if i > 0 {
					plural := ""
					if i > 1 {
						plural = "s 1-"
						return Value{}, NewError(&ValueErrorType, "zip() argument %d is shorter than arguments 1-%d", i+1, i)
					}
					_ = plural
					return Value{}, NewError(&ValueErrorType, "zip() argument %d is shorter than argument 1", i+1)
				}
				for j := 1; j < len(z.its); j++ {
					y, err := Next(t, z.its[j])
					if err != nil {
						return Value{}, err
					}
					if !y.IsNull() {
						if j > 1 {
							return Value{}, NewError(&ValueErrorType, "zip() argument %d is longer than arguments 1-%d", j+1, j)
						}
						return Value{}, NewError(&ValueErrorType, "zip() argument %d is longer than argument 1", j+1)
					}
				}
			}
			return Value{}, nil
		}
		items[i] = x
	}
	return NewTupleValue(items), nil
}

type mapIter struct {
	Object
	fn  Value
	its []Value
}

func mapNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "map() takes no keyword arguments")
	}
	if len(args) < 2 {
		return Value{}, NewError(&TypeErrorType, "map() must have at least two arguments.")
	}
	m := &mapIter{Object: Object{typ: &MapType}, fn: args[0]}
	for _, a := range args[1:] {
		it, err := Iter(t, a)
		if err != nil {
			return Value{}, err
		}
		m.its = append(m.its, it)
	}
	return FromObject(&m.Object), nil
}

func mapNext(t *Thread, v Value) (Value, error) {
	m := objectAs[mapIter](v.ref)
	args := make([]Value, len(m.its))
	for i, it := range m.its {
		x, err := Next(t, it)
		if err != nil || x.IsNull() {
			return Value{}, err
		}
		args[i] = x
	}
	return Call(t, m.fn, args, nil)
}

type filterIter struct {
	Object
	fn Value
	it Value
}

func filterNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "filter() takes no keyword arguments")
	}
	if len(args) != 2 {
		return Value{}, NewError(&TypeErrorType, "filter expected 2 arguments, got %d", len(args))
	}
	it, err := Iter(t, args[1])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&filterIter{Object: Object{typ: &FilterType}, fn: args[0], it: it}).Object), nil
}

func filterNext(t *Thread, v Value) (Value, error) {
	f := objectAs[filterIter](v.ref)
	for {
		x, err := Next(t, f.it)
		if err != nil || x.IsNull() {
			return Value{}, err
		}
		keep := x
		if !f.fn.IsNone() && f.fn.Type() != &BoolType {
			if keep, err = Call(t, f.fn, []Value{x}, nil); err != nil {
				return Value{}, err
			}
		}
		b, err := Truth(t, keep)
		if err != nil {
			return Value{}, err
		}
		if b {
			return x, nil
		}
	}
}

// seqGetItemIter iterates with __getitem__(0), (1), ... until IndexError,
// or backwards for reversed().
type seqGetItemIter struct {
	Object
	seq  Value
	i    int
	step int
}

func newSeqGetItemIter(seq Value) Value {
	return FromObject(&(&seqGetItemIter{Object: Object{typ: &SeqIterType}, seq: seq, step: 1}).Object)
}

func seqGetItemNext(t *Thread, v Value) (Value, error) {
	it := objectAs[seqGetItemIter](v.ref)
	if it.seq.IsNull() || it.i < 0 {
		return Value{}, nil
	}
	x, err := GetItem(t, it.seq, Int(int64(it.i)))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(&IndexErrorType) || e.typ.IsSubtype(&StopIterationType)) {
			it.seq = Value{}
			return Value{}, nil
		}
		return Value{}, err
	}
	it.i += it.step
	return x, nil
}

func reversedNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "reversed() takes no keyword arguments")
	}
	if len(args) != 1 {
		return Value{}, NewError(&TypeErrorType, "reversed expected 1 argument, got %d", len(args))
	}
	seq := args[0]
	if m, err := lookupMethod(t, seq, "__reversed__"); err != nil {
		return Value{}, err
	} else if !m.IsNull() {
		if m.IsNone() {
			return Value{}, NewError(&TypeErrorType, "'%s' object is not reversible", typeName(seq))
		}
		return Call(t, m, nil, nil)
	}
	switch seq.Type() {
	case &RangeType:
		r := objectAs[Range](seq.ref)
		if r.big != nil {
			return bigRangeIter(r, true), nil
		}
		last := r.start + (r.n-1)*r.step
		return FromObject(&(&rangeIter{Object: Object{typ: &RangeIterType}, next: last, step: -r.step, n: r.n}).Object), nil
	}
	tp := seq.Type()
	if tp.Slots.GetItem == nil || tp.Slots.Len == nil || tp.IsSubtype(&DictType) {
		return Value{}, NewError(&TypeErrorType, "'%s' object is not reversible", typeName(seq))
	}
	n, err := Len(t, seq)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&seqGetItemIter{Object: Object{typ: &ReversedType}, seq: seq, i: n - 1, step: -1}).Object), nil
}

func setupIters() {
	rt := &RangeType
	initBuiltinType(rt, "")
	rt.Slots = Slots{New: rangeNew, Repr: rangeRepr, Iter: rangeIterate, GetItem: rangeGetItem,
		Contains: rangeContains, RichCompare: rangeCompare,
		Hash: rangeHash,
		Len: func(t *Thread, v Value) (int, error) {
			r := objectAs[Range](v.ref)
			if r.big != nil {
				if !r.big.n.IsInt64() {
					return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
				}
				return int(r.big.n.Int64()), nil
			}
			return int(r.n), nil
		},
		Bool: func(t *Thread, v Value) (bool, error) {
			r := objectAs[Range](v.ref)
			return r.n != 0 || r.big != nil && r.big.n.Sign() != 0, nil
		}}
	for i, name := range []string{"start", "stop", "step"} {
		i := i
		addGetSet(rt, name, func(t *Thread, v Value) (Value, error) {
			start, stop, step, _ := objectAs[Range](v.ref).bounds()
			return bigValue([]*big.Int{start, stop, step}[i]), nil
		}, nil)
	}
	setupLongRangeIter()
	setupMemoryView()
	addMethod(rt, "index", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("index", args, kw, 1); err != nil {
			return Value{}, err
		}
		r := objectAs[Range](self.ref)
		if isExactInt(args[0]) {
			if i := bigRangeIndex(r, toBig(args[0])); i != nil {
				return bigValue(i), nil
			}
		} else {
			// Other objects are searched by equality, like a sequence.
			n := 0
			it, _ := rangeIterate(t, self)
			for {
				x, err := Next(t, it)
				if err != nil {
					return Value{}, err
				}
				if x.IsNull() {
					break
				}
				eq, err := Equal(t, x, args[0])
				if err != nil {
					return Value{}, err
				}
				if eq {
					return Int(int64(n)), nil
				}
				n++
			}
			return Value{}, NewError(&ValueErrorType, "sequence.index(x): x not in sequence")
		}
		rs, err := ReprString(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Value{}, NewError(&ValueErrorType, "%s is not in range", rs)
	})
	addMethod(rt, "count", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("count", args, kw, 1); err != nil {
			return Value{}, err
		}
		if !isExactInt(args[0]) && args[0].Type() != &BoolType {
			return rangeCountByEquality(t, self, args[0])
		}
		in, err := rangeContains(t, self, args[0])
		if in {
			return Int(1), err
		}
		return Int(0), err
	})
	simple := []struct {
		tp   *Type
		next UnaryFunc
		new  func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error)
	}{
		{&RangeIterType, rangeIterNext, nil},
		{&EnumerateType, enumerateNext, enumerateNew},
		{&ZipType, zipNext, zipNew},
		{&MapType, mapNext, mapNew},
		{&FilterType, filterNext, filterNew},
		{&ReversedType, seqGetItemNext, reversedNew},
		{&SeqIterType, seqGetItemNext, nil},
	}
	for _, s := range simple {
		initBuiltinType(s.tp, "")
		s.tp.Slots = Slots{Iter: selfIter, Next: s.next, New: s.new}
		if s.new != nil {
			s.tp.Flags |= FlagBaseType
		}
	}
}
