package interp

// This file implements the two roots of the object model: object (the
// default slots every class inherits) and type (calling a class, class
// attribute lookup, and class creation by type(name, bases, ns)).

import (
	"fmt"
	"math/bits"

	"github.com/pyjit/pyjit/bytecode"
)

// Instance is an instance of a class whose solid base is object.
type Instance struct {
	Object
	attrs Attrs
}

// The descriptors of object's attribute protocol, for the fast-path
// checks in the Python-level slots.
var (
	objectGetAttributeDescr Value
	objectSetAttrDescr      Value
	objectDelAttrDescr      Value
	objectInitDescr         Value
	objectNewDescr          Value
)

func objectRepr(t *Thread, v Value) (Value, error) {
	tp := v.Type()
	mod := typeModule(t, tp)
	name := typeQualName(tp)
	if mod != "builtins" {
		name = mod + "." + name
	}
	return StrValue(fmt.Sprintf("<%s object at %#x>", name, objectID(v))), nil
}

func objectStr(t *Thread, v Value) (Value, error) { return Repr(t, v) }

func objectHash(t *Thread, v Value) (int64, error) {
	p := uint64(objectID(v))
	h := int64(bits.RotateLeft64(p, -4))
	if h == -1 {
		h = -2
	}
	return h, nil
}

func objectRichCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	switch op {
	case bytecode.CmpEQ:
		if a.Is(b) {
			return True, nil
		}
		return NotImplemented, nil
	case bytecode.CmpNE:
		f := a.Type().Slots.RichCompare
		if f == nil {
			return NotImplemented, nil
		}
		r, err := f(t, a, b, bytecode.CmpEQ)
		if err != nil || r.IsNotImplemented() {
			return r, err
		}
		tr, err := Truth(t, r)
		return Bool(!tr), err
	}
	return NotImplemented, nil
}

// excessArgs reports whether a constructor got any arguments.
func excessArgs(args []Value) bool { return len(args) > 0 }

func objectNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if excessArgs(args) {
		if !typ.Lookup(internStatic("__new__")).Is(objectNewDescr) {
			return Value{}, NewError(&TypeErrorType, "object.__new__() takes exactly one argument (the type to instantiate)")
		}
		if typ.Lookup(internStatic("__init__")).Is(objectInitDescr) {
			return Value{}, NewError(&TypeErrorType, "%s() takes no arguments", typ.Name)
		}
	}
	if typ.Flags&flagAbstract != 0 {
		return Value{}, abstractInstanceError(t, typ)
	}
	if typ.Flags&FlagHeap == 0 && typ != &ObjectType {
		return Value{}, NewError(&TypeErrorType, "object.__new__(%s) is not safe, use %s.__new__()", typ.Name, typ.Name)
	}
	return newInstanceOf(t, typ)
}

// newInstanceOf allocates an empty instance of a class, with the storage
// of its solid base.
func newInstanceOf(t *Thread, typ *Type) (Value, error) {
	switch typ.Base {
	case &ObjectType:
		return FromObject(&(&Instance{Object: Object{typ: typ}}).Object), nil
	case &ioBaseType:
		return newIOObject(typ, nil), nil
	}
	return Value{}, objectNewUnsafe(typ)
}

func objectInit(t *Thread, self Value, args []Value, kwnames []string) error {
	if excessArgs(args) {
		tp := self.Type()
		if !tp.Lookup(internStatic("__init__")).Is(objectInitDescr) {
			return NewError(&TypeErrorType, "object.__init__() takes exactly one argument (the instance to initialize)")
		}
		if tp.Lookup(internStatic("__new__")).Is(objectNewDescr) {
			return NewError(&TypeErrorType, "%s() takes no arguments", tp.Name)
		}
	}
	return nil
}

func typeRepr(t *Thread, v Value) (Value, error) {
	tp := objectAs[Type](v.ref)
	return StrValue("<class '" + typeFullName(tp) + "'>"), nil
}

