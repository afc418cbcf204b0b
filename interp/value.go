// Package interp is pyjit's object model and evaluation loop.
//
// This file defines Value, the representation of a Python value in frame
// slots, on the value stack and inside containers. The layout is part of
// the JIT's contract: compiled code reads it directly.
//
// # Layout
//
//	type Value struct {
//		ref  *Object // offset 0: never nil for a valid value
//		bits uint64  // offset 8: payload of unboxed kinds, else 0
//	}
//
// Small ints (int64), floats, bools and None need no allocation: ref points
// at a static tag object (IntTag, FloatTag, BoolTag, NoneTag) and bits
// holds the int64, the float64 bits or 0/1. Every other value is a heap
// object whose first field is an Object header, and bits is 0. Because
// every ref (static tag or heap object) starts with an Object header whose
// first word is the type, type(v) is one load for every value, and a JIT
// type guard is one compare of ref against an immediate: Go's heap and
// static data never move.
//
// The zero Value (ref == nil) is "no value": an unbound local or the NULL
// that CPython pushes under a callable.
//
// # Rules for compiled code (../shared/DESIGN.md, option 1)
//
// ref is a pointer word the garbage collector scans. Compiled code may read
// slots but never writes a Value: Go's write barrier needs every pointer
// store. Live values stay in registers and a scalar spill area; exits hand
// them to Go, which writes the slots.
package interp

import (
	"math"
	"unsafe"
)

// Value is a Python value. See the package documentation for its layout.
type Value struct {
	ref  *Object
	bits uint64
}

// Object is the header at offset 0 of every Python object: its type.
type Object struct {
	typ *Type
}

// The static tag objects of the unboxed kinds. Their addresses identify
// the kind; their headers give the type.
var (
	IntTag   = Object{typ: &IntType}
	FloatTag = Object{typ: &FloatType}
	BoolTag  = Object{typ: &BoolType}
	NoneTag  = Object{typ: &NoneType}
)

// Offsets and sizes the JIT backends compile against; TestValueLayout
// keeps them true.
const (
	ValueSize      = 16
	ValueRefOffset = 0
	ValueBitsOffs  = 8
)

// None, True and False.
var (
	None  = Value{ref: &NoneTag}
	True  = Value{ref: &BoolTag, bits: 1}
	False = Value{ref: &BoolTag, bits: 0}
)

// Int returns the Python int i.
func Int(i int64) Value { return Value{ref: &IntTag, bits: uint64(i)} }

// Float returns the Python float f.
func Float(f float64) Value { return Value{ref: &FloatTag, bits: math.Float64bits(f)} }

// Bool returns True or False.
func Bool(b bool) Value {
	if b {
		return True
	}
	return False
}

// FromObject wraps a heap object. obj must point to a struct whose first
// field is an Object header.
func FromObject(obj *Object) Value { return Value{ref: obj} }

// IsNull reports whether v is "no value".
func (v Value) IsNull() bool { return v.ref == nil }

// IsInt reports whether v is an unboxed int (a small int; big ints are
// heap objects of type int too).
func (v Value) IsInt() bool { return v.ref == &IntTag }

// IsFloat reports whether v is a float.
func (v Value) IsFloat() bool { return v.ref == &FloatTag }

// IsBool reports whether v is True or False.
func (v Value) IsBool() bool { return v.ref == &BoolTag }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.ref == &NoneTag }

// IsUnboxed reports whether v needs no heap object.
func (v Value) IsUnboxed() bool {
	return v.ref == &IntTag || v.ref == &FloatTag || v.ref == &BoolTag || v.ref == &NoneTag
}

// AsInt returns the int64 of an unboxed int (or 0/1 of a bool).
func (v Value) AsInt() int64 { return int64(v.bits) }

// AsFloat returns the float64 of a float value.
func (v Value) AsFloat() float64 { return math.Float64frombits(v.bits) }

// AsBool returns the truth of a bool value.
func (v Value) AsBool() bool { return v.bits != 0 }

// Object returns the heap object of a boxed value (or the tag of an
// unboxed one).
func (v Value) Object() *Object { return v.ref }

// Type returns type(v). v must not be null.
func (v Value) Type() *Type { return v.ref.typ }

// Is is Python's `is`: the same heap object, or the same unboxed kind and
// payload. (Unboxed ints and floats with equal payloads are identical, as
// in PyPy; CPython only guarantees that for small ints.)
func (v Value) Is(w Value) bool { return v.ref == w.ref && v.bits == w.bits }

// objectAs converts a heap object header to the struct that embeds it.
// T must have an Object as its first field and obj must have been allocated
// as a T.
func objectAs[T any](obj *Object) *T { return (*T)(unsafe.Pointer(obj)) }
