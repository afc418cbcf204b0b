package interp

// This file lets Python code create modules and subclass module
// (types.ModuleType(name), importlib.util's _LazyModule, unittest's
// module wrappers): module.__new__ and module.__init__ as CPython's
// Objects/moduleobject.c. A subclass instance keeps its attributes in the
// module's dict like any module.

func moduleNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	m := &Module{Object: Object{typ: typ}, Dict: NewDict()}
	return FromObject(&m.Object), nil
}

func moduleInit(t *Thread, self Value, args []Value, kwnames []string) error {
	pos, kw, err := kwArgs("module", args, kwnames, "name", "doc")
	if err != nil {
		return err
	}
	if len(pos) > 2 {
		return NewError(&TypeErrorType, "module() takes at most 2 arguments (%d given)", len(pos))
	}
	name, doc := Value{}, None
	if len(pos) > 0 {
		name = pos[0]
	}
	if len(pos) > 1 {
		doc = pos[1]
	}
	if v, ok := kw["name"]; ok {
		if !name.IsNull() {
			return NewError(&TypeErrorType, "argument for module() given by name ('name') and position (1)")
		}
		name = v
	}
	if v, ok := kw["doc"]; ok {
		doc = v
	}
	if name.IsNull() {
		return NewError(&TypeErrorType, "module() missing required argument 'name' (pos 1)")
	}
	ns, ok := asStr(name)
	if !ok {
		return NewError(&TypeErrorType, "module() argument 'name' must be str, not %s", typeName(name))
	}
	m := objectAs[Module](self.ref)
	m.Name = ns.s
	set := func(k string, v Value) { m.Dict.setStrNoErr(Intern(k), v) }
	set("__name__", name)
	set("__doc__", doc)
	set("__package__", None)
	set("__loader__", None)
	set("__spec__", None)
	return nil
}
