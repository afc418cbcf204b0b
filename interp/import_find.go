package interp

// This file finds and loads modules: the Go-implemented built-in modules
// first (CPython's BuiltinImporter), then source files along sys.path or
// a package's __path__ (PathFinder and FileFinder, .py only), and
// executes a module's code with the compiled-code cache.

import (
	"errors"
	"os"
	"path/filepath"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
)

// specKind says how a found module is loaded.
type specKind uint8

const (
	specBuiltin specKind = iota
	specSource
	specNamespace
)

// moduleSpec is what finding a module produced (importlib's ModuleSpec).
type moduleSpec struct {
	name   string
	kind   specKind
	origin string   // the source file, for specSource
	search []string // submodule_search_locations; nil for plain modules
}

// builtinModules are the modules implemented in Go, by name.
// (filled by init: the constructors reach the eval loop, which reaches
// this table).
var builtinModules = map[string]func(in *Interpreter) *Module{}

// cModules are CPython's modules written in C (built in or in
// lib-dynload) that pyjit does not implement: importing one says so
// instead of "No module named".
var cModules = map[string]bool{}

func init() {
	builtinModules["math"] = makeMathModule
	builtinModules["time"] = makeTimeModule
	for _, n := range []string{"_abc", "_ast", "_asyncio", "_bisect", "_blake2", "_bz2", "_codecs",
		"_codecs_cn", "_codecs_hk", "_codecs_iso2022", "_codecs_jp", "_codecs_kr", "_codecs_tw",
		"_collections", "_contextvars", "_crypt", "_csv", "_ctypes", "_curses", "_curses_panel",
		"_datetime", "_dbm", "_decimal", "_elementtree", "_functools", "_gdbm", "_hashlib", "_heapq",
		"_imp", "_io", "_json", "_locale", "_lsprof", "_lzma", "_md5", "_multibytecodec",
		"_multiprocessing", "_opcode", "_operator", "_pickle", "_posixshmem", "_posixsubprocess",
		"_queue", "_random", "_sha1", "_sha256", "_sha3", "_sha512", "_signal", "_socket", "_sqlite3",
		"_sre", "_ssl", "_stat", "_statistics", "_string", "_struct", "_symtable", "_thread",
		"_tokenize", "_tracemalloc", "_typing", "_uuid", "_warnings", "_weakref", "_zoneinfo",
		"_frozen_importlib", "_frozen_importlib_external", "_xxsubinterpreters", "array", "atexit",
		"audioop", "binascii", "cmath", "errno", "faulthandler", "fcntl", "gc", "grp", "itertools",
		"marshal", "mmap", "nis", "ossaudiodev", "posix", "pwd", "pyexpat", "readline", "resource",
		"select", "spwd", "syslog", "termios", "unicodedata", "zlib", "xxsubtype"} {
		cModules[n] = true
	}
}

// findSpec finds name: built-in modules for top-level names, then the
// path entries (sys.path when path is nil). It returns nil when nothing
// matches.
func (t *Thread) findSpec(name string, path []string) (*moduleSpec, error) {
	if path == nil {
		if _, ok := builtinModules[name]; ok {
			return &moduleSpec{name: name, kind: specBuiltin}, nil
		}
		var err error
		if path, err = t.sysPath(); err != nil {
			return nil, err
		}
	}
	_, _, tail := rpartition(name)
	var portions []string
	for _, entry := range path {
		dir := entry
		if dir == "" {
			// CPython's PathFinder turns '' into the working directory.
			wd, err := os.Getwd()
			if err != nil {
				continue
			}
			dir = wd
		}
		base := filepath.Join(dir, tail)
		if isDir(base) {
			if init := filepath.Join(base, "__init__.py"); isFile(init) {
				return &moduleSpec{name: name, kind: specSource, origin: init, search: []string{base}}, nil
			}
			// A directory without __init__.py may be a namespace
			// portion, unless a module file of the same name comes later
			// in this same entry.
			if f := base + ".py"; isFile(f) {
				return &moduleSpec{name: name, kind: specSource, origin: f}, nil
			}
			portions = append(portions, base)
			continue
		}
		if f := base + ".py"; isFile(f) {
			return &moduleSpec{name: name, kind: specSource, origin: f}, nil
		}
	}
	if len(portions) > 0 {
		return &moduleSpec{name: name, kind: specNamespace, search: portions}, nil
	}
	return nil, nil
}

func isDir(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.Mode().IsRegular()
}

// sysPath returns the str entries of sys.path.
func (t *Thread) sysPath() ([]string, error) {
	sys, ok, err := t.in.Modules.GetStr(t, Intern("sys"))
	if err != nil || !ok {
		return nil, err
	}
	pv, err := getAttrOrNull(t, sys, "path")
	if err != nil || pv.IsNull() {
		return nil, err
	}
	items, err := iterateToSlice(t, pv)
	if err != nil {
		return nil, err
	}
	var out []string
	for _, it := range items {
		if s, ok := asStr(it); ok {
			out = append(out, s.s)
		}
	}
	return out, nil
}

