package interp

// This file adds smaller missing pieces of builtin types: the exceptions'
// __reduce__, __setstate__ and __dict__ (copy and pickle of exceptions),
// reversed.__length_hint__, function.__builtins__, super.__get__ and
// type.__prepare__, and the code object attributes.

import "github.com/pyjit/pyjit/bytecode"

func setupMiscMethods() {
	setupCodeAttrs()
	setupAnnotationsAndFlags()
	setupGeneratorAttrs()
	setupFrameAttrs()
	setupExceptionMembers()
	setupExceptionInits()
	addClassMethod(&BaseExceptionGroupType, "__class_getitem__", classGetItem)
	bt := &BaseExceptionType
	noArgMethodOf(bt, "__reduce__", func(t *Thread, self Value) (Value, error) {
		e := objectAs[Exception](self.ref)
		args := NewTupleValue(append([]Value(nil), e.Args...))
		state, err := exceptionState(t, e)
		if err != nil {
			return Value{}, err
		}
		if state != nil {
			return NewTupleValue([]Value{TypeValue(self.Type()), args, FromObject(&state.Object)}), nil
		}
		return NewTupleValue([]Value{TypeValue(self.Type()), args}), nil
	})
	addMethod(bt, "__setstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__setstate__", args, kw, 1); err != nil {
			return Value{}, err
		}
		if args[0].IsNone() {
			return None, nil
		}
		d, ok := asDict(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "state is not a dictionary")
		}
		var err error
		d.Range(func(k, v Value) bool {
			s, ok := asStr(k)
			if !ok {
				err = NewError(&TypeErrorType, "attribute name must be string, not '%s'", typeName(k))
				return false
			}
			err = SetAttr(t, self, s, v)
			return err == nil
		})
		return None, err
	})
	addGetSet(bt, "__dict__", func(t *Thread, v Value) (Value, error) {
		e := objectAs[Exception](v.ref)
		d := e.attrs.Dict()
		if exceptionMemberNames(e.typ) == nil {
			return FromObject(&d.Object), nil
		}
		// The attributes CPython keeps in C members are stored with
		// the instance's; show a dict without them.
		c, err := exceptionState(t, e)
		if err != nil || c == nil {
			return NewDictValue(), err
		}
		return FromObject(&c.Object), nil
	}, func(t *Thread, v, val Value) error {
		d, ok := asDict(val)
		if !ok {
			return NewError(&TypeErrorType, "__dict__ must be a dictionary, not a '%s'", typeName(val))
		}
		a := &objectAs[Exception](v.ref).attrs
		a.dict, a.shape, a.values = d, nil, nil
		return nil
	})

	noArgMethodOf(&ReversedType, "__length_hint__", func(t *Thread, self Value) (Value, error) {
		it := objectAs[seqGetItemIter](self.ref)
		if it.seq.IsNull() {
			return Int(0), nil
		}
		n, err := Len(t, it.seq)
		if err != nil {
			return Value{}, err
		}
		if pos := it.i + 1; pos <= n && pos > 0 {
			return Int(int64(pos)), nil
		}
		return Int(0), nil
	})

	addGetSet(&FunctionType, "__builtins__", func(t *Thread, v Value) (Value, error) {
		f := objectAs[Function](v.ref)
		if f.builtins == nil {
			return FromObject(&t.in.Builtins.Object), nil
		}
		return FromObject(&f.builtins.Object), nil
	}, nil)

	// super.__get__(obj, type=None): an unbound super binds to obj.
	addMethod(&SuperType, "__get__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("__get__", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		s := objectAs[Super](self.ref)
		if args[0].IsNone() && (len(args) == 1 || args[1].IsNone()) {
			return Value{}, NewError(&TypeErrorType, "__get__(None, None) is invalid")
		}
		if args[0].IsNone() || !s.obj.IsNull() && !s.obj.IsNone() || s.thisType == nil {
			return self, nil
		}
		return Call(t, TypeValue(self.Type()), []Value{TypeValue(s.thisType), args[0]}, nil)
	})

	// type.__instancecheck__ and __subclasscheck__ are the checks
	// without metaclass hooks (_PyObject_RealIsInstance/IsSubclass).
	addMethod(&TypeType, "__instancecheck__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__instancecheck__", args, kw, 1); err != nil {
			return Value{}, err
		}
		tp, _ := asType(self)
		if args[0].Type().IsSubtype(tp) {
			return True, nil
		}
		c, err := getAttrOrNull(t, args[0], "__class__")
		if err != nil || c.IsNull() {
			return False, err
		}
		ct, ok := asType(c)
		return Bool(ok && ct.IsSubtype(tp)), nil
	})
	addMethod(&TypeType, "__subclasscheck__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__subclasscheck__", args, kw, 1); err != nil {
			return Value{}, err
		}
		tp, _ := asType(self)
		sub, ok := asType(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "issubclass() arg 1 must be a class")
		}
		return Bool(sub.IsSubtype(tp)), nil
	})
	addClassMethod(&TypeType, "__prepare__", func(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
		return NewDictValue(), nil
	})
}

