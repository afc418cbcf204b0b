package interp

// This file implements iter(callable, sentinel): the callable_iterator
// that calls callable() until it returns a value equal to sentinel
// (CPython's Objects/iterobject.c, calliter).

// CallIterType is the type of iter(callable, sentinel).
var CallIterType = Type{Name: "callable_iterator"}

// callIter is a callable_iterator; fn is null once it is exhausted.
type callIter struct {
	Object
	fn, sentinel Value
}

func newCallIter(fn, sentinel Value) Value {
	return FromObject(&(&callIter{Object: Object{typ: &CallIterType}, fn: fn, sentinel: sentinel}).Object)
}

func callIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[callIter](v.ref)
	if it.fn.IsNull() {
		return Value{}, nil
	}
	r, err := Call(t, it.fn, nil, nil)
	if err != nil {
		// A StopIteration from the callable ends the iteration.
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&StopIterationType) {
			it.fn, it.sentinel = Value{}, Value{}
			return Value{}, nil
		}
		return Value{}, err
	}
	eq, err := r.Is(it.sentinel), error(nil)
	if !eq {
		eq, err = Equal(t, r, it.sentinel)
	}
	if err != nil {
		return Value{}, err
	}
	if eq {
		it.fn, it.sentinel = Value{}, Value{}
		return Value{}, nil
	}
	return r, nil
}

func setupCallIter() {
	tp := &CallIterType
	initBuiltinType(tp, "")
	tp.Slots = Slots{Iter: selfIter, Next: callIterNext}
	addReduce(tp, func(t *Thread, self Value) (Value, error) {
		it := objectAs[callIter](self.ref)
		if it.fn.IsNull() {
			return reduceCall(t, "iter", []Value{NewTupleValue(nil)}, Value{})
		}
		return reduceCall(t, "iter", []Value{it.fn, it.sentinel}, Value{})
	})
	addSlotWrappers(tp)
	inheritSlots(tp)
}

// iterCallable is iter(callable, sentinel).
func iterCallable(fn, sentinel Value) (Value, error) {
	if !isCallable(fn) {
		return Value{}, NewError(&TypeErrorType, "iter(v, w): v must be callable")
	}
	return newCallIter(fn, sentinel), nil
}
