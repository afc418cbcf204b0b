package interp

// This file gives array.array its sequence protocol (indexing, slices,
// concatenation, comparison, iteration) and its methods.

import "github.com/pyjit/pyjit/bytecode"

func mustArray(v Value) *arrayObj { return objectAs[arrayObj](v.ref) }

func arrayIndex(t *Thread, a *arrayObj, key Value, msg string) (int, error) {
	if !isIntLike(key) && key.Type().Slots.Index == nil {
		return 0, NewError(&TypeErrorType, "array indices must be integers")
	}
	i, err := indexArg(t, key, "")
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += a.n()
	}
	if i < 0 || i >= a.n() {
		return 0, NewError(&IndexErrorType, "%s", msg)
	}
	return i, nil
}

func arrayGetItem(t *Thread, v, key Value) (Value, error) {
	a := mustArray(v)
	if sl, ok := asSlice(key); ok {
		start, _, step, n, err := sl.indices(t, a.n())
		if err != nil {
			return Value{}, err
		}
		sz := a.itemSize()
		out := make([]byte, 0, n*sz)
		for k := 0; k < n; k++ {
			i := start + k*step
			out = append(out, a.data[i*sz:(i+1)*sz]...)
		}
		return FromObject(&newArray(&arrayType, a.code, out).Object), nil
	}
	i, err := arrayIndex(t, a, key, "array index out of range")
	if err != nil {
		return Value{}, err
	}
	return a.get(i), nil
}

func arraySetItem(t *Thread, v, key, value Value) error {
	a := mustArray(v)
	sz := a.itemSize()
	if sl, ok := asSlice(key); ok {
		start, stop, step, n, err := sl.indices(t, a.n())
		if err != nil {
			return err
		}
		var repl []byte
		if !value.IsNull() {
			other, ok := asArray(value)
			if !ok {
				return NewError(&TypeErrorType, "can only assign array (not \"%s\") to array slice", typeName(value))
			}
			if other.code != a.code {
				return NewError(&TypeErrorType, "bad argument type for built-in operation")
			}
			repl = append([]byte(nil), other.data...)
		}
		if step == 1 {
			if stop < start {
				stop = start
			}
			out := make([]byte, 0, len(a.data)-(stop-start)*sz+len(repl))
			out = append(out, a.data[:start*sz]...)
			out = append(out, repl...)
			out = append(out, a.data[stop*sz:]...)
			a.data = out
			return nil
		}
		// An empty array deletes an extended slice, as in CPython's
		// array_ass_subscr.
		if value.IsNull() || len(repl) == 0 {
			del := make(map[int]bool, n)
			for k := 0; k < n; k++ {
				del[start+k*step] = true
			}
			out := make([]byte, 0, len(a.data)-n*sz)
			for i := 0; i < a.n(); i++ {
				if !del[i] {
					out = append(out, a.data[i*sz:(i+1)*sz]...)
				}
			}
			a.data = out
			return nil
		}
		if len(repl)/sz != n {
			return NewError(&ValueErrorType, "attempt to assign array of size %d to extended slice of size %d", len(repl)/sz, n)
		}
		for k := 0; k < n; k++ {
			i := start + k*step
			copy(a.data[i*sz:(i+1)*sz], repl[k*sz:])
		}
		return nil
	}
	i, err := arrayIndex(t, a, key, "array assignment index out of range")
	if err != nil {
		return err
	}
	if value.IsNull() {
		a.data = append(a.data[:i*sz], a.data[(i+1)*sz:]...)
		return nil
	}
	b, err := arrayEncode(t, a.code, value)
	if err != nil {
		return err
	}
	copy(a.data[i*sz:], b)
	return nil
}

func arrayCompare(t *Thread, x, y Value, op bytecode.CmpOp) (Value, error) {
	a, ok1 := asArray(x)
	b, ok2 := asArray(y)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return seqCompare(t, a.items(), b.items(), op)
}

func arrayConcat(t *Thread, x, y Value) (Value, error) {
	a := mustArray(x)
	b, ok := asArray(y)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "can only append array (not \"%s\") to array", typeName(y))
	}
	if a.code != b.code {
		return Value{}, NewError(&TypeErrorType, "bad argument type for built-in operation")
	}
	out := append(append([]byte(nil), a.data...), b.data...)
	return FromObject(&newArray(&arrayType, a.code, out).Object), nil
}

