package interp

// This file is the import statement's machinery, CPython 3.11's
// PyImport_ImportModuleLevelObject and importlib._bootstrap's
// _find_and_load, _load_unlocked and _handle_fromlist written in Go:
// resolving relative names, importing parent packages first, caching in
// sys.modules, binding submodules on their parents, and the exact error
// messages. Finding and loading source files is in import_find.go.

import (
	"os"
	"path/filepath"
	"strings"
)

// ImportConfig holds the import system's settings; it is embedded in
// Interpreter so its fields read as in.PylibDir and so on. Set them before
// running anything: sys.path is built from them when sys is created.
type ImportConfig struct {
	// PylibDir is the repository's pylib directory (pure-Python modules
	// pyjit ships); empty leaves it out of sys.path.
	PylibDir string
	// PythonPath holds the PYTHONPATH entries, in order.
	PythonPath []string
	// StdlibDir is the host stdlib directory; empty means $PYJIT_STDLIB,
	// else /usr/lib/python3.11.
	StdlibDir string
	// DontWriteBytecode stops writing compiled-code caches (-B,
	// PYTHONDONTWRITEBYTECODE); existing caches are still read.
	DontWriteBytecode bool
	// Executable is sys.executable, and prefixes runpy-style errors of
	// RunModule; empty means the running binary's path.
	Executable string

	imp importState
}

// importState is what the import system keeps per interpreter.
type importState struct {
	ready       bool
	builtinsMod *Module
	importFunc  *Builtin // the original builtins.__import__
	specClass   Value    // ModuleSpec
	srcLoader   Value    // SourceFileLoader
	nsLoader    Value    // NamespaceLoader
	bltImporter Value    // BuiltinImporter
}

// stdlibDir returns the host stdlib directory sys.path ends with.
func (in *Interpreter) stdlibDir() string {
	if in.StdlibDir != "" {
		return in.StdlibDir
	}
	if d := os.Getenv("PYJIT_STDLIB"); d != "" {
		return d
	}
	return "/usr/lib/python3.11"
}

// Stdlib is the host standard library directory on sys.path (-X stdlib=DIR,
// $PYJIT_STDLIB or /usr/lib/python3.11).
func (in *Interpreter) Stdlib() string { return in.stdlibDir() }

// executable is sys.executable.
func (in *Interpreter) executable() string {
	if in.Executable != "" {
		return in.Executable
	}
	if p, err := os.Executable(); err == nil {
		return p
	}
	return "pyjit"
}

// initRuntime registers sys and builtins in sys.modules, installs
// builtins.__import__ and the importlib-like classes. It is idempotent.
func (in *Interpreter) initRuntime() {
	if in.imp.ready {
		return
	}
	in.imp.ready = true
	t := in.main
	bm := NewModule("builtins")
	bm.Dict = in.Builtins
	in.imp.builtinsMod = bm
	in.imp.importFunc = NewBuiltin("__import__", builtinImport)
	in.Builtins.setStrNoErr(Intern("__import__"), FromObject(&in.imp.importFunc.Object))
	mkClass := func(name, module string) Value {
		ns := NewDict()
		ns.setStrNoErr(Intern("__module__"), StrValue(module))
		c, err := Call(t, TypeValue(&TypeType), []Value{StrValue(name), NewTupleValue([]Value{TypeValue(&ObjectType)}), FromObject(&ns.Object)}, nil)
		if err != nil {
			return None
		}
		return c
	}
	in.imp.specClass = mkClass("ModuleSpec", "_frozen_importlib")
	in.imp.srcLoader = mkClass("SourceFileLoader", "_frozen_importlib_external")
	in.imp.nsLoader = mkClass("NamespaceLoader", "_frozen_importlib_external")
	in.imp.bltImporter = mkClass("BuiltinImporter", "_frozen_importlib")
	if _, ok, _ := in.Modules.GetStr(t, Intern("sys")); !ok {
		sys := makeSys(in)
		in.initBuiltinModule(sys)
		in.Modules.setStrNoErr(Intern("sys"), FromObject(&sys.Object))
	}
	in.initBuiltinModule(bm)
	in.Modules.setStrNoErr(Intern("builtins"), FromObject(&bm.Object))
	in.initSiteBuiltins(t)
}

