package jit

import (
	"unsafe"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file records values that are object references: the type guard
// that turns a loaded Value into a typed trace value, constants that are
// heap objects, and FOR_ITER over a range, list or tuple iterator at the
// loop head.
//
// A Value's ref word is either the address of a static tag (IntTag,
// FloatTag, BoolTag, NoneTag) or a heap object whose first word is its
// type. So the guard for an unboxed kind compares the ref word with the
// tag's address, and the guard for a heap object loads its type word and
// compares that with the type's address. Compiled code only reads these
// words (JIT-NOTES.md, "GC hazards"): a ref it holds in a register is
// handed back to Go at an exit, which writes it into the frame.

// typed guards that the Value whose ref word is refw has the kind and
// type of v (the concrete value) and returns it as a trace value; bits
// loads the Value's bits word as the given type.
func (r *recorder) typed(v interp.Value, refw ir.Ref, bits func(ir.Type) ir.Ref, snap int) (tval, error) {
	var typ ir.Type
	switch {
	case v.IsInt():
		typ = ir.TInt
	case v.IsFloat():
		typ = ir.TFloat
	case v.IsBool():
		typ = ir.TBool
	case v.IsNull():
		return tval{}, abort(AbortSlotType, "unbound value")
	case v.IsNone():
		r.tr.Guard(ir.EQ, refw, r.tr.KPtr(uintptr(unsafe.Pointer(&interp.NoneTag)), "NoneTag"), snap)
		return tval{ref: refw, typ: ir.TPtr, v: v}, nil
	default:
		tp := v.Type()
		r.keep = append(r.keep, tp)
		w := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: refw})
		r.tr.Guard(ir.EQ, w, r.typeConst(tp), snap)
		return tval{ref: refw, typ: ir.TPtr, v: v}, nil
	}
	r.tr.Guard(ir.EQ, refw, r.tr.Tags[typ], snap)
	return tval{ref: bits(typ), typ: typ, i: v.AsInt(), f: v.AsFloat(), v: v}, nil
}

// typeConst is the constant address of a type object.
func (r *recorder) typeConst(tp *interp.Type) ir.Ref {
	return r.tr.KPtr(uintptr(unsafe.Pointer(tp)), "type "+tp.Name)
}

// objConst is the trace value of a heap object (or None) that the trace
// treats as a constant; the caller guarantees it stays alive (keep).
func (r *recorder) objConst(v interp.Value) tval {
	name := "obj " + v.Type().Name
	if v.IsNone() {
		name = "NoneTag"
	}
	return tval{ref: r.tr.KPtr(uintptr(unsafe.Pointer(v.Object())), name), typ: ir.TPtr, v: v}
}

// valueAt loads the Value at address addr (an ELEM) with its type guard.
func (r *recorder) valueAt(v interp.Value, addr ir.Ref, snap int) (tval, error) {
	refw := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: addr, Aux: interp.ValueRefOffset})
	return r.typed(v, refw, func(typ ir.Type) ir.Ref {
		return r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: typ, A: addr, Aux: interp.ValueBitsOffs})
	}, snap)
}

// iterKind says what kind of iterator a loop's FOR_ITER advances.
type iterKind uint8

const (
	iterRange iterKind = iota
	iterList
	iterTuple
)

// seqItems returns the items of an exact list or tuple and the kind.
func seqItems(v interp.Value) ([]interp.Value, iterKind, bool) {
	if items, ok := interp.ExactList(v); ok {
		return items, iterList, true
	}
	if items, ok := interp.ExactTuple(v); ok {
		return items, iterTuple, true
	}
	return nil, 0, false
}

// itemsOffset is the offset of the items slice in a list or tuple.
func itemsOffset(k iterKind) int64 {
	if k == iterTuple {
		return interp.TupleItemsOffset
	}
	return interp.ListItemsOffset
}

