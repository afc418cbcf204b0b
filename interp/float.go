package interp

// This file implements float: unboxed float64 values with Python's
// semantics for //, %, ** and mixed int/float arithmetic.

import (
	"math"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
)

func floatRepr(t *Thread, v Value) (Value, error) {
	return StrValue(literal.ReprFloat(v.AsFloat())), nil
}

func floatHash(t *Thread, v Value) (int64, error) {
	return HashFloat(v.AsFloat(), int64(uintptr(0))), nil
}

func floatBool(t *Thread, v Value) (bool, error) { return v.AsFloat() != 0, nil }

// toFloatOperand converts a float or int operand; ok is false for other
// types (NotImplemented).
func toFloatOperand(v Value) (float64, bool, error) {
	if v.IsFloat() || (v.ref != nil && v.ref.typ.IsSubtype(&FloatType)) {
		return v.AsFloat(), true, nil
	}
	if isIntLike(v) {
		f, err := intToFloat(v)
		return f, true, err
	}
	return 0, false, nil
}

func floatCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x := a.AsFloat()
	if b.IsFloat() {
		y := b.AsFloat()
		var r bool
		switch op {
		case bytecode.CmpLT:
			r = x < y
		case bytecode.CmpLE:
			r = x <= y
		case bytecode.CmpEQ:
			r = x == y
		case bytecode.CmpNE:
			r = x != y
		case bytecode.CmpGT:
			r = x > y
		default:
			r = x >= y
		}
		return Bool(r), nil
	}
	if isIntLike(b) {
		if math.IsNaN(x) {
			return Bool(op == bytecode.CmpNE), nil
		}
		return Bool(cmpResult(-compareIntFloat(b, x), op)), nil
	}
	return NotImplemented, nil
}

// floatNumber is float's slot for every binary operator.
func floatNumber(op bytecode.BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok, err := toFloatOperand(a)
		if !ok || err != nil {
			return NotImplemented, err
		}
		y, ok, err := toFloatOperand(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		return floatOp(op, x, y)
	}
}

func floatOp(op bytecode.BinOp, x, y float64) (Value, error) {
	switch op {
	case bytecode.BinOpAdd, bytecode.BinOpInplaceAdd:
		return Float(x + y), nil
	case bytecode.BinOpSubtract, bytecode.BinOpInplaceSubtract:
		return Float(x - y), nil
	case bytecode.BinOpMultiply, bytecode.BinOpInplaceMultiply:
		return Float(x * y), nil
	case bytecode.BinOpTrueDivide, bytecode.BinOpInplaceTrueDivide:
		if y == 0 {
			return Value{}, NewError(&ZeroDivisionErrorType, "float division by zero")
		}
		return Float(x / y), nil
	case bytecode.BinOpFloorDivide, bytecode.BinOpInplaceFloorDivide:
		if y == 0 {
			return Value{}, NewError(&ZeroDivisionErrorType, "float floor division by zero")
		}
		q, _ := floatDivmod(x, y)
		return Float(q), nil
	case bytecode.BinOpRemainder, bytecode.BinOpInplaceRemainder:
		if y == 0 {
			return Value{}, NewError(&ZeroDivisionErrorType, "float modulo")
		}
		_, m := floatDivmod(x, y)
		return Float(m), nil
	case bytecode.BinOpPower, bytecode.BinOpInplacePower:
		return floatPow(x, y)
	}
	return NotImplemented, nil
}

// floatDivmod is CPython's float_divmod (y != 0).
func floatDivmod(vx, wx float64) (float64, float64) {
	mod := math.Mod(vx, wx)
	div := (vx - mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	var floordiv float64
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod
}

// floatPow is CPython's float_pow for two floats.
func floatPow(x, y float64) (Value, error) {
	if y == 0 {
		return Float(1), nil
	}
	if math.IsNaN(x) {
		if y == 0 {
			return Float(1), nil
		}
		return Float(x), nil
	}
	if math.IsNaN(y) {
		if x == 1 {
			return Float(1), nil
		}
		return Float(y), nil
	}
	if x == 0 && y < 0 && !math.IsInf(y, -1) {
		return Value{}, NewError(&ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
	}
	if x < 0 && !math.IsInf(x, 0) && !math.IsInf(y, 0) && y != math.Floor(y) {
		// A negative base to a fractional power is complex.
		return complexPow(complex(x, 0), complex(y, 0))
	}
	r := crPow(x, y) // C pow(), correctly rounded as math.pow and constant folding
	if math.IsInf(r, 0) && !math.IsInf(x, 0) && !math.IsInf(y, 0) {
		return Value{}, NewError(&OverflowErrorType, "(34, 'Numerical result out of range')")
	}
	return Float(r), nil
}

func floatNeg(t *Thread, v Value) (Value, error) { return Float(-v.AsFloat()), nil }

// floatPos is +x and float.__float__: always an exact float, also for
// subclass instances.
func floatPos(t *Thread, v Value) (Value, error) { return Float(v.AsFloat()), nil }
func floatAbs(t *Thread, v Value) (Value, error) { return Float(math.Abs(v.AsFloat())), nil }

func floatInt(t *Thread, v Value) (Value, error) { return floatToInt(v.AsFloat()) }

// floatToInt truncates toward zero, with CPython's errors.
func floatToInt(f float64) (Value, error) {
	if math.IsNaN(f) {
		return Value{}, NewError(&ValueErrorType, "cannot convert float NaN to integer")
	}
	if math.IsInf(f, 0) {
		return Value{}, NewError(&OverflowErrorType, "cannot convert float infinity to integer")
	}
	f = math.Trunc(f)
	if f >= -9.2e18 && f <= 9.2e18 {
		return Int(int64(f)), nil
	}
	b, _ := bigFloatInt(f)
	return bigValue(b), nil
}