// initBuiltinModule gives a Go-implemented module CPython's attributes of
// a built-in module.
func (in *Interpreter) initBuiltinModule(m *Module) {
	spec := in.newSpec(m.Name, in.imp.bltImporter, StrValue("built-in"), nil)
	m.Dict.setStrNoErr(Intern("__package__"), StrValue(""))
	m.Dict.setStrNoErr(Intern("__loader__"), in.imp.bltImporter)
	m.Dict.setStrNoErr(Intern("__spec__"), spec)
}

// newSpec makes a ModuleSpec-like object; search is nil for modules that
// are not packages.
func (in *Interpreter) newSpec(name string, loader, origin Value, search []string) Value {
	t := in.main
	spec, err := Call(t, in.imp.specClass, nil, nil)
	if err != nil {
		return None
	}
	set := func(k string, v Value) { _ = SetAttr(t, spec, Intern(k), v) }
	set("name", StrValue(name))
	set("loader", loader)
	set("origin", origin)
	set("loader_state", None)
	parent := name
	if search == nil {
		parent, _, _ = rpartition(name)
		set("submodule_search_locations", None)
	} else {
		set("submodule_search_locations", pathList(search))
	}
	set("cached", None)
	set("parent", StrValue(parent))
	set("has_location", False)
	set("_initializing", False)
	return spec
}

func pathList(items []string) Value {
	vs := make([]Value, len(items))
	for i, s := range items {
		vs[i] = StrValue(s)
	}
	return NewListValue(vs)
}

// rpartition is str.rpartition('.') without the separator.
func rpartition(name string) (head, sep, tail string) {
	i := strings.LastIndexByte(name, '.')
	if i < 0 {
		return "", "", name
	}
	return name[:i], ".", name[i+1:]
}

// makeSysPath builds sys.path: first (the script's directory, or ”), the
// PYTHONPATH entries, pylib and the host stdlib.
func (in *Interpreter) makeSysPath(first string) []string {
	p := []string{first}
	for _, e := range in.PythonPath {
		if e != "" {
			p = append(p, e)
		}
	}
	if in.PylibDir != "" {
		p = append(p, in.PylibDir)
	}
	return append(p, in.stdlibDir())
}

// setSysPath0 replaces sys.path[0] (the main script's directory).
func (in *Interpreter) setSysPath0(first string) {
	t := in.main
	sys, ok, _ := in.Modules.GetStr(t, Intern("sys"))
	if !ok {
		return
	}
	pv, err := GetAttrString(t, sys, "path")
	if err != nil {
		return
	}
	if l, ok := asList(pv); ok {
		if len(l.items) == 0 {
			l.items = append(l.items, StrValue(first))
		} else {
			l.items[0] = StrValue(first)
		}
	}
}

// scriptDir is sys.path[0] for a main program named filename.
func scriptDir(filename string) string {
	if filename == "" || strings.HasPrefix(filename, "<") {
		return ""
	}
	if abs, err := filepath.Abs(filename); err == nil {
		filename = abs
	}
	if real, err := filepath.EvalSymlinks(filename); err == nil {
		filename = real
	}
	return filepath.Dir(filename)
}

// importError makes an ImportError (or subclass) with its name and path
// attributes, as CPython's PyErr_SetImportError does.
func importError(t *Thread, typ *Type, msg string, name, path Value) *Exception {
	e := newException(typ, StrValue(msg))
	if name.IsNull() {
		name = None
	}
	if path.IsNull() {
		path = None
	}
	_ = e.attrs.Set(t, Intern("msg"), StrValue(msg))
	_ = e.attrs.Set(t, Intern("name"), name)
	_ = e.attrs.Set(t, Intern("path"), path)
	return e
}

// pyRepr is repr() of a Go string, as a Go string.
func pyStrRepr(t *Thread, s string) string {
	r, err := ReprString(t, StrValue(s))
	if err != nil {
		return "'" + s + "'"
	}
	return r
}

