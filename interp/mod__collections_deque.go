package interp

// This file is deque's Python face: construction, the methods, the
// sequence and number slots, comparisons, repr, pickling support and the
// forward and reverse iterators, with CPython's error messages.

import (
	"strconv"

	"github.com/pyjit/pyjit/bytecode"
)

// dequeIter iterates a deque forwards or backwards; it fails once the
// deque was mutated since the iterator was made.
type dequeIter struct {
	Object
	d       *deque
	i       int // next position (from the left or the right)
	counter int // items left
	state   uint64
}

// richEq is PyObject_RichCompareBool(a, b, Py_EQ): identity first.
func richEq(t *Thread, a, b Value) (bool, error) {
	if a.Is(b) {
		return true, nil
	}
	return Equal(t, a, b)
}

func errDequeMutated() error {
	return NewError(&RuntimeErrorType, "deque mutated during iteration")
}

func dequeNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return FromObject(&newDeque(typ, -1).Object), nil
}

// dequeMaxlenArg converts deque()'s maxlen argument.
func dequeMaxlenArg(t *Thread, v Value) (int, error) {
	if v.IsNull() || v.IsNone() {
		return -1, nil
	}
	if !isIntLike(v) {
		if v.Type().Slots.Index == nil {
			return 0, NewError(&TypeErrorType, "an integer is required")
		}
	}
	n, err := ssizeArg(t, v)
	if err != nil {
		return 0, err
	}
	if n < 0 {
		return 0, NewError(&ValueErrorType, "maxlen must be non-negative")
	}
	return int(n), nil
}

func dequeInit(t *Thread, self Value, args []Value, kwnames []string) error {
	npos := len(args) - len(kwnames)
	if len(args) > 2 {
		return NewError(&TypeErrorType, "deque() takes at most 2 arguments (%d given)", len(args))
	}
	vals := make([]Value, 2)
	copy(vals, args[:npos])
	for i, k := range kwnames {
		j := -1
		switch k {
		case "iterable":
			j = 0
		case "maxlen":
			j = 1
		default:
			return NewError(&TypeErrorType, "'%s' is an invalid keyword argument for deque()", k)
		}
		if j < npos {
			return NewError(&TypeErrorType, "argument for deque() given by name ('%s') and position (%d)", k, j+1)
		}
		vals[j] = args[npos+i]
	}
	maxlen, err := dequeMaxlenArg(t, vals[1])
	if err != nil {
		return err
	}
	d := mustDeque(self)
	d.maxlen = maxlen
	if d.n > 0 {
		d.clear()
	}
	if !vals[0].IsNull() {
		return dequeExtend(t, self, vals[0], false)
	}
	return nil
}

// dequeExtend is extend / extendleft.
func dequeExtend(t *Thread, self, iterable Value, left bool) error {
	d := mustDeque(self)
	var items []Value
	if iterable.Is(self) {
		items = d.items()
	} else if l, ok := asList(iterable); ok && iterable.Type() == &ListType {
		items = l.items
	} else if tu, ok := asTuple(iterable); ok && iterable.Type() == &TupleType {
		items = tu.items
	}
	if items != nil || iterable.Is(self) {
		for i := 0; i < len(items); i++ {
			if left {
				d.appendLeft(items[i])
			} else {
				d.appendRight(items[i])
			}
		}
		return nil
	}
	it, err := Iter(t, iterable)
	if err != nil {
		return err
	}
	for {
		v, err := Next(t, it)
		if err != nil {
			return err
		}
		if v.IsNull() {
			return nil
		}
		if left {
			d.appendLeft(v)
		} else {
			d.appendRight(v)
		}
	}
}

func dequeRepr(t *Thread, v Value) (Value, error) {
	d := mustDeque(v)
	if t.reprEnter(v) {
		return StrValue("[...]"), nil
	}
	defer t.reprLeave(v)
	s, err := ReprString(t, NewListValue(d.items()))
	if err != nil {
		return Value{}, err
	}
	name := v.Type().Name
	if d.maxlen >= 0 {
		return StrValue(name + "(" + s + ", maxlen=" + strconv.Itoa(d.maxlen) + ")"), nil
	}
	return StrValue(name + "(" + s + ")"), nil
}

func dequeLen(t *Thread, v Value) (int, error) { return mustDeque(v).n, nil }

