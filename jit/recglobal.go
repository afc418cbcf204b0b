package jit

import (
	"unsafe"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// This file records name and attribute loads from the interpreter's
// inline caches (interp/icache.go), which are the trace's type feedback:
// LOAD_GLOBAL (guard the globals and builtins dicts' keys versions, load
// the entry), LOAD_ATTR of a module attribute (the same on the module's
// dict), and LOAD_ATTR / STORE_ATTR of an instance attribute kept in a
// values array (guard the type's version tag and the instance's shape,
// then load or store by index). A value that is a heap object is guarded
// by identity and becomes a constant of the trace (a function, class or
// module), which is what lets CALL recognize builtins.

// dictConst is the constant address of a dict, kept alive by the trace.
func (r *recorder) dictConst(d *interp.Dict) ir.Ref {
	r.keep = append(r.keep, d)
	return r.tr.KPtr(uintptr(unsafe.Pointer(interp.DictObject(d))), "dict")
}

// guardKeys guards that d's keys version is still ver: every entry keeps
// its key and position.
func (r *recorder) guardKeys(d *interp.Dict, ver uint64, snap int) {
	kv := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TInt, A: r.dictConst(d), Aux: interp.DictKeysVersionOffset})
	r.tr.Guard(ir.EQ, kv, r.tr.KInt(int64(ver)), snap)
}

// dictEntry loads the value of entry ix of d (whose keys version is ver
// and whose current value is v).
func (r *recorder) dictEntry(d *interp.Dict, ix int, ver uint64, v interp.Value, snap int) (tval, error) {
	r.guardKeys(d, ver, snap)
	ents := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: r.dictConst(d), Aux: interp.DictEntriesOffset})
	off := int64(ix)*interp.DictEntrySize + interp.DictEntryValueOffset
	refw := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: ents, Aux: off + interp.ValueRefOffset})
	return r.constOrTyped(v, refw, func(typ ir.Type) ir.Ref {
		return r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: typ, A: ents, Aux: off + interp.ValueBitsOffs})
	}, snap)
}

// constOrTyped guards a loaded Value: a heap object by identity (it
// becomes a constant), anything else by kind and type.
func (r *recorder) constOrTyped(v interp.Value, refw ir.Ref, bits func(ir.Type) ir.Ref, snap int) (tval, error) {
	if v.IsNull() || v.IsInt() || v.IsFloat() || v.IsBool() {
		return r.typed(v, refw, bits, snap)
	}
	r.keep = append(r.keep, v)
	k := r.objConst(v)
	r.tr.Guard(ir.EQ, refw, k.ref, snap)
	return k, nil
}

// loadGlobal records LOAD_GLOBAL (arg&1: push NULL after the value).
func (r *recorder) loadGlobal(arg, pc int) error {
	ic := r.code.JITCache(pc)
	if ic == nil {
		return abort(AbortCache, "LOAD_GLOBAL without a cache")
	}
	g, b := r.globals, r.builtins
	if ic.Obj != interp.DictObject(g) {
		return abort(AbortCache, "LOAD_GLOBAL cached for other globals")
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return err
	}
	var v tval
	switch ic.Kind {
	case interp.CacheGlobal:
		val, ver := interp.DictEntryValue(g, int(ic.Index))
		if val.IsNull() || ver != ic.KeysVer {
			return abort(AbortCache, "stale LOAD_GLOBAL cache")
		}
		v, err = r.dictEntry(g, int(ic.Index), ver, val, snap)
	case interp.CacheGlobalBuiltin:
		val, ver := interp.DictEntryValue(b, int(ic.Index))
		if b == nil || ic.Obj2 != interp.DictObject(b) || val.IsNull() || ver != ic.KeysVer2 || interp.DictKeysVersion(g) != ic.KeysVer {
			return abort(AbortCache, "stale LOAD_GLOBAL cache")
		}
		// The name must stay absent from the globals.
		r.guardKeys(g, ic.KeysVer, snap)
		v, err = r.dictEntry(b, int(ic.Index), ver, val, snap)
	default:
		return abort(AbortCache, "LOAD_GLOBAL cache kind %d", ic.Kind)
	}
	if err != nil {
		return err
	}
	r.push(v)
	if arg&1 != 0 {
		r.push(r.nullValue())
	}
	return nil
}

