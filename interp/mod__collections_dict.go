package interp

// This file implements the dict side of _collections: defaultdict (a
// dict whose missing keys are filled by a factory), _count_elements
// (Counter's counting loop) and _tuplegetter (namedtuple's field
// descriptors).

import (
	"github.com/pyjit/pyjit/bytecode"
)

// defDict is a defaultdict (or an instance of a subclass of it): a dict
// with a default factory. Its solid base is dict, so dict's slots and
// methods, and dict-subclass instance attributes, work unchanged.
type defDict struct {
	Dict
	factory Value // null means None
}

// isDefDict reports whether v's storage is a defDict. Every defaultdict
// and defaultdict-subclass instance is allocated by newDefDictOf (dict's
// own tp_new defers to it), so the type check is enough.
func isDefDict(v Value) bool {
	return v.ref != nil && v.ref.typ.IsSubtype(&defaultDictType)
}

func newDefDictOf(typ *Type) *defDict {
	dd := &defDict{Dict: *NewDict()}
	dd.typ = typ
	return dd
}

func (dd *defDict) factoryValue() Value {
	if dd.factory.IsNull() {
		return None
	}
	return dd.factory
}

func defDictNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return FromObject(&newDefDictOf(typ).Object), nil
}

func defDictInit(t *Thread, self Value, args []Value, kwnames []string) error {
	dd := objectAs[defDict](self.ref)
	npos := len(args) - len(kwnames)
	factory := None
	if npos > 0 {
		factory = args[0]
		if !factory.IsNone() && factory.Type().Slots.Call == nil {
			return NewError(&TypeErrorType, "first argument must be callable or None")
		}
		args = args[1:]
	}
	dd.factory = factory
	return dictInit(t, self, args, kwnames)
}

// defDictMissing is defaultdict.__missing__.
func defDictMissing(t *Thread, self, key Value) (Value, error) {
	dd := objectAs[defDict](self.ref)
	f := dd.factoryValue()
	if f.IsNone() {
		return Value{}, newException(&KeyErrorType, key)
	}
	v, err := Call(t, f, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if self.Type() == &defaultDictType {
		return v, dd.SetItem(t, key, v)
	}
	return v, SetItem(t, self, key, v)
}

// defDictGetItem is dict's __getitem__ with a direct call of __missing__
// for exact defaultdicts (subclasses may override __missing__).
func defDictGetItem(t *Thread, v, key Value) (Value, error) {
	if v.Type() != &defaultDictType {
		return dictGetItem(t, v, key)
	}
	dd := objectAs[defDict](v.ref)
	r, ok, err := dd.GetItem(t, key)
	if err != nil || ok {
		return r, err
	}
	return defDictMissing(t, v, key)
}

func defDictRepr(t *Thread, v Value) (Value, error) {
	dd := objectAs[defDict](v.ref)
	base, err := dictRepr(t, v)
	if err != nil {
		return Value{}, err
	}
	f := dd.factoryValue()
	var fs string
	if f.IsNone() {
		fs = "None"
	} else if t.reprEnter(f) {
		fs = "..."
	} else {
		fs, err = ReprString(t, f)
		t.reprLeave(f)
		if err != nil {
			return Value{}, err
		}
	}
	return StrValue(v.Type().Name + "(" + fs + ", " + mustStr(base).s + ")"), nil
}

// defDictCopy is defaultdict.copy: type(dd)(dd.default_factory, dd).
func defDictCopy(t *Thread, v Value) (Value, error) {
	dd := objectAs[defDict](v.ref)
	return Call(t, TypeValue(v.Type()), []Value{dd.factoryValue(), v}, nil)
}

// defDictOr is defaultdict.__or__ and __ror__.
func defDictOr(t *Thread, a, b Value) (Value, error) {
	self, other := a, b
	if !isDefDict(a) {
		self, other = b, a
	}
	if _, ok := asDict(other); !ok {
		return NotImplemented, nil
	}
	dd := objectAs[defDict](self.ref)
	r, err := Call(t, TypeValue(self.Type()), []Value{dd.factoryValue(), a}, nil)
	if err != nil {
		return Value{}, err
	}
	d, ok := asDict(r)
	if !ok {
		return r, nil
	}
	return r, d.Update(t, b)
}

func setupDefaultDictType() {
	tp := &defaultDictType
	tp.Base = &DictType
	initBuiltinType(tp, "defaultdict(default_factory=None, /, [...]) --> dict with default factory\n\nThe default factory is called without arguments to produce\na new value when a key is not present, in __getitem__ only.\nA defaultdict compares equal to a dict with the same items.\nAll remaining arguments are treated the same as if they were\npassed to the dict constructor, including keyword arguments.\n", &DictType)
	tp.Module = "collections"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{Repr: defDictRepr, New: defDictNew, Init: defDictInit, GetItem: defDictGetItem}
	tp.Slots.Number[bytecode.BinOpOr] = defDictOr
	addMethod(tp, "__missing__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("defaultdict.__missing__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return defDictMissing(t, self, args[0])
	})
	for _, n := range []string{"copy", "__copy__"} {
		qual := "defaultdict." + n
		addMethod(tp, n, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(qual, args, kw, 0); err != nil {
				return Value{}, err
			}
			return defDictCopy(t, self)
		})
	}
	addMethod(tp, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reduce__", args, kw, 0); err != nil {
			return Value{}, err
		}
		dd := objectAs[defDict](self.ref)
		fargs := NewTupleValue(nil)
		if f := dd.factoryValue(); !f.IsNone() {
			fargs = NewTupleValue([]Value{f})
		}
		items, _, err := callMethod(t, self, "items")
		if err != nil {
			return Value{}, err
		}
		it, err := Iter(t, items)
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{TypeValue(self.Type()), fargs, None, None, it}), nil
	})
	addGetSet(tp, "default_factory", func(t *Thread, v Value) (Value, error) {
		return objectAs[defDict](v.ref).factoryValue(), nil
	}, func(t *Thread, v, val Value) error {
		objectAs[defDict](v.ref).factory = val
		return nil
	})
	addSlotWrappers(tp)
	inheritSlots(tp)
}

