package astopt

// Folding of operators on constant operands: fold_binop and fold_unaryop of
// CPython 3.11's ast_opt.c, with its safe_multiply, safe_power, safe_lshift
// and safe_mod limits, which keep the compiler from building huge constants.

import (
	"math"
	"math/big"

	"github.com/pyjit/pyjit/frontend/ast"
)

// CPython's folding limits (ast_opt.c).
const (
	maxIntSize        = 128  // bits
	maxCollectionSize = 256  // items
	maxStrSize        = 4096 // characters (or bytes)
	maxTotalItems     = 1024 // including nested collections
)

// computeBinOp folds l op r. ok=false means "leave the BinOp alone": the
// operation raises, is unsupported on these types, or its result would
// exceed the limits.
func computeBinOp(op ast.Operator, l, r ast.Value) (v ast.Value, ok bool) {
	defer func() {
		// Folding is an optimization: an unexpected failure only means
		// the expression is evaluated at run time.
		if p := recover(); p != nil {
			notePanic(p)
			v, ok = nil, false
		}
	}()
	switch op {
	case ast.Add:
		if isNumber(l) && isNumber(r) {
			return numeric(op, l, r)
		}
		return concat(l, r)
	case ast.Mult:
		return safeMultiply(l, r)
	case ast.Modulo:
		switch l.(type) {
		case ast.Str, ast.Bytes:
			return nil, false // %-formatting is never folded
		}
		return numeric(op, l, r)
	case ast.Pow:
		return safePower(l, r)
	case ast.LShift:
		return safeLshift(l, r)
	case ast.Sub, ast.Div, ast.FloorDiv:
		return numeric(op, l, r)
	case ast.RShift, ast.BitAnd, ast.BitOr, ast.BitXor:
		return bitwise(op, l, r)
	}
	return nil, false // MatMult: no constant type implements it
}

// safeMultiply is ast_opt.c's safe_multiply.
func safeMultiply(v, w ast.Value) (ast.Value, bool) {
	vi, vInt := asInt(v)
	wi, wInt := asInt(w)
	switch {
	case vInt && wInt:
		if vi.Sign() != 0 && wi.Sign() != 0 && vi.BitLen()+wi.BitLen() > maxIntSize {
			return nil, false
		}
		return numeric(ast.Mult, v, w)
	case vInt && isCollection(w):
		if size, _ := seqLen(w); size > 0 {
			if !vi.IsInt64() || vi.Sign() < 0 || vi.Int64() > int64(maxCollectionSize/size) {
				return nil, false
			}
			if n := vi.Int64(); n > 0 && checkComplexity(w, maxTotalItems/int(n)) < 0 {
				return nil, false
			}
		}
		return repeat(w, vi)
	case vInt && isString(w):
		if size, _ := seqLen(w); size > 0 {
			if !vi.IsInt64() || vi.Sign() < 0 || vi.Int64() > int64(maxStrSize/size) {
				return nil, false
			}
		}
		return repeat(w, vi)
	case wInt && (isCollection(v) || isString(v)):
		return safeMultiply(w, v)
	}
	if isNumber(v) && isNumber(w) {
		return numeric(ast.Mult, v, w)
	}
	return nil, false
}

func isCollection(v ast.Value) bool {
	switch v.(type) {
	case ast.TupleValue, ast.FrozenSetValue:
		return true
	}
	return false
}

func isString(v ast.Value) bool {
	switch v.(type) {
	case ast.Str, ast.Bytes:
		return true
	}
	return false
}

// checkComplexity is ast_opt.c's check_complexity: limit minus the number of
// items in obj and its nested tuples and frozensets (negative: too many).
func checkComplexity(obj ast.Value, limit int) int {
	var items []ast.Value
	switch o := obj.(type) {
	case ast.TupleValue:
		items = o
	case ast.FrozenSetValue:
		items = o
	default:
		return limit
	}
	limit -= len(items)
	for i := 0; limit >= 0 && i < len(items); i++ {
		limit = checkComplexity(items[i], limit)
	}
	return limit
}

// safePower is ast_opt.c's safe_power.
func safePower(v, w ast.Value) (ast.Value, bool) {
	vi, vInt := asInt(v)
	wi, wInt := asInt(w)
	if vInt && wInt && vi.Sign() != 0 && wi.Sign() > 0 {
		if !wi.IsUint64() {
			return nil, false
		}
		if uint64(vi.BitLen()) > maxIntSize/wi.Uint64() {
			return nil, false
		}
	}
	return numeric(ast.Pow, v, w)
}

// safeLshift is ast_opt.c's safe_lshift.
func safeLshift(v, w ast.Value) (ast.Value, bool) {
	vi, vInt := asInt(v)
	wi, wInt := asInt(w)
	if !vInt || !wInt {
		return nil, false // TypeError
	}
	if vi.Sign() != 0 && wi.Sign() != 0 {
		if wi.Sign() < 0 || !wi.IsUint64() {
			return nil, false
		}
		wbits := wi.Uint64()
		if wbits > maxIntSize || uint64(vi.BitLen()) > maxIntSize-wbits {
			return nil, false
		}
	}
	return intLshift(vi, wi)
}