// typeCall is type.__call__: make and initialize an instance.
func typeCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	tp := objectAs[Type](callable.ref)
	if tp == &TypeType && len(args) == 1 && len(kwnames) == 0 {
		return TypeValue(args[0].Type()), nil
	}
	if tp.Slots.New == nil {
		return Value{}, NewError(&TypeErrorType, "cannot create '%s' instances", typeFullName(tp))
	}
	obj, err := tp.Slots.New(t, tp, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if obj.IsNull() || !obj.Type().IsSubtype(tp) {
		return obj, nil
	}
	if init := obj.Type().Slots.Init; init != nil {
		if err := init(t, obj, args, kwnames); err != nil {
			return Value{}, err
		}
	}
	return obj, nil
}

// typeGetAttr is type.__getattribute__.
func typeGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	tp := objectAs[Type](v.ref)
	meta := v.Type()
	metaAttr := meta.Lookup(name)
	var metaGet func(t *Thread, descr, obj Value, typ *Type) (Value, error)
	if !metaAttr.IsNull() {
		mt := metaAttr.Type()
		metaGet = mt.Slots.DescrGet
		if metaGet != nil && mt.Slots.DescrSet != nil {
			return metaGet(t, metaAttr, v, meta)
		}
	}
	attr := tp.Lookup(name)
	if !attr.IsNull() {
		if get := attr.Type().Slots.DescrGet; get != nil {
			return get(t, attr, Value{}, tp)
		}
		return attr, nil
	}
	if metaGet != nil {
		return metaGet(t, metaAttr, v, meta)
	}
	if !metaAttr.IsNull() {
		return metaAttr, nil
	}
	return Value{}, attributeError(t, v, name)
}

// addSetAttrWrappers gives tp the __setattr__ and __delattr__ slot
// wrappers of its attribute-assignment function.
func addSetAttrWrappers(tp *Type, set func(t *Thread, v Value, name *Str, value Value) error) {
	addSlotWrapper(tp, "__setattr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__setattr__", args, kw, 2); err != nil {
			return Value{}, err
		}
		name, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[0]))
		}
		return None, set(t, self, name, args[1])
	})
	addSlotWrapper(tp, "__delattr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__delattr__", args, kw, 1); err != nil {
			return Value{}, err
		}
		name, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[0]))
		}
		return None, set(t, self, name, Value{})
	})
}

// typeNewDescr is type.__dict__['__new__'].
var typeNewDescr Value

// typeSetAttr is type.__setattr__: only classes are mutable.
func typeSetAttr(t *Thread, v Value, name *Str, value Value) error {
	tp := objectAs[Type](v.ref)
	if tp.Flags&FlagHeap == 0 {
		return NewError(&TypeErrorType, "cannot set '%s' attribute of immutable type '%s'", name.s, tp.Name)
	}
	meta := v.Type()
	if descr := meta.Lookup(name); !descr.IsNull() {
		if set := descr.Type().Slots.DescrSet; set != nil {
			return set(t, descr, v, value)
		}
	}
	if value.IsNull() {
		_, ok, err := tp.Dict.Pop(t, FromObject(&name.Object))
		if err != nil {
			return err
		}
		if !ok {
			return NewError(&AttributeErrorType, "type object '%s' has no attribute '%s'", tp.Name, name.s)
		}
	} else if err := tp.Dict.SetItem(t, FromObject(&name.Object), value); err != nil {
		return err
	}
	tp.Modified()
	if _, ok := dunderSlots[name.s]; ok {
		refreshSlots(tp)
	}
	return nil
}

// refreshSlots recomputes the slots of tp and its subclasses after a
// dunder changed.
func refreshSlots(tp *Type) {
	fixupSlots(tp)
	for _, s := range tp.Subclasses() {
		if s.Flags&FlagHeap != 0 {
			refreshSlots(s)
		}
	}
}

