package interp

// This file implements int (and bool's arithmetic): unboxed int64 values,
// and BigInt heap objects for everything that does not fit. Every result
// goes through normalize, so an int that fits int64 is always unboxed.

import (
	"math"
	"math/big"
	"math/bits"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
)

// BigInt is an int outside int64's range (or an instance of an int
// subclass).
type BigInt struct {
	Object
	v     *big.Int
	attrs *Attrs
}

// bigValue makes an int Value from b, unboxed when it fits.
func bigValue(b *big.Int) Value {
	if b.IsInt64() {
		return Int(b.Int64())
	}
	return FromObject(&(&BigInt{Object: Object{typ: &IntType}, v: b}).Object)
}

// IntFromBig is the Python int b.
func IntFromBig(b *big.Int) Value { return bigValue(new(big.Int).Set(b)) }

// isIntLike reports whether v is an int (a bool, an unboxed int, a big
// int, or an int subclass instance).
func isIntLike(v Value) bool {
	return v.ref == &IntTag || v.ref == &BoolTag || (v.ref != nil && v.ref.typ.IsSubtype(&IntType))
}

// smallInt returns the int64 of an int value that fits one.
func smallInt(v Value) (int64, bool) {
	if v.ref == &IntTag || v.ref == &BoolTag {
		return int64(v.bits), true
	}
	if v.ref != nil && v.ref.typ.IsSubtype(&IntType) {
		b := objectAs[BigInt](v.ref).v
		if b.IsInt64() {
			return b.Int64(), true
		}
	}
	return 0, false
}

// toBig returns the value of an int as a big.Int (a fresh one for
// unboxed ints; the shared one of a BigInt, which must not be modified).
func toBig(v Value) *big.Int {
	if v.ref == &IntTag || v.ref == &BoolTag {
		return big.NewInt(int64(v.bits))
	}
	return objectAs[BigInt](v.ref).v
}

