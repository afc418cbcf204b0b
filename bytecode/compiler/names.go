package compiler

// This file chooses the opcode family for a name from the symbol tables
// (compiler_nameop).

import (
	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/symtable"
)

type nameKind int

const (
	opName nameKind = iota
	opFast
	opGlobal
	opDeref
)

// nameOp emits the load, store or delete of a variable.
func (c *compiler) nameOp(name string, ctx ast.ExprContext) {
	c.nameOpFull(name, ctx, false)
}

// nameOpFull is nameOp; pushNull asks a global load to also push the NULL
// of a plain call (LOAD_GLOBAL's low bit). It reports whether it did.
func (c *compiler) nameOpFull(name string, ctx ast.ExprContext, pushNull bool) bool {
	u := c.u
	if name == "__debug__" {
		if ctx == ast.Store {
			c.error("cannot assign to __debug__")
		} else if ctx == ast.Del {
			c.error("cannot delete __debug__")
		}
	}
	mangled := symtable.Mangle(u.private, name)
	kind := opName
	isFunc := u.ste.Kind == symtable.Function
	var derefIdx int
	switch u.ste.ScopeOf(mangled) {
	case symtable.Free:
		kind = opDeref
		derefIdx = u.cellvars.len() + u.freevars.add(mangled)
	case symtable.Cell:
		kind = opDeref
		derefIdx = u.cellvars.add(mangled)
	case symtable.Local:
		if isFunc {
			kind = opFast
		}
	case symtable.GlobalImplicit:
		if isFunc {
			kind = opGlobal
		}
	case symtable.GlobalExplicit:
		kind = opGlobal
	}
	var op bytecode.Op
	switch kind {
	case opDeref:
		switch ctx {
		case ast.Store:
			op = bytecode.STORE_DEREF
		case ast.Del:
			op = bytecode.DELETE_DEREF
		default:
			op = bytecode.LOAD_DEREF
			if u.ste.Kind == symtable.Class {
				op = bytecode.LOAD_CLASSDEREF
			}
		}
		c.emitI(op, derefIdx)
		return false
	case opFast:
		switch ctx {
		case ast.Store:
			op = bytecode.STORE_FAST
		case ast.Del:
			op = bytecode.DELETE_FAST
		default:
			op = bytecode.LOAD_FAST
		}
		c.emitI(op, u.varnames.add(mangled))
		return false
	case opGlobal:
		idx := u.names.add(mangled)
		switch ctx {
		case ast.Store:
			c.emitI(bytecode.STORE_GLOBAL, idx)
		case ast.Del:
			c.emitI(bytecode.DELETE_GLOBAL, idx)
		default:
			arg := idx << 1
			if pushNull {
				arg |= 1
			}
			c.emitI(bytecode.LOAD_GLOBAL, arg)
			return pushNull
		}
		return false
	}
	idx := u.names.add(mangled)
	switch ctx {
	case ast.Store:
		op = bytecode.STORE_NAME
	case ast.Del:
		op = bytecode.DELETE_NAME
	default:
		op = bytecode.LOAD_NAME
	}
	c.emitI(op, idx)
	return false
}

func (s *indexedSet) len() int { return len(s.list) }
