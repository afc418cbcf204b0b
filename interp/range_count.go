package interp

// This file holds range.count for arguments that are not ints: like any
// sequence it compares every element (CPython's _PySequence_IterSearch),
// so an object equal to everything counts every element.

func rangeCountByEquality(t *Thread, self, x Value) (Value, error) {
	it, err := Iter(t, self)
	if err != nil {
		return Value{}, err
	}
	n := int64(0)
	for {
		v, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if v.IsNull() {
			return Int(n), nil
		}
		eq, err := Equal(t, v, x)
		if err != nil {
			return Value{}, err
		}
		if eq {
			n++
		}
	}
}