func intRepr(t *Thread, v Value) (Value, error) {
	if i, ok := smallInt(v); ok {
		return StrValue(formatInt(i)), nil
	}
	b := toBig(v)
	limit := intMaxStrDigits
	// 2**(limit*3.33) has more than limit decimal digits: refuse before
	// converting a huge number.
	if limit > 0 && b.BitLen() > limit*10/3+64 {
		return Value{}, NewError(&ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
	}
	s := literal.ReprInt(b)
	if digits := len(strings.TrimPrefix(s, "-")); limit > 0 && digits > limit {
		return Value{}, NewError(&ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit", limit)
	}
	return StrValue(s), nil
}

func formatInt(i int64) string {
	var buf [24]byte
	n := len(buf)
	u := uint64(i)
	if i < 0 {
		u = uint64(-i)
	}
	for {
		n--
		buf[n] = byte('0' + u%10)
		u /= 10
		if u == 0 {
			break
		}
	}
	if i < 0 {
		n--
		buf[n] = '-'
	}
	return string(buf[n:])
}

func intHash(t *Thread, v Value) (int64, error) {
	if i, ok := smallInt(v); ok {
		return HashInt(i), nil
	}
	return HashBigInt(toBig(v)), nil
}

func intBool(t *Thread, v Value) (bool, error) {
	if i, ok := smallInt(v); ok {
		return i != 0, nil
	}
	return true, nil
}

func intCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if !isIntLike(a) {
		return NotImplemented, nil
	}
	if b.IsFloat() {
		if f := b.AsFloat(); math.IsNaN(f) {
			return Bool(op == bytecode.CmpNE), nil
		}
		return Bool(cmpResult(compareIntFloat(a, b.AsFloat()), op)), nil
	}
	if !isIntLike(b) {
		return NotImplemented, nil
	}
	return Bool(cmpResult(compareInts(a, b), op)), nil
}

func compareInts(a, b Value) int {
	x, ok1 := smallInt(a)
	y, ok2 := smallInt(b)
	if ok1 && ok2 {
		switch {
		case x < y:
			return -1
		case x > y:
			return 1
		}
		return 0
	}
	return toBig(a).Cmp(toBig(b))
}

// compareIntFloat compares an int with a non-NaN float exactly.
func compareIntFloat(a Value, f float64) int {
	if math.IsInf(f, 1) {
		return -1
	}
	if math.IsInf(f, -1) {
		return 1
	}
	if math.IsNaN(f) {
		return 1
	}
	// A small int converts to float64 exactly: compare in floats (no
	// big.Rat allocation on the common int < float path).
	if i, ok := smallInt(a); ok && i > -1<<53 && i < 1<<53 {
		x := float64(i)
		switch {
		case x < f:
			return -1
		case x > f:
			return 1
		}
		return 0
	}
	var x big.Rat
	x.SetInt(toBig(a))
	var y big.Rat
	y.SetFloat64(f)
	return x.Cmp(&y)
}

// intOp applies a binary int operator; both operands are ints.
func intOp(t *Thread, op bytecode.BinOp, a, b Value) (Value, error) {
	x, ok1 := smallInt(a)
	y, ok2 := smallInt(b)
	if ok1 && ok2 {
		if r, ok, err := smallIntOp(op, x, y); ok || err != nil {
			return r, err
		}
	}
	return bigIntOp(t, op, toBig(a), toBig(b))
}

// smallIntOp does op on int64s; ok is false when the result needs a big
// int (or op is not an int64 operation).
func smallIntOp(op bytecode.BinOp, x, y int64) (Value, bool, error) {
	switch op {
	case bytecode.BinOpAdd, bytecode.BinOpInplaceAdd:
		s := x + y
		if (s > x) == (y > 0) {
			return Int(s), true, nil
		}
	case bytecode.BinOpSubtract, bytecode.BinOpInplaceSubtract:
		s := x - y
		if (s < x) == (y > 0) {
			return Int(s), true, nil
		}
	case bytecode.BinOpMultiply, bytecode.BinOpInplaceMultiply:
		hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(y)))
		if hi == 0 && lo <= math.MaxInt64 && x != math.MinInt64 && y != math.MinInt64 {
			r := int64(lo)
			if (x < 0) != (y < 0) {
				r = -r
			}
			return Int(r), true, nil
		}
	case bytecode.BinOpFloorDivide, bytecode.BinOpInplaceFloorDivide:
		if y == 0 {
			return Value{}, false, NewError(&ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		if x == math.MinInt64 && y == -1 {
			return Value{}, false, nil
		}
		q := x / y
		if (x%y != 0) && ((x < 0) != (y < 0)) {
			q--
		}
		return Int(q), true, nil
	case bytecode.BinOpRemainder, bytecode.BinOpInplaceRemainder:
		if y == 0 {
			return Value{}, false, NewError(&ZeroDivisionErrorType, "integer modulo by zero")
		}
		if y == -1 {
			return Int(0), true, nil
		}
		m := x % y
		if m != 0 && ((m < 0) != (y < 0)) {
			m += y
		}
		return Int(m), true, nil
	case bytecode.BinOpAnd, bytecode.BinOpInplaceAnd:
		return Int(x & y), true, nil
	case bytecode.BinOpOr, bytecode.BinOpInplaceOr:
		return Int(x | y), true, nil
	case bytecode.BinOpXor, bytecode.BinOpInplaceXor:
		return Int(x ^ y), true, nil
	case bytecode.BinOpRshift, bytecode.BinOpInplaceRshift:
		if y < 0 {
			return Value{}, false, NewError(&ValueErrorType, "negative shift count")
		}
		if y >= 63 {
			if x < 0 {
				return Int(-1), true, nil
			}
			return Int(0), true, nil
		}
		return Int(x >> uint(y)), true, nil
	case bytecode.BinOpLshift, bytecode.BinOpInplaceLshift:
		if y < 0 {
			return Value{}, false, NewError(&ValueErrorType, "negative shift count")
		}
		if x == 0 {
			return Int(0), true, nil
		}
		if y < 63 {
			r := x << uint(y)
			if r>>uint(y) == x {
				return Int(r), true, nil
			}
		}
	case bytecode.BinOpTrueDivide, bytecode.BinOpInplaceTrueDivide:
		if y == 0 {
			return Value{}, false, NewError(&ZeroDivisionErrorType, "division by zero")
		}
		if abs64(x) <= 1<<53 && abs64(y) <= 1<<53 {
			return Float(float64(x) / float64(y)), true, nil
		}
	}
	return Value{}, false, nil
}

func abs64(x int64) int64 {
	if x < 0 {
		return -x
	}
	return x
}

func bigIntOp(t *Thread, op bytecode.BinOp, x, y *big.Int) (Value, error) {
	r := new(big.Int)
	switch op {
	case bytecode.BinOpAdd, bytecode.BinOpInplaceAdd:
		r.Add(x, y)
	case bytecode.BinOpSubtract, bytecode.BinOpInplaceSubtract:
		r.Sub(x, y)
	case bytecode.BinOpMultiply, bytecode.BinOpInplaceMultiply:
		r.Mul(x, y)
	case bytecode.BinOpFloorDivide, bytecode.BinOpInplaceFloorDivide:
		if y.Sign() == 0 {
			return Value{}, NewError(&ZeroDivisionErrorType, "integer division or modulo by zero")
		}
		var m big.Int
		r.DivMod(x, y, &m)
		// big's DivMod is Euclidean; Python floors.
		if m.Sign() != 0 && y.Sign() < 0 {
			r.Sub(r, big.NewInt(1))
		}
	case bytecode.BinOpRemainder, bytecode.BinOpInplaceRemainder:
		if y.Sign() == 0 {
			return Value{}, NewError(&ZeroDivisionErrorType, "integer modulo by zero")
		}
		r.Mod(x, y) // Euclidean: 0 <= r < |y|
		if r.Sign() != 0 && y.Sign() < 0 {
			r.Add(r, y)
		}
	case bytecode.BinOpAnd, bytecode.BinOpInplaceAnd:
		r.And(x, y)
	case bytecode.BinOpOr, bytecode.BinOpInplaceOr:
		r.Or(x, y)
	case bytecode.BinOpXor, bytecode.BinOpInplaceXor:
		r.Xor(x, y)
	case bytecode.BinOpLshift, bytecode.BinOpInplaceLshift, bytecode.BinOpRshift, bytecode.BinOpInplaceRshift:
		if y.Sign() < 0 {
			return Value{}, NewError(&ValueErrorType, "negative shift count")
		}
		left := op == bytecode.BinOpLshift || op == bytecode.BinOpInplaceLshift
		if !y.IsInt64() || y.Int64() > 1<<40 {
			if !left || x.Sign() == 0 {
				if x.Sign() < 0 {
					return Int(-1), nil
				}
				return Int(0), nil
			}
			return Value{}, NewError(&OverflowErrorType, "too many digits in integer")
		}
		if left {
			if x.Sign() != 0 && y.Int64() > 1<<32 {
				return Value{}, NewError(&MemoryErrorType, "")
			}
			r.Lsh(x, uint(y.Int64()))
		} else {
			r.Rsh(x, uint(y.Int64())) // arithmetic shift: floors, as Python
		}
	case bytecode.BinOpTrueDivide, bytecode.BinOpInplaceTrueDivide:
		if y.Sign() == 0 {
			return Value{}, NewError(&ZeroDivisionErrorType, "division by zero")
		}
		q := new(big.Rat).SetFrac(x, y)
		f, _ := q.Float64()
		if math.IsInf(f, 0) {
			return Value{}, NewError(&OverflowErrorType, "integer division result too large for a float")
		}
		return Float(f), nil
	case bytecode.BinOpPower, bytecode.BinOpInplacePower:
		return intPow(t, x, y)
	default:
		return NotImplemented, nil
	}
	return bigValue(r), nil
}

func intPow(t *Thread, x, y *big.Int) (Value, error) {
	if y.Sign() < 0 {
		fx, err := bigToFloat(x)
		if err != nil {
			return Value{}, err
		}
		fy, err := bigToFloat(y)
		if err != nil {
			return Value{}, err
		}
		if fx == 0 {
			return Value{}, NewError(&ZeroDivisionErrorType, "0.0 cannot be raised to a negative power")
		}
		return floatPow(fx, fy)
	}
	if x.IsInt64() && (x.Int64() == 0 || x.Int64() == 1) {
		return Int(x.Int64()), nil
	}
	if x.IsInt64() && x.Int64() == -1 {
		if y.Bit(0) == 1 {
			return Int(-1), nil
		}
		return Int(1), nil
	}
	if !y.IsInt64() || int64(x.BitLen())*y.Int64() > 1<<32 {
		return Value{}, NewError(&MemoryErrorType, "")
	}
	return bigValue(new(big.Int).Exp(x, y, nil)), nil
}

// bigToFloat converts with CPython's OverflowError.
func bigToFloat(x *big.Int) (float64, error) {
	f, _ := new(big.Float).SetInt(x).Float64()
	if math.IsInf(f, 0) {
		return 0, NewError(&OverflowErrorType, "int too large to convert to float")
	}
	return f, nil
}

// intToFloat converts an int value to float64.
func intToFloat(v Value) (float64, error) {
	if i, ok := smallInt(v); ok {
		return float64(i), nil
	}
	return bigToFloat(toBig(v))
}

// intNumber is int's slot for every binary operator.
func intNumber(op bytecode.BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		if !isIntLike(a) || !isIntLike(b) {
			return NotImplemented, nil
		}
		if op == bytecode.BinOpPower || op == bytecode.BinOpInplacePower {
			x, ok1 := smallInt(a)
			y, ok2 := smallInt(b)
			if ok1 && ok2 && y >= 0 {
				if r, ok := smallPow(x, y); ok {
					return Int(r), nil
				}
			}
			return intPow(t, toBig(a), toBig(b))
		}
		return intOp(t, op, a, b)
	}
}

