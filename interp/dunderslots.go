package interp

// This file implements __slots__: member descriptors for the named slots
// and instances without a __dict__. A slot's value is kept in the
// instance's attribute table under the slot's name; when the class has no
// __dict__ (flagNoDict) that table is invisible to the generic attribute
// protocol, so only the member descriptor reaches it.

import (
	"fmt"
	"unicode"

	"github.com/pyjit/pyjit/frontend/symtable"
)

// flagNoDict marks a class whose instances have no __dict__ because it and
// its bases define __slots__ without "__dict__". It is far above the
// flags of slots.go so that new flags there do not collide.
const flagNoDict TypeFlags = 1 << 24

// MemberDescrType is the type of the descriptors __slots__ creates.
var MemberDescrType = Type{Name: "member_descriptor"}

// memberDescr is the descriptor of one slot.
type memberDescr struct {
	Object
	name  *Str
	owner *Type
}

// rawAttrs is the attribute table of v even when its class has no
// __dict__ (nil for objects without one).
func rawAttrs(v Value) *Attrs {
	tp := v.Type()
	if tp.Flags&FlagHeap == 0 {
		return nil
	}
	switch tp.Base {
	case &ObjectType:
		return &objectAs[Instance](v.ref).attrs
	case &ListType:
		l := mustList(v)
		if l.attrs == nil {
			l.attrs = &Attrs{}
		}
		return l.attrs
	case &BaseExceptionType:
		return &objectAs[Exception](v.ref).attrs
	case &DictType:
		d := mustDict(v)
		if d.attrs == nil {
			d.attrs = &Attrs{}
		}
		return d.attrs
	}
	return subclassRawAttrs(v)
}

func (m *memberDescr) check(obj Value) error {
	if !obj.Type().IsSubtype(m.owner) {
		return NewError(&TypeErrorType, "descriptor '%s' for '%s' objects doesn't apply to a '%s' object", m.name.s, m.owner.Name, typeName(obj))
	}
	return nil
}

func memberGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	if obj.IsNull() {
		return descr, nil
	}
	m := objectAs[memberDescr](descr.ref)
	if err := m.check(obj); err != nil {
		return Value{}, err
	}
	a := rawAttrs(obj)
	if a == nil {
		return Value{}, notImplemented("__slots__ on this base type")
	}
	r, err := a.Get(t, m.name)
	if err == nil && r.IsNull() {
		err = NewError(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(obj), m.name.s)
	}
	return r, err
}

func memberSet(t *Thread, descr, obj, val Value) error {
	m := objectAs[memberDescr](descr.ref)
	if err := m.check(obj); err != nil {
		return err
	}
	a := rawAttrs(obj)
	if a == nil {
		return notImplemented("__slots__ on this base type")
	}
	if val.IsNull() {
		found, err := a.Delete(t, m.name)
		if err == nil && !found {
			err = NewError(&AttributeErrorType, "%s", m.name.s)
		}
		return err
	}
	return a.Set(t, m.name, val)
}

func memberRepr(t *Thread, v Value) (Value, error) {
	m := objectAs[memberDescr](v.ref)
	return StrValue(fmt.Sprintf("<member '%s' of '%s' objects>", m.name.s, m.owner.Name)), nil
}

func isIdentifier(s string) bool {
	for i, r := range s {
		if !(r == '_' || unicode.IsLetter(r) || (i > 0 && (unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r) || unicode.Is(unicode.Pc, r)))) {
			return false
		}
	}
	return s != ""
}

// applySlots handles a class namespace's __slots__: it adds a member
// descriptor per slot and reports whether the instances lack a __dict__.
func applySlots(t *Thread, tp *Type, d *Dict) (noDict bool, err error) {
	sv, ok, err := d.GetStr(t, internStatic("__slots__"))
	if err != nil || !ok {
		return false, err
	}
	var items []Value
	if _, isStr := asStr(sv); isStr {
		items = []Value{sv}
	} else if items, err = iterateToSlice(t, sv); err != nil {
		return false, err
	}
	baseHasDict := false
	for _, b := range tp.MRO[1:] {
		if b.Flags&FlagHeap != 0 && b.Flags&flagNoDict == 0 || typesWithDict[b] {
			baseHasDict = true
		}
	}
	wantDict := false
	var names []string
	for _, it := range items {
		s, ok := asStr(it)
		if !ok {
			return false, NewError(&TypeErrorType, "__slots__ items must be strings, not '%s'", typeName(it))
		}
		if !isIdentifier(s.s) {
			return false, NewError(&TypeErrorType, "__slots__ must be identifiers")
		}
		switch s.s {
		case "__dict__":
			if baseHasDict || wantDict {
				return false, NewError(&TypeErrorType, "__dict__ slot disallowed: we already got one")
			}
			wantDict = true
			continue
		case "__weakref__":
			continue
		}
		names = append(names, symtable.Mangle(tp.Name, s.s))
	}
	if len(names) > 0 && !slotsAllowed(tp.Base) {
		return false, NewError(&TypeErrorType, "nonempty __slots__ not supported for subtype of '%s'", tp.Base.Name)
	}
	for _, n := range names {
		if _, exists, err := d.GetStr(t, Intern(n)); err != nil {
			return false, err
		} else if exists {
			return false, NewError(&ValueErrorType, "'%s' in __slots__ conflicts with class variable", n)
		}
	}
	for _, n := range names {
		m := &memberDescr{Object: Object{typ: &MemberDescrType}, name: Intern(n), owner: tp}
		d.setStrNoErr(Intern(n), FromObject(&m.Object))
	}
	// Exceptions always keep their __dict__, as in CPython.
	if !wantDict && !baseHasDict && tp.Base != &BaseExceptionType {
		tp.Flags |= flagNoDict
		return true, nil
	}
	return false, nil
}

func setupMemberDescr() {
	mt := &MemberDescrType
	initBuiltinType(mt, "")
	mt.Slots = Slots{DescrGet: memberGet, DescrSet: memberSet, Repr: memberRepr}
	addGetSet(mt, "__name__", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[memberDescr](v.ref).name.Object), nil
	}, nil)
	addGetSet(mt, "__objclass__", func(t *Thread, v Value) (Value, error) {
		return TypeValue(objectAs[memberDescr](v.ref).owner), nil
	}, nil)
	addDescrWrappers(mt)
	addSlotWrappers(mt)
	inheritSlots(mt)
}
