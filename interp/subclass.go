package interp

// This file lets classes subclass the builtin types whose instances have
// their own storage (tuple, str, int, float, classmethod, staticmethod,
// property): the storage structs of subclass instances, which add an
// instance attribute table after the builtin part, and the generic
// "make a base instance, then re-home it in the subclass" constructor,
// as CPython's tuple_subtype_new, unicode_subtype_new, ... do.

import "math"

// subclassableBases are the solid bases newClass accepts.
var subclassableBases = map[*Type]bool{
	&ObjectType: true, &ListType: true, &DictType: true, &BaseExceptionType: true, &TypeType: true,
	&TupleType: true, &StrType: true, &IntType: true, &FloatType: true,
	&ClassMethodType: true, &StaticMethodType: true, &PropertyType: true, &GenericAliasType: true,
	&SetType: true, &FrozenSetType: true, &weakRefType: true, &ComplexType: true, &ioBaseType: true, &ModuleType: true,
}

// tupleSub is an instance of a tuple subclass.
type tupleSub struct {
	Tuple
	attrs Attrs
}

// strSub is an instance of a str subclass.
type strSub struct {
	Str
	attrs Attrs
}

// floatSub is an instance of a float subclass. The float's bits are also
// in the Value's bits word, so float's slots (which read Value.AsFloat)
// work unchanged on subclass instances.
type floatSub struct {
	Object
	f     float64
	attrs Attrs
}

// propSub is an instance of a property subclass.
type propSub struct {
	Property
	attrs Attrs
}

// subclassAttrs returns the instance attributes of an instance of a
// subclass of one of this file's builtins, or nil (also when __slots__
// removed the instance __dict__).
func subclassAttrs(v Value) *Attrs {
	if v.Type().Flags&flagNoDict != 0 {
		return nil
	}
	if tp := v.Type(); tp == &ClassMethodType || tp == &StaticMethodType {
		// classmethod and staticmethod objects have a __dict__ (wrapperInit
		// copies the function's __name__, __doc__ ... into it).
		return &objectAs[wrapperDescr](v.ref).attrs
	}
	return subclassRawAttrs(v)
}

// attrsHooks give the instance attributes of types defined in other
// files, keyed by solid base: the attributes of subclass instances, or
// of the base's own instances when it has a __dict__ (functools.partial).
var attrsHooks = map[*Type]func(v Value) *Attrs{}

// typesWithDict are the builtin types whose own instances have a
// __dict__ (so their subclasses keep one even with __slots__).
var typesWithDict = map[*Type]bool{}

// subclassRawAttrs is subclassAttrs ignoring __slots__.
func subclassRawAttrs(v Value) *Attrs {
	tp := v.Type()
	if f := attrsHooks[tp.Base]; f != nil {
		return f(v)
	}
	if tp.Flags&FlagHeap == 0 {
		return nil
	}
	switch tp.Base {
	case &TupleType:
		return &objectAs[tupleSub](v.ref).attrs
	case &StrType:
		return &objectAs[strSub](v.ref).attrs
	case &FloatType:
		return &objectAs[floatSub](v.ref).attrs
	case &PropertyType:
		return &objectAs[propSub](v.ref).attrs
	case &ClassMethodType, &StaticMethodType:
		return &objectAs[wrapperDescr](v.ref).attrs
	case &GenericAliasType:
		return &objectAs[gaSub](v.ref).attrs
	case &SetType, &FrozenSetType:
		return &objectAs[setSub](v.ref).attrs
	case &BytesType:
		return &objectAs[bytesSub](v.ref).attrs
	case &ByteArrayType:
		return &objectAs[byteArraySub](v.ref).attrs
	case &weakRefType:
		return &objectAs[weakRef](v.ref).attrs
	case &RandomType:
		return &objectAs[randomObj](v.ref).attrs
	case &arrayType:
		return &objectAs[arrayObj](v.ref).attrs
	case &structType:
		return &objectAs[structObj](v.ref).attrs
	case &ComplexType:
		return &objectAs[Complex](v.ref).attrs
	case &ioBaseType:
		return ioAttrs(v)
	}
	return nil
}

