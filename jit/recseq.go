package jit

import (
	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file records indexing of exact lists and tuples: BINARY_SUBSCR by
// an int, STORE_SUBSCR of an int or float over an item of the same kind,
// UNPACK_SEQUENCE of a list or tuple of the recorded length, and len().
// The container's type was guarded where it was loaded, so its layout is
// known: the items slice's data pointer and length are two loads.

// seqParts returns the trace values of a list or tuple's items data
// pointer and length, and its concrete items.
func (r *recorder) seqParts(v tval) (data, n ir.Ref, items []interp.Value, kind iterKind, ok bool) {
	if v.typ != ir.TPtr || v.null {
		return 0, 0, nil, 0, false
	}
	items, kind, ok = seqItems(v.v)
	if !ok {
		return 0, 0, nil, 0, false
	}
	off := itemsOffset(kind)
	data = r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: v.ref, Aux: off})
	n = r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TInt, A: v.ref, Aux: off + 8})
	return data, n, items, kind, true
}

// stored is an item this iteration has already overwritten: the
// recorder executes nothing, so later reads of the item in the same
// iteration take its concrete value from here.
type storedKey struct {
	obj *interp.Object
	i   int
}

// item returns the concrete value of items[i] of container obj as the
// recorded iteration sees it.
func (r *recorder) item(obj *interp.Object, items []interp.Value, i int) interp.Value {
	if v, ok := r.stored[storedKey{obj, i}]; ok {
		return v
	}
	return items[i]
}

// subscr records BINARY_SUBSCR.
func (r *recorder) subscr(pc int) error {
	if len(r.stack) < 2 {
		return abort(AbortBadBytecode, "BINARY_SUBSCR on a short stack")
	}
	c, k := r.stack[len(r.stack)-2], r.stack[len(r.stack)-1]
	if k.typ != ir.TInt {
		return abort(AbortOperandType, "%s[%s]", c.typeName(), k.typeName())
	}
	if _, _, ok := seqItems(c.v); !ok || c.typ != ir.TPtr {
		return abort(AbortOperandType, "%s[int]", c.typeName())
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return err
	}
	data, n, items, _, _ := r.seqParts(c)
	if k.i < 0 || k.i >= int64(len(items)) {
		// Negative indexes count from the end; out of range raises.
		return abort(AbortOperandType, "index %d of a sequence of %d", k.i, len(items))
	}
	r.tr.Guard(ir.ULT, k.ref, n, snap)
	v, err := r.valueAt(r.item(c.v.Object(), items, int(k.i)), r.tr.Emit(ir.Ins{Op: ir.ELEM, Type: ir.TPtr, A: data, B: k.ref}), snap)
	if err != nil {
		return err
	}
	r.stack = r.stack[:len(r.stack)-2]
	r.push(v)
	return nil
}

// storeSubscr records STORE_SUBSCR (TOS1[TOS] = TOS2) on an exact list
// when the new value and the item it replaces are both ints or both
// floats. Then only the item's bits word changes: the guard proves the
// ref word already holds the right tag, and the bits word is a scalar
// to the garbage collector, so the store needs no write barrier
// (JIT-NOTES.md, "GC hazards and the safe rule", rule 1). Anything else
// (a pointer would have to be written) stays in the interpreter.
func (r *recorder) storeSubscr(pc int) error {
	if len(r.stack) < 3 {
		return abort(AbortBadBytecode, "STORE_SUBSCR on a short stack")
	}
	val, c, k := r.stack[len(r.stack)-3], r.stack[len(r.stack)-2], r.stack[len(r.stack)-1]
	items, ok := interp.ExactList(c.v)
	if !ok || c.typ != ir.TPtr || k.typ != ir.TInt {
		return abort(AbortOperandType, "%s[%s] = %s", c.typeName(), k.typeName(), val.typeName())
	}
	if k.i < 0 || k.i >= int64(len(items)) {
		return abort(AbortOperandType, "index %d of a list of %d", k.i, len(items))
	}
	old := r.item(c.v.Object(), items, int(k.i))
	if !(val.typ == ir.TInt && old.IsInt() || val.typ == ir.TFloat && old.IsFloat()) {
		return abort(AbortOperandType, "list item %s replaced by %s", old.Type().Name, val.typeName())
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return err
	}
	data, n, _, _, _ := r.seqParts(c)
	r.tr.Guard(ir.ULT, k.ref, n, snap)
	addr := r.tr.Emit(ir.Ins{Op: ir.ELEM, Type: ir.TPtr, A: data, B: k.ref})
	oldRef := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: addr, Aux: interp.ValueRefOffset})
	r.tr.Guard(ir.EQ, oldRef, r.tr.Tags[val.typ], snap)
	r.tr.Emit(ir.Ins{Op: ir.STORE, A: addr, B: val.ref, Aux: interp.ValueBitsOffs})
	r.remember(c.v.Object(), int(k.i), val)
	r.stack = r.stack[:len(r.stack)-3]
	return nil
}

// remember records the concrete value an int or float store gave item i
// of obj (list items and instance values use separate objects as keys:
// an instance's values array belongs to the instance).
func (r *recorder) remember(obj *interp.Object, i int, val tval) {
	if r.stored == nil {
		r.stored = make(map[storedKey]interp.Value)
	}
	nv := interp.Int(val.i)
	if val.typ == ir.TFloat {
		nv = interp.Float(val.f)
	}
	r.stored[storedKey{obj, i}] = nv
}

// unpack records UNPACK_SEQUENCE n of a list or tuple of length n.
func (r *recorder) unpack(n, pc int) error {
	if len(r.stack) < 1 {
		return abort(AbortBadBytecode, "UNPACK_SEQUENCE on an empty stack")
	}
	c := r.stack[len(r.stack)-1]
	if _, _, ok := seqItems(c.v); !ok || c.typ != ir.TPtr {
		return abort(AbortOperandType, "unpack %s", c.typeName())
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return err
	}
	data, ln, items, _, _ := r.seqParts(c)
	if len(items) != n {
		return abort(AbortOperandType, "unpack %d items into %d", len(items), n)
	}
	r.tr.Guard(ir.EQ, ln, r.tr.KInt(int64(n)), snap)
	vals := make([]tval, n)
	for i := n - 1; i >= 0; i-- {
		addr := r.tr.Emit(ir.Ins{Op: ir.ELEM, Type: ir.TPtr, A: data, B: r.tr.KInt(int64(i))})
		if vals[i], err = r.valueAt(r.item(c.v.Object(), items, i), addr, snap); err != nil {
			return err
		}
	}
	r.stack = r.stack[:len(r.stack)-1]
	for i := n - 1; i >= 0; i-- {
		r.push(vals[i])
	}
	return nil
}

// seqLen is len() of a list or tuple trace value.
func (r *recorder) seqLen(v tval) (tval, bool) {
	_, n, items, _, ok := r.seqParts(v)
	if !ok {
		return tval{}, false
	}
	return tval{ref: n, typ: ir.TInt, i: int64(len(items))}, true
}