// noModule is importlib's ModuleNotFoundError "No module named 'x'".
func noModule(t *Thread, name string) *Exception {
	return importError(t, &ModuleNotFoundErrorType, "No module named "+pyStrRepr(t, name), StrValue(name), Value{})
}

// importName is IMPORT_NAME: it calls builtins.__import__ when a program
// replaced it, and the import machinery directly otherwise.
func (t *Thread) importNameOp(f *Frame, name *Str, fromlist, level Value) (Value, error) {
	in := t.in
	in.initRuntime()
	fn, ok, err := f.builtins.GetStr(t, Intern("__import__"))
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, NewError(&ImportErrorType, "__import__ not found")
	}
	globals := FromObject(&f.globals.Object)
	if fn.ref != &in.imp.importFunc.Object {
		locals := None
		if f.locals != nil {
			locals = FromObject(&f.locals.Object)
		}
		return Call(t, fn, []Value{FromObject(&name.Object), globals, locals, fromlist, level}, nil)
	}
	return t.importModuleLevel(FromObject(&name.Object), globals, fromlist, level)
}

// builtinImport is __import__(name, globals=None, locals=None,
// fromlist=(), level=0).
func builtinImport(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("__import__", args, kwnames, "globals", "locals", "fromlist", "level", "name")
	if err != nil {
		return Value{}, err
	}
	// An omitted globals is C's NULL, which differs from None in
	// resolveName's errors.
	vals := map[string]Value{"globals": {}, "locals": None, "fromlist": NewTupleValue(nil), "level": Int(0)}
	names := []string{"name", "globals", "locals", "fromlist", "level"}
	if len(pos) > len(names) {
		return Value{}, NewError(&TypeErrorType, "__import__() takes at most 5 arguments (%d given)", len(pos))
	}
	for i, v := range pos {
		if _, dup := kw[names[i]]; dup {
			return Value{}, NewError(&TypeErrorType, "argument for __import__() given by name ('%s') and position (%d)", names[i], i+1)
		}
		vals[names[i]] = v
	}
	for k, v := range kw {
		vals[k] = v
	}
	name, ok := vals["name"]
	if !ok {
		return Value{}, NewError(&TypeErrorType, "__import__() missing required argument 'name' (pos 1)")
	}
	t.in.initRuntime()
	lv := vals["level"]
	if !isIntLike(lv) {
		return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(lv))
	}
	return t.importModuleLevel(name, vals["globals"], vals["fromlist"], lv)
}

// importModuleLevel is PyImport_ImportModuleLevelObject.
func (t *Thread) importModuleLevel(nameV, globals, fromlist, levelV Value) (Value, error) {
	ns, ok := asStr(nameV)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "module name must be a string")
	}
	name := ns.s
	level, ok := smallInt(levelV)
	if !ok {
		return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	if level < 0 {
		return Value{}, NewError(&ValueErrorType, "level must be >= 0")
	}
	absName := name
	if level > 0 {
		var err error
		absName, err = t.resolveName(name, globals, int(level))
		if err != nil {
			return Value{}, err
		}
	} else if name == "" {
		return Value{}, NewError(&ValueErrorType, "Empty module name")
	}
	mod, err := t.importAbs(absName)
	if err != nil {
		return Value{}, err
	}
	hasFrom := false
	if !fromlist.IsNull() && !fromlist.IsNone() {
		if hasFrom, err = Truth(t, fromlist); err != nil {
			return Value{}, err
		}
	}
	if !hasFrom {
		if level == 0 || len(name) > 0 {
			dot := strings.IndexByte(name, '.')
			switch {
			case dot < 0:
				return mod, nil
			case level == 0:
				return t.importModuleLevel(StrValue(name[:dot]), Value{}, Value{}, Int(0))
			default:
				cut := len(name) - dot
				want := absName[:len(absName)-cut]
				m, ok, err := t.in.Modules.GetStr(t, Intern(want))
				if err != nil {
					return Value{}, err
				}
				if !ok {
					return Value{}, NewError(&KeyErrorType, "%s not in sys.modules as expected", pyStrRepr(t, want))
				}
				return m, nil
			}
		}
		return mod, nil
	}
	path, err := getAttrOrNull(t, mod, "__path__")
	if err != nil {
		return Value{}, err
	}
	if path.IsNull() {
		return mod, nil
	}
	return t.handleFromlist(mod, fromlist, false)
}

