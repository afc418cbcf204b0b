package interp

import "unsafe"

// This file implements list.sort (and so sorted): argument handling, key=
// and reverse=; timsort.go is the algorithm.

// lessThan is bool(a < b) with int and float fast paths.
func lessThan(t *Thread, a, b Value) (bool, error) {
	if a.ref == &IntTag && b.ref == &IntTag {
		return int64(a.bits) < int64(b.bits), nil
	}
	if a.ref == &FloatTag && b.ref == &FloatTag {
		return a.AsFloat() < b.AsFloat(), nil
	}
	if isStr(a) && isStr(b) {
		return mustStr(a).s < mustStr(b).s, nil
	}
	r, err := RichCompare(t, a, b, 0)
	if err != nil {
		return false, err
	}
	return Truth(t, r)
}

func listSort(t *Thread, l *List, args []Value, kw []string) (Value, error) {
	if len(args) > len(kw) {
		return Value{}, NewError(&TypeErrorType, "sort() takes no positional arguments")
	}
	key, reverse := None, false
	for i, k := range kw {
		v := args[i]
		switch k {
		case "key":
			key = v
		case "reverse":
			b, err := Truth(t, v)
			if err != nil {
				return Value{}, err
			}
			reverse = b
		default:
			return Value{}, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for sort()", k)
		}
	}
	return None, sortValues(t, l, key, reverse)
}

func sortValues(t *Thread, l *List, key Value, reverse bool) error {
	vals := l.items
	// CPython empties the list while sorting and reports any resize made
	// meanwhile. A fresh zero-capacity slice does the same: every append
	// moves the list to a new array and clear() sets it to nil, so the
	// array pointer changes even if the list is empty again at the end.
	during := make([]Value, 1)[:0:0]
	l.items = during
	s := &timsort{t: t, keys: vals}
	if !key.IsNone() {
		keys := make([]Value, len(vals))
		for i, v := range vals {
			k, err := Call(t, key, []Value{v}, nil)
			if err != nil {
				l.items = vals
				return err
			}
			keys[i] = k
		}
		s.keys, s.vals = keys, vals
	}
	if reverse {
		// Reversing before and after keeps equal keys in their original
		// order, as CPython does.
		reverseValues(s.keys)
		if s.vals != nil {
			reverseValues(s.vals)
		}
	}
	s.sort()
	if reverse {
		reverseValues(s.keys)
		if s.vals != nil {
			reverseValues(s.vals)
		}
	}
	modified := len(l.items) != 0 || unsafe.SliceData(l.items) != unsafe.SliceData(during)
	l.items = vals
	if s.err != nil {
		return s.err
	}
	if modified {
		return NewError(&ValueErrorType, "list modified during sort")
	}
	return nil
}

func reverseValues(v []Value) {
	for i, j := 0, len(v)-1; i < j; i, j = i+1, j-1 {
		v[i], v[j] = v[j], v[i]
	}
}