// dequeIndexArg normalizes a sequence index for item access.
func dequeIndexArg(t *Thread, d *deque, key Value) (int, error) {
	var i int
	if key.ref == &IntTag {
		i = int(int64(key.bits))
	} else {
		var err error
		if i, err = indexArg(t, key, "sequence index must be integer, not '%s'"); err != nil {
			return 0, err
		}
	}
	if i < 0 {
		i += d.n
	}
	if i < 0 || i >= d.n {
		return 0, NewError(&IndexErrorType, "deque index out of range")
	}
	return i, nil
}

func dequeGetItem(t *Thread, v, key Value) (Value, error) {
	d := mustDeque(v)
	i, err := dequeIndexArg(t, d, key)
	if err != nil {
		return Value{}, err
	}
	return d.at(i), nil
}

func dequeSetItem(t *Thread, v, key, value Value) error {
	d := mustDeque(v)
	i, err := dequeIndexArg(t, d, key)
	if err != nil {
		return err
	}
	if value.IsNull() {
		d.deleteAt(i)
		return nil
	}
	d.set(i, value)
	return nil
}

func dequeContains(t *Thread, v, item Value) (bool, error) {
	d := mustDeque(v)
	state := d.state
	for i := 0; i < d.n; i++ {
		eq, err := richEq(t, d.at(i), item)
		if err != nil {
			return false, err
		}
		if d.state != state {
			return false, errDequeMutated()
		}
		if eq {
			return true, nil
		}
	}
	return false, nil
}

func dequeCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := asDeque(a)
	y, ok2 := asDeque(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return seqCompare(t, x.items(), y.items(), op)
}

// dequeCopyOf is deque.copy: a subclass is copied by calling its type.
func dequeCopyOf(t *Thread, v Value) (Value, error) {
	d := mustDeque(v)
	if v.Type() == &dequeType {
		c := newDeque(&dequeType, d.maxlen)
		for i := 0; i < d.n; i++ {
			c.pushBack(d.at(i))
		}
		return FromObject(&c.Object), nil
	}
	args := []Value{v}
	if d.maxlen >= 0 {
		args = append(args, Int(int64(d.maxlen)))
	}
	r, err := Call(t, TypeValue(v.Type()), args, nil)
	if err == nil {
		if _, ok := asDeque(r); !ok {
			return Value{}, NewError(&TypeErrorType, "%s() must return a deque, not %s", typeName(v), typeName(r))
		}
	}
	return r, err
}

func dequeConcat(t *Thread, a, b Value) (Value, error) {
	if _, ok := asDeque(a); !ok {
		return NotImplemented, nil
	}
	if _, ok := asDeque(b); !ok {
		return Value{}, NewError(&TypeErrorType, "can only concatenate deque (not \"%s\") to deque", typeName(b))
	}
	c, err := dequeCopyOf(t, a)
	if err != nil {
		return Value{}, err
	}
	if _, ok := asDeque(c); !ok {
		return c, nil
	}
	return c, dequeExtend(t, c, b, false)
}

func dequeInplaceConcat(t *Thread, a, b Value) (Value, error) {
	return a, dequeExtend(t, a, b, false)
}

// dequeRepeatInto repeats d's contents n times in place.
func dequeRepeatInto(d *deque, n int) error {
	if n <= 0 || d.n == 0 {
		d.clear()
		return nil
	}
	items := d.items()
	if d.maxlen >= 0 && n > d.maxlen/len(items)+2 {
		// Only the last maxlen items survive; they are the same for
		// every large enough n.
		n = d.maxlen/len(items) + 2
	}
	if int64(n)*int64(len(items)) > 1<<40 {
		return NewError(&MemoryErrorType, "")
	}
	for k := 1; k < n; k++ {
		for _, v := range items {
			d.appendRight(v)
		}
	}
	d.state++
	return nil
}

func dequeRepeat(t *Thread, v Value, n int) (Value, error) {
	c, err := dequeCopyOf(t, v)
	if err != nil {
		return Value{}, err
	}
	if d, ok := asDeque(c); ok {
		return c, dequeRepeatInto(d, n)
	}
	return c, nil
}

func dequeInplaceRepeat(t *Thread, v Value, n int) (Value, error) {
	return v, dequeRepeatInto(mustDeque(v), n)
}