// bitwise folds >>, &, | and ^, defined on ints only; bool op bool stays a
// bool for &, | and ^.
func bitwise(op ast.Operator, v, w ast.Value) (ast.Value, bool) {
	if bv, ok := v.(bool); ok {
		if bw, ok := w.(bool); ok && op != ast.RShift {
			switch op {
			case ast.BitAnd:
				return bv && bw, true
			case ast.BitOr:
				return bv || bw, true
			case ast.BitXor:
				return bv != bw, true
			}
		}
	}
	vi, vInt := asInt(v)
	wi, wInt := asInt(w)
	if !vInt || !wInt {
		return nil, false
	}
	switch op {
	case ast.RShift:
		return intRshift(vi, wi)
	case ast.BitAnd:
		return new(big.Int).And(vi, wi), true
	case ast.BitOr:
		return new(big.Int).Or(vi, wi), true
	case ast.BitXor:
		return new(big.Int).Xor(vi, wi), true
	}
	return nil, false
}

// numeric folds an arithmetic operator on two numbers, coercing to the
// wider of int < float < complex as Python's number slots do.
func numeric(op ast.Operator, v, w ast.Value) (ast.Value, bool) {
	if !isNumber(v) || !isNumber(w) {
		return nil, false
	}
	_, vc := v.(complex128)
	_, wc := w.(complex128)
	if vc || wc {
		a, ok1 := asComplex(v)
		b, ok2 := asComplex(w)
		if !ok1 || !ok2 {
			return nil, false // OverflowError converting an int
		}
		return complexArith(op, a, b)
	}
	_, vf := v.(float64)
	_, wf := w.(float64)
	if vf || wf {
		a, ok1 := asFloat(v)
		b, ok2 := asFloat(w)
		if !ok1 || !ok2 {
			return nil, false
		}
		return floatArith(op, a, b)
	}
	a, _ := asInt(v)
	b, _ := asInt(w)
	return intArith(op, a, b)
}

func intArith(op ast.Operator, a, b *big.Int) (ast.Value, bool) {
	switch op {
	case ast.Add:
		return new(big.Int).Add(a, b), true
	case ast.Sub:
		return new(big.Int).Sub(a, b), true
	case ast.Mult:
		return new(big.Int).Mul(a, b), true
	case ast.Div:
		return intTrueDiv(a, b)
	case ast.FloorDiv:
		q, _, ok := intFloorDivMod(a, b)
		return q, ok
	case ast.Modulo:
		_, r, ok := intFloorDivMod(a, b)
		return r, ok
	case ast.Pow:
		return intPow(a, b)
	}
	return nil, false
}

func floatArith(op ast.Operator, a, b float64) (ast.Value, bool) {
	switch op {
	case ast.Add:
		return a + b, true
	case ast.Sub:
		return a - b, true
	case ast.Mult:
		return a * b, true
	case ast.Div:
		if b == 0 {
			return nil, false // ZeroDivisionError
		}
		return a / b, true
	case ast.FloorDiv:
		q, _, ok := floatDivMod(a, b)
		return q, ok
	case ast.Modulo:
		return floatMod(a, b)
	case ast.Pow:
		return floatPow(a, b)
	}
	return nil, false
}

func complexArith(op ast.Operator, a, b complex128) (ast.Value, bool) {
	switch op {
	case ast.Add:
		return complex(real(a)+real(b), imag(a)+imag(b)), true
	case ast.Sub:
		return complex(real(a)-real(b), imag(a)-imag(b)), true
	case ast.Mult:
		return cProd(a, b), true
	case ast.Div:
		q, ok := cQuot(a, b)
		return q, ok
	case ast.Pow:
		return complexPow(a, b)
	}
	return nil, false // complex has no // or %
}

// computeUnaryOp folds op v (fold_unaryop on a constant operand).
func computeUnaryOp(op ast.UnaryOperator, v ast.Value) (r ast.Value, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			notePanic(p)
			r, ok = nil, false
		}
	}()
	if op == ast.Not {
		t, ok := truth(v)
		return !t, ok
	}
	switch x := v.(type) {
	case *big.Int, bool:
		i, _ := asInt(x)
		switch op {
		case ast.Invert:
			return new(big.Int).Not(i), true
		case ast.UAdd:
			return new(big.Int).Set(i), true
		case ast.USub:
			return new(big.Int).Neg(i), true
		}
	case float64:
		switch op {
		case ast.UAdd:
			return x, true
		case ast.USub:
			return computeNeg(x), true
		}
	case complex128:
		switch op {
		case ast.UAdd:
			return x, true
		case ast.USub:
			re, im := computeNeg(real(x)), computeNeg(imag(x))
			return complex(re, im), true
		}
	}
	return nil, false // TypeError: bad operand type for unary op
}

// computeNeg flips the sign bit of x, as C's unary minus does.
func computeNeg(x float64) float64 {
	return math.Float64frombits(math.Float64bits(x) ^ (1 << 63))
}
