package compiler

import (
	"fmt"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
	"github.com/pyjit/pyjit/frontend/symtable"
)

// Options control a compilation.
type Options struct {
	// Optimize is the -O level: 1 drops asserts and makes __debug__ False,
	// 2 also drops docstrings.
	Optimize int
}

// Future flags of code objects (CPython's CO_FUTURE_*), inherited by every
// code object of a module that imports the feature.
const (
	coFutureBarryAsBDFL = 0x400000
	coFutureAnnotations = 0x1000000
)

// maxBlocks is CPython's CO_MAXBLOCKS: the static nesting limit of loops,
// try and with blocks.
const maxBlocks = 20

// stackUseGuideline is CPython's STACK_USE_GUIDELINE: above this many
// items, displays and calls are built incrementally.
const stackUseGuideline = 30

// scopeType is the kind of code a unit compiles (CPython's
// COMPILER_SCOPE_*).
type scopeType int

const (
	scopeModule scopeType = iota
	scopeClass
	scopeFunction
	scopeAsyncFunction
	scopeLambda
	scopeComprehension
)

// Compile compiles a parsed module (*ast.Module, *ast.Expression or
// *ast.Interactive) into its code object. Errors are *source.Error.
func Compile(mod ast.Mod, filename string, opts Options) (code *bytecode.Code, err error) {
	defer func() {
		if r := recover(); r != nil {
			code = nil
			if ce, ok := r.(compileError); ok {
				err = ce.err
				return
			}
			err = &source.Error{Type: "SystemError", Msg: fmt.Sprintf("internal compiler error: %v", r), Filename: filename}
		}
	}()
	if mod == nil {
		return nil, &source.Error{Type: "SystemError", Msg: "compile: no module", Filename: filename}
	}
	foldConstants(mod, opts.Optimize)
	top, err := symtable.Build(mod, filename)
	if err != nil {
		return nil, err
	}
	c := &compiler{filename: filename, opts: opts, top: top}
	if top.Future.Annotations {
		c.futureFlags |= coFutureAnnotations
	}
	if top.Future.BarryAsFLUFL {
		c.futureFlags |= coFutureBarryAsBDFL
	}
	return c.compileModule(mod), nil
}

// CompileSource parses and compiles src.
func CompileSource(src []byte, filename string, mode parser.Mode, opts Options) (*bytecode.Code, error) {
	mod, err := parser.ParseFile(src, filename, mode)
	if err != nil {
		return nil, err
	}
	return Compile(mod, filename, opts)
}

// compileError carries a SyntaxError out of the recursive code generator.
type compileError struct{ err error }

// compiler is the state of one compilation (CPython's struct compiler).
type compiler struct {
	filename    string
	opts        Options
	top         *symtable.Table
	futureFlags int
	u           *unit   // the unit being compiled
	stack       []*unit // enclosing units
	interactive bool    // compiling an Interactive module (PRINT_EXPR)
}

// unit is the state of one code object being compiled (CPython's
// compiler_unit).
type unit struct {
	ste       *symtable.Table
	name      string
	qualname  string
	scopeType scopeType

	consts     []bytecode.Const
	constIndex map[string]int
	names      indexedSet
	varnames   indexedSet
	cellvars   indexedSet
	freevars   indexedSet

	private string // class name for mangling, "" outside classes

	argCount, posOnlyArgCount, kwOnlyArgCount int
	firstLineNo                               int

	blocks []*block // every block, in allocation order
	entry  *block
	cur    *block

	fblocks []fblock
	loc     loc // location given to emitted instructions
	inAnnot bool
}

// indexedSet maps names to dense indices in insertion order.
type indexedSet struct {
	list  []string
	index map[string]int
}

func (s *indexedSet) add(name string) int {
	if i, ok := s.index[name]; ok {
		return i
	}
	if s.index == nil {
		s.index = map[string]int{}
	}
	s.index[name] = len(s.list)
	s.list = append(s.list, name)
	return len(s.list) - 1
}

func (s *indexedSet) has(name string) bool {
	_, ok := s.index[name]
	return ok
}

// errorAt aborts the compilation with a SyntaxError located at p, as
// compiler_error does with the current location.
func (c *compiler) errorAt(p *ast.Pos, format string, args ...any) {
	e := &source.Error{Type: "SyntaxError", Msg: fmt.Sprintf(format, args...), Filename: c.filename}
	if p != nil {
		e.Lineno = p.Lineno
		e.Offset = p.ColOffset + 1
		e.EndLineno = p.EndLineno
		e.EndOffset = p.EndColOffset + 1
	}
	panic(compileError{e})
}

// error aborts with a SyntaxError at the current location.
func (c *compiler) error(format string, args ...any) {
	l := c.u.loc
	p := &ast.Pos{Lineno: int(l.line), ColOffset: int(l.col), EndLineno: int(l.endLine), EndColOffset: int(l.endCol)}
	c.errorAt(p, format, args...)
}

