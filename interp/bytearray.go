package interp

// This file holds bytearray's mutating operations: item and slice
// assignment and deletion, += and *=, and the list-like methods.

func mustByteArray(v Value) *ByteArray { return objectAs[ByteArray](v.ref) }

// intsToBytes converts an iterable of ints in range(256).
func intsToBytes(t *Thread, v Value) ([]byte, error) {
	items, err := iterateToSlice(t, v)
	if err != nil {
		return nil, err
	}
	out := make([]byte, len(items))
	for i, x := range items {
		if out[i], err = byteValue(t, x); err != nil {
			return nil, err
		}
	}
	return out, nil
}

func byteArraySetItem(t *Thread, v, key, value Value) error {
	ba := mustByteArray(v)
	if sl, ok := asSlice(key); ok {
		return byteArrayAssignSlice(t, ba, sl, value)
	}
	i, err := indexArg(t, key, "bytearray indices must be integers or slices, not %s")
	if err != nil {
		return err
	}
	var c byte
	if !value.IsNull() {
		// Converted before the bounds check, as CPython does; the
		// conversion may run Python code that resizes the array.
		if c, err = byteValue(t, value); err != nil {
			return err
		}
	}
	if i < 0 {
		i += len(ba.b)
	}
	if i < 0 || i >= len(ba.b) {
		return NewError(&IndexErrorType, "bytearray index out of range")
	}
	if value.IsNull() {
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return nil
	}
	ba.b[i] = c
	return nil
}

func byteArrayAssignSlice(t *Thread, ba *ByteArray, sl *Slice, value Value) error {
	var repl []byte
	var err error
	if !value.IsNull() {
		if b, ok := bytesData(value); ok {
			repl = append([]byte{}, b...)
		} else {
			_, isStr := asStr(value)
			if isStr || isIntLike(value) || value.Type().Slots.Iter == nil {
				return NewError(&TypeErrorType, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
			}
			if repl, err = intsToBytes(t, value); err != nil {
				return err
			}
		}
	}
	// Indices last: converting value may have resized the array.
	start, stop, step, n, err := sl.indices(t, len(ba.b))
	if err != nil {
		return err
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]byte, 0, len(ba.b)-(stop-start)+len(repl))
		out = append(out, ba.b[:start]...)
		out = append(out, repl...)
		ba.b = append(out, ba.b[stop:]...)
		return nil
	}
	if value.IsNull() {
		del := make(map[int]bool, n)
		for i := 0; i < n; i++ {
			del[start+i*step] = true
		}
		out := make([]byte, 0, len(ba.b)-n)
		for i, c := range ba.b {
			if !del[i] {
				out = append(out, c)
			}
		}
		ba.b = out
		return nil
	}
	if len(repl) != n {
		return NewError(&ValueErrorType, "attempt to assign bytes of size %d to extended slice of size %d", len(repl), n)
	}
	for i := 0; i < n; i++ {
		ba.b[start+i*step] = repl[i]
	}
	return nil
}

func byteArrayInplaceConcat(t *Thread, a, b Value) (Value, error) {
	y, ok := bytesData(b)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "can't concat %s to %s", typeName(b), typeName(a))
	}
	ba := mustByteArray(a)
	ba.b = append(ba.b, y...)
	return a, nil
}

func byteArrayInplaceRepeat(t *Thread, v Value, n int) (Value, error) {
	r, err := bytesRepeat(t, v, n)
	if err != nil {
		return Value{}, err
	}
	mustByteArray(v).b = mustData(r)
	return v, nil
}

// byteArrayExtend is bytearray.extend(iterable).
func byteArrayExtend(t *Thread, ba *ByteArray, v Value) error {
	if b, ok := bytesData(v); ok {
		ba.b = append(ba.b, b...)
		return nil
	}
	if v.Type().Slots.Iter == nil && v.Type().Lookup(Intern("__getitem__")).IsNull() {
		return NewError(&TypeErrorType, "can't extend bytearray with %s", typeName(v))
	}
	b, err := intsToBytes(t, v)
	if err != nil {
		return err
	}
	ba.b = append(ba.b, b...)
	return nil
}

func setupByteArrayMethods() {
	tp := &ByteArrayType
	m := func(name string, min, max int, f func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := rangeArgs(name, args, kw, min, max); err != nil {
				return Value{}, err
			}
			return f(t, self, mustByteArray(self), args)
		})
	}
	m("append", 1, 1, func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error) {
		c, err := byteValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		ba.b = append(ba.b, c)
		return None, nil
	})
	m("extend", 1, 1, func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error) {
		return None, byteArrayExtend(t, ba, args[0])
	})
	m("pop", 0, 1, func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error) {
		i := -1
		if len(args) > 0 {
			var err error
			if i, err = bytesSsizeArg(t, args[0]); err != nil {
				return Value{}, err
			}
		}
		if len(ba.b) == 0 {
			return Value{}, NewError(&IndexErrorType, "pop from empty bytearray")
		}
		if i < 0 {
			i += len(ba.b)
		}
		if i < 0 || i >= len(ba.b) {
			return Value{}, NewError(&IndexErrorType, "pop index out of range")
		}
		c := ba.b[i]
		ba.b = append(ba.b[:i], ba.b[i+1:]...)
		return Int(int64(c)), nil
	})
	m("insert", 2, 2, func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error) {
		i, err := bytesSsizeArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		c, err := byteValue(t, args[1])
		if err != nil {
			return Value{}, err
		}
		n := len(ba.b)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		ba.b = append(ba.b, 0)
		copy(ba.b[i+1:], ba.b[i:n])
		ba.b[i] = c
		return None, nil
	})
	m("remove", 1, 1, func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error) {
		c, err := byteValue(t, args[0])
		if err != nil {
			return Value{}, err
		}
		for i, x := range ba.b {
			if x == c {
				ba.b = append(ba.b[:i], ba.b[i+1:]...)
				return None, nil
			}
		}
		return Value{}, NewError(&ValueErrorType, "value not found in bytearray")
	})
	m("clear", 0, 0, func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error) {
		ba.b = []byte{}
		return None, nil
	})
	m("copy", 0, 0, func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error) {
		return ByteArrayValue(append([]byte{}, ba.b...)), nil
	})
	m("reverse", 0, 0, func(t *Thread, self Value, ba *ByteArray, args []Value) (Value, error) {
		for l, r := 0, len(ba.b)-1; l < r; l, r = l+1, r-1 {
			ba.b[l], ba.b[r] = ba.b[r], ba.b[l]
		}
		return None, nil
	})
}
