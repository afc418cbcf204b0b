package interp

// This file supports subclasses of set and frozenset. As in CPython,
// set.__new__ of a subclass makes an empty set and set.__init__ fills it
// (so subclasses may take other constructor arguments), frozenset.__new__
// fills it, and the results of operators and copy() are plain sets /
// frozensets (make_new_set_basetype).

// setSub is an instance of a set or frozenset subclass.
type setSub struct {
	Set
	attrs Attrs
}

// setBaseType is the builtin type of a set operation's result.
func setBaseType(typ *Type) *Type {
	if typ.IsSubtype(&FrozenSetType) {
		return &FrozenSetType
	}
	return &SetType
}

// newSetOf allocates an empty set of typ, with subclass storage when typ
// is a class.
func newSetOf(typ *Type) *Set {
	if typ.Flags&FlagHeap == 0 {
		return newSet(typ)
	}
	s := &setSub{Set: Set{Object: Object{typ: typ}, table: make([]setEntry, setMinSize)}}
	return &s.Set
}

// setSubclassNew is set.__new__ for a set subclass: an empty set, filled
// by __init__.
func setSubclassNew(typ *Type) (Value, bool) {
	if typ.Flags&FlagHeap == 0 || !typ.IsSubtype(&SetType) {
		return Value{}, false
	}
	return FromObject(&newSetOf(typ).Object), true
}

// setInit is set.__init__. For an exact set, set.__new__ already filled it
// (pyjit builds sets in one step), so only subclass instances are
// (re)filled here.
func setInit(t *Thread, self Value, args []Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "set() takes no keyword arguments")
	}
	if len(args) > 1 {
		return NewError(&TypeErrorType, "set expected at most 1 argument, got %d", len(args))
	}
	if self.Type() == &SetType {
		return nil
	}
	s := objectAs[Set](self.ref)
	s.table, s.fill, s.used = make([]setEntry, setMinSize), 0, 0
	if len(args) == 1 {
		return s.update(t, args[0])
	}
	return nil
}
