package symtable

import (
	"sort"

	"github.com/pyjit/pyjit/frontend/ast"
)

// ScopeKind is the kind of block a Table describes, mirroring CPython's
// _Py_block_ty. Lambdas and comprehensions are Function blocks, as in CPython;
// Table.Comprehension tells comprehensions apart.
type ScopeKind int

const (
	Function ScopeKind = iota // CPython's FunctionBlock
	Class                     // ClassBlock
	Module                    // ModuleBlock
	// annotation is CPython's AnnotationBlock: the detached scope that
	// holds annotations under "from __future__ import annotations". It never
	// appears in a parent's Children.
	annotation
)

// String returns the name Python's symtable module gives the kind.
func (k ScopeKind) String() string {
	switch k {
	case Function:
		return "function"
	case Class:
		return "class"
	case Module:
		return "module"
	case annotation:
		return "annotation"
	}
	return "unknown"
}

// CompKind says which comprehension a Function block implements.
type CompKind int

const (
	NoComprehension CompKind = iota
	ListComprehension
	DictComprehension
	SetComprehension
	GeneratorExpression
)

// Scope is the resolved scope of a name in a block. The values are CPython's
// (LOCAL=1 ... CELL=5) so Flags|Scope<<ScopeOffset equals CPython's raw
// symbol value.
type Scope int

const (
	Local          Scope = 1
	GlobalExplicit Scope = 2
	GlobalImplicit Scope = 3
	Free           Scope = 4
	Cell           Scope = 5
)

// ScopeOffset is the shift CPython uses to store a Scope above the flags.
const ScopeOffset = 11

// Flags are the raw facts pass 1 records about a name in a block; the values
// are CPython's DEF_* constants.
type Flags uint32

const (
	DefGlobal    Flags = 1 << 0 // global statement
	DefLocal     Flags = 1 << 1 // assignment in code block
	DefParam     Flags = 1 << 2 // formal parameter
	DefNonlocal  Flags = 1 << 3 // nonlocal statement
	Use          Flags = 1 << 4 // name is used
	DefFree      Flags = 1 << 5 // name used but not defined in nested block (unused by 3.11)
	DefFreeClass Flags = 1 << 6 // free variable from a method, also bound in the class
	DefImport    Flags = 1 << 7 // assignment by import
	DefAnnot     Flags = 1 << 8 // annotated name
	DefCompIter  Flags = 1 << 9 // comprehension iteration variable

	// DefBound are the flags that make a name local to its block.
	DefBound = DefLocal | DefParam | DefImport
)

// Symbol is one name of a block.
type Symbol struct {
	Name  string // mangled
	Flags Flags
	Scope Scope
}

// Raw returns CPython's integer encoding of the symbol (flags | scope<<11),
// what symtable's SymbolTable._table.symbols maps the name to.
func (s *Symbol) Raw() int { return int(s.Flags) | int(s.Scope)<<ScopeOffset }

// Table is the symbol table of one block.
type Table struct {
	Kind   ScopeKind
	Name   string // "top", the function/class name, "lambda", "listcomp", "genexpr", ...
	Lineno int
	// ColOffset, EndLineno and EndColOffset locate the node that opened the
	// block (0 for the module).
	ColOffset, EndLineno, EndColOffset int

	Symbols map[string]*Symbol
	Order   []string // symbol names in CPython's insertion order
	// Children are the nested blocks in source order (CPython's
	// ste_children).
	Children []*Table
	Parent   *Table // nil for the module
	// Varnames are the parameters in co_varnames order: positional-only,
	// positional, keyword-only, *args, **kwargs (CPython's ste_varnames;
	// comprehensions have the implicit ".0"). The compiler appends the other
	// locals as it first meets them, as CPython's compiler does.
	Varnames []string

	IsNested          bool // CPython's ste_nested: inside a function
	HasFree           bool // ste_free: the block has free variables
	ChildHasFree      bool // ste_child_free: some nested block has free variables
	IsGenerator       bool // contains yield / is a generator expression
	IsCoroutine       bool // async def, await, or async comprehension
	HasVarargs        bool
	HasVarkeywords    bool
	ReturnsValue      bool // has "return value"
	NeedsClassClosure bool // class block needs the __class__ cell
	Comprehension     CompKind
	Future            FutureFeatures // the module's __future__ features (module table only)

	blocks map[ast.Node]*Table // shared by every table of one Build

	// pass-1 state
	directives     []directive
	compIterTarget bool
	compIterExpr   int
}

// directive records where a global/nonlocal declaration (or the implicit one
// of a walrus in a comprehension) was, for analysis-time errors.
type directive struct {
	name string
	loc  loc
}

// Lookup returns the table of a scope-introducing node (FunctionDef,
// AsyncFunctionDef, ClassDef, Lambda, ListComp, SetComp, DictComp,
// GeneratorExp) of the tree the table was built from, or nil.
func (t *Table) Lookup(n ast.Node) *Table {
	if t == nil || t.blocks == nil {
		return nil
	}
	return t.blocks[n]
}

// Symbol returns the symbol called name (already mangled) or nil.
func (t *Table) Symbol(name string) *Symbol { return t.Symbols[name] }

// ScopeOf returns the scope of name (already mangled) in t, or 0 when t does
// not know the name.
func (t *Table) ScopeOf(name string) Scope {
	if s := t.Symbols[name]; s != nil {
		return s.Scope
	}
	return 0
}

// Cellvars returns the names CPython's compiler puts in a code object's cell
// variables before ordering them: the CELL symbols sorted, then "__class__"
// when the class block needs the __class__ cell.
func (t *Table) Cellvars() []string {
	var out []string
	for _, name := range t.Order {
		if t.Symbols[name].Scope == Cell {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	if t.NeedsClassClosure {
		out = append(out, "__class__")
	}
	return out
}

// Freevars returns the sorted names a code object receives from its closure:
// FREE symbols and, in class blocks, names that are also free in a method
// (DefFreeClass).
func (t *Table) Freevars() []string {
	var out []string
	for _, name := range t.Order {
		s := t.Symbols[name]
		if s.Scope == Free || s.Flags&DefFreeClass != 0 {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// lookupFlags returns the flags stored for name (no mangling), or 0.
func (t *Table) lookupFlags(name string) Flags {
	if s := t.Symbols[name]; s != nil {
		return s.Flags
	}
	return 0
}
