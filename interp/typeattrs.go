package interp

// This file makes the special attributes of classes writable as in
// CPython's type_set_name / type_set_qualname / type_set_module /
// type_set_doc: functools.wraps, abc and typing assign __module__,
// __qualname__ and __doc__ of classes they make.

import "strings"

// checkSetSpecial is CPython's check_set_special_type_attr.
func checkSetSpecial(tp *Type, value Value, name string) error {
	if tp.Flags&FlagHeap == 0 {
		return NewError(&TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name, tp.Name)
	}
	if value.IsNull() {
		return NewError(&TypeErrorType, "cannot delete '%s' attribute of immutable type '%s'", name, tp.Name)
	}
	return nil
}

func typeSetName(t *Thread, v, value Value) error {
	tp := objectAs[Type](v.ref)
	if err := checkSetSpecial(tp, value, "__name__"); err != nil {
		return err
	}
	s, ok := asStr(value)
	if !ok {
		return NewError(&TypeErrorType, "can only assign string to %s.__name__, not '%s'", tp.Name, typeName(value))
	}
	if strings.IndexByte(s.s, 0) >= 0 {
		return NewError(&ValueErrorType, "type name must not contain null characters")
	}
	tp.Name = s.s
	return nil
}

func typeSetQualName(t *Thread, v, value Value) error {
	tp := objectAs[Type](v.ref)
	if err := checkSetSpecial(tp, value, "__qualname__"); err != nil {
		return err
	}
	s, ok := asStr(value)
	if !ok {
		return NewError(&TypeErrorType, "can only assign string to %s.__qualname__, not '%s'", tp.Name, typeName(value))
	}
	tp.QualName = s.s
	return nil
}

// typeSetDictAttr stores __module__ or __doc__ in the class namespace.
func typeSetDictAttr(name string) func(t *Thread, v, value Value) error {
	return func(t *Thread, v, value Value) error {
		tp := objectAs[Type](v.ref)
		if err := checkSetSpecial(tp, value, name); err != nil {
			return err
		}
		if err := tp.Dict.SetItem(t, StrValue(name), value); err != nil {
			return err
		}
		tp.Modified()
		return nil
	}
}

// delGetSetDescrType is a getset_descriptor whose setter also handles
// deletion (the descriptors of descr.go refuse it before the setter runs).
var delGetSetDescrType = Type{Name: "getset_descriptor"}

func delGetSetSet(t *Thread, descr, obj, value Value) error {
	return objectAs[GetSet](descr.ref).Set(t, obj, value)
}

// addDelGetSet adds to tp a getset descriptor whose set also deletes.
func addDelGetSet(tp *Type, name string, get func(*Thread, Value) (Value, error), set func(*Thread, Value, Value) error) {
	g := &GetSet{Object: Object{typ: &delGetSetDescrType}, Name: name, Owner: tp, Get: get, Set: set}
	tp.Dict.setStrNoErr(Intern(name), FromObject(&g.Object))
}

// makeTypeAttrsWritable gives type's __name__, __qualname__, __module__
// and __doc__ descriptors their setters.
func makeTypeAttrsWritable() {
	dt := &delGetSetDescrType
	initBuiltinType(dt, "")
	dt.Slots = Slots{DescrGet: getsetDescrGet, DescrSet: delGetSetSet, Repr: getsetRepr}
	addSlotWrappers(dt)
	inheritSlots(dt)
	setters := map[string]func(t *Thread, v, value Value) error{
		"__name__":     typeSetName,
		"__qualname__": typeSetQualName,
		"__module__":   typeSetDictAttr("__module__"),
		"__doc__":      typeSetDictAttr("__doc__"),
	}
	for name, set := range setters {
		d, ok, _ := TypeType.Dict.GetStr(nil, Intern(name))
		if ok && d.Type() == &GetSetDescrType {
			if g := objectAs[GetSet](d.ref); g.Set == nil {
				addDelGetSet(&TypeType, name, g.Get, set)
			}
		}
	}
}
