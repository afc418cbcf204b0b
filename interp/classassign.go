package interp

// This file implements assignment to obj.__class__ (object_set_class in
// CPython) and the RuntimeError wrapping of __set_name__ failures that
// CPython 3.11 does during class creation.

import "fmt"

// slotNames is the set of __slots__ member names of tp and its bases.
func slotNames(tp *Type) map[string]bool {
	names := map[string]bool{}
	for _, b := range tp.MRO {
		if b.Flags&FlagHeap == 0 || b.Dict == nil {
			continue
		}
		for _, e := range b.Dict.entries {
			if !e.key.IsNull() && e.value.ref != nil && e.value.Type() == &MemberDescrType {
				names[objectAs[memberDescr](e.value.ref).name.s] = true
			}
		}
	}
	return names
}

// sameLayout is CPython's compatible_for_assignment for pyjit's storage:
// the same builtin storage, __dict__ presence and slots.
func sameLayout(a, b *Type) bool {
	if a.Base != b.Base || a.Flags&flagNoDict != b.Flags&flagNoDict {
		return false
	}
	// defaultdict shares dict's solid base but its storage is larger.
	if a.IsSubtype(&defaultDictType) != b.IsSubtype(&defaultDictType) {
		return false
	}
	x, y := slotNames(a), slotNames(b)
	if len(x) != len(y) {
		return false
	}
	for n := range x {
		if !y[n] {
			return false
		}
	}
	return true
}

func objectSetClass(t *Thread, v, val Value) error {
	if val.IsNull() {
		return NewError(&TypeErrorType, "can't delete __class__ attribute")
	}
	newto, ok := asType(val)
	if !ok {
		return NewError(&TypeErrorType, "__class__ must be set to a class, not '%s' object", typeName(val))
	}
	oldto := v.Type()
	modules := newto.IsSubtype(&ModuleType) && oldto.IsSubtype(&ModuleType)
	if !modules && (newto.Flags&FlagHeap == 0 || oldto.Flags&FlagHeap == 0) {
		return NewError(&TypeErrorType, "__class__ assignment only supported for mutable types or ModuleType subclasses")
	}
	if !sameLayout(oldto, newto) || v.IsUnboxed() {
		return NewError(&TypeErrorType, "__class__ assignment: '%s' object layout differs from '%s'", newto.Name, oldto.Name)
	}
	v.ref.typ = newto
	return nil
}

// wrapSetNameError is the RuntimeError CPython 3.11 raises, caused by
// err, when descr.__set_name__(owner, name) fails.
func wrapSetNameError(t *Thread, descr, name Value, owner *Type, err error) error {
	cause, ok := err.(*Exception)
	if !ok {
		return err
	}
	r, rerr := Repr(t, name)
	if rerr != nil {
		return rerr
	}
	rs, _ := asStr(r)
	e := NewError(&RuntimeErrorType, "%s", fmt.Sprintf("Error calling __set_name__ on '%s' instance %s in '%s'", typeName(descr), rs.s, owner.Name))
	e.Cause, e.SuppressContext = cause, true
	e.Context = cause
	return e
}

func setupClassAssign() {
	d, ok, _ := ObjectType.Dict.GetStr(nil, Intern("__class__"))
	if !ok || d.Type() != &GetSetDescrType {
		return
	}
	addDelGetSet(&ObjectType, "__class__", objectAs[GetSet](d.ref).Get, objectSetClass)
}

// objectNewUnsafe is object.__new__(C)'s refusal of a class whose
// instances need a builtin's storage. As CPython's tp_new_wrapper it
// names the nearest class (from C up) that does not define __new__ in
// Python.
func objectNewUnsafe(typ *Type) error {
	static := typ
	for static.Flags&FlagHeap != 0 && hasOwn(static, "__new__") && len(static.Bases) > 0 {
		next := static.Bases[0]
		for _, b := range static.Bases {
			if b.Base == static.Base || b == static.Base {
				next = b
				break
			}
		}
		static = next
	}
	return NewError(&TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", typ.Name, static.Name)
}