// smallPow is x**y by squaring, failing on overflow.
func smallPow(x, y int64) (int64, bool) {
	r := int64(1)
	for y > 0 {
		if y&1 == 1 {
			hi, lo := bits.Mul64(uint64(abs64(r)), uint64(abs64(x)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			neg := (r < 0) != (x < 0)
			r = int64(lo)
			if neg {
				r = -r
			}
		}
		y >>= 1
		if y > 0 {
			hi, lo := bits.Mul64(uint64(abs64(x)), uint64(abs64(x)))
			if hi != 0 || lo > math.MaxInt64 {
				return 0, false
			}
			x = int64(lo)
		}
	}
	return r, true
}

func intNeg(t *Thread, v Value) (Value, error) {
	if i, ok := smallInt(v); ok && i != math.MinInt64 {
		return Int(-i), nil
	}
	return bigValue(new(big.Int).Neg(toBig(v))), nil
}

func intPos(t *Thread, v Value) (Value, error) {
	if v.ref == &IntTag {
		return v, nil
	}
	if i, ok := smallInt(v); ok {
		return Int(i), nil
	}
	return bigValue(new(big.Int).Set(toBig(v))), nil
}

func intAbs(t *Thread, v Value) (Value, error) {
	if i, ok := smallInt(v); ok && i != math.MinInt64 {
		return Int(abs64(i)), nil
	}
	return bigValue(new(big.Int).Abs(toBig(v))), nil
}

func intInvert(t *Thread, v Value) (Value, error) {
	if i, ok := smallInt(v); ok {
		return Int(^i), nil
	}
	return bigValue(new(big.Int).Not(toBig(v))), nil
}

func intFloat(t *Thread, v Value) (Value, error) {
	f, err := intToFloat(v)
	return Float(f), err
}