// exceptionMemberNames are the attributes an exception type keeps in C
// members in CPython (not in its __dict__); pyjit stores them with the
// instance attributes.
func exceptionMemberNames(tp *Type) map[string]bool {
	switch {
	case tp.IsSubtype(&StopIterationType):
		return map[string]bool{"value": true}
	case tp.IsSubtype(&SystemExitType):
		return map[string]bool{"code": true}
	case tp.IsSubtype(&NameErrorType), tp.IsSubtype(&AttributeErrorType):
		return map[string]bool{"name": true, "obj": true}
	case tp.IsSubtype(&ImportErrorType):
		return map[string]bool{"msg": true, "name": true, "path": true}
	case tp.IsSubtype(&UnicodeErrorType):
		return map[string]bool{"encoding": true, "object": true, "start": true, "end": true, "reason": true}
	case tp.IsSubtype(&OSErrorType):
		return map[string]bool{"errno": true, "strerror": true, "filename": true, "filename2": true, "characters_written": true}
	case tp.IsSubtype(&SyntaxErrorType):
		return map[string]bool{"msg": true, "filename": true, "lineno": true, "offset": true, "text": true,
			"end_lineno": true, "end_offset": true, "print_file_and_line": true}
	}
	return nil
}

// exceptionState is the state BaseException.__reduce__ returns: the
// instance dict without member attributes (plus ImportError's name and
// path when set, as ImportError_reduce adds them), or nil when there is
// no instance dict.
func exceptionState(t *Thread, e *Exception) (*Dict, error) {
	a := &e.attrs
	if a.dict == nil && (a.shape == nil || len(a.values) == 0) {
		return nil, nil
	}
	skip := exceptionMemberNames(e.typ)
	out := NewDict()
	var err error
	a.Dict().Range(func(k, v Value) bool {
		if s, ok := asStr(k); ok && skip[s.s] {
			if e.typ.IsSubtype(&ImportErrorType) && s.s != "msg" && !v.IsNone() {
				err = out.SetItem(t, k, v)
			}
			return err == nil
		}
		err = out.SetItem(t, k, v)
		return err == nil
	})
	if err != nil || out.Len() == 0 && skip != nil {
		return nil, err
	}
	return out, nil
}

// The LocalsPlusKinds bits (CPython 3.11's CO_FAST_*).
const (
	coFastLocal = 0x20
	coFastCell  = 0x40
	coFastFree  = 0x80
)

