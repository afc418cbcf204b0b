package interp

// This file extends the JIT contract (jithook.go) with the object layouts
// the tracing JIT compiles loads against: where a list's or tuple's items
// slice lives, how a dict's entries are laid out, and read access to the
// list and tuple iterators' positions. Compiled code only reads these
// words; every write stays in Go (SetSeqIterIndex at trace exits).

import "unsafe"

// Byte offsets of object fields that compiled traces load. A Go slice
// header is {data pointer, len, cap}; TestJITLayout keeps these true.
var (
	// ListItemsOffset is the offset of List.items (its data pointer; the
	// length follows at +8).
	ListItemsOffset = int64(unsafe.Offsetof(List{}.items))
	// TupleItemsOffset is the offset of Tuple.items.
	TupleItemsOffset = int64(unsafe.Offsetof(Tuple{}.items))
	// DictEntriesOffset is the offset of Dict.entries.
	DictEntriesOffset = int64(unsafe.Offsetof(Dict{}.entries))
	// DictKeysVersionOffset is the offset of Dict.keysVersion.
	DictKeysVersionOffset = int64(unsafe.Offsetof(Dict{}.keysVersion))
	// DictEntrySize and DictEntryValueOffset describe one dict entry.
	DictEntrySize        = int64(unsafe.Sizeof(dictEntry{}))
	DictEntryValueOffset = int64(unsafe.Offsetof(dictEntry{}.value))
)

// ExactList returns the items of v when v is exactly a list (not a
// subclass, whose methods may be overridden).
func ExactList(v Value) ([]Value, bool) {
	if v.ref == nil || v.ref.typ != &ListType {
		return nil, false
	}
	return objectAs[List](v.ref).items, true
}

// ExactTuple returns the items of v when v is exactly a tuple.
func ExactTuple(v Value) ([]Value, bool) {
	if v.ref == nil || v.ref.typ != &TupleType {
		return nil, false
	}
	return objectAs[Tuple](v.ref).items, true
}

// SeqIterState returns the sequence and next index of a list or tuple
// iterator (the index is -1 once a list iterator is exhausted).
func SeqIterState(v Value) (seq Value, i int, ok bool) {
	if v.ref == nil || (v.ref.typ != &ListIterType && v.ref.typ != &TupleIterType) {
		return Value{}, 0, false
	}
	it := objectAs[seqIter](v.ref)
	return it.seq, it.i, true
}

// SetSeqIterIndex moves a list or tuple iterator to index i (trace exits
// write back the position a trace advanced in a register).
func SetSeqIterIndex(v Value, i int) bool {
	if v.ref == nil || (v.ref.typ != &ListIterType && v.ref.typ != &TupleIterType) {
		return false
	}
	objectAs[seqIter](v.ref).i = i
	return true
}

// ObjectValue rebuilds the Value of a heap object (or None) from the
// address a trace exit handed back. The object is still reachable from
// where the trace loaded it (traces never store pointers), so the address
// is valid; bits is 0 for every value that is not an unboxed kind.
func ObjectValue(addr *Object) Value { return Value{ref: addr} }