// getAttrOrNull is getattr(v, name, <null>): AttributeError becomes a
// null Value.
func getAttrOrNull(t *Thread, v Value, name string) (Value, error) {
	r, err := GetAttrString(t, v, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&AttributeErrorType) {
			return Value{}, nil
		}
		return Value{}, err
	}
	return r, nil
}

// resolveName is import.c's resolve_name: the absolute name of a relative
// import from the module whose globals are given.
func (t *Thread) resolveName(name string, globals Value, level int) (string, error) {
	if globals.IsNull() {
		return "", newException(&KeyErrorType, StrValue("'__name__' not in globals"))
	}
	g, ok := asDict(globals)
	if !ok {
		return "", NewError(&TypeErrorType, "globals must be a dict")
	}
	pkg, havePkg, err := g.GetStr(t, Intern("__package__"))
	if err != nil {
		return "", err
	}
	spec, haveSpec, err := g.GetStr(t, Intern("__spec__"))
	if err != nil {
		return "", err
	}
	var pkgName string
	switch {
	case havePkg && !pkg.IsNone():
		s, ok := asStr(pkg)
		if !ok {
			return "", NewError(&TypeErrorType, "package must be a string")
		}
		pkgName = s.s
	case haveSpec && !spec.IsNone():
		p, err := GetAttrString(t, spec, "parent")
		if err != nil {
			return "", err
		}
		s, ok := asStr(p)
		if !ok {
			return "", NewError(&TypeErrorType, "__spec__.parent must be a string")
		}
		pkgName = s.s
	default:
		// CPython warns (ImportWarning) and falls back on __name__.
		n, ok, err := g.GetStr(t, Intern("__name__"))
		if err != nil {
			return "", err
		}
		if !ok {
			return "", NewError(&KeyErrorType, "'__name__' not in globals")
		}
		s, ok := asStr(n)
		if !ok {
			return "", NewError(&TypeErrorType, "__name__ must be a string")
		}
		pkgName = s.s
		if _, isPkg, _ := g.GetStr(t, Intern("__path__")); !isPkg {
			pkgName, _, _ = rpartition(pkgName)
		}
	}
	if pkgName == "" {
		return "", importError(t, &ImportErrorType, "attempted relative import with no known parent package", Value{}, Value{})
	}
	base := pkgName
	for i := 1; i < level; i++ {
		j := strings.LastIndexByte(base, '.')
		if j < 0 {
			return "", importError(t, &ImportErrorType, "attempted relative import beyond top-level package", Value{}, Value{})
		}
		base = base[:j]
	}
	if name == "" {
		return base, nil
	}
	return base + "." + name, nil
}

// importAbs returns sys.modules[name], importing it when it is missing or
// still initializing (_find_and_load).
func (t *Thread) importAbs(name string) (Value, error) {
	mod, ok, err := t.in.Modules.GetStr(t, Intern(name))
	if err != nil {
		return Value{}, err
	}
	if ok && !mod.IsNone() {
		return mod, nil
	}
	if ok && mod.IsNone() {
		return Value{}, importError(t, &ModuleNotFoundErrorType, "import of "+name+" halted; None in sys.modules", StrValue(name), Value{})
	}
	return t.findAndLoad(name)
}