// setupCodeAttrs adds the code object attributes inspect and dis read.
func setupCodeAttrs() {
	ct := &CodeType
	get := func(name string, f func(co *CodeObject) Value) {
		addGetSet(ct, name, func(t *Thread, v Value) (Value, error) { return f(objectAs[CodeObject](v.ref)), nil }, nil)
	}
	intAttr := func(name string, f func(c *bytecode.Code) int) {
		get(name, func(co *CodeObject) Value { return Int(int64(f(co.Code))) })
	}
	intAttr("co_argcount", func(c *bytecode.Code) int { return c.ArgCount })
	intAttr("co_posonlyargcount", func(c *bytecode.Code) int { return c.PosOnlyArgCount })
	intAttr("co_kwonlyargcount", func(c *bytecode.Code) int { return c.KwOnlyArgCount })
	intAttr("co_flags", func(c *bytecode.Code) int { return c.Flags })
	intAttr("co_stacksize", func(c *bytecode.Code) int { return c.StackSize })
	get("co_qualname", func(co *CodeObject) Value { return StrValue(co.Code.QualName) })
	kinds := func(mask uint8) func(co *CodeObject) Value {
		return func(co *CodeObject) Value {
			var out []Value
			for i, k := range co.Code.LocalsPlusKinds {
				if k&mask != 0 && i < len(co.varnames) {
					out = append(out, FromObject(&co.varnames[i].Object))
				}
			}
			return NewTupleValue(out)
		}
	}
	get("co_varnames", kinds(coFastLocal))
	get("co_cellvars", kinds(coFastCell))
	get("co_freevars", kinds(coFastFree))
	intAttr("co_nlocals", func(c *bytecode.Code) int {
		n := 0
		for _, k := range c.LocalsPlusKinds {
			if k&coFastLocal != 0 {
				n++
			}
		}
		return n
	})
	get("co_names", func(co *CodeObject) Value {
		out := make([]Value, len(co.names))
		for i, n := range co.names {
			out[i] = FromObject(&n.Object)
		}
		return NewTupleValue(out)
	})
	get("co_consts", func(co *CodeObject) Value { return NewTupleValue(append([]Value(nil), co.consts...)) })
	addMethod(ct, "co_positions", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("co_positions", args, kw, 0); err != nil {
			return Value{}, err
		}
		co := objectAs[CodeObject](self.ref)
		opt := func(x int32, ok bool) Value {
			if !ok {
				return None
			}
			return Int(int64(x))
		}
		out := make([]Value, len(co.Code.Positions))
		for i, p := range co.Code.Positions {
			out[i] = NewTupleValue([]Value{opt(p.Line, p.Line >= 0), opt(p.EndLine, p.Line >= 0 && p.EndLine >= 0),
				opt(p.Col, p.Col >= 0), opt(p.EndCol, p.EndCol >= 0)})
		}
		return Iter(t, NewListValue(out))
	})
	addMethod(ct, "co_lines", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("co_lines", args, kw, 0); err != nil {
			return Value{}, err
		}
		co := objectAs[CodeObject](self.ref)
		var out []Value
		start := 0
		line := func(i int) Value {
			if l := co.Code.Positions[i].Line; l >= 0 {
				return Int(int64(l))
			}
			return None
		}
		ps := co.Code.Positions
		for i := 1; i <= len(ps); i++ {
			if i == len(ps) || ps[i].Line != ps[start].Line {
				out = append(out, NewTupleValue([]Value{Int(int64(2 * start)), Int(int64(2 * i)), line(start)}))
				start = i
			}
		}
		return Iter(t, NewListValue(out))
	})
}

