package astopt

// This file holds the helpers that look at constant values as Python
// objects: numeric coercion, truthiness and equality.

import (
	"math"
	"math/big"

	"github.com/pyjit/pyjit/frontend/ast"
)

// asInt returns v as an int if it is a Python int (bool included, since bool
// is a subclass of int).
func asInt(v ast.Value) (*big.Int, bool) {
	switch v := v.(type) {
	case *big.Int:
		if v == nil {
			return nil, false
		}
		return v, true
	case bool:
		if v {
			return big.NewInt(1), true
		}
		return new(big.Int), true
	}
	return nil, false
}

// isNumber reports whether v is an int, bool, float or complex.
func isNumber(v ast.Value) bool {
	switch v := v.(type) {
	case *big.Int:
		return v != nil
	case bool, float64, complex128:
		return true
	}
	return false
}

// intToFloat is PyLong_AsDouble: correctly rounded (half to even), failing
// with OverflowError when the result does not fit in a double.
func intToFloat(i *big.Int) (float64, bool) {
	if i.IsInt64() {
		n := i.Int64()
		if n >= -(1<<53) && n <= 1<<53 {
			return float64(n), true
		}
	}
	f, _ := new(big.Float).SetInt(i).Float64()
	if math.IsInf(f, 0) {
		return 0, false
	}
	return f, true
}

// asFloat converts an int, bool or float operand to a double, as float's
// arithmetic slots do (CONVERT_TO_DOUBLE).
func asFloat(v ast.Value) (float64, bool) {
	if f, ok := v.(float64); ok {
		return f, true
	}
	if i, ok := asInt(v); ok {
		return intToFloat(i)
	}
	return 0, false
}

// asComplex converts any number to a complex, as complex's slots do
// (to_complex).
func asComplex(v ast.Value) (complex128, bool) {
	if c, ok := v.(complex128); ok {
		return c, true
	}
	f, ok := asFloat(v)
	return complex(f, 0), ok
}

// truth is PyObject_IsTrue for constants.
func truth(v ast.Value) (bool, bool) {
	switch v := v.(type) {
	case ast.NoneValue:
		return false, true
	case ast.EllipsisValue:
		return true, true
	case bool:
		return v, true
	case *big.Int:
		if v == nil {
			return false, false
		}
		return v.Sign() != 0, true
	case float64:
		return v != 0, true
	case complex128:
		return real(v) != 0 || imag(v) != 0, true
	case ast.Str:
		return len(v) != 0, true
	case ast.Bytes:
		return len(v) != 0, true
	case ast.TupleValue:
		return len(v) != 0, true
	case ast.FrozenSetValue:
		return len(v) != 0, true
	}
	return false, false
}

// equal is Python's == between two constants, as a set uses it to
// deduplicate elements: numbers compare by value across int, bool, float and
// complex (exactly, never through a rounded float), containers element by
// element. NaNs are never equal (distinct NaN objects stay distinct in a set).
func equal(a, b ast.Value) bool {
	if isNumber(a) && isNumber(b) {
		return numEqual(a, b)
	}
	switch a := a.(type) {
	case ast.NoneValue:
		_, ok := b.(ast.NoneValue)
		return ok
	case ast.EllipsisValue:
		_, ok := b.(ast.EllipsisValue)
		return ok
	case ast.Str:
		b, ok := b.(ast.Str)
		return ok && a == b
	case ast.Bytes:
		b, ok := b.(ast.Bytes)
		return ok && a == b
	case ast.TupleValue:
		b, ok := b.(ast.TupleValue)
		if !ok || len(a) != len(b) {
			return false
		}
		for i := range a {
			if !equal(a[i], b[i]) {
				return false
			}
		}
		return true
	case ast.FrozenSetValue:
		b, ok := b.(ast.FrozenSetValue)
		if !ok || len(a) != len(b) {
			return false
		}
		for _, x := range a {
			if !containsValue(b, x) {
				return false
			}
		}
		return true
	}
	return false
}

func containsValue(vs []ast.Value, x ast.Value) bool {
	for _, v := range vs {
		if equal(v, x) {
			return true
		}
	}
	return false
}

// numEqual compares two numbers exactly, as Python does.
func numEqual(a, b ast.Value) bool {
	ca, aIsC := a.(complex128)
	cb, bIsC := b.(complex128)
	switch {
	case aIsC && bIsC:
		return ca == cb
	case aIsC:
		return imag(ca) == 0 && realEqual(real(ca), b)
	case bIsC:
		return imag(cb) == 0 && realEqual(real(cb), a)
	}
	if fa, ok := a.(float64); ok {
		return realEqual(fa, b)
	}
	if fb, ok := b.(float64); ok {
		return realEqual(fb, a)
	}
	ia, _ := asInt(a)
	ib, _ := asInt(b)
	return ia.Cmp(ib) == 0
}

// realEqual compares a float with an int, bool or float without rounding.
func realEqual(f float64, v ast.Value) bool {
	if g, ok := v.(float64); ok {
		return f == g
	}
	i, ok := asInt(v)
	if !ok || math.IsInf(f, 0) || math.IsNaN(f) || f != math.Trunc(f) {
		return false
	}
	bf := new(big.Float).SetFloat64(f)
	fi, _ := bf.Int(nil)
	return fi.Cmp(i) == 0
}
