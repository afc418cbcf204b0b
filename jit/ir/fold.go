package ir

import (
	"errors"
	"fmt"
	"math"
)

// Constant folding and algebraic simplification, applied to one
// instruction at a time as it is emitted (LuaJIT's FOLD engine, much
// smaller). Integer arithmetic wraps like the machine; the *OV ops fold
// only when they do not overflow. Shifts use the count modulo 64, as amd64
// and arm64 do. Float folding uses Go's IEEE arithmetic, which gives the
// same bits as the SSE/NEON instructions the backends emit.

// ErrGuardFails reports a guard that can never pass: the trace would
// always exit there, so the recorder should abort it.
var ErrGuardFails = errors.New("ir: guard always fails")

// Fold returns t with every instruction folded.
func Fold(t *Trace) (*Trace, error) {
	return rewrite(t, newEmitter(emptyLike(t), true, false))
}

// foldIns simplifies ins against the constants of t. It returns either a
// (possibly rewritten) instruction to emit (done false) or the Ref of an
// existing value to use instead (done true; RefNone for a guard that
// always holds).
func foldIns(t *Trace, ins Ins) (Ins, Ref, bool, error) {
	info := ins.Op.Info()
	// Canonical form: constants on the right.
	if ins.A < 0 && ins.B > 0 {
		switch {
		case info.Flags&FComm != 0:
			ins.A, ins.B = ins.B, ins.A
		case ins.Op.IsCompare() && ins.Op.Swapped() != ins.Op:
			ins.Op = ins.Op.Swapped()
			ins.A, ins.B = ins.B, ins.A
		}
		info = ins.Op.Info()
	}
	ka, aConst := t.Const(ins.A)
	kb, bConst := t.Const(ins.B)
	switch {
	case info.A == OpndRef && info.B == OpndRef && aConst && bConst:
		return foldConst2(t, ins, ka.Bits, kb.Bits)
	case info.A == OpndRef && info.B == OpndNone && aConst:
		return foldConst1(t, ins, ka.Bits)
	}
	if ins.Op.IsCompare() && ins.A == ins.B && ins.Type != TFloat {
		return ins, RefNone, true, cmpResult(ins, ins.Op == EQ || ins.Op == LE || ins.Op == GE || ins.Op == UGE)
	}
	if ins.Type == TFloat {
		if bConst {
			return foldFloatIdentity(ins, math.Float64frombits(kb.Bits))
		}
		return ins, RefNone, false, nil
	}
	if ins.Type == TInt {
		if r, ok := foldIntIdentity(t, ins, kb, bConst); ok {
			return ins, r, true, nil
		}
	}
	if ins.Op == NEG || ins.Op == BNOT {
		if inner := t.At(ins.A); inner.Op == ins.Op && ins.A > 0 {
			return ins, inner.A, true, nil
		}
	}
	return ins, RefNone, false, nil
}

func cmpResult(ins Ins, holds bool) error {
	if holds {
		return nil
	}
	return fmt.Errorf("%w: %v %v on constants", ErrGuardFails, ins.Op, ins.Type)
}

func foldIntIdentity(t *Trace, ins Ins, kb Const, bConst bool) (Ref, bool) {
	if ins.A == ins.B {
		switch ins.Op {
		case SUB, SUBOV, BXOR:
			return t.KInt(0), true
		case BAND, BOR:
			return ins.A, true
		}
	}
	if !bConst {
		return RefNone, false
	}
	b := int64(kb.Bits)
	switch {
	case b == 0 && (ins.Op == ADD || ins.Op == ADDOV || ins.Op == SUB || ins.Op == SUBOV ||
		ins.Op == BOR || ins.Op == BXOR || ins.Op == SHL || ins.Op == SHR || ins.Op == SAR):
		return ins.A, true
	case b == 1 && (ins.Op == MUL || ins.Op == MULOV):
		return ins.A, true
	case b == -1 && ins.Op == BAND:
		return ins.A, true
	case b == 0 && (ins.Op == MUL || ins.Op == MULOV || ins.Op == BAND):
		return t.KInt(0), true
	case b == -1 && ins.Op == BOR:
		return t.KInt(-1), true
	}
	return RefNone, false
}

func foldFloatIdentity(ins Ins, b float64) (Ins, Ref, bool, error) {
	neg0 := b == 0 && math.Signbit(b)
	switch {
	case ins.Op == SUB && b == 0 && !math.Signbit(b), // x - 0.0 == x, also for -0.0
		ins.Op == ADD && neg0, // x + -0.0 == x
		(ins.Op == MUL || ins.Op == DIV) && b == 1:
		return ins, ins.A, true, nil
	}
	return ins, RefNone, false, nil
}