// setupAnnotationsAndFlags adds type.__annotations__ and
// module.__annotations__ (created empty on first access, as CPython
// 3.10+ does) and an approximation of type.__flags__ whose commonly
// tested bits (heap type, base type, abstract, builtin-subclass bits)
// match CPython's.
func setupAnnotationsAndFlags() {
	ann := internStatic("__annotations__")
	addGetSet(&TypeType, "__annotations__", func(t *Thread, v Value) (Value, error) {
		tp := objectAs[Type](v.ref)
		if tp.Flags&FlagHeap == 0 {
			return Value{}, NewError(&AttributeErrorType, "type object '%s' has no attribute '__annotations__'", tp.Name)
		}
		r, ok, err := tp.Dict.GetStr(t, ann)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			r = NewDictValue()
			if err := tp.Dict.SetItem(t, FromObject(&ann.Object), r); err != nil {
				return Value{}, err
			}
			return r, nil
		}
		if get := r.Type().Slots.DescrGet; get != nil {
			return get(t, r, None, tp)
		}
		return r, nil
	}, func(t *Thread, v, val Value) error {
		tp := objectAs[Type](v.ref)
		if tp.Flags&FlagHeap == 0 {
			return NewError(&TypeErrorType, "cannot set '__annotations__' attribute of immutable type '%s'", tp.Name)
		}
		return tp.Dict.SetItem(t, FromObject(&ann.Object), val)
	})
	addGetSet(&ModuleType, "__annotations__", func(t *Thread, v Value) (Value, error) {
		m := objectAs[Module](v.ref)
		r, ok, err := m.Dict.GetStr(t, ann)
		if err != nil || ok {
			return r, err
		}
		r = NewDictValue()
		return r, m.Dict.SetItem(t, FromObject(&ann.Object), r)
	}, func(t *Thread, v, val Value) error {
		return objectAs[Module](v.ref).Dict.SetItem(t, FromObject(&ann.Object), val)
	})
	addGetSet(&TypeType, "__flags__", func(t *Thread, v Value) (Value, error) {
		tp := objectAs[Type](v.ref)
		f := int64(1<<12 | 1<<14) // READY, HAVE_GC
		if tp.Flags&FlagHeap != 0 {
			f |= 1 << 9
		} else {
			f |= 1 << 8 // IMMUTABLETYPE
		}
		if tp.Flags&FlagBaseType != 0 {
			f |= 1 << 10
		}
		if tp.Flags&flagAbstract != 0 {
			f |= 1 << 20
		}
		for bit, base := range map[uint]*Type{24: &IntType, 25: &ListType, 26: &TupleType, 27: &BytesType,
			28: &StrType, 29: &DictType, 30: &BaseExceptionType, 31: &TypeType} {
			if tp.IsSubtype(base) {
				f |= 1 << bit
			}
		}
		return Int(f), nil
	}, nil)
}

// setupGeneratorAttrs adds gi_code, gi_frame, gi_suspended and
// gi_yieldfrom, and the __dict__ of classmethod and staticmethod.
func setupGeneratorAttrs() {
	gt := &GeneratorType
	gen := func(name string, f func(g *Generator) Value) {
		addGetSet(gt, name, func(t *Thread, v Value) (Value, error) { return f(objectAs[Generator](v.ref)), nil }, nil)
	}
	gen("gi_code", func(g *Generator) Value {
		if g.code == nil {
			return None
		}
		return FromObject(&g.code.Object)
	})
	gen("gi_frame", func(g *Generator) Value {
		if g.finished || g.frame == nil {
			return None
		}
		g.frame.escaped = true
		return FromObject(&g.frame.Object)
	})
	gen("gi_suspended", func(g *Generator) Value { return Bool(g.started && !g.running && !g.finished) })
	gen("gi_yieldfrom", (*Generator).yieldFrom)
	for _, tp := range []*Type{&ClassMethodType, &StaticMethodType} {
		addGetSet(tp, "__dict__", func(t *Thread, v Value) (Value, error) {
			return FromObject(&objectAs[wrapperDescr](v.ref).attrs.Dict().Object), nil
		}, nil)
	}
}

