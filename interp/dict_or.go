package interp

// This file implements dict's | and |= operators (PEP 584).

// dictOr is dict.__or__ / __ror__: a new dict with the right operand's
// items merged over the left's.
func dictOr(t *Thread, a, b Value) (Value, error) {
	x, ok1 := asDict(a)
	_, ok2 := asDict(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	r := x.Copy()
	return FromObject(&r.Object), r.Update(t, b)
}

// dictInplaceOr is dict.__ior__: update with any mapping or iterable of
// pairs.
func dictInplaceOr(t *Thread, a, b Value) (Value, error) {
	d, ok := asDict(a)
	if !ok {
		return NotImplemented, nil
	}
	return a, d.Update(t, b)
}