func foldConst1(t *Trace, ins Ins, a uint64) (Ins, Ref, bool, error) {
	switch ins.Type {
	case TInt:
		x := int64(a)
		switch ins.Op {
		case NEG:
			return ins, t.KInt(-x), true, nil
		case NEGOV:
			if x == math.MinInt64 {
				return ins, RefNone, false, fmt.Errorf("%w: NEGOV overflows", ErrGuardFails)
			}
			return ins, t.KInt(-x), true, nil
		case BNOT:
			return ins, t.KInt(^x), true, nil
		}
	case TFloat:
		x := math.Float64frombits(a)
		switch ins.Op {
		case NEG:
			return ins, t.KFloat(-x), true, nil
		case SQRT:
			return ins, t.KFloat(math.Sqrt(x)), true, nil
		case CONV:
			return ins, t.KFloat(float64(int64(a))), true, nil
		}
	}
	return ins, RefNone, false, nil
}

func foldConst2(t *Trace, ins Ins, a, b uint64) (Ins, Ref, bool, error) {
	if ins.Op.IsCompare() {
		return ins, RefNone, true, cmpResult(ins, compareConst(ins.Op, ins.Type, a, b))
	}
	if ins.Type == TFloat {
		x, y := math.Float64frombits(a), math.Float64frombits(b)
		var z float64
		switch ins.Op {
		case ADD:
			z = x + y
		case SUB:
			z = x - y
		case MUL:
			z = x * y
		case DIV:
			z = x / y
		default:
			return ins, RefNone, false, nil
		}
		return ins, t.KFloat(z), true, nil
	}
	if ins.Type != TInt {
		return ins, RefNone, false, nil
	}
	x, y := int64(a), int64(b)
	var z int64
	ovf := false
	switch ins.Op {
	case ADD:
		z = x + y
	case SUB:
		z = x - y
	case MUL:
		z = x * y
	case ADDOV:
		z = x + y
		ovf = (x >= 0) == (y >= 0) && (z >= 0) != (x >= 0)
	case SUBOV:
		z = x - y
		ovf = (x >= 0) != (y >= 0) && (z >= 0) != (x >= 0)
	case MULOV:
		z = x * y
		ovf = x != 0 && (z/x != y || x == -1 && y == math.MinInt64)
	case BAND:
		z = x & y
	case BOR:
		z = x | y
	case BXOR:
		z = x ^ y
	case SHL:
		z = x << (y & 63)
	case SHR:
		z = int64(uint64(x) >> (y & 63))
	case SAR:
		z = x >> (y & 63)
	case FLOORDIV, FLOORMOD:
		if y == 0 || y == -1 && x == math.MinInt64 {
			// The recorder guards these divisors away; never fold a trap.
			return ins, RefNone, false, nil
		}
		q, m := FloorDivMod(x, y)
		z = q
		if ins.Op == FLOORMOD {
			z = m
		}
	default:
		return ins, RefNone, false, nil
	}
	if ovf {
		return ins, RefNone, false, fmt.Errorf("%w: %v %d %d overflows", ErrGuardFails, ins.Op, x, y)
	}
	return ins, t.KInt(z), true, nil
}

func compareConst(op Op, typ Type, a, b uint64) bool {
	if typ == TFloat {
		x, y := math.Float64frombits(a), math.Float64frombits(b)
		switch op {
		case EQ:
			return x == y
		case NE:
			return x != y
		case LT:
			return x < y
		case LE:
			return x <= y
		case GT:
			return x > y
		case GE:
			return x >= y
		}
		return false
	}
	x, y := int64(a), int64(b)
	switch op {
	case EQ:
		return a == b
	case NE:
		return a != b
	case LT:
		return x < y
	case LE:
		return x <= y
	case GT:
		return x > y
	case GE:
		return x >= y
	case ULT:
		return a < b
	case UGE:
		return a >= b
	}
	return false
}

// FloorDivMod returns Python's x // y and x % y: the quotient rounded
// toward negative infinity and a remainder with the sign of y. y must not
// be 0, and not -1 when x is math.MinInt64.
func FloorDivMod(x, y int64) (int64, int64) {
	q, m := x/y, x%y
	if m != 0 && (m^y) < 0 {
		q--
		m += y
	}
	return q, m
}
