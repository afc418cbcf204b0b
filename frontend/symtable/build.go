package symtable

import (
	"fmt"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
)

// maxDepth bounds the nesting of statements and expressions the pass visits,
// like CPython's recursion_limit for the symtable (1000 frames times its
// COMPILER_STACK_FRAME_SCALE of 3).
const maxDepth = 3000

// loc is a node's location in AST terms (1-based lines, 0-based byte
// columns).
type loc struct{ lineno, col, endLineno, endCol int }

func locOf(p *ast.Pos) loc {
	if p == nil {
		return loc{}
	}
	return loc{p.Lineno, p.ColOffset, p.EndLineno, p.EndColOffset}
}

// builder holds the state of one Build: CPython's struct symtable.
type builder struct {
	filename string
	stack    []*Table
	cur      *Table
	top      *Table
	// private is the name of the innermost enclosing class, used to mangle
	// names ("" outside classes).
	private           string
	futureAnnotations bool
	blocks            map[ast.Node]*Table
	depth             int
	err               error
}

// Build computes the symbol tables of a module (or an Expression/Interactive
// tree) and returns the module's table. Like CPython's symtable module, it
// first reads the __future__ imports (see Future). Errors are *source.Error values
// carrying CPython's SyntaxError message and location (offsets are CPython's:
// byte column + 1, which is what symtable.c reports); Text is left empty
// because CPython fills it only by re-reading the file from disk.
func Build(mod ast.Mod, filename string) (top *Table, err error) {
	defer func() {
		// Malformed hand-built trees must not crash the caller.
		if r := recover(); r != nil {
			top = nil
			err = &source.Error{Type: "SyntaxError", Msg: fmt.Sprintf("invalid AST: %v", r), Filename: filename}
		}
	}()
	b := &builder{filename: filename, blocks: map[ast.Node]*Table{}}
	var body []ast.Stmt
	var expr ast.Expr
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	case *ast.Expression:
		expr = m.Body
	case *ast.FunctionType:
		return nil, &source.Error{Type: "RuntimeError", Msg: "this compiler does not handle FunctionTypes", Filename: filename}
	default:
		return nil, &source.Error{Type: "SyntaxError", Msg: "invalid AST: not a module", Filename: filename}
	}
	ff, err := Future(mod, filename)
	if err != nil {
		return nil, err
	}
	b.futureAnnotations = ff.Annotations
	b.enterBlock("top", Module, mod, loc{})
	b.top = b.cur
	b.top.Future = ff
	for _, s := range body {
		b.visitStmt(s)
	}
	if expr != nil {
		b.visitExpr(expr)
	}
	b.exitBlock()
	if b.err != nil {
		return nil, b.err
	}
	if err := b.analyze(); err != nil {
		return nil, err
	}
	return b.top, nil
}

// fail records the first error; every visit stops once one is recorded.
func (b *builder) fail(msg string, l loc) {
	if b.err != nil {
		return
	}
	b.err = b.errAt(msg, l)
}

func (b *builder) errAt(msg string, l loc) *source.Error {
	return &source.Error{
		Type:      "SyntaxError",
		Msg:       msg,
		Filename:  b.filename,
		Lineno:    l.lineno,
		Offset:    l.col + 1,
		EndLineno: l.endLineno,
		EndOffset: l.endCol + 1,
	}
}

func (b *builder) enterBlock(name string, kind ScopeKind, key ast.Node, l loc) {
	t := &Table{
		Kind:         kind,
		Name:         name,
		Lineno:       l.lineno,
		ColOffset:    l.col,
		EndLineno:    l.endLineno,
		EndColOffset: l.endCol,
		Symbols:      map[string]*Symbol{},
		blocks:       b.blocks,
	}
	prev := b.cur
	if prev != nil && (prev.IsNested || prev.Kind == Function) {
		t.IsNested = true
	}
	if prev != nil {
		// bpo-37757: every walrus in the outermost iterable of a
		// comprehension is refused, even inside nested scopes there.
		t.compIterExpr = prev.compIterExpr
	}
	b.stack = append(b.stack, t)
	b.cur = t
	if key != nil {
		b.blocks[key] = t
	}
	if kind == annotation {
		return
	}
	if prev != nil {
		t.Parent = prev
		prev.Children = append(prev.Children, t)
	}
}

func (b *builder) exitBlock() {
	if n := len(b.stack); n > 0 {
		b.stack = b.stack[:n-1]
	}
	b.cur = nil
	if n := len(b.stack); n > 0 {
		b.cur = b.stack[n-1]
	}
}

func (b *builder) mangle(name string) string { return Mangle(b.private, name) }

// lookup returns the flags of name (mangled here) in the current block.
func (b *builder) lookup(name string) Flags {
	return b.cur.lookupFlags(b.mangle(name))
}

func (b *builder) addDef(name string, flag Flags, l loc) {
	b.addDefIn(name, flag, b.cur, l)
}

// addDefIn records flag for name in block t (CPython's
// symtable_add_def_helper).
func (b *builder) addDefIn(name string, flag Flags, t *Table, l loc) {
	if b.err != nil {
		return
	}
	mangled := b.mangle(name)
	sym := t.Symbols[mangled]
	var val Flags
	if sym != nil {
		val = sym.Flags
		if flag&DefParam != 0 && val&DefParam != 0 {
			b.fail(fmt.Sprintf("duplicate argument '%s' in function definition", name), l)
			return
		}
		val |= flag
	} else {
		val = flag
	}
	if t.compIterTarget {
		// An iteration variable must not rebind a walrus target of an
		// enclosing comprehension (which was declared global/nonlocal here).
		if val&(DefGlobal|DefNonlocal) != 0 {
			b.fail(fmt.Sprintf("comprehension inner loop cannot rebind assignment expression target '%s'", name), l)
			return
		}
		val |= DefCompIter
	}
	t.set(mangled, val)
	if flag&DefParam != 0 {
		t.Varnames = append(t.Varnames, mangled)
	} else if flag&DefGlobal != 0 {
		// Globals declared anywhere are also recorded in the module block.
		b.top.set(mangled, b.top.lookupFlags(mangled)|flag)
	}
}

func (t *Table) set(name string, f Flags) {
	if s := t.Symbols[name]; s != nil {
		s.Flags = f
		return
	}
	t.Symbols[name] = &Symbol{Name: name, Flags: f}
	t.Order = append(t.Order, name)
}

func (b *builder) recordDirective(name string, l loc) {
	b.cur.directives = append(b.cur.directives, directive{name: b.mangle(name), loc: l})
}
