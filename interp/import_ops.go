package interp

// This file holds IMPORT_FROM and IMPORT_STAR (ceval.c's import_from and
// import_all_from) with CPython's messages, circular imports included.

// importFrom is IMPORT_FROM: the attribute name of v, else the submodule
// v.__name__ + "." + name from sys.modules, else ImportError.
func (t *Thread) importFrom(v Value, name *Str) (Value, error) {
	x, err := GetAttr(t, v, name)
	if err == nil {
		return x, nil
	}
	if e, ok := err.(*Exception); !ok || !e.typ.IsSubtype(&AttributeErrorType) {
		return Value{}, err
	}
	pkgName := Value{}
	if n, err := getAttrOrNull(t, v, "__name__"); err == nil && !n.IsNull() {
		if _, ok := asStr(n); ok {
			pkgName = n
		}
	}
	if !pkgName.IsNull() {
		full := mustStr(pkgName).s + "." + name.s
		if m, ok, err := t.in.Modules.GetStr(t, Intern(full)); err != nil {
			return Value{}, err
		} else if ok {
			return m, nil
		}
	}
	nameRepr := pyStrRepr(t, name.s)
	pkgRepr := "'<unknown module name>'"
	if !pkgName.IsNull() {
		pkgRepr = pyStrRepr(t, mustStr(pkgName).s)
	} else {
		pkgName = StrValue("<unknown module name>")
	}
	var path Value
	if v.Type() == &ModuleType {
		if f, ok, _ := objectAs[Module](v.ref).Dict.GetStr(t, Intern("__file__")); ok && isStr(f) {
			path = f
		}
	}
	if path.IsNull() {
		return Value{}, importError(t, &ImportErrorType,
			"cannot import name "+nameRepr+" from "+pkgRepr+" (unknown location)", pkgName, Value{})
	}
	ps := mustStr(path).s
	if t.moduleInitializing(v) {
		return Value{}, importError(t, &ImportErrorType, "cannot import name "+nameRepr+" from partially initialized module "+
			pkgRepr+" (most likely due to a circular import) ("+ps+")", pkgName, path)
	}
	return Value{}, importError(t, &ImportErrorType, "cannot import name "+nameRepr+" from "+pkgRepr+" ("+ps+")", pkgName, path)
}

// moduleInitializing is _PyModuleSpec_IsInitializing(v.__spec__).
func (t *Thread) moduleInitializing(v Value) bool {
	spec, err := getAttrOrNull(t, v, "__spec__")
	if err != nil || spec.IsNull() || spec.IsNone() {
		return false
	}
	init, err := getAttrOrNull(t, spec, "_initializing")
	if err != nil || init.IsNull() {
		return false
	}
	b, err := Truth(t, init)
	return err == nil && b
}

// importStar is IMPORT_STAR: bind the public names of v (its __all__,
// else its __dict__'s keys not starting with '_') in locals.
func (t *Thread) importStar(f *Frame, v Value) error {
	if f.locals == nil {
		return NewError(&SystemErrorType, "no locals found during 'import *'")
	}
	all, err := getAttrOrNull(t, v, "__all__")
	if err != nil {
		return err
	}
	skipUnderscore := false
	where := "__all__"
	if all.IsNull() {
		d, err := getAttrOrNull(t, v, "__dict__")
		if err != nil {
			return err
		}
		if d.IsNull() {
			return NewError(&ImportErrorType, "from-import-* object has no __dict__ and no __all__")
		}
		dd, ok := asDict(d)
		if !ok {
			return notImplemented("'import *' from an object whose __dict__ is not a dict")
		}
		all = NewListValue(dd.Keys())
		skipUnderscore = true
		where = "__dict__"
	}
	names, err := iterateToSlice(t, all)
	if err != nil {
		return err
	}
	for _, n := range names {
		s, ok := asStr(n)
		if !ok {
			mn := "?"
			if nv, err := getAttrOrNull(t, v, "__name__"); err == nil && !nv.IsNull() {
				if ns, ok := asStr(nv); ok {
					mn = ns.s
				}
			}
			kind := "Item"
			if skipUnderscore {
				kind = "Key"
			}
			return NewError(&TypeErrorType, "%s in %s.%s must be str, not %s", kind, mn, where, typeName(n))
		}
		if skipUnderscore && len(s.s) > 0 && s.s[0] == '_' {
			continue
		}
		val, err := GetAttr(t, v, Intern(s.s))
		if err != nil {
			return err
		}
		if err := f.locals.SetItem(t, FromObject(&Intern(s.s).Object), val); err != nil {
			return err
		}
	}
	return nil
}