func dequeIterate(t *Thread, v Value) (Value, error) {
	d := mustDeque(v)
	return FromObject(&(&dequeIter{Object: Object{typ: &dequeIterType}, d: d, counter: d.n, state: d.state}).Object), nil
}

func dequeIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[dequeIter](v.ref)
	if it.d.state != it.state {
		it.counter = 0
		return Value{}, errDequeMutated()
	}
	if it.counter == 0 {
		return Value{}, nil
	}
	var r Value
	if it.typ == &dequeReverseIterType {
		r = it.d.at(it.d.n - 1 - it.i)
	} else {
		r = it.d.at(it.i)
	}
	it.i++
	it.counter--
	return r, nil
}

// dequeIterNew is _deque_iterator(deque, index=0) (what __reduce__
// returns rebuilds an iterator with it).
func dequeIterNew(typ *Type) func(t *Thread, _ *Type, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, _ *Type, args []Value, kwnames []string) (Value, error) {
		if err := posArgs(typ.Name, args, kwnames, 1, 2); err != nil {
			return Value{}, err
		}
		d, ok := asDeque(args[0])
		if !ok {
			return Value{}, argTypeError(typ.Name, 1, "collections.deque", args[0])
		}
		it := &dequeIter{Object: Object{typ: typ}, d: d, counter: d.n, state: d.state}
		if len(args) == 2 {
			n, err := ssizeArg(t, args[1])
			if err != nil {
				return Value{}, err
			}
			for ; n > 0 && it.counter > 0; n-- {
				it.i++
				it.counter--
			}
		}
		return FromObject(&it.Object), nil
	}
}

