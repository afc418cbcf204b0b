package interp

// This file defines module objects, the text streams behind sys.stdout and
// sys.stderr, the global name interning table, and type setup order.

import (
	"bufio"
	"io"
	"sync"
)

// Module and stream types.
var (
	ModuleType     = Type{Name: "module"}
	TextStreamType = Type{Name: "_io.TextIOWrapper"}
)

// Module is a module object.
type Module struct {
	Object
	Name string
	Dict *Dict
}

// NewModule makes a module with __name__ set.
func NewModule(name string) *Module {
	m := &Module{Object: Object{typ: &ModuleType}, Name: name, Dict: NewDict()}
	m.Dict.setStrNoErr(internStatic("__name__"), StrValue(name))
	m.Dict.setStrNoErr(internStatic("__doc__"), None)
	return m
}

func moduleRepr(t *Thread, v Value) (Value, error) {
	m := objectAs[Module](v.ref)
	if f, ok, _ := m.Dict.GetStr(t, internStatic("__file__")); ok {
		fs, _ := StrString(t, f)
		return StrValue("<module '" + m.Name + "' from '" + fs + "'>"), nil
	}
	return StrValue("<module '" + m.Name + "' (built-in)>"), nil
}

// textStream is a minimal text file over a Go writer.
type textStream struct {
	Object
	name       string
	w          *bufio.Writer
	raw        io.Writer
	unbuffered bool
}

func newTextStream(in *Interpreter, name string, w *bufio.Writer, raw io.Writer) Value {
	return FromObject(&(&textStream{Object: Object{typ: &TextStreamType}, name: name, w: w, raw: raw}).Object)
}

func setupModuleTypes() {
	initBuiltinType(&ModuleType, "")
	ModuleType.Slots = Slots{Repr: moduleRepr}
	addGetSet(&ModuleType, "__dict__", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[Module](v.ref).Dict.Object), nil
	}, nil)
	ts := &TextStreamType
	initBuiltinType(ts, "")
	ts.Module = "_io"
	addMethod(ts, "write", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("write", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "write() argument must be str, not %s", typeName(args[0]))
		}
		if err := writeTo(t, self, s.s); err != nil {
			return Value{}, err
		}
		return Int(int64(s.Len())), nil
	})
	addMethod(ts, "flush", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return None, objectAs[textStream](self.ref).w.Flush()
	})
	ts.Slots.Repr = func(t *Thread, v Value) (Value, error) {
		return StrValue("<_io.TextIOWrapper name='" + objectAs[textStream](v.ref).name + "' mode='w' encoding='utf-8'>"), nil
	}
}

// makeSys builds a minimal sys module.
func makeSys(in *Interpreter) *Module {
	m := NewModule("sys")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
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
	set("maxsize", Int(1<<63-1))
	set("version_info", NewTupleValue([]Value{Int(3), Int(11), Int(2), StrValue("final"), Int(0)}))
	set("implementation_name", StrValue("pyjit"))
	fn := func(name string, f BuiltinFn) { set(name, FromObject(&NewBuiltin(name, f).Object)) }
	fn("getrecursionlimit", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Int(int64(t.in.RecursionLimit)), exactArgs("getrecursionlimit", args, kw, 0)
	})
	fn("setrecursionlimit", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("setrecursionlimit", args, kw, 1); err != nil {
			return Value{}, err
		}
		n, ok := smallInt(args[0])
		if !ok || !isIntLike(args[0]) {
			return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		if n < 1 {
			return Value{}, NewError(&ValueErrorType, "recursion limit must be greater or equal than 1")
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
		e := newException(&SystemExitType, args...)
		code := None
		if len(args) == 1 {
			code = args[0]
		}
		e.attrs.Set(t, internStatic("code"), code)
		return Value{}, e
	})
	return m
}

// internTable holds the interned strings: identifiers in code objects,
// attribute names and builtin namespace keys share one *Str per
// spelling, so lookups can compare pointers first. It only grows, and
// every entry is immutable.
var internTable sync.Map

// Intern returns the interned str for s.
func Intern(s string) *Str {
	if v, ok := internTable.Load(s); ok {
		return v.(*Str)
	}
	st := NewStr(s)
	st.Hash()
	v, _ := internTable.LoadOrStore(s, st)
	return v.(*Str)
}

// internStatic is Intern for names the interpreter itself uses.
func internStatic(s string) *Str { return Intern(s) }

// setupTypes fills every builtin type, in dependency order. It runs from
// the init of typesetup.go, after types.go's init has given the core
// types their MROs.
func setupTypes() {
	// Namespaces first: every setup below adds to them.
	for _, tp := range []*Type{&TypeType, &ObjectType, &IntType, &BoolType, &FloatType, &NoneType} {
		tp.Dict = NewDict()
	}
	setupDescrTypes()
	setupObjectAndType()
	setupNumbers()
	initBuiltinType(&StrType, "")
	setupStr()
	setupTuple()
	setupList()
	setupDict()
	setupSet()
	setupSlice()
	setupIters()
	setupFunctionTypes()
	setupPyDescr()
	setupExceptions()
	setupGenerator()
	setupTraceback()
	setupModuleTypes()
	for _, tp := range allBuiltinTypes() {
		addSlotWrappers(tp)
	}
	for _, tp := range allBuiltinTypes() {
		if tp != &ObjectType {
			inheritSlots(tp)
		}
	}
}

func allBuiltinTypes() []*Type {
	ts := []*Type{&ObjectType, &TypeType, &IntType, &BoolType, &FloatType, &NoneType, &NotImplementedType,
		&EllipsisType, &StrType, &StrIterType, &TupleType, &TupleIterType, &ListType, &ListIterType,
		&ListRevIterType, &DictType, &DictKeysType, &DictValuesType, &DictItemsType, &DictKeyIterType,
		&DictValueIterType, &DictItemIterType, &SetType, &FrozenSetType, &SetIterType, &SliceType,
		&RangeType, &RangeIterType, &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType,
		&SeqIterType, &CodeType, &FunctionType, &MethodType, &CellType, &BuiltinFunctionType,
		&MethodDescrType, &WrapperDescrType, &ClassMethodDescrType, &GetSetDescrType, &PropertyType,
		&ClassMethodType, &StaticMethodType, &SuperType, &GeneratorType, &TracebackType, &FrameType,
		&ModuleType, &TextStreamType}
	for _, row := range exceptionTable {
		ts = append(ts, row.typ)
	}
	return ts
}