// subtypeNew is base.__new__(typ, *args) for a subclass typ of base: it
// makes an instance of base and copies it into typ's storage.
func subtypeNew(t *Thread, typ, base *Type, args []Value, kwnames []string) (Value, error) {
	v, err := base.Slots.New(t, base, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if typ.Flags&FlagHeap == 0 || typ.Base != base {
		return Value{}, NewError(&TypeErrorType, "%s.__new__(%s) is not safe, use %s.__new__()", base.Name, typ.Name, typ.Name)
	}
	switch base {
	case &TupleType:
		tu, _ := asTuple(v)
		s := &tupleSub{Tuple: Tuple{Object: Object{typ: typ}, items: tu.items}}
		return FromObject(&s.Object), nil
	case &StrType:
		src, _ := asStr(v)
		s := &strSub{Str: Str{Object: Object{typ: typ}, s: src.s, n: src.n, ascii: src.ascii}}
		return FromObject(&s.Object), nil
	case &FloatType:
		f := v.AsFloat()
		s := &floatSub{Object: Object{typ: typ}, f: f}
		return Value{ref: &s.Object, bits: math.Float64bits(f)}, nil
	}
	return Value{}, notImplemented("subclasses of " + base.Name)
}

// newPropertyOf allocates a property (or property subclass instance).
func newPropertyOf(typ *Type) *Property {
	p := Property{Object: Object{typ: typ}, fget: None, fset: None, fdel: None, doc: None, name: None}
	if typ.Flags&FlagHeap != 0 {
		return &(&propSub{Property: p}).Property
	}
	return &p
}

// propertyCopyOf is property.getter/setter/deleter: a copy of p with one
// function replaced. Like CPython's property_copy, a subclass instance is
// copied by calling its type with (fget, fset, fdel, doc).
func propertyCopyOf(t *Thread, self Value, which int, fn Value) (Value, error) {
	p := objectAs[Property](self.ref)
	if self.Type().Flags&FlagHeap == 0 {
		return propertyCopy(p, which, fn), nil
	}
	fs := []Value{p.fget, p.fset, p.fdel}
	for i := range fs {
		if fs[i].IsNull() {
			fs[i] = None
		}
	}
	fs[which] = fn
	doc := p.doc
	if doc.IsNull() {
		doc = None
	}
	r, err := Call(t, TypeValue(self.Type()), append(fs, doc), nil)
	if err != nil {
		return Value{}, err
	}
	if np, ok := r.Type(), true; ok && np.IsSubtype(&PropertyType) {
		objectAs[Property](r.ref).name = p.name
	}
	return r, nil
}

// wrapperNewAny is classmethod.__new__ / staticmethod.__new__: like
// CPython's generic tp_new it takes any arguments; __init__ checks them.
func wrapperNewAny(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	w := &wrapperDescr{Object: Object{typ: typ}, fn: None}
	if len(args) == 1 && len(kwnames) == 0 {
		w.fn = args[0]
	}
	return FromObject(&w.Object), nil
}

// wrapperInit is classmethod.__init__ / staticmethod.__init__.
func wrapperInit(t *Thread, self Value, args []Value, kwnames []string) error {
	name := self.Type().Name
	for _, b := range self.Type().MRO {
		if b == &ClassMethodType || b == &StaticMethodType {
			name = b.Name
		}
	}
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", name)
	}
	if len(args) != 1 {
		return NewError(&TypeErrorType, "%s expected 1 argument, got %d", name, len(args))
	}
	w := objectAs[wrapperDescr](self.ref)
	w.fn = args[0]
	// Like CPython's functools_wraps in sm_init/cm_init.
	for _, n := range []string{"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"} {
		v, ok, err := optAttr(t, args[0], n)
		if err != nil {
			return err
		}
		if ok {
			if err := w.attrs.Set(t, Intern(n), v); err != nil {
				return err
			}
		}
	}
	return nil
}

// isAbstract is getattr(v, "__isabstractmethod__", False) as a truth.
func isAbstract(t *Thread, v Value) (bool, error) {
	if v.IsNull() || v.IsNone() {
		return false, nil
	}
	r, ok, err := optAttr(t, v, "__isabstractmethod__")
	if err != nil || !ok {
		return false, err
	}
	return Truth(t, r)
}

// addIsAbstract gives classmethod, staticmethod and property their
// __isabstractmethod__ (what abc uses to find abstract members).
func addIsAbstract() {
	for _, tp := range []*Type{&ClassMethodType, &StaticMethodType} {
		addGetSet(tp, "__isabstractmethod__", func(t *Thread, v Value) (Value, error) {
			b, err := isAbstract(t, objectAs[wrapperDescr](v.ref).fn)
			return Bool(b), err
		}, nil)
	}
	addGetSet(&PropertyType, "__isabstractmethod__", func(t *Thread, v Value) (Value, error) {
		p := objectAs[Property](v.ref)
		for _, f := range []Value{p.fget, p.fset, p.fdel} {
			if b, err := isAbstract(t, f); err != nil || b {
				return Bool(b), err
			}
		}
		return False, nil
	}, nil)
}
