package astopt

// Python float arithmetic (CPython's Objects/floatobject.c): floor division
// and modulo with the sign of the divisor, and float_pow's special cases.
// Every function returns ok=false where CPython raises.

import "math"

// floatDivMod is _float_div_mod: vx // wx and vx % wx.
func floatDivMod(vx, wx float64) (floordiv, mod float64, ok bool) {
	if wx == 0 {
		return 0, 0, false // ZeroDivisionError
	}
	mod = math.Mod(vx, wx)
	// fmod is exact, so vx-mod is mathematically a multiple of wx; the
	// division below may still be slightly off an integer, hence the snap.
	div := float64(vx-mod) / wx
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
			div -= 1.0
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	if div != 0 {
		floordiv = math.Floor(div)
		if div-floordiv > 0.5 {
			floordiv += 1.0
		}
	} else {
		floordiv = math.Copysign(0, vx/wx)
	}
	return floordiv, mod, true
}

// floatMod is float_rem.
func floatMod(vx, wx float64) (float64, bool) {
	if wx == 0 {
		return 0, false // ZeroDivisionError
	}
	mod := math.Mod(vx, wx)
	if mod != 0 {
		if (wx < 0) != (mod < 0) {
			mod += wx
		}
	} else {
		mod = math.Copysign(0, wx)
	}
	return mod, true
}

// isOddInteger reports whether a finite double is an odd integer.
func isOddInteger(x float64) bool {
	return math.Mod(math.Abs(x), 2.0) == 1.0
}

// floatPow is float_pow: the result is a float64, or a complex128 when a
// negative number is raised to a non-integer power.
func floatPow(iv, iw float64) (any, bool) {
	switch {
	case iw == 0: // v**0 is 1, even 0**0 and nan**0
		return 1.0, true
	case math.IsNaN(iv):
		return iv, true
	case math.IsNaN(iw): // 1**nan is 1
		if iv == 1.0 {
			return 1.0, true
		}
		return iw, true
	case math.IsInf(iw, 0):
		av := math.Abs(iv)
		if av == 1.0 {
			return 1.0, true
		}
		if (iw > 0) == (av > 1.0) {
			return math.Inf(1), true
		}
		return 0.0, true
	case math.IsInf(iv, 0):
		odd := isOddInteger(iw)
		if iw > 0 {
			if odd {
				return iv, true
			}
			return math.Abs(iv), true
		}
		if odd {
			return math.Copysign(0, iv), true
		}
		return 0.0, true
	case iv == 0:
		if iw < 0 {
			return nil, false // ZeroDivisionError
		}
		if isOddInteger(iw) {
			return iv, true
		}
		return 0.0, true
	}
	negate := false
	if iv < 0 {
		if iw != math.Floor(iw) {
			// Negative numbers raised to fractional powers become complex.
			return complexPow(complex(iv, 0), complex(iw, 0))
		}
		iv = -iv
		negate = isOddInteger(iw)
	}
	if iv == 1.0 {
		if negate {
			return -1.0, true
		}
		return 1.0, true
	}
	r := crPow(iv, iw)
	if math.IsInf(r, 0) {
		return nil, false // OverflowError
	}
	if negate {
		r = -r
	}
	return r, true
}
