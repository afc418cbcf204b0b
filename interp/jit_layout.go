package interp

// This file extends the JIT contract (jithook.go) with the object layouts
// the tracing JIT compiles loads against: where a list's or tuple's items
// slice lives, how a dict's entries are laid out, and read access to the
// list and tuple iterators' positions. Compiled code only reads these
// words; every write stays in Go (SetSeqIterIndex at trace exits).

import (
	"unsafe"

	"github.com/pyjit/pyjit/bytecode"
)

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

// Globals returns the frame's globals dict.
func (f *Frame) Globals() *Dict { return f.globals }

// Builtins returns the frame's builtins dict.
func (f *Frame) Builtins() *Dict { return f.builtins }

// JITCache returns the inline cache of the LOAD_ATTR, STORE_ATTR or
// LOAD_GLOBAL at word index pc, or nil. The recorder reads it as type
// feedback and never writes it.
func (co *CodeObject) JITCache(pc int) *InlineCache {
	if pc < 0 || pc+1 >= len(co.Code.Words) || !hasCache(bytecode.Op(co.Code.Words[pc]&0xff)) {
		return nil
	}
	if ix := int(co.Code.Words[pc+1]); ix >= co.ncaches {
		return nil
	}
	return co.cacheAt(pc)
}

// DictEntryValue returns the value of entry ix of d (null if ix is out
// of range or the entry is deleted) and d's keys version, which guards
// that entry ix still holds the same key.
func DictEntryValue(d *Dict, ix int) (Value, uint64) {
	if d == nil || ix < 0 || ix >= len(d.entries) || d.entries[ix].key.IsNull() {
		return Value{}, 0
	}
	return d.entries[ix].value, d.keysVersion
}

// DictObject returns the object header of a dict (the address its
// layout offsets are relative to).
func DictObject(d *Dict) *Object { return &d.Object }

// BuiltinIdentity returns the module and name of a module-level builtin
// function (len, math.sqrt, ...); ok is false for anything else. Only Go
// code creates such functions, so the pair identifies the function.
func BuiltinIdentity(v Value) (module, name string, ok bool) {
	if v.ref == nil || v.ref.typ != &BuiltinFunctionType {
		return "", "", false
	}
	b := objectAs[Builtin](v.ref)
	if !b.Self.IsNull() || b.Owner != nil || b.Module == "" {
		return "", "", false
	}
	return b.Module, b.Name, true
}

// ModuleDict returns the namespace of a module object.
func ModuleDict(v Value) (*Dict, bool) {
	if v.ref == nil || v.ref.typ != &ModuleType {
		return nil, false
	}
	return objectAs[Module](v.ref).Dict, true
}

// TypeVersionOffset is the offset of a type's 32-bit version tag, which
// traces load (zero-extended) to guard what an inline cache assumed.
var TypeVersionOffset = int64(unsafe.Offsetof(Type{}.version))

// Instance layout: a plain class instance keeps its attributes in an
// Attrs at InstanceAttrsOffset: the shape pointer, the values slice and
// the dict pointer (nil while attributes live in values).
var (
	InstanceAttrsOffset = int64(unsafe.Offsetof(Instance{}.attrs))
	AttrsShapeOffset    = int64(unsafe.Offsetof(Attrs{}.shape))
	AttrsValuesOffset   = int64(unsafe.Offsetof(Attrs{}.values))
	AttrsDictOffset     = int64(unsafe.Offsetof(Attrs{}.dict))
)

// TypeVersion returns tp's current version tag.
func TypeVersion(tp *Type) uint32 { return tp.version.Load() }

// InstanceValues returns the attribute shape and values of v when v is
// a plain class instance (with or without __slots__) whose attributes
// live in a values array (the layout InstanceAttrsOffset describes); ok
// is false otherwise.
func InstanceValues(v Value) (shape *Shape, values []Value, ok bool) {
	if v.ref == nil || v.IsUnboxed() {
		return nil, nil, false
	}
	tp := v.ref.typ
	if tp.Base != &ObjectType || tp.Flags&FlagHeap == 0 {
		return nil, nil, false
	}
	a := &objectAs[Instance](v.ref).attrs
	if a.dict != nil {
		return nil, nil, false
	}
	return a.shape, a.values, true
}

// DictKeysVersion returns d's keys version.
func DictKeysVersion(d *Dict) uint64 { return d.keysVersion }
