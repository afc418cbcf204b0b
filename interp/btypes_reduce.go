package interp

// This file gives object the pickle protocol methods that copy, pickle
// and copyreg rely on (CPython's Objects/typeobject.c: object.__reduce__,
// __reduce_ex__, __getstate__ and the reduce_newobj helper), plus
// object.__sizeof__ and object.__dir__.

// objectGetStateDescr is object.__dict__['__getstate__'], to recognise an
// instance whose __getstate__ is not overridden.
var objectGetStateDescr, objectReduceDescr Value

func setupObjectReduce() {
	ot := &ObjectType
	addMethod(ot, "__getstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__getstate__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return objectGetStateDefault(t, self, false)
	})
	objectGetStateDescr, _, _ = ot.Dict.GetStr(nil, Intern("__getstate__"))
	addMethod(ot, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__reduce__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return commonReduce(t, self, 0)
	})
	objectReduceDescr, _, _ = ot.Dict.GetStr(nil, Intern("__reduce__"))
	addMethod(ot, "__reduce_ex__", objectReduceEx)
	addMethod(ot, "__sizeof__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__sizeof__", args, kw, 0); err != nil {
			return Value{}, err
		}
		// A plausible basic size: the header plus one word per
		// instance attribute slot.
		n := int64(16)
		if a := attrsOf(self); a != nil {
			n += 16
		}
		return Int(n), nil
	})
	addMethod(ot, "__dir__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__dir__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return builtinDir(t, None, []Value{self}, nil)
	})
}

