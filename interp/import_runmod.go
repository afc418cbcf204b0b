package interp

// This file implements `-m module` with runpy's semantics
// (runpy._run_module_as_main): find the module, or a package's __main__
// submodule, and run its code as __main__ with sys.argv[0] set to its
// file. Errors runpy reports itself print "<sys.executable>: message"
// and exit with status 1.

import (
	"os"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

// runpyError is runpy's _Error: a message printed without a traceback.
type runpyError struct{ msg string }

func (e *runpyError) Error() string { return e.msg }

// RunModule runs module name as the __main__ module and returns the exit
// code. sys.path[0] is the working directory, as for `python -m`.
func (in *Interpreter) RunModule(name string) int {
	defer in.Flush()
	defer in.runExitFuncs()
	in.initRuntime()
	t := in.main
	if wd, err := os.Getwd(); err == nil {
		in.setSysPath0(wd)
	}
	spec, code, err := t.runpyDetails(name)
	if err != nil {
		if re, ok := err.(*runpyError); ok {
			in.Flush()
			in.Stderr.WriteString(in.executable() + ": " + re.msg + "\n")
			return 1
		}
		return in.handleUncaught(t, AsException(err))
	}
	// sys.argv[0] is the module's file.
	if sys, ok, _ := in.Modules.GetStr(t, Intern("sys")); ok {
		if av, err := GetAttrString(t, sys, "argv"); err == nil {
			if l, ok := asList(av); ok && len(l.items) > 0 {
				l.items[0] = StrValue(spec.origin)
			}
		}
	}
	m := NewModule("__main__")
	set := func(k string, v Value) { m.Dict.setStrNoErr(Intern(k), v) }
	pkg, _, _ := rpartition(spec.name)
	specV := in.specValue(spec)
	loader, _ := GetAttrString(t, specV, "loader")
	set("__package__", StrValue(pkg))
	set("__loader__", loader)
	set("__spec__", specV)
	set("__builtins__", FromObject(&in.imp.builtinsMod.Object))
	set("__file__", StrValue(spec.origin))
	set("__cached__", StrValue(bytecode.CachePath(spec.origin)))
	in.Modules.setStrNoErr(Intern("__main__"), FromObject(&m.Object))
	if err := t.execModuleCode(code, m); err != nil {
		return in.handleUncaught(t, AsException(err))
	}
	return 0
}

// runpyDetails is runpy._get_module_details: the spec and code of the
// module to run.
func (t *Thread) runpyDetails(name string) (*moduleSpec, *bytecode.Code, error) {
	if strings.HasPrefix(name, ".") {
		return nil, nil, &runpyError{"Relative module names not supported"}
	}
	pkg, _, _ := rpartition(name)
	if pkg != "" {
		if _, err := t.importAbs(pkg); err != nil {
			e, ok := err.(*Exception)
			if !ok || !e.typ.IsSubtype(&ImportErrorType) {
				return nil, nil, err
			}
			en, _ := e.attrs.Get(t, Intern("name"))
			s, isStr := asStr(en)
			if !isStr || (s.s != pkg && !strings.HasPrefix(pkg, s.s+".")) {
				return nil, nil, err
			}
		}
	}
	spec, err := t.runpyFindSpec(name)
	if err != nil {
		e, ok := err.(*Exception)
		if !ok {
			return nil, nil, err
		}
		if e.typ.IsSubtype(&ImportErrorType) || e.typ.IsSubtype(&AttributeErrorType) ||
			e.typ.IsSubtype(&TypeErrorType) || e.typ.IsSubtype(&ValueErrorType) {
			msg := "Error while finding module specification for " + pyStrRepr(t, name) +
				" (" + e.typ.Name + ": " + exceptionStrGo(e) + ")"
			if strings.HasSuffix(name, ".py") {
				msg += ". Try using '" + name[:len(name)-3] + "' instead of '" + name + "' as the module name."
			}
			return nil, nil, &runpyError{msg}
		}
		return nil, nil, err
	}
	if spec == nil {
		return nil, nil, &runpyError{"No module named " + name}
	}
	if spec.search != nil {
		if name == "__main__" || strings.HasSuffix(name, ".__main__") {
			return nil, nil, &runpyError{"Cannot use package as __main__ module"}
		}
		s, c, err := t.runpyDetails(name + ".__main__")
		if re, ok := err.(*runpyError); ok {
			if _, loaded, _ := t.in.Modules.GetStr(t, Intern(name)); !loaded {
				return nil, nil, err
			}
			return nil, nil, &runpyError{re.msg + "; " + pyStrRepr(t, name) + " is a package and cannot be directly executed"}
		}
		return s, c, err
	}
	if spec.kind != specSource {
		return nil, nil, &runpyError{"No code object available for " + name}
	}
	code, err := t.in.compileModule(spec.origin)
	if err != nil {
		return nil, nil, err
	}
	return spec, code, nil
}

// runpyFindSpec is importlib.util.find_spec for a name not yet imported.
func (t *Thread) runpyFindSpec(name string) (*moduleSpec, error) {
	parent, _, _ := rpartition(name)
	if parent == "" {
		return t.findSpec(name, nil)
	}
	pm, err := t.importAbs(parent)
	if err != nil {
		return nil, err
	}
	pv, err := getAttrOrNull(t, pm, "__path__")
	if err != nil {
		return nil, err
	}
	if pv.IsNull() {
		return nil, importError(t, &ModuleNotFoundErrorType, "__path__ attribute not found on "+pyStrRepr(t, parent)+
			" while trying to find "+pyStrRepr(t, name), StrValue(name), Value{})
	}
	items, err := iterateToSlice(t, pv)
	if err != nil {
		return nil, err
	}
	path := []string{}
	for _, it := range items {
		if s, ok := asStr(it); ok {
			path = append(path, s.s)
		}
	}
	return t.findSpec(name, path)
}