// loadAttr records LOAD_ATTR (arg&1: the method form, which pushes the
// attribute and NULL for a module attribute).
func (r *recorder) loadAttr(arg, pc int) error {
	if len(r.stack) < 1 {
		return abort(AbortBadBytecode, "LOAD_ATTR on an empty stack")
	}
	owner := r.stack[len(r.stack)-1]
	ic := r.code.JITCache(pc)
	if ic == nil || owner.null || owner.typ != ir.TPtr {
		return abort(AbortCache, "LOAD_ATTR of %s", owner.typeName())
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return err
	}
	var v tval
	switch {
	case ic.Kind == interp.CacheAttrModule && owner.ref.IsConst() && ic.Obj == owner.v.Object():
		d, _ := interp.ModuleDict(owner.v)
		val, ver := interp.DictEntryValue(d, int(ic.Index))
		if val.IsNull() || ver != ic.KeysVer {
			return abort(AbortCache, "stale module attribute cache")
		}
		v, err = r.dictEntry(d, int(ic.Index), ver, val, snap)
	case ic.Kind == interp.CacheMethod && arg&1 != 0:
		// A method of the class that the instance does not shadow: the
		// function becomes a constant and the instance is self.
		if _, _, err = r.instanceValues(owner, ic, false, snap); err != nil {
			return err
		}
		r.keep = append(r.keep, ic.Value)
		r.stack[len(r.stack)-1] = r.objConst(ic.Value)
		r.push(owner)
		return nil
	case ic.Kind == interp.CacheMethodNoDict && arg&1 != 0 && isInstance(owner.v):
		// A method of a class whose instances have no __dict__: only
		// the class can change, which its version tag guards.
		tp := owner.v.Type()
		if interp.TypeVersion(tp) != ic.TypeVer {
			return abort(AbortCache, "stale method cache on %s", tp.Name)
		}
		ver := r.tr.Emit(ir.Ins{Op: ir.FLOAD32, Type: ir.TInt, A: r.typeConst(tp), Aux: interp.TypeVersionOffset})
		r.tr.Guard(ir.EQ, ver, r.tr.KInt(int64(ic.TypeVer)), snap)
		r.keep = append(r.keep, ic.Value)
		r.stack[len(r.stack)-1] = r.objConst(ic.Value)
		r.push(owner)
		return nil
	case (ic.Kind == interp.CacheAttrSlot || ic.Kind == interp.CacheMemberSlot) && arg&1 == 0:
		var data ir.Ref
		var values []interp.Value
		if data, values, err = r.instanceValues(owner, ic, true, snap); err == nil {
			addr := r.tr.Emit(ir.Ins{Op: ir.ELEM, Type: ir.TPtr, A: data, B: r.tr.KInt(int64(ic.Index))})
			v, err = r.valueAt(values[ic.Index], addr, snap)
		}
	default:
		return abort(AbortCache, "LOAD_ATTR cache kind %d on %s", ic.Kind, owner.typeName())
	}
	if err != nil {
		return err
	}
	r.stack[len(r.stack)-1] = v
	if arg&1 != 0 {
		r.push(r.nullValue())
	}
	return nil
}

// instanceValues guards what a CacheAttrSlot or CacheStoreSlot entry
// assumed about owner (its type's version, its shape, no dict) and
// returns the values array's data pointer and the concrete values.
func (r *recorder) instanceValues(owner tval, ic *interp.InlineCache, index bool, snap int) (ir.Ref, []interp.Value, error) {
	shape, values, ok := interp.InstanceValues(owner.v)
	tp := owner.v.Type()
	if !ok || shape != ic.Shape || interp.TypeVersion(tp) != ic.TypeVer || index && (int(ic.Index) >= len(values) || ic.Index < 0) {
		return 0, nil, abort(AbortCache, "instance attribute cache does not match the %s", tp.Name)
	}
	ver := r.tr.Emit(ir.Ins{Op: ir.FLOAD32, Type: ir.TInt, A: r.typeConst(tp), Aux: interp.TypeVersionOffset})
	r.tr.Guard(ir.EQ, ver, r.tr.KInt(int64(ic.TypeVer)), snap)
	r.keep = append(r.keep, shape)
	sh := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: owner.ref, Aux: interp.InstanceAttrsOffset + interp.AttrsShapeOffset})
	r.tr.Guard(ir.EQ, sh, r.tr.KPtr(uintptr(unsafe.Pointer(shape)), "shape"), snap)
	dict := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: owner.ref, Aux: interp.InstanceAttrsOffset + interp.AttrsDictOffset})
	r.tr.Guard(ir.EQ, dict, r.tr.KPtr(0, "nil"), snap)
	data := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: owner.ref, Aux: interp.InstanceAttrsOffset + interp.AttrsValuesOffset})
	return data, values, nil
}

// storeAttr records STORE_ATTR (TOS.name = TOS1) of an existing instance
// attribute when the new and the old value are both ints or both floats:
// only the bits word is written, after a guard that the ref word already
// holds the right tag (see storeSubscr for why that is a scalar store).
func (r *recorder) storeAttr(pc int) error {
	if len(r.stack) < 2 {
		return abort(AbortBadBytecode, "STORE_ATTR on a short stack")
	}
	owner, val := r.stack[len(r.stack)-1], r.stack[len(r.stack)-2]
	ic := r.code.JITCache(pc)
	if ic == nil || ic.Kind != interp.CacheStoreSlot && ic.Kind != interp.CacheStoreMember || owner.typ != ir.TPtr || owner.null || !isNum(val) {
		return abort(AbortCache, "STORE_ATTR of %s on %s", val.typeName(), owner.typeName())
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return err
	}
	data, values, err := r.instanceValues(owner, ic, true, snap)
	if err != nil {
		return err
	}
	old := r.item(owner.v.Object(), values, int(ic.Index))
	if !(val.typ == ir.TInt && old.IsInt() || val.typ == ir.TFloat && old.IsFloat()) {
		return abort(AbortOperandType, "attribute %s replaced by %s", old.Type().Name, val.typeName())
	}
	addr := r.tr.Emit(ir.Ins{Op: ir.ELEM, Type: ir.TPtr, A: data, B: r.tr.KInt(int64(ic.Index))})
	oldRef := r.tr.Emit(ir.Ins{Op: ir.FLOAD, Type: ir.TPtr, A: addr, Aux: interp.ValueRefOffset})
	r.tr.Guard(ir.EQ, oldRef, r.tr.Tags[val.typ], snap)
	r.tr.Emit(ir.Ins{Op: ir.STORE, A: addr, B: val.ref, Aux: interp.ValueBitsOffs})
	r.remember(owner.v.Object(), int(ic.Index), val)
	r.stack = r.stack[:len(r.stack)-2]
	return nil
}

// nullValue is the NULL pushed under a callable: a zero ref word, which
// an exit writes back as the null Value.
func (r *recorder) nullValue() tval {
	return tval{ref: r.tr.KPtr(0, "NULL"), typ: ir.TPtr, null: true}
}

// isInstance reports whether v is a plain class instance.
func isInstance(v interp.Value) bool {
	_, _, ok := interp.InstanceValues(v)
	return ok
}
