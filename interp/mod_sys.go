package interp

// This file builds the sys module: the interpreter's streams, sys.modules
// and sys.path, version information as struct sequences, flags, and the
// recursion-limit and exit functions.

import (
	"runtime"
	"sort"
	"strings"
	"sync"
)

// structSeqType makes a named-tuple-like type such as sys.version_info:
// a tuple subclass with one read-only attribute per field and CPython's
// repr "sys.version_info(major=3, ...)".
func structSeqType(name string, fields []string) *Type {
	tp := &Type{Name: name}
	initBuiltinType(tp, "", &TupleType)
	tp.Base = &TupleType
	for i, f := range fields {
		i := i
		addGetSet(tp, f, func(t *Thread, v Value) (Value, error) {
			return mustTuple(v).items[i], nil
		}, nil)
	}
	addSlotWrappers(tp)
	inheritSlots(tp)
	tp.Slots.Repr = func(t *Thread, v Value) (Value, error) {
		var b strings.Builder
		b.WriteString(name + "(")
		for i, it := range mustTuple(v).items {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := ReprString(t, it)
			if err != nil {
				return Value{}, err
			}
			b.WriteString(fields[i] + "=" + r)
		}
		b.WriteString(")")
		return StrValue(b.String()), nil
	}
	tp.Slots.New = nil
	return tp
}

var (
	sysTypesOnce   sync.Once
	versionInfoTyp *Type
	flagsTyp       *Type
)

var sysFlagNames = []string{"debug", "inspect", "interactive", "optimize", "dont_write_bytecode",
	"no_user_site", "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
	"hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path",
	"int_max_str_digits"}

func sysTypes() {
	sysTypesOnce.Do(func() {
		versionInfoTyp = structSeqType("sys.version_info", []string{"major", "minor", "micro", "releaselevel", "serial"})
		flagsTyp = structSeqType("sys.flags", sysFlagNames)
	})
}

