package bytecode

// This file defines the arguments of BINARY_OP and COMPARE_OP, numbered as
// in CPython 3.11 (NB_* of Include/internal/pycore_code.h and the Py_LT ...
// Py_GE rich comparison codes), so that disassemblies read like CPython's.

// BinOp is the argument of BINARY_OP: a binary or in-place operator.
type BinOp uint8

// The binary operators in CPython's NB_* order.
const (
	BinOpAdd BinOp = iota
	BinOpAnd
	BinOpFloorDivide
	BinOpLshift
	BinOpMatrixMultiply
	BinOpMultiply
	BinOpRemainder
	BinOpOr
	BinOpPower
	BinOpRshift
	BinOpSubtract
	BinOpTrueDivide
	BinOpXor
	BinOpInplaceAdd
	BinOpInplaceAnd
	BinOpInplaceFloorDivide
	BinOpInplaceLshift
	BinOpInplaceMatrixMultiply
	BinOpInplaceMultiply
	BinOpInplaceRemainder
	BinOpInplaceOr
	BinOpInplacePower
	BinOpInplaceRshift
	BinOpInplaceSubtract
	BinOpInplaceTrueDivide
	BinOpInplaceXor

	// NumBinOps is the number of binary operators.
	NumBinOps = iota
)

// binOpInfo holds CPython's NB_* name and the operator's source symbol,
// indexed by BinOp.
var binOpInfo = [NumBinOps]struct{ name, symbol string }{
	{"NB_ADD", "+"},
	{"NB_AND", "&"},
	{"NB_FLOOR_DIVIDE", "//"},
	{"NB_LSHIFT", "<<"},
	{"NB_MATRIX_MULTIPLY", "@"},
	{"NB_MULTIPLY", "*"},
	{"NB_REMAINDER", "%"},
	{"NB_OR", "|"},
	{"NB_POWER", "**"},
	{"NB_RSHIFT", ">>"},
	{"NB_SUBTRACT", "-"},
	{"NB_TRUE_DIVIDE", "/"},
	{"NB_XOR", "^"},
	{"NB_INPLACE_ADD", "+="},
	{"NB_INPLACE_AND", "&="},
	{"NB_INPLACE_FLOOR_DIVIDE", "//="},
	{"NB_INPLACE_LSHIFT", "<<="},
	{"NB_INPLACE_MATRIX_MULTIPLY", "@="},
	{"NB_INPLACE_MULTIPLY", "*="},
	{"NB_INPLACE_REMAINDER", "%="},
	{"NB_INPLACE_OR", "|="},
	{"NB_INPLACE_POWER", "**="},
	{"NB_INPLACE_RSHIFT", ">>="},
	{"NB_INPLACE_SUBTRACT", "-="},
	{"NB_INPLACE_TRUE_DIVIDE", "/="},
	{"NB_INPLACE_XOR", "^="},
}

// String returns CPython's name of the operator ("NB_ADD"), or "" if op is
// out of range.
func (op BinOp) String() string {
	if op < NumBinOps {
		return binOpInfo[op].name
	}
	return ""
}

// Symbol returns the operator as written in source ("+", "+="), or "" if
// op is out of range.
func (op BinOp) Symbol() string {
	if op < NumBinOps {
		return binOpInfo[op].symbol
	}
	return ""
}

// Inplace reports whether op is an augmented assignment operator.
func (op BinOp) Inplace() bool { return op >= BinOpInplaceAdd && op < NumBinOps }

// CmpOp is the argument of COMPARE_OP: a rich comparison.
type CmpOp uint8

// The comparisons, with the values of CPython's Py_LT ... Py_GE.
const (
	CmpLT CmpOp = iota
	CmpLE
	CmpEQ
	CmpNE
	CmpGT
	CmpGE

	// NumCmpOps is the number of comparisons.
	NumCmpOps = iota
)

var cmpOpSymbols = [NumCmpOps]string{"<", "<=", "==", "!=", ">", ">="}

// String returns the comparison's symbol ("<", as CPython's dis.cmp_op),
// or "" if op is out of range.
func (op CmpOp) String() string {
	if op < NumCmpOps {
		return cmpOpSymbols[op]
	}
	return ""
}
