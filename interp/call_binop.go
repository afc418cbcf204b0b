package interp

// This file specializes BINARY_OP on two instances of the same plain
// class whose operator method is a Python function (Vector + Vector in
// raytrace, chaos and go): the method runs as a pushed frame, like a
// Python-to-Python call, instead of binaryOp1 -> pyBinary -> callMethod
// -> a nested eval loop. The operands stay on the caller's stack while
// the method runs; the method's frame is marked retBinop, and its
// RETURN_VALUE replaces them with the result, or, when the method
// returned NotImplemented, finishes the operation as BinaryOp would (for
// same-type operands CPython tries no reflected method, so what is left
// is the "unsupported operand" TypeError).
//
// Cache layout (InlineCache of the BINARY_OP instruction, Kind
// CacheBinopPy):
//
//	Obj     the operands' class
//	TypeVer its version tag when specialized
//	Value   the operator method (a Python function)

import "github.com/pyjit/pyjit/bytecode"

// Frame return kinds (Frame.retKind): what RETURN_VALUE does with the
// result of a frame the eval loop pushed for something other than CALL.
const (
	retNormal uint8 = iota // push the result on the caller's stack
	retInit                // __init__ of a specialized class call (call_class.go)
	retBinop               // operator method of a specialized BINARY_OP
)

// binopMethod returns the Python function to run for a op b, where a and
// b are instances of the same class, or nil when the generic path must
// run.
func binopMethod(ic *InlineCache, op bytecode.BinOp, a, b Value) *Function {
	tp := a.ref.typ
	if tp != b.ref.typ || tp.Flags&FlagHeap == 0 {
		return nil
	}
	if ic.Kind == CacheBinopPy && ic.Obj == &tp.Object && tp.version.Load() == ic.TypeVer {
		return objectAs[Function](ic.Value.ref)
	}
	if !ic.specializeBinop(op, tp) {
		return nil
	}
	return objectAs[Function](ic.Value.ref)
}

// specializeBinop fills ic for op on two instances of tp when the
// operator method can run as a pushed frame, reporting whether it can.
func (ic *InlineCache) specializeBinop(op bytecode.BinOp, tp *Type) bool {
	if ic.Kind != CacheEmpty || ic.backoff > 0 {
		if !ic.respecialize() {
			return false
		}
	}
	ic.Kind = CacheEmpty
	if tp.Base != &ObjectType || op >= bytecode.NumBinOps {
		return false
	}
	base := op
	if op.Inplace() {
		// a op= b runs __iop__ when the class has one; only a class
		// without it (the binary method then decides) is handled here.
		if !tp.Lookup(internStatic(binopDunders[op][0])).IsNull() {
			return false
		}
		base = op - bytecode.BinOpInplaceAdd
	}
	if base == bytecode.BinOpPower {
		return false // __pow__ has an optional third argument
	}
	ver := tp.Version()
	if ver == 0 {
		return false
	}
	m := tp.Lookup(internStatic(binopDunders[base][0]))
	if m.IsNull() || m.ref.typ != &FunctionType || objectAs[Function](m.ref).code.isGenerator {
		return false
	}
	ic.Kind, ic.Obj, ic.TypeVer, ic.Value = CacheBinopPy, &tp.Object, ver, m
	return true
}

// binopDone is RETURN_VALUE of an operator method frame: it replaces the
// two operands on the caller's stack with the result.
func binopDone(t *Thread, caller *Frame, ret Value) error {
	s, sp := caller.slots, caller.sp
	if ret.IsNotImplemented() {
		op := bytecode.BinOp(caller.code.Code.Words[caller.lasti] >> 8)
		r, err := binaryFallback(t, op, s[sp-2], s[sp-1], op.Inplace())
		if err != nil {
			return err
		}
		ret = r
	}
	s[sp-2], s[sp-1] = ret, Value{}
	caller.sp--
	return nil
}