func setupDequeType() {
	tp := &dequeType
	initBuiltinType(tp, "deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.")
	tp.Module = "collections"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{Repr: dequeRepr, Hash: unhashable, RichCompare: dequeCompare, Len: dequeLen,
		New: dequeNew, Init: dequeInit, Iter: dequeIterate, GetItem: dequeGetItem, SetItem: dequeSetItem,
		Contains: dequeContains, Concat: dequeConcat, Repeat: dequeRepeat,
		InplaceConcat: dequeInplaceConcat, InplaceRepeat: dequeInplaceRepeat}
	m := func(name string, f func(t *Thread, d *deque, self Value, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return f(t, mustDeque(self), self, args, kw)
		})
	}
	one := func(name string, f func(t *Thread, d *deque, self Value, x Value) (Value, error)) {
		qual := "deque." + name
		m(name, func(t *Thread, d *deque, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(qual, args, kw, 1); err != nil {
				return Value{}, err
			}
			return f(t, d, self, args[0])
		})
	}
	none := func(name string, f func(t *Thread, d *deque, self Value) (Value, error)) {
		qual := "deque." + name
		m(name, func(t *Thread, d *deque, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(qual, args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(t, d, self)
		})
	}
	one("append", func(t *Thread, d *deque, self, x Value) (Value, error) { d.appendRight(x); return None, nil })
	one("appendleft", func(t *Thread, d *deque, self, x Value) (Value, error) { d.appendLeft(x); return None, nil })
	none("pop", func(t *Thread, d *deque, self Value) (Value, error) {
		if d.n == 0 {
			return Value{}, NewError(&IndexErrorType, "pop from an empty deque")
		}
		d.state++
		return d.popBack(), nil
	})
	none("popleft", func(t *Thread, d *deque, self Value) (Value, error) {
		if d.n == 0 {
			return Value{}, NewError(&IndexErrorType, "pop from an empty deque")
		}
		d.state++
		return d.popFront(), nil
	})
	one("extend", func(t *Thread, d *deque, self, x Value) (Value, error) { return None, dequeExtend(t, self, x, false) })
	one("extendleft", func(t *Thread, d *deque, self, x Value) (Value, error) { return None, dequeExtend(t, self, x, true) })
	none("clear", func(t *Thread, d *deque, self Value) (Value, error) { d.clear(); return None, nil })
	none("copy", func(t *Thread, d *deque, self Value) (Value, error) { return dequeCopyOf(t, self) })
	none("__copy__", func(t *Thread, d *deque, self Value) (Value, error) { return dequeCopyOf(t, self) })
	none("reverse", func(t *Thread, d *deque, self Value) (Value, error) {
		for i, j := 0, d.n-1; i < j; i, j = i+1, j-1 {
			a, b := d.at(i), d.at(j)
			d.set(i, b)
			d.set(j, a)
		}
		d.state++
		return None, nil
	})
	m("rotate", func(t *Thread, d *deque, self Value, args []Value, kw []string) (Value, error) {
		if err := posArgs("deque.rotate", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		n := int64(1)
		if len(args) == 1 {
			var err error
			if n, err = ssizeArg(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		d.rotate(int(n))
		return None, nil
	})
	one("count", func(t *Thread, d *deque, self, x Value) (Value, error) {
		state, c := d.state, 0
		for i := 0; i < d.n; i++ {
			eq, err := richEq(t, d.at(i), x)
			if err != nil {
				return Value{}, err
			}
			if d.state != state {
				return Value{}, errDequeMutated()
			}
			if eq {
				c++
			}
		}
		return Int(int64(c)), nil
	})
	m("index", func(t *Thread, d *deque, self Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "index() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 3 {
			if len(args) < 1 {
				return Value{}, NewError(&TypeErrorType, "index() takes at least 1 argument (%d given)", len(args))
			}
			return Value{}, NewError(&TypeErrorType, "index() takes at most 3 arguments (%d given)", len(args))
		}
		start, stop := 0, d.n
		if len(args) > 1 {
			var err error
			if start, err = sliceIndexNotNone(t, args[1]); err != nil {
				return Value{}, err
			}
		} else {
			start = 0
		}
		if len(args) > 2 {
			var err error
			if stop, err = sliceIndexNotNone(t, args[2]); err != nil {
				return Value{}, err
			}
		} else {
			stop = int(^uint(0) >> 1)
		}
		if start < 0 {
			start += d.n
			if start < 0 {
				start = 0
			}
		}
		if stop < 0 {
			stop += d.n
			if stop < 0 {
				stop = 0
			}
		}
		if stop > d.n {
			stop = d.n
		}
		if start > stop {
			start = stop
		}
		state := d.state
		for i := start; i < stop; i++ {
			eq, err := richEq(t, d.at(i), args[0])
			if err != nil {
				return Value{}, err
			}
			if d.state != state {
				return Value{}, errDequeMutated()
			}
			if eq {
				return Int(int64(i)), nil
			}
		}
		r, err := ReprString(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return Value{}, NewError(&ValueErrorType, "%s is not in deque", r)
	})
	m("insert", func(t *Thread, d *deque, self Value, args []Value, kw []string) (Value, error) {
		if err := posArgs("insert", args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		i64, err := ssizeArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if d.maxlen == d.n {
			return Value{}, NewError(&IndexErrorType, "deque already at its maximum size")
		}
		i := int(i64)
		if i < 0 {
			i += d.n
			if i < 0 {
				i = 0
			}
		}
		if i > d.n {
			i = d.n
		}
		d.insertAt(i, args[1])
		return None, nil
	})
	one("remove", func(t *Thread, d *deque, self, x Value) (Value, error) {
		state := d.state
		for i := 0; i < d.n; i++ {
			eq, err := richEq(t, d.at(i), x)
			if err != nil {
				return Value{}, err
			}
			if d.state != state {
				return Value{}, NewError(&IndexErrorType, "deque mutated during iteration")
			}
			if eq {
				d.deleteAt(i)
				return None, nil
			}
		}
		r, err := ReprString(t, x)
		if err != nil {
			return Value{}, err
		}
		return Value{}, NewError(&ValueErrorType, "%s is not in deque", r)
	})
	none("__reversed__", func(t *Thread, d *deque, self Value) (Value, error) {
		return FromObject(&(&dequeIter{Object: Object{typ: &dequeReverseIterType}, d: d, counter: d.n, state: d.state}).Object), nil
	})
	none("__reduce__", func(t *Thread, d *deque, self Value) (Value, error) {
		state := None
		if a := attrsOf(self); a != nil && a.Dict().Len() > 0 {
			state = FromObject(&a.Dict().Object)
		}
		it, err := dequeIterate(t, self)
		if err != nil {
			return Value{}, err
		}
		args := NewTupleValue(nil)
		if d.maxlen >= 0 {
			args = NewTupleValue([]Value{NewTupleValue(nil), Int(int64(d.maxlen))})
		}
		return NewTupleValue([]Value{TypeValue(self.Type()), args, state, it}), nil
	})
	none("__sizeof__", func(t *Thread, d *deque, self Value) (Value, error) {
		return Int(int64(80 + 16*len(d.buf))), nil
	})
	addClassMethod(tp, "__class_getitem__", classGetItem)
	addGetSet(tp, "maxlen", func(t *Thread, v Value) (Value, error) {
		if d := mustDeque(v); d.maxlen >= 0 {
			return Int(int64(d.maxlen)), nil
		}
		return None, nil
	}, nil)
	tp.Dict.setStrNoErr(Intern("__hash__"), None)
	bin := func(name string, f func(t *Thread, self, other Value) (Value, error)) {
		addSlotWrapper(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1); err != nil {
				return Value{}, err
			}
			return f(t, self, args[0])
		})
	}
	bin("__add__", dequeConcat)
	bin("__iadd__", dequeInplaceConcat)
	times := func(inplace bool) func(t *Thread, self, other Value) (Value, error) {
		return func(t *Thread, self, other Value) (Value, error) {
			// wrap_indexargfunc: PyNumber_AsSsize_t with OverflowError.
			iv, err := indexValue(t, other, "")
			if err != nil {
				return Value{}, err
			}
			n64, ok := smallInt(iv)
			if !ok {
				return Value{}, NewError(&OverflowErrorType, "cannot fit '%s' into an index-sized integer", typeName(other))
			}
			n := int(n64)
			if inplace {
				return dequeInplaceRepeat(t, self, n)
			}
			return dequeRepeat(t, self, n)
		}
	}
	// The item wrappers convert like wrap_sq_item (OverflowError for
	// huge ints), unlike d[i].
	wrapIndex := func(t *Thread, key Value) (Value, error) {
		iv, err := indexValue(t, key, "")
		if err != nil {
			return Value{}, err
		}
		if _, ok := smallInt(iv); !ok {
			return Value{}, NewError(&OverflowErrorType, "cannot fit '%s' into an index-sized integer", typeName(key))
		}
		return iv, nil
	}
	bin("__getitem__", func(t *Thread, self, key Value) (Value, error) {
		iv, err := wrapIndex(t, key)
		if err != nil {
			return Value{}, err
		}
		return dequeGetItem(t, self, iv)
	})
	bin("__delitem__", func(t *Thread, self, key Value) (Value, error) {
		iv, err := wrapIndex(t, key)
		if err != nil {
			return Value{}, err
		}
		return None, dequeSetItem(t, self, iv, Value{})
	})
	addSlotWrapper(tp, "__setitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__setitem__", args, kw, 2); err != nil {
			return Value{}, err
		}
		iv, err := wrapIndex(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return None, dequeSetItem(t, self, iv, args[1])
	})
	bin("__mul__", times(false))
	bin("__rmul__", times(false))
	bin("__imul__", times(true))
	addSlotWrappers(tp)
	inheritSlots(tp)

	for _, it := range []*Type{&dequeIterType, &dequeReverseIterType} {
		it := it
		initBuiltinType(it, "")
		it.Module = "_collections"
		it.Slots = Slots{Iter: selfIter, Next: dequeIterNext, New: dequeIterNew(it)}
		addMethod(it, "__length_hint__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__length_hint__", args, kw, 0); err != nil {
				return Value{}, err
			}
			return Int(int64(objectAs[dequeIter](self.ref).counter)), nil
		})
		addMethod(it, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__reduce__", args, kw, 0); err != nil {
				return Value{}, err
			}
			di := objectAs[dequeIter](self.ref)
			return NewTupleValue([]Value{TypeValue(it), NewTupleValue([]Value{FromObject(&di.d.Object), Int(int64(di.d.n - di.counter))})}), nil
		})
		addSlotWrappers(it)
		inheritSlots(it)
	}
}

// sliceIndexNotNone is _PyEval_SliceIndexNotNone.
func sliceIndexNotNone(t *Thread, v Value) (int, error) {
	if !isIntLike(v) && v.Type().Slots.Index == nil {
		return 0, NewError(&TypeErrorType, "slice indices must be integers or have an __index__ method")
	}
	return sliceIndex(t, v)
}
