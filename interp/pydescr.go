package interp

// This file implements the descriptor types Python code uses directly:
// property, classmethod, staticmethod, and super.

import "fmt"

// Descriptor types.
var (
	PropertyType     = Type{Name: "property"}
	ClassMethodType  = Type{Name: "classmethod"}
	StaticMethodType = Type{Name: "staticmethod"}
	SuperType        = Type{Name: "super"}
)

// wrapperDescr is a classmethod or staticmethod object.
type wrapperDescr struct {
	Object
	fn    Value
	attrs Attrs
}

func newStaticMethod(fn Value) Value {
	return FromObject(&(&wrapperDescr{Object: Object{typ: &StaticMethodType}, fn: fn}).Object)
}

func newClassMethod(fn Value) Value {
	return FromObject(&(&wrapperDescr{Object: Object{typ: &ClassMethodType}, fn: fn}).Object)
}

func staticMethodGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	return objectAs[wrapperDescr](descr.ref).fn, nil
}

func classMethodGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	if typ == nil {
		typ = obj.Type()
	}
	fn := objectAs[wrapperDescr](descr.ref).fn
	if get := fn.Type().Slots.DescrGet; get != nil && fn.Type() != &FunctionType {
		return get(t, fn, TypeValue(typ), typ.typ)
	}
	return newMethod(fn, TypeValue(typ)), nil
}

func staticMethodCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	return Call(t, objectAs[wrapperDescr](callable.ref).fn, args, kwnames)
}

// Property is a property object.
type Property struct {
	Object
	fget, fset, fdel, doc Value
	name                  Value
}

func propertyNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return FromObject(&newPropertyOf(typ).Object), nil
}

func propertyInit(t *Thread, self Value, args []Value, kwnames []string) error {
	p := objectAs[Property](self.ref)
	vals := []*Value{&p.fget, &p.fset, &p.fdel, &p.doc}
	names := []string{"fget", "fset", "fdel", "doc"}
	pos := args[:len(args)-len(kwnames)]
	if len(pos) > 4 {
		return NewError(&TypeErrorType, "property() takes at most 4 arguments (%d given)", len(pos))
	}
	for i, v := range pos {
		*vals[i] = v
	}
	for i, k := range kwnames {
		found := false
		for j, n := range names {
			if n == k {
				*vals[j] = args[len(pos)+i]
				found = true
			}
		}
		if !found {
			return NewError(&TypeErrorType, "property() got an unexpected keyword argument '%s'", k)
		}
	}
	if p.doc.IsNone() && !p.fget.IsNone() {
		if d, err := GetAttrString(t, p.fget, "__doc__"); err == nil {
			p.doc = d
		}
	}
	return nil
}

func propertyGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	p := objectAs[Property](descr.ref)
	if obj.IsNull() || obj.IsNone() && typ == &NoneType {
		if obj.IsNull() {
			return descr, nil
		}
	}
	if p.fget.IsNone() {
		return Value{}, NewError(&AttributeErrorType, "property%s of '%s' object has no getter", propertyName(t, p), typeName(obj))
	}
	return Call(t, p.fget, []Value{obj}, nil)
}

// propertyName is " 'name'" for error messages, or "" when the property
// never learnt its name (CPython then says "property of ...").
func propertyName(t *Thread, p *Property) string {
	if p.name.IsNone() || p.name.IsNull() {
		return ""
	}
	r, _ := ReprString(t, p.name)
	return " " + r
}

func propertySet(t *Thread, descr, obj, value Value) error {
	p := objectAs[Property](descr.ref)
	if value.IsNull() {
		if p.fdel.IsNone() {
			return NewError(&AttributeErrorType, "property%s of '%s' object has no deleter", propertyName(t, p), typeName(obj))
		}
		_, err := Call(t, p.fdel, []Value{obj}, nil)
		return err
	}
	if p.fset.IsNone() {
		return NewError(&AttributeErrorType, "property%s of '%s' object has no setter", propertyName(t, p), typeName(obj))
	}
	_, err := Call(t, p.fset, []Value{obj, value}, nil)
	return err
}

func propertyCopy(p *Property, which int, fn Value) Value {
	n := *p
	n.Object = Object{typ: p.typ}
	switch which {
	case 0:
		n.fget = fn
	case 1:
		n.fset = fn
	case 2:
		n.fdel = fn
	}
	return FromObject(&n.Object)
}

// Super is a super object.
type Super struct {
	Object
	thisType *Type
	obj      Value
	objType  *Type
}

func newSuper(this *Type, obj Value, objType *Type) Value {
	return FromObject(&(&Super{Object: Object{typ: &SuperType}, thisType: this, obj: obj, objType: objType}).Object)
}

func superNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "super() takes no keyword arguments")
	}
	var this *Type
	var obj Value
	switch len(args) {
	case 0:
		f := t.frame
		if f == nil || f.code == nil {
			return Value{}, NewError(&RuntimeErrorType, "super(): no current frame")
		}
		co := f.code
		if co.Code.ArgCount == 0 {
			return Value{}, NewError(&RuntimeErrorType, "super(): no arguments")
		}
		obj = f.slots[0]
		if obj.IsNull() {
			return Value{}, NewError(&RuntimeErrorType, "super(): arg[0] deleted")
		}
		if obj.Type() == &CellType && co.Code.LocalsPlusKinds[0]&0x40 != 0 {
			obj = objectAs[Cell](obj.ref).V
		}
		found := false
		for i, n := range co.varnames {
			if n.s == "__class__" && co.Code.LocalsPlusKinds[i]&0x80 != 0 {
				found = true
				c := f.slots[i]
				if c.IsNull() || c.Type() != &CellType {
					return Value{}, NewError(&RuntimeErrorType, "super(): bad __class__ cell")
				}
				cv := objectAs[Cell](c.ref).V
				if cv.IsNull() {
					return Value{}, NewError(&RuntimeErrorType, "super(): empty __class__ cell")
				}
				tp, ok := asType(cv)
				if !ok {
					return Value{}, NewError(&RuntimeErrorType, "super(): __class__ is not a type (%s)", typeName(cv))
				}
				this = tp
			}
		}
		if !found {
			return Value{}, NewError(&RuntimeErrorType, "super(): __class__ cell not found")
		}
	case 1, 2:
		tp, ok := asType(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "super() argument 1 must be a type, not %s", typeName(args[0]))
		}
		this = tp
		if len(args) == 1 {
			return newSuper(this, Value{}, nil), nil
		}
		obj = args[1]
	default:
		return Value{}, NewError(&TypeErrorType, "super() takes at most 2 arguments (%d given)", len(args))
	}
	objType, err := superCheck(this, obj)
	if err != nil {
		return Value{}, err
	}
	return newSuper(this, obj, objType), nil
}

// superCheck is CPython's supercheck.
func superCheck(this *Type, obj Value) (*Type, error) {
	if tp, ok := asType(obj); ok && tp.IsSubtype(this) {
		return tp, nil
	}
	if obj.Type().IsSubtype(this) {
		return obj.Type(), nil
	}
	return nil, NewError(&TypeErrorType, "super(type, obj): obj must be an instance or subtype of type")
}

func superGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	s := objectAs[Super](v.ref)
	if s.objType != nil && name.s != "__class__" {
		mro := s.objType.MRO
		i := 0
		for i < len(mro) && mro[i] != s.thisType {
			i++
		}
		for i++; i < len(mro); i++ {
			if mro[i].Dict == nil {
				continue
			}
			res, ok, err := mro[i].Dict.GetStr(t, name)
			if err != nil {
				return Value{}, err
			}
			if !ok {
				continue
			}
			if get := res.Type().Slots.DescrGet; get != nil {
				obj := s.obj
				if obj.Is(TypeValue(s.objType)) {
					obj = Value{}
				}
				return get(t, res, obj, s.objType)
			}
			return res, nil
		}
	}
	r, err := GenericGetAttr(t, v, name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == &AttributeErrorType {
			return Value{}, NewError(&AttributeErrorType, "'super' object has no attribute '%s'", name.s)
		}
	}
	return r, err
}

func superRepr(t *Thread, v Value) (Value, error) {
	s := objectAs[Super](v.ref)
	if s.objType != nil {
		return StrValue(fmt.Sprintf("<super: <class '%s'>, <%s object>>", s.thisType.Name, s.objType.Name)), nil
	}
	return StrValue(fmt.Sprintf("<super: <class '%s'>, NULL>", s.thisType.Name)), nil
}

func setupPyDescr() {
	for _, tp := range []*Type{&StaticMethodType, &ClassMethodType} {
		initBuiltinType(tp, "")
		tp.Flags |= FlagBaseType
		tp.Slots = Slots{New: wrapperNewAny, Init: wrapperInit}
		addGetSet(tp, "__func__", func(t *Thread, v Value) (Value, error) { return objectAs[wrapperDescr](v.ref).fn, nil }, nil)
		addGetSet(tp, "__wrapped__", func(t *Thread, v Value) (Value, error) { return objectAs[wrapperDescr](v.ref).fn, nil }, nil)
	}
	StaticMethodType.Slots.DescrGet = staticMethodGet
	StaticMethodType.Slots.Call = staticMethodCall
	ClassMethodType.Slots.DescrGet = classMethodGet

	pt := &PropertyType
	initBuiltinType(pt, "")
	pt.Flags |= FlagBaseType
	pt.Slots = Slots{New: propertyNew, Init: propertyInit, DescrGet: propertyGet, DescrSet: propertySet}
	for i, name := range []string{"getter", "setter", "deleter"} {
		which := i
		addMethod(pt, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1); err != nil {
				return Value{}, err
			}
			return propertyCopyOf(t, self, which, args[0])
		})
	}
	for i, name := range []string{"fget", "fset", "fdel", "__doc__"} {
		which := i
		var set func(*Thread, Value, Value) error
		if name == "__doc__" {
			// A writable member in CPython (namedtuple fields get their
			// docs assigned); deleting it leaves None.
			set = func(t *Thread, v, val Value) error {
				if val.IsNull() {
					val = None
				}
				objectAs[Property](v.ref).doc = val
				return nil
			}
		}
		addGetSet(pt, name, func(t *Thread, v Value) (Value, error) {
			p := objectAs[Property](v.ref)
			return [...]Value{p.fget, p.fset, p.fdel, p.doc}[which], nil
		}, set)
	}
	addMethod(pt, "__set_name__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__set_name__", args, kw, 2); err != nil {
			return Value{}, err
		}
		objectAs[Property](self.ref).name = args[1]
		return None, nil
	})

	st := &SuperType
	initBuiltinType(st, "")
	st.Flags |= FlagBaseType
	st.Slots = Slots{New: superNew, GetAttr: superGetAttr, Repr: superRepr}
}
