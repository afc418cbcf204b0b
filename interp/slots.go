package interp

// This file defines the data-model slots of a type: Go function pointers
// playing the role of CPython's tp_*, nb_*, sq_* and mp_* slots. Builtin
// types fill them with Go implementations; classes get wrappers that call
// their dunder methods (classslots.go).

import "github.com/pyjit/pyjit/bytecode"

// TypeFlags are properties of a type.
type TypeFlags uint32

// Type flags.
const (
	// FlagHeap marks a type made by a class statement (mutable, has a
	// Python-level namespace that can define dunders).
	FlagHeap TypeFlags = 1 << iota
	// FlagBaseType allows subclassing.
	FlagBaseType
	// FlagAbstractHash marks a class whose __hash__ is None (because it
	// defines __eq__ without __hash__).
	FlagAbstractHash
	// FlagException marks BaseException and its subclasses.
	FlagException
)

// CallFunc is the calling convention of every callable: positional
// arguments first, then the values of the keyword arguments named by
// kwnames (in order). args may alias the caller's value stack: a callee
// that keeps it must copy it.
type CallFunc func(t *Thread, callable Value, args []Value, kwnames []string) (Value, error)

// BinaryFunc implements a binary number slot: called with the operands in
// source order, for either operand's type; returns NotImplemented when it
// does not handle the pair.
type BinaryFunc func(t *Thread, a, b Value) (Value, error)

// UnaryFunc implements a unary slot.
type UnaryFunc func(t *Thread, v Value) (Value, error)

// Slots are a type's data-model functions. A nil slot means "not
// supported", with the error message of the generic operation.
type Slots struct {
	Repr        UnaryFunc
	Str         UnaryFunc
	Hash        func(t *Thread, v Value) (int64, error)
	RichCompare func(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error)
	Bool        func(t *Thread, v Value) (bool, error)
	Len         func(t *Thread, v Value) (int, error)

	// GetAttr is tp_getattro; nil means GenericGetAttr.
	GetAttr func(t *Thread, v Value, name *Str) (Value, error)
	// SetAttr is tp_setattro; a null value deletes. nil means
	// GenericSetAttr.
	SetAttr func(t *Thread, v Value, name *Str, value Value) error

	// DescrGet is tp_descr_get: obj is null when looked up on the type.
	DescrGet func(t *Thread, descr, obj Value, typ *Type) (Value, error)
	// DescrSet is tp_descr_set; a null value deletes.
	DescrSet func(t *Thread, descr, obj, value Value) error

	Call CallFunc
	// New is tp_new: makes an instance of typ (a subtype of the slot's
	// type).
	New func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error)
	// Init is tp_init.
	Init func(t *Thread, self Value, args []Value, kwnames []string) error

	Iter UnaryFunc
	// Next returns the next item, or a null Value and nil error when the
	// iterator is exhausted (no StopIteration on the fast path).
	Next UnaryFunc

	GetItem  func(t *Thread, v, key Value) (Value, error)
	SetItem  func(t *Thread, v, key, value Value) error // null value deletes
	Contains func(t *Thread, v, item Value) (bool, error)
	// Concat and Repeat are sq_concat and sq_repeat, tried after the
	// number slots for + and *.
	Concat BinaryFunc
	Repeat func(t *Thread, v Value, n int) (Value, error)
	// InplaceConcat and InplaceRepeat are sq_inplace_concat/repeat.
	InplaceConcat BinaryFunc
	InplaceRepeat func(t *Thread, v Value, n int) (Value, error)

	// Number is indexed by bytecode.BinOp: the binary operators and,
	// from BinOpInplaceAdd on, the in-place ones.
	Number [bytecode.NumBinOps]BinaryFunc

	Neg, Pos, Invert, Abs UnaryFunc
	Index                 UnaryFunc
	Int                   UnaryFunc
	Float                 UnaryFunc
}
