package interp

// This file holds what the data modules (_struct, binascii, zlib, array,
// marshal, the hashes) share: their exception classes, which are static
// builtin types like the builtin exceptions, and buffer access.

// initDataError makes tp a builtin exception class module.name deriving
// from base (Exception unless given).
func initDataError(tp *Type, module, doc string, base *Type) {
	if base == nil {
		base = &ExceptionType
	}
	initBuiltinType(tp, doc, base)
	tp.Flags |= FlagException | FlagBaseType
	tp.Base = &BaseExceptionType
	tp.Module = module
	inheritSlots(tp)
}

// dataBuffer returns the bytes of a bytes-like object: bytes, bytearray,
// memoryview or array.array (the caller must not keep or modify them).
func dataBuffer(v Value) ([]byte, bool) {
	if b, ok := bytesData(v); ok {
		return b, true
	}
	if v.ref != nil && v.ref.typ.IsSubtype(&arrayType) {
		a := objectAs[arrayObj](v.ref)
		return a.data, true
	}
	return nil, false
}

// dataBufferArg is dataBuffer with CPython's TypeError for anything else.
func dataBufferArg(v Value) ([]byte, error) {
	if b, ok := dataBuffer(v); ok {
		return b, nil
	}
	return nil, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
}

// dataWritableBuffer returns the bytes of a writable buffer (bytearray,
// array.array or a writable memoryview), which the caller may modify in
// place.
func dataWritableBuffer(v Value, what string) ([]byte, error) {
	if v.ref != nil && v.ref.typ.IsSubtype(&ByteArrayType) {
		return objectAs[ByteArray](v.ref).b, nil
	}
	if v.ref != nil && v.ref.typ.IsSubtype(&arrayType) {
		return objectAs[arrayObj](v.ref).data, nil
	}
	if m, ok := asMemoryView(v); ok && !m.readonly && !m.released && m.contiguous() {
		// A contiguous view's bytes are its exporter's memory.
		if b, ok := memoryViewBytes(v); ok {
			return b, nil
		}
	}
	return nil, NewError(&TypeErrorType, "%s must be read-write bytes-like object, not %s", what, typeName(v))
}