func arrayInplaceConcat(t *Thread, x, y Value) (Value, error) {
	a := mustArray(x)
	b, ok := asArray(y)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "can only extend array with array (not \"%s\")", typeName(y))
	}
	if a.code != b.code {
		return Value{}, NewError(&TypeErrorType, "can only extend with array of same kind")
	}
	a.data = append(a.data, b.data...)
	return x, nil
}

func arrayRepeatBytes(b []byte, n int) ([]byte, error) {
	if n <= 0 || len(b) == 0 {
		return nil, nil
	}
	if n > (1<<32)/len(b) {
		return nil, NewError(&MemoryErrorType, "")
	}
	out := make([]byte, 0, len(b)*n)
	for i := 0; i < n; i++ {
		out = append(out, b...)
	}
	return out, nil
}

func arrayRepeat(t *Thread, v Value, n int) (Value, error) {
	a := mustArray(v)
	out, err := arrayRepeatBytes(a.data, n)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&newArray(&arrayType, a.code, out).Object), nil
}

func arrayInplaceRepeat(t *Thread, v Value, n int) (Value, error) {
	a := mustArray(v)
	out, err := arrayRepeatBytes(a.data, n)
	if err != nil {
		return Value{}, err
	}
	a.data = out
	return v, nil
}

func arrayContains(t *Thread, v, item Value) (bool, error) {
	return seqContains(t, mustArray(v).items(), item)
}

func arrayMethod(name string, n int, f func(t *Thread, a *arrayObj, args []Value) (Value, error)) {
	addMethod(&arrayType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if n >= 0 {
			if err := exactArgs(name, args, kw, n); err != nil {
				return Value{}, err
			}
		} else if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "%s() takes no keyword arguments", name)
		}
		return f(t, mustArray(self), args)
	})
}

func (a *arrayObj) find(t *Thread, x Value, start, stop int) (int, error) {
	for i := start; i < stop && i < a.n(); i++ {
		eq, err := Equal(t, a.get(i), x)
		if err != nil {
			return 0, err
		}
		if eq {
			return i, nil
		}
	}
	return -1, nil
}

