package astopt

// Python int arithmetic on *big.Int (CPython's Objects/longobject.c
// semantics: floor division and modulo, correctly rounded true division,
// arithmetic shifts). Every function returns ok=false where CPython raises.

import (
	"math"
	"math/big"
)

// intFloorDivMod returns a // b and a % b (the remainder has the sign of b).
func intFloorDivMod(a, b *big.Int) (q, r *big.Int, ok bool) {
	if b.Sign() == 0 {
		return nil, nil, false // ZeroDivisionError
	}
	q, r = new(big.Int).QuoRem(a, b, new(big.Int))
	if r.Sign() != 0 && r.Sign() != b.Sign() {
		q.Sub(q, big.NewInt(1))
		r.Add(r, b)
	}
	return q, r, true
}

// intTrueDiv is long_true_divide: the correctly rounded quotient.
func intTrueDiv(a, b *big.Int) (float64, bool) {
	if b.Sign() == 0 {
		return 0, false // ZeroDivisionError
	}
	negate := (a.Sign() < 0) != (b.Sign() < 0)
	f, _ := new(big.Rat).SetFrac(a, b).Float64()
	if math.IsInf(f, 0) {
		return 0, false // OverflowError: integer division result too large
	}
	if f == 0 && negate {
		// A zero quotient keeps the sign of the exact one: 0 / -5 is -0.0.
		f = math.Copysign(0, -1)
	}
	return f, true
}

// intPow is long_pow without a modulus. A negative exponent gives a float,
// computed by float's pow on the converted operands.
func intPow(a, b *big.Int) (any, bool) {
	if b.Sign() < 0 {
		fa, ok1 := intToFloat(a)
		fb, ok2 := intToFloat(b)
		if !ok1 || !ok2 {
			return nil, false
		}
		return floatPow(fa, fb)
	}
	switch {
	case b.Sign() == 0:
		return big.NewInt(1), true
	case a.Sign() == 0:
		return new(big.Int), true
	case a.IsInt64() && a.Int64() == 1:
		return big.NewInt(1), true
	case a.IsInt64() && a.Int64() == -1:
		if b.Bit(0) == 0 {
			return big.NewInt(1), true
		}
		return big.NewInt(-1), true
	}
	// The caller's size limit keeps the result small.
	if !b.IsInt64() || b.Int64() > 1<<20 || int64(a.BitLen())*b.Int64() > 1<<20 {
		return nil, false
	}
	return new(big.Int).Exp(a, b, nil), true
}

// intLshift is a << b.
func intLshift(a, b *big.Int) (*big.Int, bool) {
	if b.Sign() < 0 {
		return nil, false // ValueError: negative shift count
	}
	if a.Sign() == 0 {
		return new(big.Int), true
	}
	if !b.IsInt64() || b.Int64() > 1<<20 {
		return nil, false // MemoryError/OverflowError; never reached through the size limit
	}
	return new(big.Int).Lsh(a, uint(b.Int64())), true
}

// intRshift is a >> b: an arithmetic shift rounding towards minus infinity.
func intRshift(a, b *big.Int) (*big.Int, bool) {
	if b.Sign() < 0 {
		return nil, false // ValueError: negative shift count
	}
	if !b.IsInt64() || b.Int64() >= int64(a.BitLen())+1 {
		if a.Sign() < 0 {
			return big.NewInt(-1), true
		}
		return new(big.Int), true
	}
	return new(big.Int).Rsh(a, uint(b.Int64())), true
}