// forIter records FOR_ITER over the iterator below the head's stack: a
// guard that values remain (else the interpreter redoes the FOR_ITER and
// leaves the loop), then the advance in virtual slots. A range iterator
// keeps next, count and step there; a list or tuple iterator its index
// and its sequence (a Value Go writes into the slot copy at entry).
func (r *recorder) forIter(pc int) error {
	if pc != r.head || r.iter != nil || len(r.stack) != 0 || r.depth0 < 1 || len(r.inl) > 0 {
		return abort(AbortForIter, "FOR_ITER at %d", pc)
	}
	slot := r.nlocals0 + r.depth0 - 1
	itv := r.frame.Slot(slot)
	if next, step, n, ok := interp.RangeIterState(itv); ok {
		return r.forRange(slot, next, step, n)
	}
	seq, i, ok := interp.SeqIterState(itv)
	if !ok {
		return abort(AbortForIter, "iterator is %s", itv.Type().Name)
	}
	items, kind, ok := seqItems(seq)
	if !ok {
		return abort(AbortForIter, "iterator over %s", seq.Type().Name)
	}
	if i < 0 || i >= len(items) {
		return abort(AbortLoopExit, "%s exhausted", seq.Type().Name)
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return err
	}
	it := &iterState{kind: kind, slot: slot}
	idx := r.tr.SLoad(ir.TInt, r.nslots+vNext)
	seqRef := r.tr.SLoad(ir.TPtr, r.nslots+vSeq)
	// The trace's loads assume the sequence's layout: guard its type (a
	// later entry may bring an iterator over another sequence).
	r.tr.Guard(ir.EQ, r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: seqRef}), r.typeConst(seq.Type()), snap)
	off := itemsOffset(kind)
	n := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TInt, A: seqRef, Aux: off + 8})
	r.tr.Guard(ir.ULT, idx, n, snap)
	data := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: seqRef, Aux: off})
	item, err := r.valueAt(items[i], r.tr.Emit(ir.Ins{Op: ir.ELEM, Type: ir.TPtr, A: data, B: idx}), snap)
	if err != nil {
		return err
	}
	r.push(item)
	it.next = tval{ref: r.tr.Arith(ir.ADD, idx, r.tr.KInt(1)), typ: ir.TInt, i: int64(i) + 1}
	it.advanced = true
	r.iter = it
	return nil
}

// forRange records FOR_ITER over a range iterator.
func (r *recorder) forRange(slot int, next, step, n int64) error {
	if n <= 0 {
		return abort(AbortLoopExit, "range exhausted")
	}
	snap, err := r.snapshot(r.head)
	if err != nil {
		return err
	}
	load := func(v int, val int64) tval {
		return tval{ref: r.tr.SLoad(ir.TInt, r.nslots+v), typ: ir.TInt, i: val}
	}
	it := &iterState{kind: iterRange, slot: slot, next: load(vNext, next), count: load(vCount, n), step: load(vStep, step)}
	r.tr.Guard(ir.GT, it.count.ref, r.tr.KInt(0), snap)
	r.push(it.next)
	it.next = tval{ref: r.tr.Arith(ir.ADD, it.next.ref, it.step.ref), typ: ir.TInt, i: next + step}
	it.count = tval{ref: r.tr.Arith(ir.SUB, it.count.ref, r.tr.KInt(1)), typ: ir.TInt, i: n - 1}
	it.advanced = true
	r.iter = it
	return nil
}

// typeName names v's Python type for abort details.
func (v tval) typeName() string {
	switch {
	case v.null:
		return "NULL"
	case v.v.IsNull():
		return v.typ.String()
	}
	return v.v.Type().Name
}

// objBinaryOp records BINARY_OP on operands that are not both numbers.
func (r *recorder) objBinaryOp(op bytecode.BinOp, a, b tval, pc int) error {
	return abort(AbortOperandType, "%s %s %s", a.typeName(), op.Symbol(), b.typeName())
}

// isOp records IS_OP fused with the POP_JUMP_IF_* after it. Two object
// references are compared by address (a guard on the recorded outcome); an
// object is never an unboxed number. It returns the pc after the branch.
func (r *recorder) isOp(not bool, pc, next int) (int, error) {
	if len(r.stack) < 2 {
		return 0, abort(AbortBadBytecode, "IS_OP on a short stack")
	}
	jop, jarg, after, err := r.decode(next)
	if err != nil {
		return 0, err
	}
	if jop != bytecode.POP_JUMP_IF_FALSE && jop != bytecode.POP_JUMP_IF_TRUE {
		return 0, abort(AbortUnfusedCompare, "IS_OP followed by %s", jop)
	}
	a, b := r.stack[len(r.stack)-2], r.stack[len(r.stack)-1]
	if a.null || b.null {
		return 0, abort(AbortBadBytecode, "IS_OP on NULL")
	}
	var same bool
	switch {
	case a.typ == ir.TPtr && b.typ == ir.TPtr:
		same = a.v.Object() == b.v.Object()
		snap, err := r.snapshot(pc)
		if err != nil {
			return 0, err
		}
		g := ir.EQ
		if !same {
			g = ir.NE
		}
		r.tr.Guard(g, a.ref, b.ref, snap)
	case a.typ == ir.TPtr || b.typ == ir.TPtr:
		same = false
	default:
		return 0, abort(AbortOperandType, "%s is %s", a.typeName(), b.typeName())
	}
	r.stack = r.stack[:len(r.stack)-2]
	if (same != not) == (jop == bytecode.POP_JUMP_IF_TRUE) {
		after += jarg
	}
	return after, nil
}
