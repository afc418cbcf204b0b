package interp

// This file implements _imp, the import machinery's C half that the
// standard library's importlib package sets itself up with
// (importlib._bootstrap._setup), and a minimal _warnings (a built-in
// module importlib expects; warnings.py falls back to its pure-Python
// implementation when _warnings lacks the accelerated functions).
// pyjit's own import statement does not go through importlib: these
// let importlib, importlib.util, importlib.machinery and inspect import
// and answer questions about built-in modules.

func init() {
	builtinModules["_imp"] = makeImpModule
	builtinModules["_warnings"] = makeWarningsStub
	delete(cModules, "_imp")
	delete(cModules, "_warnings")
}

func makeWarningsStub(in *Interpreter) *Module {
	m := NewModule("_warnings")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("_warnings provides basic warning filtering support.\nIt is a helper module to speed up interpreter start-up."))
	return m
}

func makeImpModule(in *Interpreter) *Module {
	m := NewModule("_imp")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("(Extremely) low-level import machinery bits as used by importlib."))
	set("check_hash_based_pycs", StrValue("default"))
	fn := func(name string, f BuiltinFn) { moduleFn(m, name, f) }
	nameArg := func(fname string, args []Value, kw []string) (string, error) {
		if err := exactArgs(fname, args, kw, 1); err != nil {
			return "", err
		}
		s, ok := asStr(args[0])
		if !ok {
			return "", NewError(&TypeErrorType, "%s() argument must be str, not %s", fname, typeName(args[0]))
		}
		return s.s, nil
	}
	fn("is_builtin", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		name, err := nameArg("is_builtin", args, kw)
		if err != nil {
			return Value{}, err
		}
		if _, ok := builtinModules[name]; ok || name == "sys" || name == "builtins" {
			// -1: cannot be re-initialized (single-phase, as CPython
			// answers for sys and builtins).
			if name == "sys" || name == "builtins" {
				return Int(-1), nil
			}
			return Int(1), nil
		}
		return Int(0), nil
	})
	fn("create_builtin", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("create_builtin", args, kw, 1); err != nil {
			return Value{}, err
		}
		nv, err := GetAttrString(t, args[0], "name")
		if err != nil {
			return Value{}, err
		}
		ns, ok := asStr(nv)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "name must be string, not %s", typeName(nv))
		}
		if v, ok, _ := t.in.Modules.GetStr(t, Intern(ns.s)); ok {
			return v, nil
		}
		if _, ok := builtinModules[ns.s]; !ok {
			return None, nil
		}
		return t.loadSpec(&moduleSpec{name: ns.s, kind: specBuiltin})
	})
	fn("exec_builtin", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Int(0), exactArgs("exec_builtin", args, kw, 1)
	})
	fn("exec_dynamic", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Int(0), exactArgs("exec_dynamic", args, kw, 1)
	})
	fn("create_dynamic", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Value{}, notImplemented("loading C extension modules")
	})
	fn("is_frozen", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		_, err := nameArg("is_frozen", args, kw)
		return False, err
	})
	fn("is_frozen_package", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		name, err := nameArg("is_frozen_package", args, kw)
		if err != nil {
			return Value{}, err
		}
		return Value{}, NewError(&ImportErrorType, "No such frozen object named '%s'", name)
	})
	fn("find_frozen", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if _, _, err := kwArgs("find_frozen", args, kw, "withdata"); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	for _, name := range []string{"get_frozen_object", "init_frozen"} {
		name := name
		fn(name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				return Value{}, NewError(&TypeErrorType, "%s() missing required argument 'name' (pos 1)", name)
			}
			r, _ := ReprString(t, args[0])
			return Value{}, NewError(&ImportErrorType, "No such frozen object named %s", r)
		})
	}
	fn("extension_suffixes", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		// pyjit loads no C extensions, so no suffix names one.
		return NewListValue(nil), exactArgs("extension_suffixes", args, kw, 0)
	})
	for _, name := range []string{"acquire_lock", "release_lock"} {
		name := name
		fn(name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return None, exactArgs(name, args, kw, 0)
		})
	}
	fn("lock_held", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return False, exactArgs("lock_held", args, kw, 0)
	})
	fn("_fix_co_filename", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return None, exactArgs("_fix_co_filename", args, kw, 2)
	})
	fn("_frozen_module_names", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return NewTupleValue(nil), exactArgs("_frozen_module_names", args, kw, 0)
	})
	fn("_override_frozen_modules_for_tests", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return None, exactArgs("_override_frozen_modules_for_tests", args, kw, 1)
	})
	fn("source_hash", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Value{}, notImplemented("_imp.source_hash (hash-based .pyc files)")
	})
	return m
}
