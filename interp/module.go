package interp

// This file defines module objects, the text streams behind sys.stdout and
// sys.stderr, the global name interning table, and type setup order.

import (
	"bufio"
	"io"
	"sync"
	"sync/atomic"
	"unsafe"
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

// moduleRepr is importlib's _module_repr: from __spec__ when there is
// one, else from __file__ and __loader__.
func moduleRepr(t *Thread, v Value) (Value, error) {
	m := objectAs[Module](v.ref)
	name := pyStrRepr(t, m.Name)
	get := func(d *Dict, k string) Value {
		r, ok, _ := d.GetStr(t, Intern(k))
		if !ok {
			return Value{}
		}
		return r
	}
	if spec := get(m.Dict, "__spec__"); !spec.IsNull() && !spec.IsNone() {
		return moduleReprFromSpec(t, spec)
	}
	if f := get(m.Dict, "__file__"); !f.IsNull() {
		fr, err := ReprString(t, f)
		if err != nil {
			return Value{}, err
		}
		return StrValue("<module " + name + " from " + fr + ">"), nil
	}
	if l := get(m.Dict, "__loader__"); !l.IsNull() && !l.IsNone() {
		lr, err := ReprString(t, l)
		if err != nil {
			return Value{}, err
		}
		return StrValue("<module " + name + " (" + lr + ")>"), nil
	}
	return StrValue("<module " + name + ">"), nil
}

// moduleReprFromSpec is importlib's _module_repr_from_spec.
func moduleReprFromSpec(t *Thread, spec Value) (Value, error) {
	attr := func(k string) Value {
		r, err := getAttrOrNull(t, spec, k)
		if err != nil || r.IsNull() {
			return None
		}
		return r
	}
	name := "'?'"
	if n := attr("name"); !n.IsNone() {
		s, err := ReprString(t, n)
		if err != nil {
			return Value{}, err
		}
		name = s
	}
	origin, loader := attr("origin"), attr("loader")
	if origin.IsNone() {
		if loader.IsNone() {
			return StrValue("<module " + name + ">"), nil
		}
		lr, err := ReprString(t, loader)
		if err != nil {
			return Value{}, err
		}
		return StrValue("<module " + name + " (" + lr + ")>"), nil
	}
	if hl, err := Truth(t, attr("has_location")); err == nil && hl {
		or, err := ReprString(t, origin)
		if err != nil {
			return Value{}, err
		}
		return StrValue("<module " + name + " from " + or + ">"), nil
	}
	os, err := StrString(t, origin)
	if err != nil {
		return Value{}, err
	}
	return StrValue("<module " + name + " (" + os + ")>"), nil
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
	ModuleType.Slots = Slots{Repr: moduleRepr, New: moduleNew, Init: moduleInit}
	ModuleType.Flags |= FlagBaseType
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

// internTable holds the interned strings: identifiers in code objects,
// attribute names and builtin namespace keys share one *Str per
// spelling, so lookups can compare pointers first. It only grows, and
// every entry is immutable.
var internTable sync.Map

// Intern returns the interned str for s.
func Intern(s string) *Str {
	// Most callers pass string constants of the Go program: a cache
	// indexed by the string's address answers them without hashing (the
	// comparison that validates a hit sees equal pointers and is cheap).
	slot := &internCache[(uintptr(unsafe.Pointer(unsafe.StringData(s)))>>3^uintptr(len(s)))%uintptr(len(internCache))]
	if st := slot.Load(); st != nil && st.s == s {
		return st
	}
	if v, ok := internTable.Load(s); ok {
		st := v.(*Str)
		slot.Store(st)
		return st
	}
	st := NewStr(s)
	// Fill the lazy caches before other interpreters can see st.
	st.Hash()
	st.Len()
	v, _ := internTable.LoadOrStore(s, st)
	return v.(*Str)
}

// internCache fronts internTable (see Intern).
var internCache [1024]atomic.Pointer[Str]

// internStatic is Intern for names the interpreter itself uses.
func internStatic(s string) *Str { return Intern(s) }

// setupTypes fills every builtin type, in dependency order. It runs from
// the init of typesetup.go, after types.go's init has given the core
// types their MROs.
func setupTypes() {
	// Namespaces first: every setup below adds to them.
	for _, tp := range []*Type{&TypeType, &ObjectType, &IntType, &BoolType, &FloatType, &NoneType} {
		tp.Dict = NewDict()
		tp.Dict.owner = tp
	}
	setupDescrTypes()
	setupObjectAndType()
	setupNumbers()
	initBuiltinType(&StrType, "")
	setupStr()
	setupBytes()
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
	setupCoroutines()
	setupTraceback()
	setupModuleTypes()
	setupObjModel()
	setupBTypes()
	setupBuiltinPickle()
	setupRetypedSubclasses()
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
		&RangeType, &RangeIterType, &LongRangeIterType, &MemoryViewType, &EnumerateType, &ZipType, &MapType, &FilterType, &ReversedType,
		&SeqIterType, &CodeType, &FunctionType, &MethodType, &CellType, &BuiltinFunctionType,
		&MethodDescrType, &WrapperDescrType, &ClassMethodDescrType, &GetSetDescrType, &PropertyType,
		&ClassMethodType, &StaticMethodType, &SuperType, &GeneratorType, &CoroutineType, &CoroWrapperType, &AsyncGeneratorType, &asyncGenASendType, &asyncGenAThrowType, &asyncGenWrapType, &TracebackType, &FrameType,
		&ModuleType, &TextStreamType, &BytesType, &ByteArrayType, &BytesIterType, &ByteArrayIterType,
		&DictRevKeyIterType, &DictRevValueIterType, &DictRevItemIterType}
	for _, row := range exceptionTable {
		ts = append(ts, row.typ)
	}
	return ts
}
