package interp

// This file implements dict's storage: CPython's compact ordered dict. An
// index table (open addressing with CPython's perturbation probe) points
// into an entries array kept in insertion order; deleted entries leave
// holes until the next resize. Every mutation bumps the dict's version,
// and a change of its keys its keys version, so inline caches (which also
// check the dict's identity) can test "unchanged" with one compare.

// DictType is dict.
var DictType = Type{Name: "dict"}

// Dict is a dict object.
type Dict struct {
	Object
	indices []int32 // -1 empty, -2 deleted (dummy)
	entries []dictEntry
	used    int // live entries
	// version changes on every mutation (globally unique values).
	version uint64
	// keysVersion changes when the set of keys or their entry positions
	// change (not when a value is replaced): a cache that recorded an
	// entry index stays valid while keysVersion is unchanged.
	keysVersion uint64
	attrs       *Attrs
	// owner is the type whose namespace this dict is: every mutation
	// invalidates the type's version tag (and so the caches keyed by it),
	// however the mutation happens.
	owner *Type
}

type dictEntry struct {
	hash  int64
	key   Value // null for a deleted entry
	value Value
}

const (
	ixEmpty = -1
	ixDummy = -2
	minSize = 8
)

// NewDict makes an empty dict.
func NewDict() *Dict {
	return &Dict{Object: Object{typ: &DictType}}
}

// NewDictValue makes an empty dict Value.
func NewDictValue() Value { return FromObject(&NewDict().Object) }

func asDict(v Value) (*Dict, bool) {
	if v.ref != nil && v.ref.typ.IsSubtype(&DictType) {
		return objectAs[Dict](v.ref), true
	}
	return nil, false
}

func mustDict(v Value) *Dict { return objectAs[Dict](v.ref) }

// Len is len(d).
func (d *Dict) Len() int { return d.used }

// Version is the dict's current version tag.
func (d *Dict) Version() uint64 { return d.version }

func (d *Dict) modified() {
	// A per-dict counter: caches pair a version with the dict's identity,
	// so versions need not be unique across dicts (and a global atomic
	// counter would cost every dict store a locked instruction).
	d.version++
	if d.owner != nil {
		d.owner.Modified()
	}
}

// keysModified records a change of the keys (insertion, deletion).
func (d *Dict) keysModified() {
	d.version++
	d.keysVersion++
	if d.owner != nil {
		d.owner.Modified()
	}
}

// lookup finds key; it returns the index slot and entry index (-1 if
// absent). It may call __eq__, which may mutate the dict: then the lookup
// starts over.
func (d *Dict) lookup(t *Thread, key Value, hash int64) (slot, ix int, err error) {
restart:
	// (Re)starting: an __eq__ may have emptied the dict meanwhile.
	if d.indices == nil {
		return -1, -1, nil
	}
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	keyStr := isStr(key)
	for {
		e := int(d.indices[i])
		if e == ixEmpty {
			return int(i), -1, nil
		}
		if e >= 0 {
			ent := &d.entries[e]
			if ent.key.Is(key) {
				return int(i), e, nil
			}
			if ent.hash == hash {
				if keyStr && isStr(ent.key) {
					if mustStr(ent.key).s == mustStr(key).s {
						return int(i), e, nil
					}
				} else if t != nil {
					// Without a thread (type lookups) Python-level __eq__
					// cannot run: such keys never match a str.
					startKey, ver := ent.key, d.version
					eq, err := Equal(t, startKey, key)
					if err != nil {
						return -1, -1, err
					}
					if d.version != ver || e >= len(d.entries) || !d.entries[e].key.Is(startKey) {
						goto restart
					}
					if eq {
						return int(i), e, nil
					}
				}
			}
		}
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
}

// findEmpty returns the first empty or dummy slot for hash (the key is
// known to be absent).
func (d *Dict) findEmpty(hash int64) int {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for d.indices[i] >= 0 {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

func (d *Dict) resize(minUsed int) {
	size := minSize
	for size*2/3 < minUsed {
		size <<= 1
	}
	live := make([]dictEntry, 0, size*2/3)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			live = append(live, e)
		}
	}
	d.entries = live
	d.indices = make([]int32, size)
	for i := range d.indices {
		d.indices[i] = ixEmpty
	}
	for ix, e := range live {
		d.indices[d.findEmpty(e.hash)] = int32(ix)
	}
}

// GetItem returns d[key]; found is false when absent.
func (d *Dict) GetItem(t *Thread, key Value) (Value, bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return Value{}, false, err
	}
	_, ix, err := d.lookup(t, key, h)
	if err != nil || ix < 0 {
		return Value{}, false, err
	}
	return d.entries[ix].value, true, nil
}

// GetStr looks a str key up (never calls Python code).
func (d *Dict) GetStr(t *Thread, key *Str) (Value, bool, error) {
	if d.used == 0 {
		return Value{}, false, nil
	}
	_, ix, err := d.lookup(t, FromObject(&key.Object), key.Hash())
	if err != nil || ix < 0 {
		return Value{}, false, err
	}
	return d.entries[ix].value, true, nil
}

