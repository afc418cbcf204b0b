package interp

// This file holds object-model protocols the class machinery consults:
// __mro_entries__ on class bases (PEP 560), __instancecheck__ and
// __subclasscheck__ on metaclasses and other class-like objects, and the
// __get__/__set__/__delete__ wrappers of the builtin descriptor types.

// updateBases is CPython's update_bases: a base that is not a class but
// has __mro_entries__ is replaced by the tuple that method returns.
func updateBases(t *Thread, bases []Value) ([]Value, error) {
	var out []Value
	changed := false
	orig := FromObject(&NewTuple(append([]Value(nil), bases...)).Object)
	for i, b := range bases {
		if _, ok := asType(b); ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		meth, ok, err := optAttr(t, b, "__mro_entries__")
		if err != nil {
			return nil, err
		}
		if !ok {
			if changed {
				out = append(out, b)
			}
			continue
		}
		r, err := Call(t, meth, []Value{orig}, nil)
		if err != nil {
			return nil, err
		}
		tu, ok := asTuple(r)
		if !ok {
			return nil, NewError(&TypeErrorType, "__mro_entries__ must return a tuple")
		}
		if !changed {
			out = append(out, bases[:i]...)
			changed = true
		}
		out = append(out, tu.items...)
	}
	if !changed {
		return bases, nil
	}
	return out, nil
}

// setOrigBases records __orig_bases__ in a class namespace when
// __mro_entries__ changed the bases.
func setOrigBases(t *Thread, ns *Dict, orig, bases []Value) error {
	if len(orig) == len(bases) {
		same := true
		for i := range orig {
			same = same && orig[i].Is(bases[i])
		}
		if same {
			return nil
		}
	}
	return ns.SetItem(t, StrValue("__orig_bases__"), NewTupleValue(append([]Value(nil), orig...)))
}

// checkHook calls type(cls).<name>(cls, x) for isinstance/issubclass when
// cls is neither a plain class (metaclass exactly type) nor a tuple. ok is
// false when the caller should do its own check.
func checkHook(t *Thread, x, cls Value, name string) (bool, bool, error) {
	if cls.Type() == &TypeType {
		return false, false, nil
	}
	if _, isTuple := asTuple(cls); isTuple && cls.Type() == &TupleType {
		return false, false, nil
	}
	r, found, err := callMethod(t, cls, name, x)
	if !found {
		return false, false, nil
	}
	if err != nil {
		return false, true, err
	}
	b, err := Truth(t, r)
	return b, true, err
}

// instanceCheckHook is the __instancecheck__ part of isinstance.
func instanceCheckHook(t *Thread, v, cls Value) (bool, bool, error) {
	if tp, ok := asType(cls); ok && v.Type() == tp {
		return true, true, nil
	}
	return checkHook(t, v, cls, "__instancecheck__")
}

// subclassCheckHook is the __subclasscheck__ part of issubclass.
func subclassCheckHook(t *Thread, c, cls Value) (bool, bool, error) {
	return checkHook(t, c, cls, "__subclasscheck__")
}

// addDescrWrappers gives a builtin descriptor type the __get__, __set__
// and __delete__ methods of its slots, so that super().__get__(...) and
// explicit calls work.
func addDescrWrappers(tp *Type) {
	s := tp.Slots
	if get := s.DescrGet; get != nil {
		addSlotWrapper(tp, "__get__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 {
				return Value{}, NewError(&TypeErrorType, "wrapper __get__() takes no keyword arguments")
			}
			if len(args) < 1 || len(args) > 2 {
				return Value{}, NewError(&TypeErrorType, "expected 1 or 2 arguments, got %d", len(args))
			}
			obj := args[0]
			var typ *Type
			if len(args) == 2 && !args[1].IsNone() {
				tp, ok := asType(args[1])
				if !ok {
					return Value{}, NewError(&TypeErrorType, "__get__(None, None) is invalid")
				}
				typ = tp
			}
			if obj.IsNone() {
				if typ == nil {
					return Value{}, NewError(&TypeErrorType, "__get__(None, None) is invalid")
				}
				obj = Value{}
			} else if typ == nil {
				typ = obj.Type()
			}
			return get(t, self, obj, typ)
		})
	}
	if set := s.DescrSet; set != nil {
		addSlotWrapper(tp, "__set__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__set__", args, kw, 2); err != nil {
				return Value{}, err
			}
			return None, set(t, self, args[0], args[1])
		})
		addSlotWrapper(tp, "__delete__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__delete__", args, kw, 1); err != nil {
				return Value{}, err
			}
			return None, set(t, self, args[0], Value{})
		})
	}
}

// setupObjModel runs this feature's type setup, before the generic slot
// wrappers are added to the builtin types.
func setupObjModel() {
	setupGenericAlias()
	setupMemberDescr()
	setupUnionType()
	makeTypeAttrsWritable()
	setupAbstract()
	setupClassAssign()
	addIsAbstract()
	setupSeqWrappers()
	setupBuiltinFormat()
	SetType.Slots.Init = setInit
	for _, tp := range []*Type{&PropertyType, &ClassMethodType, &StaticMethodType, &FunctionType} {
		if !hasOwn(tp, "__get__") {
			addDescrWrappers(tp)
		}
	}
}

func hasOwn(tp *Type, name string) bool {
	_, ok, _ := tp.Dict.GetStr(nil, Intern(name))
	return ok
}

// calculateMeta is CPython's _PyType_CalculateMetaclass: the most derived
// of meta and the types of bases, or the "metaclass conflict" error.
func calculateMeta(meta *Type, bases []Value) (*Type, error) {
	winner := meta
	for _, b := range bases {
		bt := b.Type()
		if winner.IsSubtype(bt) {
			continue
		}
		if bt.IsSubtype(winner) {
			winner = bt
			continue
		}
		return nil, NewError(&TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
	}
	return winner, nil
}

// storeName is STORE_NAME: a class namespace from __prepare__ may be a
// dict subclass whose __setitem__ must run (enum's _EnumDict).
func storeName(t *Thread, locals *Dict, name *Str, v Value) error {
	if locals.typ == &DictType {
		return locals.SetItem(t, FromObject(&name.Object), v)
	}
	return SetItem(t, FromObject(&locals.Object), FromObject(&name.Object), v)
}

// dictIterInherited reports whether a dict (or dict subclass instance)
// iterates as a plain dict; CPython's dict_merge copies such dicts
// directly and goes through keys() and __getitem__ otherwise.
func dictIterInherited(v Value) bool {
	tp := v.Type()
	if tp == &DictType || tp.Flags&FlagHeap == 0 {
		return true
	}
	own, _, _ := DictType.Dict.GetStr(nil, internStatic("__iter__"))
	return tp.Lookup(internStatic("__iter__")).Is(own)
}
