package interp

// This file implements the _operator module (CPython's
// Modules/_operator.c): the operator functions, which operator.py
// re-exports. itemgetter, attrgetter and methodcaller are in
// mod__operator_getters.go.

import (
	"crypto/subtle"
	"sync"

	"github.com/pyjit/pyjit/bytecode"
)

var operatorOnce sync.Once

func init() {
	builtinModules["_operator"] = makeOperatorModule
	delete(cModules, "_operator")
}

const operatorDoc = "Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."

// operatorBinOps are the functions of the binary and in-place operators.
var operatorBinOps = []struct {
	name string
	op   bytecode.BinOp
}{
	{"add", bytecode.BinOpAdd}, {"and_", bytecode.BinOpAnd}, {"floordiv", bytecode.BinOpFloorDivide},
	{"lshift", bytecode.BinOpLshift}, {"matmul", bytecode.BinOpMatrixMultiply}, {"mul", bytecode.BinOpMultiply},
	{"mod", bytecode.BinOpRemainder}, {"or_", bytecode.BinOpOr}, {"pow", bytecode.BinOpPower},
	{"rshift", bytecode.BinOpRshift}, {"sub", bytecode.BinOpSubtract}, {"truediv", bytecode.BinOpTrueDivide},
	{"xor", bytecode.BinOpXor},
	{"iadd", bytecode.BinOpInplaceAdd}, {"iand", bytecode.BinOpInplaceAnd},
	{"ifloordiv", bytecode.BinOpInplaceFloorDivide}, {"ilshift", bytecode.BinOpInplaceLshift},
	{"imatmul", bytecode.BinOpInplaceMatrixMultiply}, {"imul", bytecode.BinOpInplaceMultiply},
	{"imod", bytecode.BinOpInplaceRemainder}, {"ior", bytecode.BinOpInplaceOr},
	{"ipow", bytecode.BinOpInplacePower}, {"irshift", bytecode.BinOpInplaceRshift},
	{"isub", bytecode.BinOpInplaceSubtract}, {"itruediv", bytecode.BinOpInplaceTrueDivide},
	{"ixor", bytecode.BinOpInplaceXor},
}

var operatorCmps = []struct {
	name string
	op   bytecode.CmpOp
}{
	{"lt", bytecode.CmpLT}, {"le", bytecode.CmpLE}, {"eq", bytecode.CmpEQ},
	{"ne", bytecode.CmpNE}, {"gt", bytecode.CmpGT}, {"ge", bytecode.CmpGE},
}

// opArgs checks a positional-only operator function's arguments, with
// the module-qualified name CPython uses for the keyword error.
func opArgs(name string, args []Value, kw []string, n int) error {
	if len(kw) > 0 {
		return NewError(&TypeErrorType, "_operator.%s() takes no keyword arguments", name)
	}
	if len(args) != n {
		if n == 1 {
			return NewError(&TypeErrorType, "_operator.%s() takes exactly one argument (%d given)", name, len(args))
		}
		return NewError(&TypeErrorType, "%s expected %d arguments, got %d", name, n, len(args))
	}
	return nil
}

func opFn2(name string, f func(t *Thread, a, b Value) (Value, error)) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := opArgs(name, args, kw, 2); err != nil {
			return Value{}, err
		}
		return f(t, args[0], args[1])
	}
}

func opFn1(name string, f func(t *Thread, a Value) (Value, error)) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := opArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		return f(t, args[0])
	}
}

// isSequence is PySequence_Check: a type with __getitem__ that is not a
// dict.
func isSequence(v Value) bool {
	tp := v.Type()
	return tp.Slots.GetItem != nil && !tp.IsSubtype(&DictType)
}

// opConcat is PySequence_Concat / PySequence_InPlaceConcat.
func opConcat(inplace bool) func(t *Thread, a, b Value) (Value, error) {
	return func(t *Thread, a, b Value) (Value, error) {
		if !isSequence(a) {
			return Value{}, NewError(&TypeErrorType, "'%s' object can't be concatenated", typeName(a))
		}
		if inplace {
			return BinaryOp(t, bytecode.BinOpInplaceAdd, a, b)
		}
		return BinaryOp(t, bytecode.BinOpAdd, a, b)
	}
}

// opIterSearch is countOf and indexOf (PySequence_Count/Index).
func opIterSearch(t *Thread, seq, item Value, count bool) (Value, error) {
	it, err := Iter(t, seq)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Type() == &TypeErrorType {
			return Value{}, NewError(&TypeErrorType, "argument of type '%s' is not iterable", typeName(seq))
		}
		return Value{}, err
	}
	n := int64(0)
	for i := int64(0); ; i++ {
		v, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if v.IsNull() {
			break
		}
		eq, err := richEq(t, v, item)
		if err != nil {
			return Value{}, err
		}
		if eq {
			if !count {
				return Int(i), nil
			}
			n++
		}
	}
	if !count {
		return Value{}, NewError(&ValueErrorType, "sequence.index(x): x not in sequence")
	}
	return Int(n), nil
}

