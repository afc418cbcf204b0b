package compiler

// This file compiles match statements (CPython 3.11's compiler_match and
// compiler_pattern_*): each case tests a copy of the subject; captured
// values are kept on the stack until the whole pattern matched, and a
// failed test jumps to a "fail_pop" block that pops what was pushed so far.

import (
	"math/big"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/literal"
)

type patternContext struct {
	stores           []string // names captured so far, in stack order
	allowIrrefutable bool
	failPop          []*block
	onTop            int // items on top of the stores
}

func wildcardCheck(p ast.Pattern) bool {
	a, ok := p.(*ast.MatchAs)
	return ok && a.Name == "" && a.Pattern == nil
}

func wildcardStarCheck(p ast.Pattern) bool {
	s, ok := p.(*ast.MatchStar)
	return ok && s.Name == ""
}

func patternPos(p ast.Pattern) *ast.Pos {
	return p.(interface{ GetPos() *ast.Pos }).GetPos()
}

func (c *compiler) match(s *ast.Match) {
	c.visitExpr(s.Subject)
	end := c.newBlock()
	cases := len(s.Cases)
	if cases == 0 {
		c.error("invalid AST: match without cases")
	}
	last := s.Cases[cases-1]
	hasDefault := 0
	if wildcardCheck(last.Pattern) && cases > 1 {
		hasDefault = 1
	}
	pc := &patternContext{}
	for i := 0; i < cases-hasDefault; i++ {
		m := s.Cases[i]
		c.setLoc(patternPos(m.Pattern))
		if i != cases-hasDefault-1 {
			c.emitI(bytecode.COPY, 1)
		}
		pc.stores = nil
		pc.allowIrrefutable = m.Guard != nil || i == cases-1
		pc.failPop = nil
		pc.onTop = 0
		c.pattern(m.Pattern, pc)
		for _, name := range pc.stores {
			c.nameOp(name, ast.Store)
		}
		if m.Guard != nil {
			c.ensureFailPop(pc, 0)
			c.jumpIf(m.Guard, pc.failPop[0], false)
		}
		if i != cases-hasDefault-1 {
			c.emit(bytecode.POP_TOP)
		}
		c.visitStmts(m.Body)
		c.emitJump(bytecode.JUMP, end)
		c.setLoc(patternPos(m.Pattern))
		c.emitAndResetFailPop(pc)
	}
	if hasDefault == 1 {
		c.setLoc(patternPos(last.Pattern))
		if cases == 1 {
			c.emit(bytecode.POP_TOP)
		} else {
			c.emit(bytecode.NOP)
		}
		if last.Guard != nil {
			c.jumpIf(last.Guard, end, false)
		}
		c.visitStmts(last.Body)
	}
	c.useNextBlock(end)
}

func (c *compiler) ensureFailPop(pc *patternContext, n int) {
	for len(pc.failPop) < n+1 {
		pc.failPop = append(pc.failPop, c.newBlock())
	}
}

func (c *compiler) jumpToFailPop(pc *patternContext, op bytecode.Op) {
	pops := pc.onTop + len(pc.stores)
	c.ensureFailPop(pc, pops)
	c.emitJump(op, pc.failPop[pops])
	c.nextBlock()
}

func (c *compiler) emitAndResetFailPop(pc *patternContext) {
	if len(pc.failPop) == 0 {
		return
	}
	for i := len(pc.failPop) - 1; i > 0; i-- {
		c.useNextBlock(pc.failPop[i])
		c.emit(bytecode.POP_TOP)
	}
	c.useNextBlock(pc.failPop[0])
	pc.failPop = nil
}

func (c *compiler) patternRotate(count int) {
	for count > 1 {
		c.emitI(bytecode.SWAP, count)
		count--
	}
}

func (c *compiler) patternStoreName(name string, pc *patternContext) {
	if name == "" {
		c.emit(bytecode.POP_TOP)
		return
	}
	if name == "__debug__" {
		c.error("cannot assign to __debug__")
	}
	for _, s := range pc.stores {
		if s == name {
			c.error("multiple assignments to name %s in pattern", literal.ReprStr(name))
		}
	}
	c.patternRotate(pc.onTop + len(pc.stores) + 1)
	pc.stores = append(pc.stores, name)
}