// specValue is the module's __spec__ object.
func (in *Interpreter) specValue(s *moduleSpec) Value {
	switch s.kind {
	case specBuiltin:
		return in.newSpec(s.name, in.imp.bltImporter, StrValue("built-in"), nil)
	case specNamespace:
		return in.newSpec(s.name, in.nsLoaderFor(s), None, s.search)
	}
	spec := in.newSpec(s.name, in.srcLoaderFor(s), StrValue(s.origin), s.search)
	_ = SetAttr(in.main, spec, Intern("cached"), StrValue(bytecode.CachePath(s.origin)))
	_ = SetAttr(in.main, spec, Intern("has_location"), True)
	return spec
}

func (in *Interpreter) srcLoaderFor(s *moduleSpec) Value {
	l, err := Call(in.main, in.imp.srcLoader, nil, nil)
	if err != nil {
		return None
	}
	_ = SetAttr(in.main, l, Intern("name"), StrValue(s.name))
	_ = SetAttr(in.main, l, Intern("path"), StrValue(s.origin))
	return l
}

func (in *Interpreter) nsLoaderFor(s *moduleSpec) Value {
	l, err := Call(in.main, in.imp.nsLoader, nil, nil)
	if err != nil {
		return None
	}
	return l
}

// loadSpec is importlib's _load_unlocked: create the module, register it
// in sys.modules, execute it (removing it again if that fails), and return
// whatever sys.modules holds for the name afterwards.
func (t *Thread) loadSpec(s *moduleSpec) (Value, error) {
	in := t.in
	key := Intern(s.name)
	if s.kind == specBuiltin {
		m := builtinModules[s.name](in)
		in.initBuiltinModule(m)
		v := FromObject(&m.Object)
		return v, in.Modules.SetItem(t, FromObject(&key.Object), v)
	}
	spec := in.specValue(s)
	m := NewModule(s.name)
	set := func(k string, v Value) { m.Dict.setStrNoErr(Intern(k), v) }
	pkg, _, _ := rpartition(s.name)
	if s.search != nil {
		pkg = s.name
	}
	set("__package__", StrValue(pkg))
	loader, _ := GetAttrString(t, spec, "loader")
	set("__loader__", loader)
	set("__spec__", spec)
	if s.kind == specNamespace {
		set("__file__", None)
	}
	if s.search != nil {
		set("__path__", pathList(s.search))
	}
	var code *bytecode.Code
	if s.kind == specSource {
		set("__file__", StrValue(s.origin))
		set("__cached__", StrValue(bytecode.CachePath(s.origin)))
		var err error
		if code, err = in.compileModule(s.origin); err != nil {
			return Value{}, err
		}
	}
	mv := FromObject(&m.Object)
	_ = SetAttr(t, spec, Intern("_initializing"), True)
	defer SetAttr(t, spec, Intern("_initializing"), False)
	if err := in.Modules.SetItem(t, FromObject(&key.Object), mv); err != nil {
		return Value{}, err
	}
	if code != nil {
		set("__builtins__", FromObject(&in.Builtins.Object))
		if err := t.execModuleCode(code, m); err != nil {
			_, _, _ = in.Modules.Pop(t, FromObject(&key.Object))
			return Value{}, err
		}
	}
	// The module may have replaced itself in sys.modules; CPython pops and
	// re-adds the entry, which also moves it to the end.
	v, ok, err := in.Modules.Pop(t, FromObject(&key.Object))
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, newException(&KeyErrorType, StrValue(s.name))
	}
	return v, in.Modules.SetItem(t, FromObject(&key.Object), v)
}

// execModuleCode runs module code with the module's namespace as globals
// and locals.
func (t *Thread) execModuleCode(code *bytecode.Code, m *Module) error {
	co, err := NewCodeObject(code)
	if err != nil {
		return err
	}
	f := newFrame(co, m.Dict, t.in.Builtins)
	f.locals = m.Dict
	_, err = t.run(f)
	return err
}

// compileModule returns the code of a source file, from its cache file
// when that is current, else compiling it and (unless DontWriteBytecode)
// writing the cache. Caches hold unoptimized code only, so -O compiles.
func (in *Interpreter) compileModule(path string) (*bytecode.Code, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, osError(err, path)
	}
	useCache := in.Optimize == 0
	if useCache {
		if code, ok := bytecode.LoadCache(path, st.Size(), st.ModTime()); ok {
			return code, nil
		}
	}
	src, err := os.ReadFile(path)
	if err != nil {
		return nil, osError(err, path)
	}
	in.rememberSource(path, src)
	code, err := compiler.CompileSource(src, path, parser.Exec, compiler.Options{Optimize: in.Optimize})
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			return nil, newSyntaxError(se)
		}
		return nil, NewError(&SystemErrorType, "compile: %v", err)
	}
	if useCache && !in.DontWriteBytecode {
		// A read-only directory is not an error: the module still runs.
		_ = bytecode.StoreCache(path, st.Size(), st.ModTime(), code)
	}
	return code, nil
}

// osError turns a file error into OSError with CPython's message shape.
func osError(err error, path string) *Exception {
	// The OSError CPython raises: errno attributes, glibc's message.
	return goOSError(err, StrValue(path))
}
