package interp

// This file lets classes derive from bytes and bytearray: an instance
// is the builtin object with an attribute store behind it. Methods
// inherited from bytes/bytearray return plain bytes/bytearray, as in
// CPython.

type bytesSub struct {
	Bytes
	attrs Attrs
}

type byteArraySub struct {
	ByteArray
	attrs Attrs
}

func init() {
	subclassableBases[&BytesType] = true
	subclassableBases[&ByteArrayType] = true
}

// newBytesOf makes an instance of bytes or of a subclass of it.
func newBytesOf(typ *Type, b []byte) Value {
	if typ == &BytesType {
		return BytesValue(b)
	}
	s := &bytesSub{Bytes: Bytes{Object: Object{typ: typ}, b: b}}
	return FromObject(&s.Object)
}

// newByteArrayOf makes an empty bytearray (or subclass instance).
func newByteArrayOf(typ *Type) Value {
	if typ == &ByteArrayType {
		return ByteArrayValue([]byte{})
	}
	s := &byteArraySub{ByteArray: ByteArray{Object: Object{typ: typ}, b: []byte{}}}
	return FromObject(&s.Object)
}
