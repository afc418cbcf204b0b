package interp

// This file is PEP 562's module __getattr__: an attribute a module does
// not have is asked of the function __getattr__ in its namespace, as
// CPython's module_getattro does (concurrent.futures finds
// ThreadPoolExecutor this way).

// moduleDunderGetattr calls the module's __getattr__(name); ok is false
// when the module defines none.
func moduleDunderGetattr(t *Thread, v Value, name *Str) (r Value, ok bool, err error) {
	m := objectAs[Module](v.ref)
	if m.Dict == nil {
		return Value{}, false, nil
	}
	f, found, err := m.Dict.GetStr(t, internStatic("__getattr__"))
	if err != nil || !found {
		return Value{}, false, err
	}
	r, err = Call(t, f, []Value{FromObject(&name.Object)}, nil)
	return r, true, err
}