// setupFrameAttrs adds frame attributes beyond f_code and f_lineno.
// f_back is only given when the caller's frame is known to be kept
// (frames from the call-frame pool may have been reused); otherwise it
// is None. Tracing is not supported: f_trace is always None.
func setupFrameAttrs() {
	ft := &FrameType
	get := func(name string, f func(t *Thread, fr *Frame) Value) {
		addGetSet(ft, name, func(t *Thread, v Value) (Value, error) { return f(t, objectAs[Frame](v.ref)), nil }, nil)
	}
	get("f_globals", func(t *Thread, fr *Frame) Value { return FromObject(&fr.globals.Object) })
	get("f_builtins", func(t *Thread, fr *Frame) Value {
		if fr.builtins == nil {
			return FromObject(&t.in.Builtins.Object)
		}
		return FromObject(&fr.builtins.Object)
	})
	get("f_locals", func(t *Thread, fr *Frame) Value { return FromObject(&frameLocals(fr).Object) })
	get("f_lasti", func(t *Thread, fr *Frame) Value { return Int(int64(2 * fr.lasti)) })
	get("f_back", func(t *Thread, fr *Frame) Value {
		if fr.back == nil || !fr.back.escaped {
			return None
		}
		return FromObject(&fr.back.Object)
	})
	addGetSet(ft, "f_trace", func(t *Thread, v Value) (Value, error) { return None, nil }, func(t *Thread, v, val Value) error {
		if val.IsNone() {
			return nil
		}
		return notImplemented("frame tracing (f_trace)")
	})
	get("f_trace_lines", func(t *Thread, fr *Frame) Value { return True })
	get("f_trace_opcodes", func(t *Thread, fr *Frame) Value { return False })
	noArgMethodOf(ft, "clear", func(t *Thread, self Value) (Value, error) {
		fr := objectAs[Frame](self.ref)
		if fr.gen != nil && fr.gen.running || fr == t.frame {
			return Value{}, NewError(&RuntimeErrorType, "cannot clear an executing frame")
		}
		return None, nil
	})
}

// setupExceptionMembers adds descriptors for the exception attributes
// CPython defines as members (so they appear in dir() and read None when
// unset); the values stay with the instance attributes.
func setupExceptionMembers() {
	member := func(tp *Type, name string) {
		key := internStatic(name)
		addGetSet(tp, name, func(t *Thread, v Value) (Value, error) {
			r, err := objectAs[Exception](v.ref).attrs.Get(t, key)
			if err != nil || r.IsNull() {
				return None, err
			}
			return r, nil
		}, func(t *Thread, v, val Value) error {
			return objectAs[Exception](v.ref).attrs.Set(t, key, val)
		})
	}
	member(&StopIterationType, "value")
	for _, n := range []string{"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset", "print_file_and_line"} {
		member(&SyntaxErrorType, n)
	}
	for _, tp := range []*Type{&UnicodeEncodeErrorType, &UnicodeDecodeErrorType, &UnicodeTranslateErrorType} {
		for _, n := range []string{"encoding", "object", "start", "end", "reason"} {
			if tp == &UnicodeTranslateErrorType && n == "encoding" {
				continue
			}
			member(tp, n)
		}
	}
}

// setupExceptionInits gives SyntaxError CPython's __init__, which sets
// its member attributes from (msg, (filename, lineno, offset, text, ...)).
func setupExceptionInits() {
	for _, row := range exceptionTable {
		if row.typ.IsSubtype(&SyntaxErrorType) {
			row.typ.Slots.Init = syntaxErrorInit
		}
	}
}

func syntaxErrorInit(t *Thread, self Value, args []Value, kwnames []string) error {
	if err := exceptionInit(t, self, args, kwnames); err != nil {
		return err
	}
	e := objectAs[Exception](self.ref)
	pos := args[:len(args)-len(kwnames)]
	set := func(name string, v Value) error { return e.attrs.Set(t, internStatic(name), v) }
	if len(pos) >= 1 {
		if err := set("msg", pos[0]); err != nil {
			return err
		}
	}
	if len(pos) == 2 {
		info, err := iterateToSlice(t, pos[1])
		if err != nil {
			return err
		}
		if len(info) < 4 || len(info) > 6 {
			if len(info) < 4 {
				return NewError(&TypeErrorType, "function takes at least 4 arguments (%d given)", len(info))
			}
			return NewError(&TypeErrorType, "function takes at most 6 arguments (%d given)", len(info))
		}
		for i, n := range []string{"filename", "lineno", "offset", "text", "end_lineno", "end_offset"} {
			if i < len(info) {
				if err := set(n, info[i]); err != nil {
					return err
				}
			}
		}
	}
	return nil
}
