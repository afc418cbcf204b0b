package interp

// This file implements the array module (CPython's Modules/arraymodule.c):
// array.array, a typed sequence of machine values kept as raw bytes in
// native byte order, so tobytes, byteswap and the buffer protocol are
// plain byte operations.

// arrayType is array.array.
var arrayType = Type{Name: "array"}

// arrayObj is an array.array: data holds len/itemsize items.
type arrayObj struct {
	Object
	code  byte
	data  []byte
	attrs Attrs
}