// typeNew is type(name, bases, ns): class creation.
func typeNew(t *Thread, meta *Type, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	if meta == &TypeType && len(pos) == 1 && len(kwnames) == 0 {
		return TypeValue(pos[0].Type()), nil
	}
	if len(pos) != 3 {
		return Value{}, NewError(&TypeErrorType, "type() takes 1 or 3 arguments")
	}
	name, ok := asStr(pos[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "type.__new__() argument 1 must be str, not %s", typeName(pos[0]))
	}
	bt, ok := asTuple(pos[1])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "type.__new__() argument 2 must be tuple, not %s", typeName(pos[1]))
	}
	ns, ok := asDict(pos[2])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "type.__new__() argument 3 must be dict, not %s", typeName(pos[2]))
	}
	winner, err := calculateMeta(meta, bt.items)
	if err != nil {
		return Value{}, err
	}
	if winner != meta {
		// A more derived metaclass with its own __new__ builds the class
		// (type('E', (SomeEnum,), ns) makes an EnumType).
		if !winner.Lookup(internStatic("__new__")).Is(typeNewDescr) && winner.Slots.New != nil {
			return winner.Slots.New(t, winner, args, kwnames)
		}
		meta = winner
	}
	var bases []*Type
	for _, b := range bt.items {
		bty, ok := asType(b)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "bases must be types")
		}
		if bty.Flags&FlagBaseType == 0 {
			return Value{}, NewError(&TypeErrorType, "type '%s' is not an acceptable base type", tpName(bty))
		}
		bases = append(bases, bty)
	}
	return newClass(t, meta, name.s, bases, ns, args[len(pos):], kwnames)
}

// solidBase picks the builtin storage the instances need, failing on
// incompatible layouts.
func solidBase(bases []*Type) (*Type, error) {
	var best *Type
	for _, b := range bases {
		sb := b.Base
		if sb == nil {
			sb = &ObjectType
		}
		switch {
		case best == nil || best.IsSubtype(sb):
			if best == nil {
				best = sb
			}
		case sb.IsSubtype(best):
			best = sb
		default:
			return nil, NewError(&TypeErrorType, "multiple bases have instance lay-out conflict")
		}
	}
	return best, nil
}

// newClass makes a heap type.
func newClass(t *Thread, meta *Type, name string, bases []*Type, ns *Dict, kwargs []Value, kwnames []string) (Value, error) {
	if len(bases) == 0 {
		bases = []*Type{&ObjectType}
	}
	base, err := solidBase(bases)
	if err != nil {
		return Value{}, err
	}
	if !subclassableBases[base] {
		return Value{}, notImplemented("subclasses of " + base.Name)
	}
	tp := &Type{Object: Object{typ: meta}, Name: name, Base: base, Flags: FlagHeap | FlagBaseType}
	for _, b := range bases {
		tp.Flags |= b.Flags & FlagException
	}
	if err := tp.SetBases(bases); err != nil {
		if me, ok := err.(*MROError); ok {
			return Value{}, NewError(&TypeErrorType, "%s", me.Msg)
		}
		return Value{}, err
	}
	d := ns.Copy()
	tp.Dict = d
	d.owner = tp
	if _, ok, _ := d.GetStr(t, internStatic("__module__")); !ok {
		if f := t.frame; f != nil {
			if m, ok, _ := f.globals.GetStr(t, internStatic("__name__")); ok {
				d.setStrNoErr(internStatic("__module__"), m)
			}
		}
	}
	if q, ok, _ := d.GetStr(t, internStatic("__qualname__")); ok {
		qs, isStr := asStr(q)
		if !isStr {
			return Value{}, NewError(&TypeErrorType, "type __qualname__ must be a str, not %s", typeName(q))
		}
		tp.QualName = qs.s
		if _, _, err := d.Pop(t, FromObject(&internStatic("__qualname__").Object)); err != nil {
			return Value{}, err
		}
	} else {
		tp.QualName = name
	}
	// __new__, __init_subclass__ and __class_getitem__ are implicitly
	// static/class methods.
	if v, ok, _ := d.GetStr(t, internStatic("__new__")); ok && v.Type() == &FunctionType {
		d.setStrNoErr(internStatic("__new__"), newStaticMethod(v))
	}
	for _, n := range []string{"__init_subclass__", "__class_getitem__"} {
		if v, ok, _ := d.GetStr(t, internStatic(n)); ok && v.Type() == &FunctionType {
			d.setStrNoErr(internStatic(n), newClassMethod(v))
		}
	}
	if _, ok, _ := d.GetStr(t, internStatic("__eq__")); ok {
		if _, ok, _ := d.GetStr(t, internStatic("__hash__")); !ok {
			d.setStrNoErr(internStatic("__hash__"), None)
		}
	}
	var cell *Cell
	if c, ok, _ := d.Pop(t, StrValue("__classcell__")); ok {
		if c.Type() != &CellType {
			return Value{}, NewError(&TypeErrorType, "__classcell__ must be a nonlocal cell, not %s", reprType(c.Type()))
		}
		cell = objectAs[Cell](c.ref)
	}
	noDict, err := applySlots(t, tp, d)
	if err != nil {
		return Value{}, err
	}
	if !hasDictDescr(tp) && !noDict {
		addGetSetDict(tp)
	}
	// After the slots, as CPython's type_new_set_doc: a '__doc__' slot
	// leaves its member descriptor here.
	if _, ok, _ := d.GetStr(t, internStatic("__doc__")); !ok {
		d.setStrNoErr(internStatic("__doc__"), None)
	}
	fixupSlots(tp)
	tv := TypeValue(tp)
	if cell != nil {
		cell.V = tv
	}
	// __set_name__ on the namespace's descriptors.
	var setNameErr error
	for _, e := range append([]dictEntry(nil), d.entries...) {
		if e.key.IsNull() {
			continue
		}
		if _, found, err := callMethod(t, e.value, "__set_name__", tv, e.key); err != nil {
			setNameErr = wrapSetNameError(t, e.value, e.key, tp, err)
			break
		} else {
			_ = found
		}
	}
	if setNameErr != nil {
		return Value{}, setNameErr
	}
	// super(tp, tp).__init_subclass__(**kwargs)
	sup := newSuper(tp, tv, tp)
	init, err := superGetAttr(t, sup, internStatic("__init_subclass__"))
	if err != nil {
		return Value{}, err
	}
	if _, err := Call(t, init, kwargs, kwnames); err != nil {
		return Value{}, err
	}
	return tv, nil
}