// makeSys builds the sys module.
func makeSys(in *Interpreter) *Module {
	sysTypes()
	m := NewModule("sys")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	in.makeStdStreams()
	set("stdin", in.stdinObj)
	set("__stdin__", in.stdinObj)
	set("stdout", in.stdoutObj)
	set("stderr", in.stderrObj)
	set("__stdout__", in.stdoutObj)
	set("__stderr__", in.stderrObj)
	set("modules", FromObject(&in.Modules.Object))
	argv := make([]Value, len(in.Argv))
	for i, a := range in.Argv {
		argv[i] = StrValue(a)
	}
	set("argv", NewListValue(argv))
	set("orig_argv", NewListValue(append([]Value{StrValue(in.executable())}, argv...)))
	set("path", pathList(in.makeSysPath("")))
	set("executable", StrValue(in.executable()))
	set("platform", StrValue(runtime.GOOS))
	set("maxsize", Int(1<<63-1))
	set("maxunicode", Int(0x10ffff))
	set("byteorder", StrValue("little"))
	set("version", StrValue("3.11.2 (pyjit) [Go "+strings.TrimPrefix(runtime.Version(), "go")+"]"))
	set("hexversion", Int(0x030b02f0))
	set("api_version", Int(1013))
	vi := &Tuple{Object: Object{typ: versionInfoTyp}, items: []Value{Int(3), Int(11), Int(2), StrValue("final"), Int(0)}}
	set("version_info", FromObject(&vi.Object))
	set("implementation", in.sysImplementation(FromObject(&vi.Object)))
	set("implementation_name", StrValue("pyjit"))
	dwb := 0
	if in.DontWriteBytecode {
		dwb = 1
	}
	set("dont_write_bytecode", Bool(in.DontWriteBytecode))
	flags := make([]Value, len(sysFlagNames))
	for i, n := range sysFlagNames {
		switch n {
		case "optimize":
			flags[i] = Int(int64(in.Optimize))
		case "dont_write_bytecode":
			flags[i] = Int(int64(dwb))
		case "hash_randomization":
			flags[i] = Int(1)
		case "dev_mode", "safe_path":
			flags[i] = False
		case "int_max_str_digits":
			flags[i] = Int(-1)
		default:
			flags[i] = Int(0)
		}
	}
	set("flags", FromObject(&(&Tuple{Object: Object{typ: flagsTyp}, items: flags}).Object))
	// Every Go-implemented module is built in (os.py looks for posix
	// here).
	mods := []string{"builtins", "sys"}
	for n := range builtinModules {
		mods = append(mods, n)
	}
	sort.Strings(mods)
	names := make([]Value, 0, len(mods))
	for _, n := range mods {
		names = append(names, StrValue(n))
	}
	set("builtin_module_names", NewTupleValue(names))
	set("warnoptions", NewListValue(nil))
	set("_xoptions", FromObject(&NewDict().Object))
	set("meta_path", NewListValue(nil))
	set("path_hooks", NewListValue(nil))
	set("path_importer_cache", FromObject(&NewDict().Object))
	set("_stdlib_dir", StrValue(in.stdlibDir()))
	set("prefix", StrValue("/usr"))
	set("exec_prefix", StrValue("/usr"))
	set("base_prefix", StrValue("/usr"))
	set("base_exec_prefix", StrValue("/usr"))
	set("pycache_prefix", None)
	set("dont_write_bytecode", Bool(in.DontWriteBytecode))
	fn := func(name string, f BuiltinFn) { set(name, FromObject(&NewBuiltin(name, f).Object)) }
	fn("getrecursionlimit", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Int(int64(t.in.RecursionLimit)), exactArgs("getrecursionlimit", args, kw, 0)
	})
	fn("setrecursionlimit", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("setrecursionlimit", args, kw, 1); err != nil {
			return Value{}, err
		}
		if args[0].IsFloat() {
			return Value{}, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		iv, err := indexValue(t, args[0], "")
		if err != nil {
			return Value{}, err
		}
		n, ok := smallInt(iv)
		if !ok || n > 1<<31-1 || n < -1<<31 {
			return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C int")
		}
		if n < 1 {
			return Value{}, NewError(&ValueErrorType, "recursion limit must be greater or equal than 1")
		}
		if t.depth >= int(n) {
			return Value{}, NewError(&RecursionErrorType, "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low", n, t.depth)
		}
		t.in.RecursionLimit = int(n)
		return None, nil
	})
	fn("exc_info", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if t.excInfo == nil {
			return NewTupleValue([]Value{None, None, None}), nil
		}
		e := t.excInfo
		tb := None
		if e.Traceback != nil {
			tb = FromObject(&e.Traceback.Object)
		}
		return NewTupleValue([]Value{TypeValue(e.typ), e.Value(), tb}), nil
	})
	fn("exit", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("exit", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		// args may alias the caller's value stack: keep a copy.
		e := newException(&SystemExitType, append([]Value(nil), args...)...)
		code := None
		if len(args) == 1 {
			code = args[0]
		}
		e.attrs.Set(t, internStatic("code"), code)
		return Value{}, e
	})
	fn("getdefaultencoding", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return StrValue("utf-8"), exactArgs("getdefaultencoding", args, kw, 0)
	})
	addSysExtras(in, m)
	fn("displayhook", sysDisplayHook)
	if h, ok, _ := m.Dict.GetStr(nil, Intern("displayhook")); ok {
		set("__displayhook__", h)
	}
	fn("intern", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("intern", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "intern() argument must be str, not %s", typeName(args[0]))
		}
		if args[0].Type() != &StrType {
			return Value{}, NewError(&TypeErrorType, "can't intern %s", typeName(args[0]))
		}
		return FromObject(&Intern(s.s).Object), nil
	})
	fn("getfilesystemencoding", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return StrValue("utf-8"), exactArgs("getfilesystemencoding", args, kw, 0)
	})
	// excepthook prints an exception and its traceback to stderr, as the
	// interpreter does for an uncaught one (threading saves it at import).
	fn("excepthook", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("excepthook", args, kw, 3); err != nil {
			return Value{}, err
		}
		e, ok := asException(args[1])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "print_exception(): Exception expected for value, %s found", typeName(args[1]))
		}
		var b strings.Builder
		t.PrintException(&b, e)
		t.in.Stdout.Flush()
		t.in.Stderr.WriteString(b.String())
		return None, nil
	})
	if h, ok, _ := m.Dict.GetStr(nil, Intern("excepthook")); ok {
		set("__excepthook__", h)
	}
	// No audit hooks can be installed, so audit events go nowhere.
	fn("audit", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(args)-len(kw) < 1 {
			return Value{}, NewError(&TypeErrorType, "audit() missing 1 required positional argument: 'event'")
		}
		if !isStr(args[0]) {
			return Value{}, NewError(&TypeErrorType, "expected str for argument 'event', not %s", typeName(args[0]))
		}
		return None, nil
	})
	fn("getfilesystemencodeerrors", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return StrValue("surrogateescape"), exactArgs("getfilesystemencodeerrors", args, kw, 0)
	})
	return m
}

// sysImplementation is sys.implementation, a SimpleNamespace-like object
// (an instance of a plain class named types.SimpleNamespace).
func (in *Interpreter) sysImplementation(versionInfo Value) Value {
	t := in.main
	tp, err := makeSimpleNamespaceType(t)
	if err != nil {
		return None
	}
	obj, err := Call(t, TypeValue(tp), nil, nil)
	if err != nil {
		return None
	}
	_ = SetAttr(t, obj, Intern("name"), StrValue("pyjit"))
	_ = SetAttr(t, obj, Intern("cache_tag"), StrValue("pyjit-0"))
	_ = SetAttr(t, obj, Intern("version"), versionInfo)
	_ = SetAttr(t, obj, Intern("hexversion"), Int(0x030b02f0))
	// Debian's sysconfig names its data module after the multiarch
	// triplet (_sysconfigdata__x86_64-linux-gnu).
	if ma, ok := multiarch[runtime.GOARCH]; ok && runtime.GOOS == "linux" {
		_ = SetAttr(t, obj, Intern("_multiarch"), StrValue(ma))
	}
	return obj
}

// multiarch is the Debian multiarch triplet of each Go architecture.
var multiarch = map[string]string{"amd64": "x86_64-linux-gnu", "arm64": "aarch64-linux-gnu"}
