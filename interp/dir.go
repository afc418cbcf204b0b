package interp

// This file implements dir(obj) the way CPython does: it calls
// type(obj).__dir__(obj) and returns the result as a sorted list, so
// classes (and metaclasses, such as enum's) that define __dir__ decide
// what dir shows. object.__dir__ is dirDefault.

var objectDirDescr Value

func builtinDir(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args) != 1 || len(kw) > 0 {
		return dirDefault(t, self, args, kw)
	}
	v := args[0]
	if objectDirDescr.IsNull() {
		objectDirDescr, _, _ = ObjectType.Dict.GetStr(t, internStatic("__dir__"))
	}
	m := v.Type().Lookup(internStatic("__dir__"))
	if m.IsNull() || m.Is(objectDirDescr) {
		return dirDefault(t, self, args, kw)
	}
	r, _, err := callMethod(t, v, "__dir__")
	if err != nil {
		return Value{}, err
	}
	items, err := iterateToSlice(t, r)
	if err != nil {
		return Value{}, err
	}
	l := NewList(items)
	if err := sortValues(t, l, None, false); err != nil {
		return Value{}, err
	}
	return FromObject(&l.Object), nil
}