// findAndLoad is importlib's _find_and_load_unlocked.
func (t *Thread) findAndLoad(name string) (Value, error) {
	in := t.in
	parent, _, child := rpartition(name)
	var path []string
	var parentMod Value
	if parent != "" {
		if _, ok, err := in.Modules.GetStr(t, Intern(parent)); err != nil {
			return Value{}, err
		} else if !ok {
			if _, err := t.importAbs(parent); err != nil {
				return Value{}, err
			}
		}
		if m, ok, err := in.Modules.GetStr(t, Intern(name)); err != nil || ok {
			return m, err
		}
		pm, ok, err := in.Modules.GetStr(t, Intern(parent))
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, NewError(&KeyErrorType, "%s", pyStrRepr(t, parent))
		}
		parentMod = pm
		pv, err := getAttrOrNull(t, pm, "__path__")
		if err != nil {
			return Value{}, err
		}
		if pv.IsNull() {
			return Value{}, importError(t, &ModuleNotFoundErrorType,
				"No module named "+pyStrRepr(t, name)+"; "+pyStrRepr(t, parent)+" is not a package", StrValue(name), Value{})
		}
		items, err := iterateToSlice(t, pv)
		if err != nil {
			return Value{}, err
		}
		path = []string{}
		for _, it := range items {
			if s, ok := asStr(it); ok {
				path = append(path, s.s)
			}
		}
	}
	spec, err := t.findSpec(name, path)
	if err != nil {
		return Value{}, err
	}
	if spec == nil {
		if parent == "" && cModules[name] {
			return Value{}, importError(t, &ModuleNotFoundErrorType,
				"pyjit does not support the C module "+pyStrRepr(t, name)+" yet", StrValue(name), Value{})
		}
		return Value{}, noModule(t, name)
	}
	mod, err := t.loadSpec(spec)
	if err != nil {
		return Value{}, err
	}
	if parent != "" {
		if pm, ok, _ := in.Modules.GetStr(t, Intern(parent)); ok {
			parentMod = pm
		}
		// CPython only warns when the parent refuses the attribute.
		if err := SetAttr(t, parentMod, Intern(child), mod); err != nil {
			if e, ok := err.(*Exception); !ok || !e.typ.IsSubtype(&AttributeErrorType) {
				return Value{}, err
			}
		}
	}
	return mod, nil
}

// handleFromlist is importlib's _handle_fromlist: it imports the
// submodules named in fromlist that are not attributes of the package.
func (t *Thread) handleFromlist(mod, fromlist Value, recursive bool) (Value, error) {
	items, err := iterateToSlice(t, fromlist)
	if err != nil {
		return Value{}, err
	}
	for _, x := range items {
		s, ok := asStr(x)
		if !ok {
			where := "``from list''"
			if recursive {
				n, err := GetAttrString(t, mod, "__name__")
				if err != nil {
					return Value{}, err
				}
				ns, err := StrString(t, n)
				if err != nil {
					return Value{}, err
				}
				where = ns + ".__all__"
			}
			return Value{}, NewError(&TypeErrorType, "Item in %s must be str, not %s", where, typeName(x))
		}
		if s.s == "*" {
			if recursive {
				continue
			}
			all, err := getAttrOrNull(t, mod, "__all__")
			if err != nil {
				return Value{}, err
			}
			if !all.IsNull() {
				if _, err := t.handleFromlist(mod, all, true); err != nil {
					return Value{}, err
				}
			}
			continue
		}
		has, err := getAttrOrNull(t, mod, s.s)
		if err != nil {
			return Value{}, err
		}
		if !has.IsNull() {
			continue
		}
		n, err := GetAttrString(t, mod, "__name__")
		if err != nil {
			return Value{}, err
		}
		ns, err := StrString(t, n)
		if err != nil {
			return Value{}, err
		}
		fromName := ns + "." + s.s
		if _, err := t.importModuleLevel(StrValue(fromName), Value{}, Value{}, Int(0)); err != nil {
			e, ok := err.(*Exception)
			if ok && e.typ.IsSubtype(&ModuleNotFoundErrorType) {
				en, _ := e.attrs.Get(t, Intern("name"))
				if es, ok := asStr(en); ok && es.s == fromName {
					v, found, _ := t.in.Modules.GetStr(t, Intern(fromName))
					if !found || !v.IsNone() {
						continue
					}
				}
			}
			return Value{}, err
		}
	}
	return mod, nil
}