func setupArrayType() {
	initBuiltinType(&arrayType, "array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\na bytes-like object, or iterable over elements of the\nappropriate type.\n")
	arrayType.Module = "array"
	arrayType.Flags |= FlagBaseType
	arrayType.Slots = Slots{
		New:  arrayNew,
		Repr: arrayRepr,
		Hash: func(t *Thread, v Value) (int64, error) {
			return 0, NewError(&TypeErrorType, "unhashable type: 'array.array'")
		},
		RichCompare:   arrayCompare,
		Len:           func(t *Thread, v Value) (int, error) { return mustArray(v).n(), nil },
		GetItem:       arrayGetItem,
		SetItem:       arraySetItem,
		Contains:      arrayContains,
		Concat:        arrayConcat,
		Repeat:        arrayRepeat,
		InplaceConcat: arrayInplaceConcat,
		InplaceRepeat: arrayInplaceRepeat,
		Iter: func(t *Thread, v Value) (Value, error) {
			it := &arrayIter{Object: Object{typ: &arrayIterType}, a: mustArray(v)}
			return FromObject(&it.Object), nil
		},
	}
	addGetSet(&arrayType, "typecode", func(t *Thread, v Value) (Value, error) {
		return StrValue(string(mustArray(v).code)), nil
	}, nil)
	addGetSet(&arrayType, "itemsize", func(t *Thread, v Value) (Value, error) {
		return Int(int64(mustArray(v).itemSize())), nil
	}, nil)
	arrayMethod("append", 1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		b, err := arrayEncode(t, a.code, args[0])
		if err != nil {
			return Value{}, err
		}
		a.data = append(a.data, b...)
		return None, nil
	})
	arrayMethod("extend", 1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		if b, ok := asArray(args[0]); ok {
			if b.code != a.code {
				return Value{}, NewError(&TypeErrorType, "can only extend with array of same kind")
			}
			a.data = append(a.data, b.data...)
			return None, nil
		}
		return None, a.extendIter(t, args[0])
	})
	arrayMethod("insert", 2, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		i, err := indexArg(t, args[0], "")
		if err != nil {
			return Value{}, err
		}
		n := a.n()
		if i < 0 {
			i = max(i+n, 0)
		}
		i = min(i, n)
		b, err := arrayEncode(t, a.code, args[1])
		if err != nil {
			return Value{}, err
		}
		sz := a.itemSize()
		out := make([]byte, 0, len(a.data)+sz)
		out = append(append(append(out, a.data[:i*sz]...), b...), a.data[i*sz:]...)
		a.data = out
		return None, nil
	})
	arrayMethod("pop", -1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		if len(args) > 1 {
			return Value{}, NewError(&TypeErrorType, "pop expected at most 1 argument, got %d", len(args))
		}
		i := -1
		if len(args) == 1 {
			var err error
			if i, err = indexArg(t, args[0], ""); err != nil {
				return Value{}, err
			}
		}
		n := a.n()
		if n == 0 {
			return Value{}, NewError(&IndexErrorType, "pop from empty array")
		}
		if i < 0 {
			i += n
		}
		if i < 0 || i >= n {
			return Value{}, NewError(&IndexErrorType, "pop index out of range")
		}
		v := a.get(i)
		sz := a.itemSize()
		a.data = append(a.data[:i*sz], a.data[(i+1)*sz:]...)
		return v, nil
	})
	arrayMethod("remove", 1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		i, err := a.find(t, args[0], 0, a.n())
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, NewError(&ValueErrorType, "array.remove(x): x not in array")
		}
		sz := a.itemSize()
		a.data = append(a.data[:i*sz], a.data[(i+1)*sz:]...)
		return None, nil
	})
	arrayMethod("index", -1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		if len(args) < 1 || len(args) > 3 {
			return Value{}, NewError(&TypeErrorType, "index expected at least 1 argument, got %d", len(args))
		}
		n := a.n()
		start, stop := 0, n
		for k, p := range []*int{&start, &stop} {
			if len(args) > k+1 {
				x, err := sliceIndex(t, args[k+1])
				if err != nil {
					return Value{}, err
				}
				if x < 0 {
					x = max(x+n, 0)
				}
				*p = x
			}
		}
		i, err := a.find(t, args[0], start, stop)
		if err != nil {
			return Value{}, err
		}
		if i < 0 {
			return Value{}, NewError(&ValueErrorType, "array.index(x): x not in array")
		}
		return Int(int64(i)), nil
	})
	arrayMethod("count", 1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		c := 0
		for i := 0; i < a.n(); i++ {
			eq, err := Equal(t, a.get(i), args[0])
			if err != nil {
				return Value{}, err
			}
			if eq {
				c++
			}
		}
		return Int(int64(c)), nil
	})
	arrayMethod("reverse", 0, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		sz, n := a.itemSize(), a.n()
		out := make([]byte, 0, len(a.data))
		for i := n - 1; i >= 0; i-- {
			out = append(out, a.data[i*sz:(i+1)*sz]...)
		}
		a.data = out
		return None, nil
	})
	arrayMethod("byteswap", 0, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		sz := a.itemSize()
		for i := 0; i+sz <= len(a.data); i += sz {
			for x, y := i, i+sz-1; x < y; x, y = x+1, y-1 {
				a.data[x], a.data[y] = a.data[y], a.data[x]
			}
		}
		return None, nil
	})
	arrayMethod("buffer_info", 0, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		addr := int64(0)
		if len(a.data) > 0 {
			addr = int64(objectID(FromObject(&a.Object))) + 64
		}
		return NewTupleValue([]Value{Int(addr), Int(int64(a.n()))}), nil
	})
	arrayMethod("frombytes", 1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		b, err := dataBufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		return None, a.fromBytes(append([]byte(nil), b...))
	})
	arrayMethod("tobytes", 0, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		return BytesValue(append([]byte(nil), a.data...)), nil
	})
	arrayMethod("fromlist", 1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		l, ok := asList(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "arg must be list")
		}
		b, err := a.encodeAll(t, l.items)
		if err != nil {
			return Value{}, err
		}
		a.data = append(a.data, b...)
		return None, nil
	})
	arrayMethod("tolist", 0, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		return NewListValue(a.items()), nil
	})
	arrayMethod("fromunicode", 1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "fromunicode() argument must be str, not %s", typeName(args[0]))
		}
		if a.code != 'u' {
			return Value{}, NewError(&ValueErrorType, "fromunicode() may only be called on unicode type arrays")
		}
		a.fromUnicode(s.s)
		return None, nil
	})
	arrayMethod("tounicode", 0, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		if a.code != 'u' {
			return Value{}, NewError(&ValueErrorType, "tounicode() may only be called on unicode type arrays")
		}
		return StrValue(a.unicode()), nil
	})
	arrayMethod("tofile", 1, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		w, err := GetAttrString(t, args[0], "write")
		if err != nil {
			return Value{}, err
		}
		// CPython writes in blocks of 64 KiB.
		for i := 0; i < len(a.data) || i == 0; i += 1 << 16 {
			if len(a.data) == 0 {
				break
			}
			end := min(i+1<<16, len(a.data))
			if _, err := Call(t, w, []Value{BytesValue(append([]byte(nil), a.data[i:end]...))}, nil); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	arrayMethod("fromfile", 2, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		n, err := indexArg(t, args[1], "")
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, NewError(&ValueErrorType, "negative count")
		}
		r, err := GetAttrString(t, args[0], "read")
		if err != nil {
			return Value{}, err
		}
		want := n * a.itemSize()
		got, err := Call(t, r, []Value{Int(int64(want))}, nil)
		if err != nil {
			return Value{}, err
		}
		b, ok := bytesData(got)
		if !ok || isByteArray(got) {
			return Value{}, NewError(&TypeErrorType, "read() didn't return bytes")
		}
		whole := len(b) / a.itemSize() * a.itemSize()
		a.data = append(a.data, b[:whole]...)
		if len(b) != want {
			return Value{}, NewError(&EOFErrorType, "read() didn't return enough bytes")
		}
		return None, nil
	})
	copyFn := func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		return FromObject(&newArray(&arrayType, a.code, append([]byte(nil), a.data...)).Object), nil
	}
	arrayMethod("__copy__", 0, copyFn)
	arrayMethod("__deepcopy__", 1, copyFn)
	arrayMethod("__sizeof__", 0, func(t *Thread, a *arrayObj, args []Value) (Value, error) {
		return Int(int64(64 + cap(a.data))), nil
	})
	arrayMethod("__reduce_ex__", 1, arrayReduceEx)
	// The sequence slots' dunders (addSlotWrappers covers the others).
	binary := func(name string, f func(t *Thread, a, b Value) (Value, error)) {
		addSlotWrapper(&arrayType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1); err != nil {
				return Value{}, err
			}
			return f(t, self, args[0])
		})
	}
	repeat := func(f func(t *Thread, v Value, n int) (Value, error)) func(t *Thread, a, b Value) (Value, error) {
		return func(t *Thread, a, b Value) (Value, error) {
			n, err := indexArg(t, b, "")
			if err != nil {
				return Value{}, err
			}
			return f(t, a, n)
		}
	}
	binary("__add__", arrayConcat)
	binary("__iadd__", arrayInplaceConcat)
	binary("__mul__", repeat(arrayRepeat))
	binary("__rmul__", repeat(arrayRepeat))
	binary("__imul__", repeat(arrayInplaceRepeat))
	addSlotWrappers(&arrayType)
	inheritSlots(&arrayType)

	initBuiltinType(&arrayIterType, "")
	arrayIterType.Module = "array"
	arrayIterType.Slots = Slots{Iter: selfIter, Next: func(t *Thread, v Value) (Value, error) {
		it := objectAs[arrayIter](v.ref)
		if it.a == nil || it.i >= it.a.n() {
			it.a = nil
			return Value{}, nil
		}
		x := it.a.get(it.i)
		it.i++
		return x, nil
	}}
	addSlotWrappers(&arrayIterType)
	inheritSlots(&arrayIterType)
}