func (c *compiler) patternUnpack(elts []ast.Pattern) {
	n := len(elts)
	seenStar := false
	for i, e := range elts {
		if _, ok := e.(*ast.MatchStar); ok {
			if seenStar {
				c.error("multiple starred expressions in sequence pattern")
			}
			if i >= 1<<8 || n-i-1 >= (1<<31-1)>>8 {
				c.error("too many expressions in star-unpacking sequence pattern")
			}
			c.emitI(bytecode.UNPACK_EX, i+(n-i-1)<<8)
			seenStar = true
		}
	}
	if !seenStar {
		c.emitI(bytecode.UNPACK_SEQUENCE, n)
	}
}

func (c *compiler) patternSubpattern(p ast.Pattern, pc *patternContext) {
	saved := pc.allowIrrefutable
	pc.allowIrrefutable = true
	c.pattern(p, pc)
	pc.allowIrrefutable = saved
}

func (c *compiler) pattern(p ast.Pattern, pc *patternContext) {
	if p == nil {
		c.error("invalid AST: missing pattern")
	}
	c.setLoc(patternPos(p))
	switch p := p.(type) {
	case *ast.MatchValue:
		switch p.Value.(type) {
		case *ast.Constant, *ast.Attribute:
		default:
			c.error("patterns may only match literals and attribute lookups")
		}
		c.visitExpr(p.Value)
		c.compareOp(ast.Eq)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	case *ast.MatchSingleton:
		c.loadConst(p.Value)
		c.compareOp(ast.Is)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	case *ast.MatchSequence:
		c.patternSequence(p, pc)
	case *ast.MatchMapping:
		c.patternMapping(p, pc)
	case *ast.MatchClass:
		c.patternClass(p, pc)
	case *ast.MatchStar:
		c.patternStoreName(p.Name, pc)
	case *ast.MatchAs:
		if p.Pattern == nil {
			if !pc.allowIrrefutable {
				if p.Name != "" {
					c.error("name capture %s makes remaining patterns unreachable", literal.ReprStr(p.Name))
				}
				c.error("wildcard makes remaining patterns unreachable")
			}
			c.patternStoreName(p.Name, pc)
			return
		}
		pc.onTop++
		c.emitI(bytecode.COPY, 1)
		c.pattern(p.Pattern, pc)
		pc.onTop--
		c.patternStoreName(p.Name, pc)
	case *ast.MatchOr:
		c.patternOr(p, pc)
	default:
		c.error("invalid AST: unexpected pattern %T", p)
	}
}

func (c *compiler) patternSequence(p *ast.MatchSequence, pc *patternContext) {
	patterns := p.Patterns
	size := len(patterns)
	star := -1
	onlyWildcard := true
	starWildcard := false
	for i, sub := range patterns {
		if _, ok := sub.(*ast.MatchStar); ok {
			if star >= 0 {
				c.error("multiple starred names in sequence pattern")
			}
			starWildcard = wildcardStarCheck(sub)
			onlyWildcard = onlyWildcard && starWildcard
			star = i
			continue
		}
		onlyWildcard = onlyWildcard && wildcardCheck(sub)
	}
	pc.onTop++
	c.emit(bytecode.MATCH_SEQUENCE)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	if star < 0 {
		c.emit(bytecode.GET_LEN)
		c.loadConst(big.NewInt(int64(size)))
		c.compareOp(ast.Eq)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	} else if size != 1 {
		c.emit(bytecode.GET_LEN)
		c.loadConst(big.NewInt(int64(size - 1)))
		c.compareOp(ast.GtE)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	}
	pc.onTop--
	switch {
	case onlyWildcard:
		c.emit(bytecode.POP_TOP)
	case starWildcard:
		pc.onTop++
		for i, sub := range patterns {
			if wildcardCheck(sub) || i == star {
				continue
			}
			c.emitI(bytecode.COPY, 1)
			if i < star {
				c.loadConst(big.NewInt(int64(i)))
			} else {
				c.emit(bytecode.GET_LEN)
				c.loadConst(big.NewInt(int64(size - i)))
				c.emitI(bytecode.BINARY_OP, int(bytecode.BinOpSubtract))
			}
			c.emit(bytecode.BINARY_SUBSCR)
			c.patternSubpattern(sub, pc)
		}
		pc.onTop--
		c.emit(bytecode.POP_TOP)
	default:
		c.patternUnpack(patterns)
		pc.onTop += size
		for _, sub := range patterns {
			pc.onTop--
			c.patternSubpattern(sub, pc)
		}
	}
}

