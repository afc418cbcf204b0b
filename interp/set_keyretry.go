package interp

// This file holds CPython's retry for set lookups with a set as the key:
// sets are unhashable, so `s in t`, t.remove(s) and t.discard(s) retry
// with frozenset(s) when hashing s fails.

// frozenKeyRetry returns the frozenset to retry with when err is the
// TypeError of hashing key, a set (or set subclass instance).
func frozenKeyRetry(key Value, err error) (Value, bool) {
	e, isExc := err.(*Exception)
	if !isExc || e.typ != &TypeErrorType || !key.Type().IsSubtype(&SetType) {
		return Value{}, false
	}
	ks, ok := asSet(key)
	if !ok {
		return Value{}, false
	}
	return FromObject(&ks.copyAs(&FrozenSetType).Object), true
}

// discardKey is s.discard(key) with the frozenset retry.
func (s *Set) discardKey(t *Thread, key Value) (bool, error) {
	found, err := s.discard(t, key)
	if err != nil {
		if fk, ok := frozenKeyRetry(key, err); ok {
			return s.discard(t, fk)
		}
	}
	return found, err
}
