package interp

// This file implements list.sort (and so sorted): a stable sort that only
// uses <, with key= and reverse= as CPython's listsort does.

import "sort"

type sorter struct {
	t    *Thread
	keys []Value
	vals []Value
	err  error
}

func (s *sorter) Len() int { return len(s.vals) }
func (s *sorter) Swap(i, j int) {
	s.keys[i], s.keys[j] = s.keys[j], s.keys[i]
	s.vals[i], s.vals[j] = s.vals[j], s.vals[i]
}
func (s *sorter) Less(i, j int) bool {
	if s.err != nil {
		return false
	}
	lt, err := lessThan(s.t, s.keys[i], s.keys[j])
	if err != nil {
		s.err = err
		return false
	}
	return lt
}

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
	l.items = nil // CPython empties the list while sorting
	keys := vals
	if !key.IsNone() {
		keys = make([]Value, len(vals))
		for i, v := range vals {
			k, err := Call(t, key, []Value{v}, nil)
			if err != nil {
				l.items = vals
				return err
			}
			keys[i] = k
		}
	} else {
		keys = append([]Value(nil), vals...)
	}
	s := &sorter{t: t, keys: keys, vals: vals}
	if reverse {
		reverseValues(keys)
		reverseValues(vals)
	}
	sort.Stable(s)
	if reverse {
		reverseValues(keys)
		reverseValues(vals)
	}
	modified := len(l.items) != 0
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