func objectReduceEx(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("object.__reduce_ex__", args, kw, 1); err != nil {
		return Value{}, err
	}
	proto, ok := smallInt(args[0])
	if !ok {
		if !isIntLike(args[0]) {
			return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	reduce, err := getAttrOrNull(t, self, "__reduce__")
	if err != nil {
		return Value{}, err
	}
	if !reduce.IsNull() {
		if cls := self.Type().Lookup(Intern("__reduce__")); !cls.Is(objectReduceDescr) {
			return Call(t, reduce, nil, nil)
		}
	}
	return commonReduce(t, self, proto)
}

// commonReduce is typeobject.c's _common_reduce.
func commonReduce(t *Thread, self Value, proto int64) (Value, error) {
	if proto >= 2 {
		return reduceNewObj(t, self)
	}
	copyreg, err := t.importAbs("copyreg")
	if err != nil {
		return Value{}, err
	}
	f, err := GetAttrString(t, copyreg, "_reduce_ex")
	if err != nil {
		return Value{}, err
	}
	return Call(t, f, []Value{self, Int(proto)}, nil)
}

// getNewArguments is _PyObject_GetNewArguments: the arguments of
// __getnewargs_ex__ or __getnewargs__ (null when neither exists).
func getNewArguments(t *Thread, obj Value) (args, kwargs Value, err error) {
	if f, err := getAttrOrNull(t, obj, "__getnewargs_ex__"); err != nil {
		return Value{}, Value{}, err
	} else if !f.IsNull() {
		r, err := Call(t, f, nil, nil)
		if err != nil {
			return Value{}, Value{}, err
		}
		tup, ok := asTuple(r)
		if !ok {
			return Value{}, Value{}, NewError(&TypeErrorType, "__getnewargs_ex__ should return a tuple, not '%s'", typeName(r))
		}
		if len(tup.items) != 2 {
			return Value{}, Value{}, NewError(&ValueErrorType, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(tup.items))
		}
		if _, ok := asTuple(tup.items[0]); !ok {
			return Value{}, Value{}, NewError(&TypeErrorType, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", typeName(tup.items[0]))
		}
		if _, ok := asDict(tup.items[1]); !ok {
			return Value{}, Value{}, NewError(&TypeErrorType, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", typeName(tup.items[1]))
		}
		return tup.items[0], tup.items[1], nil
	}
	f, err := getAttrOrNull(t, obj, "__getnewargs__")
	if err != nil || f.IsNull() {
		return Value{}, Value{}, err
	}
	r, err := Call(t, f, nil, nil)
	if err != nil {
		return Value{}, Value{}, err
	}
	if _, ok := asTuple(r); !ok {
		return Value{}, Value{}, NewError(&TypeErrorType, "__getnewargs__ should return a tuple, not '%s'", typeName(r))
	}
	return r, Value{}, nil
}

// reduceNewObj is typeobject.c's reduce_newobj (protocol 2 and up).
func reduceNewObj(t *Thread, obj Value) (Value, error) {
	cls := obj.Type()
	if cls.Slots.New == nil {
		return Value{}, NewError(&TypeErrorType, "cannot pickle '%s' object", cls.Name)
	}
	args, kwargs, err := getNewArguments(t, obj)
	if err != nil {
		return Value{}, err
	}
	copyreg, err := t.importAbs("copyreg")
	if err != nil {
		return Value{}, err
	}
	hasArgs := !args.IsNull()
	var newobj, newargs Value
	kd, _ := asDict(kwargs)
	if kwargs.IsNull() || kd.Len() == 0 {
		if newobj, err = GetAttrString(t, copyreg, "__newobj__"); err != nil {
			return Value{}, err
		}
		items := []Value{TypeValue(cls)}
		if hasArgs {
			items = append(items, objectAs[Tuple](args.ref).items...)
		}
		newargs = NewTupleValue(items)
	} else {
		if newobj, err = GetAttrString(t, copyreg, "__newobj_ex__"); err != nil {
			return Value{}, err
		}
		newargs = NewTupleValue([]Value{TypeValue(cls), args, kwargs})
	}
	_, isList := asList(obj)
	_, isDict := asDict(obj)
	state, err := objectGetState(t, obj, !(hasArgs || isList || isDict))
	if err != nil {
		return Value{}, err
	}
	listitems, dictitems := None, None
	if isList {
		if listitems, err = Iter(t, obj); err != nil {
			return Value{}, err
		}
	}
	if isDict {
		items, _, err := callMethod(t, obj, "items")
		if err != nil {
			return Value{}, err
		}
		if dictitems, err = Iter(t, items); err != nil {
			return Value{}, err
		}
	}
	return NewTupleValue([]Value{newobj, newargs, state, listitems, dictitems}), nil
}

// objectGetState is typeobject.c's object_getstate: obj.__getstate__(),
// or the default when it is object's own.
func objectGetState(t *Thread, obj Value, required bool) (Value, error) {
	if obj.Type().Lookup(Intern("__getstate__")).Is(objectGetStateDescr) {
		if !hasOwnInstanceGetState(t, obj) {
			return objectGetStateDefault(t, obj, required)
		}
	}
	f, err := GetAttrString(t, obj, "__getstate__")
	if err != nil {
		return Value{}, err
	}
	return Call(t, f, nil, nil)
}

// hasOwnInstanceGetState reports whether an instance dict shadows
// __getstate__ (rare; then it is called like CPython does).
func hasOwnInstanceGetState(t *Thread, obj Value) bool {
	a := attrsOf(obj)
	if a == nil {
		return false
	}
	v, _ := a.Get(t, Intern("__getstate__"))
	return !v.IsNull()
}

// objectGetStateDefault is typeobject.c's object_getstate_default.
func objectGetStateDefault(t *Thread, obj Value, required bool) (Value, error) {
	cls := obj.Type()
	// A builtin base other than object holds C-level state that the
	// generic protocol cannot save (CPython compares tp_basicsize).
	solid := cls
	for solid.Flags&FlagHeap != 0 && len(solid.Bases) > 0 {
		solid = solid.Bases[0]
	}
	if required && solid != &ObjectType {
		return Value{}, NewError(&TypeErrorType, "cannot pickle '%s' object", cls.Name)
	}
	state := None
	if a := attrsOf(obj); a != nil {
		if d := a.Dict(); d.Len() > 0 {
			state = FromObject(&d.Object)
		}
	}
	copyreg, err := t.importAbs("copyreg")
	if err != nil {
		return Value{}, err
	}
	sn, err := GetAttrString(t, copyreg, "_slotnames")
	if err != nil {
		return Value{}, err
	}
	names, err := Call(t, sn, []Value{TypeValue(cls)}, nil)
	if err != nil {
		return Value{}, err
	}
	nl, ok := asList(names)
	if names.IsNone() || !ok || len(nl.items) == 0 {
		return state, nil
	}
	slots := NewDict()
	for _, name := range nl.items {
		s, ok := asStr(name)
		if !ok {
			continue
		}
		v, err := getAttrOrNull(t, obj, s.s)
		if err != nil {
			return Value{}, err
		}
		if !v.IsNull() {
			if err := slots.SetItem(t, name, v); err != nil {
				return Value{}, err
			}
		}
	}
	if slots.Len() > 0 {
		return NewTupleValue([]Value{state, FromObject(&slots.Object)}), nil
	}
	return state, nil
}
