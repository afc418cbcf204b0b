package interp

// This file implements object.__reduce__, object.__reduce_ex__ and
// object.__getstate__, the protocol copy and pickle use to take objects
// apart (CPython's Objects/typeobject.c: object___reduce_ex___impl,
// reduce_newobj, object_getstate).

// importAttr imports module and returns its attribute name.
func importAttr(t *Thread, module, name string) (Value, error) {
	m, err := t.importModuleLevel(StrValue(module), Value{}, Value{}, Int(0))
	if err != nil {
		return Value{}, err
	}
	return GetAttrString(t, m, name)
}

// objectGetState is object.__getstate__: the instance dict (None when
// empty), paired with a dict of __slots__ values when the class has any.
func objectGetState(t *Thread, self Value, required bool) (Value, error) {
	tp := self.Type()
	if required && tp.Flags&FlagHeap == 0 && tp != &ObjectType {
		return Value{}, NewError(&TypeErrorType, "cannot pickle '%s' object", tp.Name)
	}
	state := None
	if a := attrsOf(self); a != nil {
		d, err := GetAttrString(t, self, "__dict__")
		if err != nil {
			return Value{}, err
		}
		if n, err := Len(t, d); err != nil {
			return Value{}, err
		} else if n > 0 {
			state, err = Call(t, TypeValue(&DictType), []Value{d}, nil)
			if err != nil {
				return Value{}, err
			}
		}
	}
	slotnames, err := importAttr(t, "copyreg", "_slotnames")
	if err != nil {
		return Value{}, err
	}
	names, err := Call(t, slotnames, []Value{TypeValue(tp)}, nil)
	if err != nil {
		return Value{}, err
	}
	if l, ok := asList(names); ok && len(l.items) > 0 {
		slots := NewDict()
		for _, n := range l.items {
			ns, ok := asStr(n)
			if !ok {
				continue
			}
			v, err := GetAttrString(t, self, ns.s)
			if err != nil {
				if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&AttributeErrorType) {
					continue
				}
				return Value{}, err
			}
			if err := slots.SetItem(t, n, v); err != nil {
				return Value{}, err
			}
		}
		if slots.Len() > 0 {
			state = NewTupleValue([]Value{state, FromObject(&slots.Object)})
		}
	}
	return state, nil
}

// getNewArgs returns the arguments __getnewargs_ex__ or __getnewargs__
// give (null kwargs when there are none).
func getNewArgs(t *Thread, self Value) (args, kwargs Value, err error) {
	if r, found, err := callMethod(t, self, "__getnewargs_ex__"); found {
		if err != nil {
			return Value{}, Value{}, err
		}
		tv, ok := asTuple(r)
		if !ok {
			return Value{}, Value{}, NewError(&TypeErrorType, "__getnewargs_ex__ should return a tuple, not '%s'", typeName(r))
		}
		tup := tv.items
		if len(tup) != 2 {
			return Value{}, Value{}, NewError(&ValueErrorType, "__getnewargs_ex__ should return a tuple of length 2, not %d", len(tup))
		}
		if _, ok := asTuple(tup[0]); !ok {
			return Value{}, Value{}, NewError(&TypeErrorType, "first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'", typeName(tup[0]))
		}
		if _, ok := asDict(tup[1]); !ok {
			return Value{}, Value{}, NewError(&TypeErrorType, "second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'", typeName(tup[1]))
		}
		return tup[0], tup[1], nil
	}
	if r, found, err := callMethod(t, self, "__getnewargs__"); found {
		if err != nil {
			return Value{}, Value{}, err
		}
		if _, ok := asTuple(r); !ok {
			return Value{}, Value{}, NewError(&TypeErrorType, "__getnewargs__ should return a tuple, not '%s'", typeName(r))
		}
		return r, Value{}, nil
	}
	return NewTupleValue(nil), Value{}, nil
}

// reduceNewObj is the protocol-2 reduction: (copyreg.__newobj__, (cls,
// *args), state, listitems, dictitems).
func reduceNewObj(t *Thread, self Value) (Value, error) {
	tp := self.Type()
	if tp.Slots.New == nil {
		return Value{}, NewError(&TypeErrorType, "cannot pickle '%s' object", tp.Name)
	}
	args, kwargs, err := getNewArgs(t, self)
	if err != nil {
		return Value{}, err
	}
	at, _ := asTuple(args)
	argItems := at.items
	var fn, newArgs Value
	hasKw := false
	if !kwargs.IsNull() {
		if d, _ := asDict(kwargs); d.Len() > 0 {
			hasKw = true
		}
	}
	if hasKw {
		if fn, err = importAttr(t, "copyreg", "__newobj_ex__"); err != nil {
			return Value{}, err
		}
		newArgs = NewTupleValue([]Value{TypeValue(tp), args, kwargs})
	} else {
		if fn, err = importAttr(t, "copyreg", "__newobj__"); err != nil {
			return Value{}, err
		}
		items := append([]Value{TypeValue(tp)}, argItems...)
		newArgs = NewTupleValue(items)
	}
	// Objects rebuilt from arguments alone need no state check.
	required := len(argItems) == 0 && !hasKw && !tp.IsSubtype(&ListType) && !tp.IsSubtype(&DictType)
	var state Value
	if m := tp.Lookup(Intern("__getstate__")); !m.IsNull() && !m.Is(objectGetStateDescr) {
		if state, _, err = callMethod(t, self, "__getstate__"); err != nil {
			return Value{}, err
		}
	} else if state, err = objectGetState(t, self, required); err != nil {
		return Value{}, err
	}
	listItems, dictItems := None, None
	if tp.IsSubtype(&ListType) {
		if listItems, err = Iter(t, self); err != nil {
			return Value{}, err
		}
	}
	if tp.IsSubtype(&DictType) {
		items, _, err := callMethod(t, self, "items")
		if err != nil {
			return Value{}, err
		}
		if dictItems, err = Iter(t, items); err != nil {
			return Value{}, err
		}
	}
	return NewTupleValue([]Value{fn, newArgs, state, listItems, dictItems}), nil
}

func commonReduce(t *Thread, self Value, proto int64) (Value, error) {
	if proto >= 2 {
		return reduceNewObj(t, self)
	}
	fn, err := importAttr(t, "copyreg", "_reduce_ex")
	if err != nil {
		return Value{}, err
	}
	return Call(t, fn, []Value{self, Int(proto)}, nil)
}

var objectReduceDescr, objectGetStateDescr Value

func setupObjectReduce(ot *Type) {
	addMethod(ot, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reduce__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return commonReduce(t, self, 0)
	})
	addMethod(ot, "__reduce_ex__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reduce_ex__", args, kw, 1); err != nil {
			return Value{}, err
		}
		proto, err := intArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		// A class that overrides __reduce__ is reduced by it.
		if m := self.Type().Lookup(Intern("__reduce__")); !m.IsNull() && !m.Is(objectReduceDescr) {
			r, _, err := callMethod(t, self, "__reduce__")
			return r, err
		}
		return commonReduce(t, self, proto)
	})
	addMethod(ot, "__getstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__getstate__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return objectGetState(t, self, false)
	})
	objectReduceDescr, _, _ = ot.Dict.GetStr(nil, Intern("__reduce__"))
	objectGetStateDescr, _, _ = ot.Dict.GetStr(nil, Intern("__getstate__"))
}