func hasDictDescr(tp *Type) bool {
	return !tp.Lookup(internStatic("__dict__")).IsNull()
}

// addGetSetDict gives a class's instances a __dict__ attribute.
func addGetSetDict(tp *Type) {
	g := &GetSet{Object: Object{typ: &GetSetDescrType}, Name: "__dict__", Owner: tp,
		Get: func(t *Thread, v Value) (Value, error) {
			a := attrsOf(v)
			if a == nil {
				return Value{}, NewError(&AttributeErrorType, "'%s' object has no attribute '__dict__'", typeName(v))
			}
			return FromObject(&a.Dict().Object), nil
		},
		Set: func(t *Thread, v, val Value) error {
			a := attrsOf(v)
			d, ok := asDict(val)
			if a == nil || !ok {
				return NewError(&TypeErrorType, "__dict__ must be set to a dictionary, not a '%s'", typeName(val))
			}
			a.dict, a.shape, a.values = d, nil, nil
			return nil
		}}
	tp.Dict.setStrNoErr(internStatic("__dict__"), FromObject(&g.Object))
}

func setupObjectAndType() {
	ot := &ObjectType
	initBuiltinType(ot, "The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n")
	ot.Flags |= FlagBaseType
	ot.Slots = Slots{Repr: objectRepr, Str: objectStr, Hash: objectHash, RichCompare: objectRichCompare,
		New: objectNew, Init: objectInit}
	addSlotWrappers(ot)
	objectInitDescr, _, _ = ot.Dict.GetStr(nil, Intern("__init__"))
	objectNewDescr, _, _ = ot.Dict.GetStr(nil, Intern("__new__"))
	addSlotWrapper(ot, "__getattribute__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__getattribute__", args, kw, 1); err != nil {
			return Value{}, err
		}
		name, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[0]))
		}
		return GenericGetAttr(t, self, name)
	})
	addSetAttrWrappers(ot, GenericSetAttr)
	setupObjectReduce(ot)
	objectGetAttributeDescr, _, _ = ot.Dict.GetStr(nil, Intern("__getattribute__"))
	objectSetAttrDescr, _, _ = ot.Dict.GetStr(nil, Intern("__setattr__"))
	objectDelAttrDescr, _, _ = ot.Dict.GetStr(nil, Intern("__delattr__"))
	addClassMethod(ot, "__init_subclass__", func(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
		if len(args) > 0 {
			tp, _ := asType(cls)
			return Value{}, NewError(&TypeErrorType, "%s.__init_subclass__() takes no keyword arguments", tp.Name)
		}
		return None, nil
	})
	// object.__subclasshook__ takes any arguments (METH_VARARGS) and
	// defers to the normal subclass check; _py_abc calls it.
	addClassMethod(ot, "__subclasshook__", func(t *Thread, cls Value, args []Value, kw []string) (Value, error) {
		return NotImplemented, nil
	})
	addMethod(ot, "__format__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__format__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return objectFormat(t, self, args[0])
	})
	addGetSet(ot, "__class__", func(t *Thread, v Value) (Value, error) { return TypeValue(v.Type()), nil },
		func(t *Thread, v, val Value) error { return notImplemented("assigning __class__") })
	ot.Dict.setStrNoErr(Intern("__doc__"), StrValue(ot.Doc))

	tt := &TypeType
	initBuiltinType(tt, "type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type")
	tt.Flags |= FlagBaseType
	tt.Slots = Slots{Repr: typeRepr, Call: typeCall, GetAttr: typeGetAttr, SetAttr: typeSetAttr, New: typeNew,
		Init: func(t *Thread, self Value, args []Value, kwnames []string) error { return nil },
		Hash: objectHash, RichCompare: objectRichCompare}
	// type's own attribute slots, reachable through super() in metaclasses.
	addSetAttrWrappers(tt, typeSetAttr)
	addSlotWrapper(tt, "__getattribute__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__getattribute__", args, kw, 1); err != nil {
			return Value{}, err
		}
		name, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "attribute name must be string, not '%s'", typeName(args[0]))
		}
		return typeGetAttr(t, self, name)
	})
	typeNewDescr, _, _ = tt.Dict.GetStr(nil, Intern("__new__"))
	tget := func(name string, get func(t *Thread, tp *Type) (Value, error), set func(*Thread, Value, Value) error) {
		addGetSet(tt, name, func(t *Thread, v Value) (Value, error) { return get(t, objectAs[Type](v.ref)) }, set)
	}
	tget("__name__", func(t *Thread, tp *Type) (Value, error) { return StrValue(tp.Name), nil }, nil)
	tget("__qualname__", func(t *Thread, tp *Type) (Value, error) { return StrValue(typeQualName(tp)), nil }, nil)
	tget("__module__", func(t *Thread, tp *Type) (Value, error) { return StrValue(typeModule(t, tp)), nil }, nil)
	tget("__doc__", func(t *Thread, tp *Type) (Value, error) {
		if tp.Flags&FlagHeap != 0 {
			v, ok, _ := tp.Dict.GetStr(t, internStatic("__doc__"))
			if ok {
				if get := v.Type().Slots.DescrGet; get != nil {
					return get(t, v, Value{}, tp)
				}
				return v, nil
			}
			return None, nil
		}
		if tp.Doc == "" {
			return None, nil
		}
		return StrValue(tp.Doc), nil
	}, nil)
	tget("__bases__", func(t *Thread, tp *Type) (Value, error) {
		items := make([]Value, len(tp.Bases))
		for i, b := range tp.Bases {
			items[i] = TypeValue(b)
		}
		return NewTupleValue(items), nil
	}, nil)
	tget("__base__", func(t *Thread, tp *Type) (Value, error) {
		if len(tp.Bases) == 0 {
			return None, nil
		}
		return TypeValue(tp.Bases[0]), nil
	}, nil)
	tget("__mro__", func(t *Thread, tp *Type) (Value, error) {
		items := make([]Value, len(tp.MRO))
		for i, b := range tp.MRO {
			items[i] = TypeValue(b)
		}
		return NewTupleValue(items), nil
	}, nil)
	tget("__dict__", func(t *Thread, tp *Type) (Value, error) { return newMappingProxy(FromObject(&tp.Dict.Object)), nil }, nil)
	addMethod(tt, "mro", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		tp := objectAs[Type](self.ref)
		items := make([]Value, len(tp.MRO))
		for i, b := range tp.MRO {
			items[i] = TypeValue(b)
		}
		return NewListValue(items), nil
	})
	addMethod(tt, "__subclasses__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		tp := objectAs[Type](self.ref)
		var items []Value
		for _, s := range tp.Subclasses() {
			items = append(items, TypeValue(s))
		}
		return NewListValue(items), nil
	})
	addSlotWrappers(tt)
}