func (c *compiler) patternMapping(p *ast.MatchMapping, pc *patternContext) {
	keys := p.Keys
	size := len(keys)
	if size != len(p.Patterns) {
		c.error("keys (%d) / patterns (%d) length mismatch in mapping pattern", size, len(p.Patterns))
	}
	star := p.Rest
	pc.onTop++
	c.emit(bytecode.MATCH_MAPPING)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	if size == 0 && star == "" {
		pc.onTop--
		c.emit(bytecode.POP_TOP)
		return
	}
	if size > 0 {
		c.emit(bytecode.GET_LEN)
		c.loadConst(big.NewInt(int64(size)))
		c.compareOp(ast.GtE)
		c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	}
	seen := map[string]bool{}
	for i, key := range keys {
		if key == nil {
			c.setLoc(patternPos(p.Patterns[i]))
			c.error("can't use NULL keys in MatchMapping (set 'rest' parameter instead)")
		}
		switch k := key.(type) {
		case *ast.Constant:
			kk := equalityKey(k.Value)
			if seen[kk] {
				c.error("mapping pattern checks duplicate key (%s)", ast.ReprValue(k.Value))
			}
			seen[kk] = true
		case *ast.Attribute:
		default:
			c.error("mapping pattern keys may only match literals and attribute lookups")
		}
		c.visitExpr(key)
	}
	c.emitI(bytecode.BUILD_TUPLE, size)
	c.emit(bytecode.MATCH_KEYS)
	pc.onTop += 2
	c.emitI(bytecode.COPY, 1)
	c.loadConst(ast.None)
	c.emitI(bytecode.IS_OP, 1)
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	c.emitI(bytecode.UNPACK_SEQUENCE, size)
	pc.onTop += size - 1
	for _, sub := range p.Patterns {
		pc.onTop--
		c.patternSubpattern(sub, pc)
	}
	pc.onTop -= 2
	if star != "" {
		c.emitI(bytecode.BUILD_MAP, 0)
		c.emitI(bytecode.SWAP, 3)
		c.emitI(bytecode.DICT_UPDATE, 2)
		c.emitI(bytecode.UNPACK_SEQUENCE, size)
		for n := size; n > 0; n-- {
			c.emitI(bytecode.COPY, 1+n)
			c.emitI(bytecode.SWAP, 2)
			c.emit(bytecode.DELETE_SUBSCR)
		}
		c.patternStoreName(star, pc)
	} else {
		c.emit(bytecode.POP_TOP)
		c.emit(bytecode.POP_TOP)
	}
}

// equalityKey identifies a constant by Python equality for the duplicate
// key check (1, 1.0 and True are the same key).
func equalityKey(v ast.Value) string {
	switch x := v.(type) {
	case bool:
		if x {
			return "i1"
		}
		return "i0"
	case float64:
		if x == float64(int64(x)) {
			return "i" + big.NewInt(int64(x)).String()
		}
	case complex128:
		if imag(x) == 0 {
			return equalityKey(real(x))
		}
	}
	return constKey(v)
}

