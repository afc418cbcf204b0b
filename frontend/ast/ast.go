// Package ast defines pyjit's abstract syntax tree: exactly the node types,
// fields and positions of CPython 3.11's ast module.
//
// The node types are generated from nodes.asdl (the single source of truth)
// into nodes_gen.go. Naming rules: an ASDL constructor becomes a struct used
// by pointer (BinOp -> *BinOp), except the stmt constructor Expr, which is
// ExprStmt; a sum type with several constructors becomes an interface (Mod,
// Stmt, Expr, Pattern); a sum of bare names becomes a uint8 enum (ExprContext,
// BoolOperator, Operator, UnaryOperator, CmpOp) whose zero value means unset
// (the operator Mod is the Go constant Modulo, beside the Mod interface);
// a product type or single-constructor sum becomes a struct (*Arguments,
// *ExceptHandler). Fields are the ASDL names in CamelCase. Optional fields
// are nil, "" or 0 when absent; lists never hold nil except Dict.Keys (for
// **d) and Arguments.KwDefaults (for a missing default).
//
// Package ast imports only frontend/literal (for repr of constants).
package ast

//go:generate go run ./gen -in nodes.asdl -out nodes_gen.go

// Pos is the location CPython records on statements, expressions and the
// other nodes with attributes: 1-based lines and 0-based UTF-8 byte columns.
type Pos struct {
	Lineno, ColOffset, EndLineno, EndColOffset int
}

// GetPos gives access to the position of any node that embeds Pos.
func (p *Pos) GetPos() *Pos { return p }

// Node is any AST node. Only this package implements it.
type Node interface {
	// NodeName is the Python class name of the node ("BinOp", "Expr", ...).
	NodeName() string
	dump(d *dumper)
	walk(f func(Node) bool)
}

// Value is the value of a Constant or MatchSingleton: None, Ellipsis, a
// bool, *big.Int, float64, complex128, Str or Bytes. Constant folding in the
// compiler also makes TupleValue and FrozenSetValue constants.
type Value any

// TupleValue is a tuple of constants; FrozenSetValue a frozenset of
// constants, in the order the compiler built it.
type (
	TupleValue     []Value
	FrozenSetValue []Value
)

// NoneValue and EllipsisValue are the types of the None and Ellipsis constants.
type (
	NoneValue     struct{}
	EllipsisValue struct{}
)

// The singleton constants.
var (
	None     = NoneValue{}
	Ellipsis = EllipsisValue{}
)

// Str is a Python str: UTF-8, with lone surrogates stored as their 3-byte
// generalized UTF-8 encoding (see package literal).
type Str string

// Bytes is a Python bytes value: raw bytes.
type Bytes string

// Inspect traverses the tree rooted at n in depth-first order, field by
// field as CPython's ast.walk would visit children. It calls f(n); if that
// returns true it visits each non-nil child and then calls f(nil).
func Inspect(n Node, f func(Node) bool) {
	if n == nil || !f(n) {
		return
	}
	n.walk(f)
	f(nil)
}

// SchemaType is one ASDL definition: a sum type with its constructors
// (Product false) or a product type (one constructor named like it).
type SchemaType struct {
	Name       string
	Product    bool
	Attributes []SchemaField
	Cons       []SchemaCons
}

// SchemaCons is a constructor with its fields.
type SchemaCons struct {
	Name   string
	Fields []SchemaField
}

// SchemaField is a field: Quant is "" (one), "?" (optional) or "*"
// (a list).
type SchemaField struct {
	Name, Type, Quant string
}
