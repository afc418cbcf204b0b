package interp

// This file holds the operand-type fast paths of BINARY_OP, COMPARE_OP,
// CONTAINS_OP and UNPACK_SEQUENCE: the cases CPython 3.11 specializes
// (BINARY_OP_ADD_FLOAT, COMPARE_OP_STR_JUMP, ...). Each guard is a
// compare of the operands' type words; when it fails the instruction's
// generic path runs, so a site whose operand types change simply stops
// hitting (the "deoptimization" is free). They allocate nothing except
// the result of a str concatenation.

import (
	"math"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

// exactIntMax bounds the ints that convert to float64 exactly.
const exactIntMax = 1 << 53

// quickBinaryOp is BINARY_OP on two floats, an int and a float, or two
// exact strs (+). ok is false when no fast path applies or the
// operation would raise (the generic path then raises the right error).
func quickBinaryOp(op bytecode.BinOp, a, b Value) (Value, bool) {
	var x, y float64
	switch {
	case a.ref == &FloatTag && b.ref == &FloatTag:
		x, y = math.Float64frombits(a.bits), math.Float64frombits(b.bits)
	case a.ref == &FloatTag && b.ref == &IntTag:
		x, y = math.Float64frombits(a.bits), float64(int64(b.bits))
	case a.ref == &IntTag && b.ref == &FloatTag:
		x, y = float64(int64(a.bits)), math.Float64frombits(b.bits)
	case a.ref != nil && a.ref.typ == &StrType && b.ref != nil && b.ref.typ == &StrType &&
		(op == bytecode.BinOpAdd || op == bytecode.BinOpInplaceAdd):
		return quickStrConcat(objectAs[Str](a.ref), objectAs[Str](b.ref)), true
	default:
		return Value{}, false
	}
	switch op {
	case bytecode.BinOpAdd, bytecode.BinOpInplaceAdd:
		return Float(x + y), true
	case bytecode.BinOpSubtract, bytecode.BinOpInplaceSubtract:
		return Float(x - y), true
	case bytecode.BinOpMultiply, bytecode.BinOpInplaceMultiply:
		return Float(x * y), true
	case bytecode.BinOpTrueDivide, bytecode.BinOpInplaceTrueDivide:
		if y != 0 {
			return Float(x / y), true
		}
	}
	return Value{}, false
}

// quickStrConcat is exact str + exact str.
func quickStrConcat(x, y *Str) Value {
	if y.s == "" {
		return FromObject(&x.Object)
	}
	if x.s == "" {
		return FromObject(&y.Object)
	}
	// The result is ASCII exactly when both halves are: no rescan.
	r := &Str{Object: Object{typ: &StrType}, s: x.s + y.s, n: -1, ascii: x.ascii && y.ascii}
	if r.ascii {
		r.n = len(r.s)
	}
	return FromObject(&r.Object)
}

// quickCompare compares two ints, two floats, an int with a float, or
// two exact strs.
func quickCompare(a, b Value, op bytecode.CmpOp) (bool, bool) {
	var x, y float64
	switch {
	case a.ref == &IntTag && b.ref == &IntTag:
		p, q := int64(a.bits), int64(b.bits)
		c := 0
		if p < q {
			c = -1
		} else if p > q {
			c = 1
		}
		return cmpResult(c, op), true
	case a.ref == &FloatTag && b.ref == &FloatTag:
		x, y = math.Float64frombits(a.bits), math.Float64frombits(b.bits)
	case a.ref == &FloatTag && b.ref == &IntTag && int64(b.bits) > -exactIntMax && int64(b.bits) < exactIntMax:
		x, y = math.Float64frombits(a.bits), float64(int64(b.bits))
	case a.ref == &IntTag && b.ref == &FloatTag && int64(a.bits) > -exactIntMax && int64(a.bits) < exactIntMax:
		x, y = float64(int64(a.bits)), math.Float64frombits(b.bits)
	case a.ref != nil && a.ref.typ == &StrType && b.ref != nil && b.ref.typ == &StrType:
		sa, sb := objectAs[Str](a.ref).s, objectAs[Str](b.ref).s
		switch op {
		case bytecode.CmpEQ:
			return sa == sb, true
		case bytecode.CmpNE:
			return sa != sb, true
		}
		return cmpResult(strings.Compare(sa, sb), op), true
	default:
		return false, false
	}
	switch op {
	case bytecode.CmpLT:
		return x < y, true
	case bytecode.CmpLE:
		return x <= y, true
	case bytecode.CmpEQ:
		return x == y, true
	case bytecode.CmpNE:
		return x != y, true
	case bytecode.CmpGT:
		return x > y, true
	case bytecode.CmpGE:
		return x >= y, true
	}
	return false, false
}

// quickContains is `key in container` for exact dicts and sets; ok is
// false for other containers.
func quickContains(t *Thread, key, container Value) (found, ok bool, err error) {
	switch container.ref.typ {
	case &DictType:
		_, found, err = objectAs[Dict](container.ref).GetItem(t, key)
		return found, true, err
	case &SetType, &FrozenSetType:
		found, err = setContains(t, container, key)
		return found, true, err
	}
	return false, false, nil
}

// quickUnpack2 unpacks an exact 2-tuple or 2-list (UNPACK_SEQUENCE 2)
// without building a slice.
func quickUnpack2(v Value) (a, b Value, ok bool) {
	var items []Value
	switch v.ref.typ {
	case &TupleType:
		items = objectAs[Tuple](v.ref).items
	case &ListType:
		items = objectAs[List](v.ref).items
	default:
		return
	}
	if len(items) != 2 {
		return
	}
	return items[0], items[1], true
}

// quickUnpackItems returns the items of an exact tuple or list for
// UNPACK_SEQUENCE (the caller checks the count; a mismatch takes the
// generic path, which raises).
func quickUnpackItems(v Value) ([]Value, bool) {
	switch v.ref.typ {
	case &TupleType:
		return objectAs[Tuple](v.ref).items, true
	case &ListType:
		return objectAs[List](v.ref).items, true
	}
	return nil, false
}