// enterScope starts compiling a new code object for the block key.
func (c *compiler) enterScope(name string, st scopeType, ste *symtable.Table, lineno int) {
	if ste == nil {
		panic(fmt.Sprintf("no symbol table for %s", name))
	}
	u := &unit{
		ste:         ste,
		name:        name,
		scopeType:   st,
		constIndex:  map[string]int{},
		firstLineNo: lineno,
	}
	for _, v := range ste.Varnames {
		u.varnames.add(v)
	}
	for _, v := range ste.Cellvars() {
		u.cellvars.add(v)
	}
	for _, v := range ste.Freevars() {
		u.freevars.add(v)
	}
	if c.u != nil {
		u.private = c.u.private
		c.stack = append(c.stack, c.u)
	}
	c.u = u
	u.entry = c.newBlock()
	u.cur = u.entry
	if st == scopeModule {
		u.loc = loc{0, 0, 0, 0}
	} else {
		u.loc = loc{int32(lineno), 0, 0, 0}
		c.setQualname()
	}
	c.emitI(bytecode.RESUME, 0)
	if st == scopeModule {
		u.loc = noLoc
	}
}

// exitScope leaves the current unit, returning to its parent.
func (c *compiler) exitScope() {
	n := len(c.stack)
	if n == 0 {
		c.u = nil
		return
	}
	c.u = c.stack[n-1]
	c.stack = c.stack[:n-1]
}

// setQualname computes co_qualname like compiler_set_qualname.
func (c *compiler) setQualname() {
	u := c.u
	if len(c.stack) <= 1 {
		u.qualname = u.name
		return
	}
	parent := c.stack[len(c.stack)-1]
	forceGlobal := false
	if u.scopeType == scopeFunction || u.scopeType == scopeAsyncFunction || u.scopeType == scopeClass {
		mangled := symtable.Mangle(parent.private, u.name)
		if parent.ste.ScopeOf(mangled) == symtable.GlobalExplicit {
			forceGlobal = true
		}
	}
	if forceGlobal {
		u.qualname = u.name
		return
	}
	base := parent.qualname
	switch parent.scopeType {
	case scopeFunction, scopeAsyncFunction, scopeLambda:
		base += ".<locals>"
	}
	u.qualname = base + "." + u.name
}

// compileModule compiles the top-level code object.
func (c *compiler) compileModule(mod ast.Mod) *bytecode.Code {
	c.enterScope("<module>", scopeModule, c.top, 1)
	addNone := true
	switch m := mod.(type) {
	case *ast.Module:
		c.body(m.Body)
	case *ast.Interactive:
		if findAnn(m.Body) {
			c.emit(bytecode.SETUP_ANNOTATIONS)
		}
		c.interactive = true
		for _, s := range m.Body {
			c.visitStmt(s)
		}
	case *ast.Expression:
		c.visitExpr(m.Body)
		addNone = false
	default:
		c.errorAt(nil, "invalid AST: unexpected module kind %T", mod)
	}
	code := c.assemble(addNone)
	c.exitScope()
	return code
}

// body compiles a module or class body: SETUP_ANNOTATIONS when there are
// annotations, the docstring, then the statements (compiler_body).
func (c *compiler) body(stmts []ast.Stmt) {
	if c.u.scopeType == scopeModule && len(stmts) > 0 {
		c.setLoc(stmts[0].GetPos())
	}
	if findAnn(stmts) {
		c.emit(bytecode.SETUP_ANNOTATIONS)
	}
	if len(stmts) == 0 {
		return
	}
	i := 0
	if _, ok := docstring(stmts); ok && c.opts.Optimize < 2 {
		i = 1
		c.visitExpr(stmts[0].(*ast.ExprStmt).Value)
		c.unsetLoc()
		c.nameOp("__doc__", ast.Store)
	}
	for ; i < len(stmts); i++ {
		c.visitStmt(stmts[i])
	}
}

// findAnn reports whether annotations occur in stmts outside nested scopes
// (find_ann; match statements are not searched, as in CPython 3.11).
func findAnn(stmts []ast.Stmt) bool {
	for _, st := range stmts {
		switch s := st.(type) {
		case *ast.AnnAssign:
			return true
		case *ast.For:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.AsyncFor:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.While:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.If:
			if findAnn(s.Body) || findAnn(s.Orelse) {
				return true
			}
		case *ast.With:
			if findAnn(s.Body) {
				return true
			}
		case *ast.AsyncWith:
			if findAnn(s.Body) {
				return true
			}
		case *ast.Try:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		case *ast.TryStar:
			for _, h := range s.Handlers {
				if findAnn(h.Body) {
					return true
				}
			}
			if findAnn(s.Body) || findAnn(s.Finalbody) || findAnn(s.Orelse) {
				return true
			}
		}
	}
	return false
}

// docstring reports whether the body starts with a string constant
// expression statement.
func docstring(stmts []ast.Stmt) (ast.Str, bool) {
	if len(stmts) == 0 {
		return "", false
	}
	es, ok := stmts[0].(*ast.ExprStmt)
	if !ok {
		return "", false
	}
	k, ok := es.Value.(*ast.Constant)
	if !ok {
		return "", false
	}
	s, ok := k.Value.(ast.Str)
	return s, ok
}
