package interp

// This file implements the binary and unary operators (CPython's
// binary_op1, binary_iop1 and the sequence fallbacks of PyNumber_Add and
// PyNumber_Multiply), with unboxed int and float fast paths that never
// allocate.

import (
	"github.com/pyjit/pyjit/bytecode"
)

// BinaryOp is a op b for a BINARY_OP argument (binary or in-place).
func BinaryOp(t *Thread, op bytecode.BinOp, a, b Value) (Value, error) {
	if a.ref == &IntTag && b.ref == &IntTag {
		if r, ok, err := smallIntOp(op, int64(a.bits), int64(b.bits)); ok || err != nil {
			return r, err
		}
	} else if a.ref == &FloatTag && b.ref == &FloatTag {
		return floatOp(op, a.AsFloat(), b.AsFloat())
	}
	if op >= bytecode.NumBinOps {
		return Value{}, NewError(&SystemErrorType, "bad binary operator %d", op)
	}
	if op.Inplace() {
		return inplaceOp(t, op, a, b)
	}
	r, err := binaryOp1(t, op, a, b)
	if err != nil || !r.IsNotImplemented() {
		return r, err
	}
	return binaryFallback(t, op, a, b, false)
}

// binaryOp1 tries both operands' slots in CPython's order.
func binaryOp1(t *Thread, op bytecode.BinOp, a, b Value) (Value, error) {
	ta, tb := a.Type(), b.Type()
	slotA := ta.Slots.Number[op]
	var slotB BinaryFunc
	if tb != ta {
		slotB = tb.Slots.Number[op]
		if slotB != nil && slotA != nil && sameBinary(ta, tb, op) {
			slotB = nil
		}
	}
	if slotA != nil {
		if slotB != nil && tb.IsSubtype(ta) {
			r, err := slotB(t, a, b)
			if err != nil || !r.IsNotImplemented() {
				return r, err
			}
			slotB = nil
		}
		r, err := slotA(t, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	if slotB != nil {
		return slotB(t, a, b)
	}
	return NotImplemented, nil
}

// sameBinary reports whether two types share the same implementation of
// op (CPython compares slot pointers; Go cannot compare funcs, so builtin
// types record their slot owner).
func sameBinary(ta, tb *Type, op bytecode.BinOp) bool {
	return numberOwner(ta, op) == numberOwner(tb, op)
}

// numberOwner is the type whose own slot implements op for tp: the first
// type in the MRO that is builtin or defines the dunder itself.
func numberOwner(tp *Type, op bytecode.BinOp) *Type {
	for _, m := range tp.MRO {
		if m.Flags&FlagHeap == 0 {
			if m.Slots.Number[op] != nil {
				return m
			}
			continue
		}
		names := binopDunders[op]
		for _, n := range names {
			if n == "" {
				continue
			}
			if _, ok, _ := m.Dict.GetStr(nil, Intern(n)); ok {
				return nil // a Python-level slot: each heap type's own
			}
		}
	}
	return nil
}

func inplaceOp(t *Thread, op bytecode.BinOp, a, b Value) (Value, error) {
	if f := a.Type().Slots.Number[op]; f != nil {
		r, err := f(t, a, b)
		if err != nil || !r.IsNotImplemented() {
			return r, err
		}
	}
	base := op - bytecode.BinOpInplaceAdd
	r, err := binaryOp1(t, base, a, b)
	if err != nil || !r.IsNotImplemented() {
		return r, err
	}
	return binaryFallback(t, op, a, b, true)
}

// binaryFallback handles sequence concatenation and repetition, then
// raises the "unsupported operand" TypeError.
func binaryFallback(t *Thread, op bytecode.BinOp, a, b Value, inplace bool) (Value, error) {
	base := op
	if inplace {
		base = op - bytecode.BinOpInplaceAdd
	}
	ta, tb := a.Type(), b.Type()
	switch base {
	case bytecode.BinOpAdd:
		if inplace && ta.Slots.InplaceConcat != nil {
			return ta.Slots.InplaceConcat(t, a, b)
		}
		if ta.Slots.Concat != nil {
			return ta.Slots.Concat(t, a, b)
		}
	case bytecode.BinOpMultiply:
		seq, n := a, b
		f, fi := ta.Slots.Repeat, ta.Slots.InplaceRepeat
		if f == nil {
			seq, n = b, a
			f, fi = tb.Slots.Repeat, nil
		}
		if f != nil {
			if !isIntLike(n) && n.Type().Slots.Index == nil {
				return Value{}, NewError(&TypeErrorType, "can't multiply sequence by non-int of type '%s'", typeName(n))
			}
			iv, err := indexValue(t, n, "")
			if err != nil {
				return Value{}, err
			}
			count, ok := smallInt(iv)
			if !ok {
				if toBig(iv).Sign() < 0 {
					count = 0
				} else {
					return Value{}, NewError(&OverflowErrorType, "cannot fit 'int' into an index-sized integer")
				}
			}
			if inplace && fi != nil {
				return fi(t, seq, int(count))
			}
			return f(t, seq, int(count))
		}
	}
	sym := op.Symbol()
	if base == bytecode.BinOpPower && !inplace {
		sym = "** or pow()"
	} else if base == bytecode.BinOpPower {
		sym = "**="
	}
	return Value{}, NewError(&TypeErrorType, "unsupported operand type(s) for %s: '%s' and '%s'", sym, typeName(a), typeName(b))
}

// UnaryOp kinds.
const (
	UnaryNeg = iota
	UnaryPos
	UnaryInvert
)

// Negative is -v.
func Negative(t *Thread, v Value) (Value, error) {
	if v.ref == &IntTag && int64(v.bits) != -1<<63 {
		return Int(-int64(v.bits)), nil
	}
	if v.ref == &FloatTag {
		return Float(-v.AsFloat()), nil
	}
	if f := v.Type().Slots.Neg; f != nil {
		return f(t, v)
	}
	return Value{}, NewError(&TypeErrorType, "bad operand type for unary -: '%s'", typeName(v))
}

// Positive is +v.
func Positive(t *Thread, v Value) (Value, error) {
	if f := v.Type().Slots.Pos; f != nil {
		return f(t, v)
	}
	return Value{}, NewError(&TypeErrorType, "bad operand type for unary +: '%s'", typeName(v))
}

// Invert is ~v.
func Invert(t *Thread, v Value) (Value, error) {
	if f := v.Type().Slots.Invert; f != nil {
		return f(t, v)
	}
	return Value{}, NewError(&TypeErrorType, "bad operand type for unary ~: '%s'", typeName(v))
}

// Absolute is abs(v).
func Absolute(t *Thread, v Value) (Value, error) {
	if f := v.Type().Slots.Abs; f != nil {
		return f(t, v)
	}
	return Value{}, NewError(&TypeErrorType, "bad operand type for abs(): '%s'", typeName(v))
}