// lengthHint is PyObject_LengthHint.
func lengthHint(t *Thread, v Value, def int64) (Value, error) {
	if v.Type().Slots.Len != nil {
		n, err := Len(t, v)
		if err == nil {
			return Int(int64(n)), nil
		}
		if e, ok := err.(*Exception); !ok || e.Type() != &TypeErrorType {
			return Value{}, err
		}
	}
	r, found, err := callMethod(t, v, "__length_hint__")
	if err != nil {
		if e, ok := err.(*Exception); ok && e.Type() == &TypeErrorType {
			return Int(def), nil
		}
		return Value{}, err
	}
	if !found || r.IsNotImplemented() {
		return Int(def), nil
	}
	if !isIntLike(r) {
		return Value{}, NewError(&TypeErrorType, "__length_hint__ must be an integer, not %s", typeName(r))
	}
	n, ok := smallInt(r)
	if !ok {
		return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	if n < 0 {
		return Value{}, NewError(&ValueErrorType, "__length_hint__() should return >= 0")
	}
	return Int(n), nil
}

// compareDigest is _compare_digest(a, b): a comparison whose time does
// not depend on where the inputs differ.
func compareDigest(t *Thread, a, b Value) (Value, error) {
	sa, okA := asStr(a)
	sb, okB := asStr(b)
	if okA && okB {
		if !sa.ascii || !sb.ascii {
			return Value{}, NewError(&TypeErrorType, "comparing strings with non-ASCII characters is not supported")
		}
		return Bool(subtle.ConstantTimeCompare([]byte(sa.s), []byte(sb.s)) == 1), nil
	}
	da, okA := bytesData(a)
	db, okB := bytesData(b)
	switch {
	case !okA && !okB:
		return Value{}, NewError(&TypeErrorType, "unsupported operand types(s) or combination of types: '%s' and '%s'", typeName(a), typeName(b))
	case !okA:
		return Value{}, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(a))
	case !okB:
		return Value{}, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(b))
	}
	return Bool(subtle.ConstantTimeCompare(da, db) == 1), nil
}

func makeOperatorModule(in *Interpreter) *Module {
	operatorOnce.Do(setupOperatorTypes)
	m := NewModule("_operator")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue(operatorDoc))
	for _, b := range operatorBinOps {
		op := b.op
		moduleFn(m, b.name, opFn2(b.name, func(t *Thread, a, b Value) (Value, error) { return BinaryOp(t, op, a, b) }))
	}
	for _, c := range operatorCmps {
		op := c.op
		moduleFn(m, c.name, opFn2(c.name, func(t *Thread, a, b Value) (Value, error) { return RichCompare(t, a, b, op) }))
	}
	moduleFn(m, "concat", opFn2("concat", opConcat(false)))
	moduleFn(m, "iconcat", opFn2("iconcat", opConcat(true)))
	moduleFn(m, "is_", opFn2("is_", func(t *Thread, a, b Value) (Value, error) { return Bool(a.Is(b)), nil }))
	moduleFn(m, "is_not", opFn2("is_not", func(t *Thread, a, b Value) (Value, error) { return Bool(!a.Is(b)), nil }))
	moduleFn(m, "contains", opFn2("contains", func(t *Thread, a, b Value) (Value, error) {
		r, err := Contains(t, a, b)
		return Bool(r), err
	}))
	moduleFn(m, "countOf", opFn2("countOf", func(t *Thread, a, b Value) (Value, error) { return opIterSearch(t, a, b, true) }))
	moduleFn(m, "indexOf", opFn2("indexOf", func(t *Thread, a, b Value) (Value, error) { return opIterSearch(t, a, b, false) }))
	moduleFn(m, "getitem", opFn2("getitem", GetItem))
	moduleFn(m, "delitem", opFn2("delitem", func(t *Thread, a, b Value) (Value, error) { return None, DelItem(t, a, b) }))
	moduleFn(m, "setitem", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := opArgs("setitem", args, kw, 3); err != nil {
			return Value{}, err
		}
		return None, SetItem(t, args[0], args[1], args[2])
	})
	moduleFn(m, "_compare_digest", opFn2("_compare_digest", compareDigest))
	moduleFn(m, "neg", opFn1("neg", Negative))
	moduleFn(m, "pos", opFn1("pos", Positive))
	moduleFn(m, "abs", opFn1("abs", Absolute))
	moduleFn(m, "inv", opFn1("inv", Invert))
	moduleFn(m, "invert", opFn1("invert", Invert))
	moduleFn(m, "index", opFn1("index", func(t *Thread, a Value) (Value, error) { return indexValue(t, a, "") }))
	moduleFn(m, "not_", opFn1("not_", func(t *Thread, a Value) (Value, error) {
		b, err := Truth(t, a)
		return Bool(!b), err
	}))
	moduleFn(m, "truth", opFn1("truth", func(t *Thread, a Value) (Value, error) {
		b, err := Truth(t, a)
		return Bool(b), err
	}))
	moduleFn(m, "length_hint", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := posArgs("length_hint", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		def := int64(0)
		if len(args) == 2 {
			var err error
			if def, err = ssizeArg(t, args[1]); err != nil {
				return Value{}, err
			}
		}
		return lengthHint(t, args[0], def)
	})
	moduleFn(m, "call", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) < 1 {
			return Value{}, NewError(&TypeErrorType, "call expected at least 1 argument, got 0")
		}
		return Call(t, args[0], args[1:], kw)
	})
	set := func(name string, tp *Type) { m.Dict.setStrNoErr(Intern(name), TypeValue(tp)) }
	set("itemgetter", &itemGetterType)
	set("attrgetter", &attrGetterType)
	set("methodcaller", &methodCallerType)
	return m
}