func (c *compiler) patternClass(p *ast.MatchClass, pc *patternContext) {
	nargs := len(p.Patterns)
	nattrs := len(p.KwdAttrs)
	if nattrs != len(p.KwdPatterns) {
		c.error("kwd_attrs (%d) / kwd_patterns (%d) length mismatch in class pattern", nattrs, len(p.KwdPatterns))
	}
	if nattrs > 0 {
		for i, attr := range p.KwdAttrs {
			c.setLoc(patternPos(p.KwdPatterns[i]))
			if attr == "__debug__" {
				c.error("cannot assign to __debug__")
			}
			for j := i + 1; j < nattrs; j++ {
				if p.KwdAttrs[j] == attr {
					c.setLoc(patternPos(p.KwdPatterns[j]))
					c.error("attribute name repeated in class pattern: %s", attr)
				}
			}
		}
		c.setLoc(&p.Pos)
	}
	c.visitExpr(p.Cls)
	names := make(ast.TupleValue, nattrs)
	for i, a := range p.KwdAttrs {
		names[i] = ast.Str(a)
	}
	c.loadConst(names)
	c.emitI(bytecode.MATCH_CLASS, nargs)
	c.emitI(bytecode.COPY, 1)
	c.loadConst(ast.None)
	c.emitI(bytecode.IS_OP, 1)
	pc.onTop++
	c.jumpToFailPop(pc, bytecode.POP_JUMP_IF_FALSE)
	c.emitI(bytecode.UNPACK_SEQUENCE, nargs+nattrs)
	pc.onTop += nargs + nattrs - 1
	for i := 0; i < nargs+nattrs; i++ {
		pc.onTop--
		var sub ast.Pattern
		if i < nargs {
			sub = p.Patterns[i]
		} else {
			sub = p.KwdPatterns[i-nargs]
		}
		if wildcardCheck(sub) {
			c.emit(bytecode.POP_TOP)
			continue
		}
		c.patternSubpattern(sub, pc)
	}
}

func (c *compiler) patternOr(p *ast.MatchOr, pc *patternContext) {
	end := c.newBlock()
	old := *pc
	var control []string
	for i, alt := range p.Patterns {
		c.setLoc(patternPos(alt))
		pc.stores = nil
		pc.allowIrrefutable = i == len(p.Patterns)-1 && old.allowIrrefutable
		pc.failPop = nil
		pc.onTop = 0
		c.emitI(bytecode.COPY, 1)
		c.pattern(alt, pc)
		nstores := len(pc.stores)
		if i == 0 {
			control = pc.stores
		} else if nstores != len(control) {
			c.error("alternative patterns bind different names")
		} else if nstores > 0 {
			for icontrol := nstores - 1; icontrol >= 0; icontrol-- {
				name := control[icontrol]
				istores := indexOf(pc.stores, name)
				if istores < 0 {
					c.error("alternative patterns bind different names")
				}
				if icontrol != istores {
					rotations := istores + 1
					rotated := append([]string(nil), pc.stores[:rotations]...)
					rest := append([]string(nil), pc.stores[rotations:]...)
					at := icontrol - istores
					ns := append([]string(nil), rest[:at]...)
					ns = append(ns, rotated...)
					ns = append(ns, rest[at:]...)
					pc.stores = ns
					for ; rotations > 0; rotations-- {
						c.patternRotate(icontrol + 1)
					}
				}
			}
		}
		c.emitJump(bytecode.JUMP, end)
		c.emitAndResetFailPop(pc)
	}
	*pc = old
	c.emit(bytecode.POP_TOP)
	c.jumpToFailPop(pc, bytecode.JUMP)
	c.useNextBlock(end)
	nstores := len(control)
	nrots := nstores + 1 + pc.onTop + len(pc.stores)
	for i := 0; i < nstores; i++ {
		c.patternRotate(nrots)
		name := control[i]
		if indexOf(pc.stores, name) >= 0 {
			c.error("multiple assignments to name %s in pattern", literal.ReprStr(name))
		}
		pc.stores = append(pc.stores, name)
	}
	c.emit(bytecode.POP_TOP)
}

func indexOf(list []string, s string) int {
	for i, x := range list {
		if x == s {
			return i
		}
	}
	return -1
}