// SetItem sets d[key] = value.
func (d *Dict) SetItem(t *Thread, key, value Value) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return d.setWithHash(t, key, h, value)
}

func (d *Dict) setWithHash(t *Thread, key Value, h int64, value Value) error {
	_, ix, err := d.lookup(t, key, h)
	if err != nil {
		return err
	}
	if ix >= 0 {
		d.entries[ix].value = value
		d.modified()
		return nil
	}
	if d.indices == nil || len(d.entries) >= len(d.indices)*2/3 {
		d.resize(d.used * 3)
	}
	slot := d.findEmpty(h)
	d.indices[slot] = int32(len(d.entries))
	d.entries = append(d.entries, dictEntry{hash: h, key: key, value: value})
	d.used++
	d.keysModified()
	return nil
}

// setStrNoErr stores a str key (cannot fail).
func (d *Dict) setStrNoErr(key *Str, value Value) {
	_ = d.setWithHash(nil, FromObject(&key.Object), key.Hash(), value)
}

// Pop removes key, returning its value and whether it was present.
func (d *Dict) Pop(t *Thread, key Value) (Value, bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return Value{}, false, err
	}
	slot, ix, err := d.lookup(t, key, h)
	if err != nil || ix < 0 {
		return Value{}, false, err
	}
	v := d.entries[ix].value
	d.entries[ix] = dictEntry{}
	d.indices[slot] = ixDummy
	d.used--
	d.keysModified()
	return v, true, nil
}

// Clear empties the dict.
func (d *Dict) Clear() {
	d.indices, d.entries, d.used = nil, nil, 0
	d.keysModified()
}

// Keys returns the keys in order.
func (d *Dict) Keys() []Value {
	out := make([]Value, 0, d.used)
	for _, e := range d.entries {
		if !e.key.IsNull() {
			out = append(out, e.key)
		}
	}
	return out
}

// Range calls f for each item in order until it returns false. f must not
// mutate the dict.
func (d *Dict) Range(f func(k, v Value) bool) {
	for _, e := range d.entries {
		if !e.key.IsNull() && !f(e.key, e.value) {
			return
		}
	}
}

// popLast removes the last item (popitem), ok false when empty.
func (d *Dict) popLast() (k, v Value, ok bool) {
	for i := len(d.entries) - 1; i >= 0; i-- {
		e := d.entries[i]
		if e.key.IsNull() {
			continue
		}
		slot := d.findIndexOf(e.hash, i)
		d.indices[slot] = ixDummy
		d.entries = d.entries[:i]
		d.used--
		d.keysModified()
		return e.key, e.value, true
	}
	return Value{}, Value{}, false
}

func (d *Dict) findIndexOf(hash int64, ix int) int {
	mask := uint64(len(d.indices) - 1)
	perturb := uint64(hash)
	i := uint64(hash) & mask
	for int(d.indices[i]) != ix {
		perturb >>= 5
		i = (i*5 + perturb + 1) & mask
	}
	return int(i)
}

// Copy returns a shallow copy.
func (d *Dict) Copy() *Dict {
	n := NewDict()
	for _, e := range d.entries {
		if !e.key.IsNull() {
			_ = n.setWithHash(nil, e.key, e.hash, e.value)
		}
	}
	return n
}

// Update merges other's items into d (dict.update with a mapping or an
// iterable of pairs).
func (d *Dict) Update(t *Thread, other Value) error {
	if o, ok := asDict(other); ok && dictIterInherited(other) {
		for _, e := range o.entries {
			if !e.key.IsNull() {
				if err := d.setWithHash(t, e.key, e.hash, e.value); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if keysFn, err := lookupMethod(t, other, "keys"); err == nil && !keysFn.IsNull() {
		keys, err := Call(t, keysFn, nil, nil)
		if err != nil {
			return err
		}
		ks, err := iterateToSlice(t, keys)
		if err != nil {
			return err
		}
		for _, k := range ks {
			v, err := GetItem(t, other, k)
			if err != nil {
				return err
			}
			if err := d.SetItem(t, k, v); err != nil {
				return err
			}
		}
		return nil
	}
	it, err := Iter(t, other)
	if err != nil {
		return err
	}
	for n := 0; ; n++ {
		item, err := Next(t, it)
		if err != nil {
			return err
		}
		if item.IsNull() {
			return nil
		}
		pair, err := iterateToSlice(t, item)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == &TypeErrorType {
				return NewError(&TypeErrorType, "cannot convert dictionary update sequence element #%d to a sequence", n)
			}
			return err
		}
		if len(pair) != 2 {
			return NewError(&ValueErrorType, "dictionary update sequence element #%d has length %d; 2 is required", n, len(pair))
		}
		if err := d.SetItem(t, pair[0], pair[1]); err != nil {
			return err
		}
	}
}
