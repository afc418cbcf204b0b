package interp

// This file holds the limits of the format-spec mini-language: a width
// or precision must fit in a Py_ssize_t, and a width no string could be
// padded to fails as CPython's allocation would.

// errFormatDigits is CPython's error for a width or precision that
// overflows a Py_ssize_t.
func errFormatDigits() error {
	return NewError(&ValueErrorType, "Too many decimal digits in format string")
}

// maxFormatWidth is far beyond any string pyjit can build.
const maxFormatWidth = 1 << 40
