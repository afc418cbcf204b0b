package interp

// This file lets float() parse bytes-like objects, as CPython's
// PyFloat_FromString does (pickle protocol 0 stores floats as text and
// calls float(b"1.5")). Errors show the repr of the bytes object.

import "unicode/utf8"

func floatFromBytes(t *Thread, x Value, b []byte) (Value, error) {
	if utf8.Valid(b) {
		if v, err := parseFloatString(string(b)); err == nil {
			return v, nil
		}
	}
	r, err := ReprString(t, x)
	if err != nil {
		return Value{}, err
	}
	return Value{}, NewError(&ValueErrorType, "could not convert string to float: %s", r)
}
