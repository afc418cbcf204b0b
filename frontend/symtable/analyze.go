package symtable

import (
	"fmt"
	"sort"
)

// The second pass (CPython's symtable_analyze) decides the scope of every
// name. A parent passes down the names bound in enclosing function blocks
// ("bound") and the names declared global ("global"); children report the
// names free in them, which become cells where a function binds them.

type nameSet map[string]struct{}

func (s nameSet) has(name string) bool {
	_, ok := s[name]
	return ok
}

func (s nameSet) add(name string) { s[name] = struct{}{} }

func (s nameSet) addAll(o nameSet) {
	for n := range o {
		s[n] = struct{}{}
	}
}

func (s nameSet) clone() nameSet {
	c := make(nameSet, len(s))
	c.addAll(s)
	return c
}

func (b *builder) analyze() error {
	return b.analyzeBlock(b.top, nil, nameSet{}, nameSet{})
}

// analyzeBlock resolves the names of t. bound is nil for the module block.
// Names free in t (or in its children and not bound by t) are added to free.
func (b *builder) analyzeBlock(t *Table, bound, free, global nameSet) error {
	local := nameSet{}
	scopes := make(map[string]Scope, len(t.Order))
	newGlobal := nameSet{}
	newFree := nameSet{}
	newBound := nameSet{}

	// A class's own bindings are invisible to nested functions, so what
	// its children see is decided before its names are analyzed.
	if t.Kind == Class {
		newGlobal.addAll(global)
		if bound != nil {
			newBound.addAll(bound)
		}
	}
	for _, name := range t.Order {
		if err := b.analyzeName(t, scopes, name, t.Symbols[name].Flags, bound, local, free, global); err != nil {
			return err
		}
	}
	if t.Kind != Class {
		if t.Kind == Function {
			newBound.addAll(local)
		}
		if bound != nil {
			newBound.addAll(bound)
		}
		newGlobal.addAll(global)
	} else {
		newBound.add("__class__")
	}

	allFree := nameSet{}
	for _, c := range t.Children {
		childFree := newFree.clone()
		var childBound nameSet
		if newBound != nil {
			childBound = newBound.clone()
		}
		if err := b.analyzeBlock(c, childBound, childFree, newGlobal.clone()); err != nil {
			return err
		}
		allFree.addAll(childFree)
		if c.HasFree || c.ChildHasFree {
			t.ChildHasFree = true
		}
	}
	newFree.addAll(allFree)

	switch t.Kind {
	case Function:
		// A local that some child uses freely becomes a cell.
		for name, sc := range scopes {
			if sc == Local && newFree.has(name) {
				scopes[name] = Cell
				delete(newFree, name)
			}
		}
	case Class:
		if newFree.has("__class__") {
			delete(newFree, "__class__")
			t.NeedsClassClosure = true
		}
	}
	b.updateSymbols(t, scopes, bound, newFree)
	free.addAll(newFree)
	return nil
}

func (b *builder) analyzeName(t *Table, scopes map[string]Scope, name string, flags Flags,
	bound, local, free, global nameSet) error {
	if flags&DefGlobal != 0 {
		if flags&DefNonlocal != 0 {
			return b.directiveError(t, name, fmt.Sprintf("name '%s' is nonlocal and global", name))
		}
		scopes[name] = GlobalExplicit
		global.add(name)
		if bound != nil {
			delete(bound, name)
		}
		return nil
	}
	if flags&DefNonlocal != 0 {
		if bound == nil {
			return b.directiveError(t, name, "nonlocal declaration not allowed at module level")
		}
		if !bound.has(name) {
			return b.directiveError(t, name, fmt.Sprintf("no binding for nonlocal '%s' found", name))
		}
		scopes[name] = Free
		t.HasFree = true
		free.add(name)
		return nil
	}
	if flags&DefBound != 0 {
		scopes[name] = Local
		local.add(name)
		delete(global, name)
		return nil
	}
	// A binding in an enclosing function makes the name free; bound is
	// non-nil only in nested blocks.
	if bound != nil && bound.has(name) {
		scopes[name] = Free
		t.HasFree = true
		free.add(name)
		return nil
	}
	if global.has(name) {
		scopes[name] = GlobalImplicit
		return nil
	}
	if t.IsNested {
		t.HasFree = true
	}
	scopes[name] = GlobalImplicit
	return nil
}

// directiveError reports msg at the first global/nonlocal declaration of
// name in t.
func (b *builder) directiveError(t *Table, name, msg string) error {
	for _, d := range t.directives {
		if d.name == name {
			return b.errAt(msg, d.loc)
		}
	}
	e := b.errAt(msg, loc{lineno: t.Lineno})
	e.Type = "SystemError"
	e.Msg = "BUG: internal directive bookkeeping broken"
	return e
}

// updateSymbols stores the scopes and records names that are free only
// because a child uses them (CPython's update_symbols).
func (b *builder) updateSymbols(t *Table, scopes map[string]Scope, bound, free nameSet) {
	for _, name := range t.Order {
		t.Symbols[name].Scope = scopes[name]
	}
	// CPython iterates a set here, so the order of the names it appends
	// depends on string hashing; sorting makes ours deterministic.
	names := make([]string, 0, len(free))
	for n := range free {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, name := range names {
		if s := t.Symbols[name]; s != nil {
			// A method's free variable with the same name as a local or
			// global of the class.
			if t.Kind == Class && s.Flags&(DefBound|DefGlobal) != 0 {
				s.Flags |= DefFreeClass
			}
			continue
		}
		if bound != nil && !bound.has(name) {
			continue // it is a global
		}
		t.Symbols[name] = &Symbol{Name: name, Scope: Free}
		t.Order = append(t.Order, name)
	}
}