// countElements is _count_elements(mapping, iterable): Counter's
// counting loop, straight into the dict storage when the mapping uses
// dict's get and __setitem__.
func countElements(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := posArgs("_count_elements", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	mapping, iterable := args[0], args[1]
	it, err := Iter(t, iterable)
	if err != nil {
		return Value{}, err
	}
	d, isDict := asDict(mapping)
	if isDict {
		tp := mapping.Type()
		isDict = tp == &DictType || (tp.Lookup(internStatic("get")).Is(DictType.Lookup(internStatic("get"))) &&
			tp.Lookup(internStatic("__setitem__")).Is(DictType.Lookup(internStatic("__setitem__"))))
	}
	var get Value
	if !isDict {
		if get, err = GetAttrString(t, mapping, "get"); err != nil {
			return Value{}, err
		}
	}
	one := Int(1)
	for {
		elem, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if elem.IsNull() {
			return None, nil
		}
		if isDict {
			old, ok, err := d.GetItem(t, elem)
			if err != nil {
				return Value{}, err
			}
			nv := one
			if ok {
				if nv, err = BinaryOp(t, bytecode.BinOpAdd, old, one); err != nil {
					return Value{}, err
				}
			}
			if err := d.SetItem(t, elem, nv); err != nil {
				return Value{}, err
			}
			continue
		}
		old, err := Call(t, get, []Value{elem, Int(0)}, nil)
		if err != nil {
			return Value{}, err
		}
		nv, err := BinaryOp(t, bytecode.BinOpAdd, old, one)
		if err != nil {
			return Value{}, err
		}
		if err := SetItem(t, mapping, elem, nv); err != nil {
			return Value{}, err
		}
	}
}

// tupleGetter is a namedtuple field: a data descriptor reading one tuple
// item.
type tupleGetter struct {
	Object
	index int
	doc   Value
}

func tupleGetterNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 && typ == &tupleGetterType {
		return Value{}, NewError(&TypeErrorType, "_tuplegetter() takes no keyword arguments")
	}
	if err := posArgs("_tuplegetter", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	n, err := ssizeArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&tupleGetter{Object: Object{typ: typ}, index: int(n), doc: args[1]}).Object), nil
}

func tupleGetterGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	g := objectAs[tupleGetter](descr.ref)
	if obj.IsNull() {
		return descr, nil
	}
	tu, ok := asTuple(obj)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "descriptor for index '%d' for tuple subclasses doesn't apply to '%s' object", g.index, typeName(obj))
	}
	if g.index < 0 || g.index >= len(tu.items) {
		return Value{}, NewError(&IndexErrorType, "tuple index out of range")
	}
	return tu.items[g.index], nil
}

func tupleGetterSet(t *Thread, descr, obj, value Value) error {
	if value.IsNull() {
		return NewError(&AttributeErrorType, "can't delete attribute")
	}
	return NewError(&AttributeErrorType, "can't set attribute")
}

func setupTupleGetterType() {
	tp := &tupleGetterType
	initBuiltinType(tp, "")
	tp.Module = "_collections"
	tp.Slots = Slots{New: tupleGetterNew, DescrGet: tupleGetterGet, DescrSet: tupleGetterSet}
	addGetSet(tp, "__doc__", func(t *Thread, v Value) (Value, error) {
		return objectAs[tupleGetter](v.ref).doc, nil
	}, func(t *Thread, v, val Value) error {
		objectAs[tupleGetter](v.ref).doc = val
		return nil
	})
	addDescrWrappers(tp)
	addMethod(tp, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reduce__", args, kw, 0); err != nil {
			return Value{}, err
		}
		g := objectAs[tupleGetter](self.ref)
		return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue([]Value{Int(int64(g.index)), g.doc})}), nil
	})
	addSlotWrappers(tp)
	inheritSlots(tp)
}
