package astopt

import (
	"errors"

	"github.com/pyjit/pyjit/frontend/ast"
)

// ErrRecursion is returned by FoldWith when the tree nests deeper than
// Options.MaxDepth. CPython raises it as a RecursionError with this message.
var ErrRecursion = errors.New("maximum recursion depth exceeded during compilation")

// Options are the compiler settings that change what Fold does.
type Options struct {
	// Optimize is the -O level: __debug__ folds to True only when it is 0.
	Optimize int
	// FutureAnnotations is set when the code is compiled with
	// `from __future__ import annotations` in effect through compiler flags
	// (CO_FUTURE_ANNOTATIONS). Annotations are then kept as written (they
	// become strings), so they are not folded. A future statement in the
	// module itself is detected by Fold without this flag.
	FutureAnnotations bool
	// MaxDepth, if positive, is how deeply statements, expressions and
	// patterns may nest (each counts one level) before folding fails with
	// ErrRecursion. CPython 3.11 allows 3*sys.getrecursionlimit() minus
	// 3 per Python frame active when compile() is called (the frame
	// count is the interpreter's recursion depth, which for a call to
	// compile() itself may include the builtin call).
	MaxDepth int
}

// Fold folds constant subexpressions of mod in place, as CPython 3.11's
// _PyAST_Optimize does (optimize is the -O level: it decides the value of
// __debug__). It puts no limit on the depth of the tree.
func Fold(mod ast.Mod, optimize int) {
	_ = FoldWith(mod, Options{Optimize: optimize})
}

// FoldWith is Fold with all options. Its only error is ErrRecursion, after
// which the tree is partly folded and should not be compiled.
func FoldWith(mod ast.Mod, opts Options) (err error) {
	defer func() {
		// A malformed tree (a typed nil node, say) must not crash the
		// compiler: folding is an optimization, so stop where it failed.
		if p := recover(); p != nil {
			notePanic(p)
		}
	}()
	f := &folder{
		maxDepth:          opts.MaxDepth,
		optimize:          opts.Optimize,
		futureAnnotations: opts.FutureAnnotations || hasFutureAnnotations(mod),
	}
	switch m := mod.(type) {
	case *ast.Module:
		if m != nil {
			f.body(m.Body)
		}
	case *ast.Interactive:
		if m != nil {
			f.stmts(m.Body)
		}
	case *ast.Expression:
		if m != nil {
			m.Body = f.expr(m.Body)
		}
	}
	// FunctionType does not take part in constant folding.
	return f.err
}

// panicHook, when set (by tests), is told about every recovered panic, so
// that fuzzing well-formed trees can report them as bugs.
var panicHook func(p any)

func notePanic(p any) {
	if panicHook != nil {
		panicHook(p)
	}
}

// folder carries the state of one Fold.
type folder struct {
	depth, maxDepth   int
	err               error // ErrRecursion once the depth limit is hit
	optimize          int
	futureAnnotations bool
}

// hasFutureAnnotations reports whether mod starts (after an optional
// docstring) with future statements that include "annotations", as
// CPython's future.c finds them.
func hasFutureAnnotations(mod ast.Mod) bool {
	var body []ast.Stmt
	switch m := mod.(type) {
	case *ast.Module:
		body = m.Body
	case *ast.Interactive:
		body = m.Body
	default:
		return false
	}
	if docstring(body) != nil {
		body = body[1:]
	}
	for _, s := range body {
		imp, ok := s.(*ast.ImportFrom)
		if !ok || imp.Module != "__future__" {
			return false
		}
		for _, a := range imp.Names {
			if a != nil && a.Name == "annotations" {
				return true
			}
		}
	}
	return false
}

// docstring returns the docstring constant of a body, if it has one
// (_PyAST_GetDocString).
func docstring(body []ast.Stmt) *ast.Constant {
	if len(body) == 0 {
		return nil
	}
	st, ok := body[0].(*ast.ExprStmt)
	if !ok || st == nil {
		return nil
	}
	c, ok := st.Value.(*ast.Constant)
	if !ok || c == nil {
		return nil
	}
	if _, ok := c.Value.(ast.Str); !ok {
		return nil
	}
	return c
}

// body folds a module, class or function body. If folding turns the first
// statement into a string constant (x = "a" "b" is parsed as one constant,
// but "a" + "b" is folded here), that string must not become a docstring,
// so it is wrapped in a JoinedStr, as astfold_body does.
func (f *folder) body(stmts []ast.Stmt) {
	hadDoc := docstring(stmts) != nil
	f.stmts(stmts)
	if !hadDoc && docstring(stmts) != nil {
		st := stmts[0].(*ast.ExprStmt)
		st.Value = &ast.JoinedStr{Pos: st.Pos, Values: []ast.Expr{st.Value}}
	}
}

// enter counts one more level of nesting; it reports false (and records
// ErrRecursion) when that exceeds the limit, or once the limit was hit.
// Every successful enter is paired with a leave.
func (f *folder) enter() bool {
	if f.err != nil {
		return false
	}
	f.depth++
	if f.maxDepth > 0 && f.depth > f.maxDepth {
		f.depth--
		f.err = ErrRecursion
		return false
	}
	return true
}

func (f *folder) leave() { f.depth-- }

// makeConst builds the constant that replaces node: it takes node's position.
func makeConst(node ast.Expr, v ast.Value) *ast.Constant {
	return &ast.Constant{Pos: *node.GetPos(), Value: v}
}
