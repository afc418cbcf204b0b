package interp

// This file gives classes (heap types) their slots: a dunder method
// defined in a class's namespace installs a Go wrapper that looks the
// method up on the type and calls it (CPython's slot_* functions in
// typeobject.c); slots a class does not define are inherited along the
// MRO. Builtin types get the reverse: wrapper methods in their namespace
// (object.__init__, int.__add__ ...) that call their Go slots.

import (
	"reflect"

	"github.com/pyjit/pyjit/bytecode"
)

// binopDunders[op] are the forward and reflected names of a binary
// operator, or the in-place name.
var binopDunders = [bytecode.NumBinOps][2]string{
	{"__add__", "__radd__"}, {"__and__", "__rand__"}, {"__floordiv__", "__rfloordiv__"},
	{"__lshift__", "__rlshift__"}, {"__matmul__", "__rmatmul__"}, {"__mul__", "__rmul__"},
	{"__mod__", "__rmod__"}, {"__or__", "__ror__"}, {"__pow__", "__rpow__"},
	{"__rshift__", "__rrshift__"}, {"__sub__", "__rsub__"}, {"__truediv__", "__rtruediv__"},
	{"__xor__", "__rxor__"},
	{"__iadd__"}, {"__iand__"}, {"__ifloordiv__"}, {"__ilshift__"}, {"__imatmul__"}, {"__imul__"},
	{"__imod__"}, {"__ior__"}, {"__ipow__"}, {"__irshift__"}, {"__isub__"}, {"__itruediv__"}, {"__ixor__"},
}

var cmpDunders = [bytecode.NumCmpOps]string{"__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__"}

// slotInstaller sets one slot of a heap type to its Python-level wrapper.
type slotInstaller func(s *Slots)

// dunderSlots maps each dunder to the slot(s) it drives.
var dunderSlots = map[string]slotInstaller{}

func init() {
	set := func(names []string, f slotInstaller) {
		for _, n := range names {
			dunderSlots[n] = f
		}
	}
	set([]string{"__repr__"}, func(s *Slots) { s.Repr = pyUnary("__repr__") })
	set([]string{"__str__"}, func(s *Slots) { s.Str = pyUnary("__str__") })
	set([]string{"__hash__"}, func(s *Slots) { s.Hash = pyHash })
	set(cmpDunders[:], func(s *Slots) { s.RichCompare = pyRichCompare })
	set([]string{"__bool__"}, func(s *Slots) { s.Bool = pyBool })
	set([]string{"__len__"}, func(s *Slots) { s.Len = pyLen })
	set([]string{"__getattribute__", "__getattr__"}, func(s *Slots) { s.GetAttr = pyGetAttr })
	set([]string{"__setattr__", "__delattr__"}, func(s *Slots) { s.SetAttr = pySetAttr })
	set([]string{"__get__"}, func(s *Slots) { s.DescrGet = pyDescrGet })
	set([]string{"__set__", "__delete__"}, func(s *Slots) { s.DescrSet = pyDescrSet })
	set([]string{"__call__"}, func(s *Slots) { s.Call = pyCall })
	set([]string{"__new__"}, func(s *Slots) { s.New = pyNew })
	set([]string{"__init__"}, func(s *Slots) { s.Init = pyInit })
	set([]string{"__iter__"}, func(s *Slots) { s.Iter = pyUnary("__iter__") })
	set([]string{"__next__"}, func(s *Slots) { s.Next = pyNext })
	set([]string{"__getitem__"}, func(s *Slots) { s.GetItem = pyGetItem })
	set([]string{"__setitem__", "__delitem__"}, func(s *Slots) { s.SetItem = pySetItem })
	set([]string{"__contains__"}, func(s *Slots) { s.Contains = pyContains })
	set([]string{"__neg__"}, func(s *Slots) { s.Neg = pyUnary("__neg__") })
	set([]string{"__pos__"}, func(s *Slots) { s.Pos = pyUnary("__pos__") })
	set([]string{"__invert__"}, func(s *Slots) { s.Invert = pyUnary("__invert__") })
	set([]string{"__abs__"}, func(s *Slots) { s.Abs = pyUnary("__abs__") })
	set([]string{"__index__"}, func(s *Slots) { s.Index = pyUnary("__index__") })
	set([]string{"__int__"}, func(s *Slots) { s.Int = pyUnary("__int__") })
	set([]string{"__float__"}, func(s *Slots) { s.Float = pyUnary("__float__") })
	for op := bytecode.BinOp(0); op < bytecode.NumBinOps; op++ {
		op := op
		names := binopDunders[op]
		var f BinaryFunc
		if op.Inplace() {
			f = pyInplace(names[0])
		} else {
			f = pyBinary(op, names[0], names[1])
		}
		for _, n := range names {
			if n != "" {
				dunderSlots[n] = func(s *Slots) { s.Number[op] = f }
			}
		}
	}
}

// fixupSlots recomputes a heap type's slots from its MRO.
func fixupSlots(tp *Type) {
	var s Slots
	for _, m := range tp.MRO {
		if m.Flags&FlagHeap != 0 {
			var fresh Slots
			m.Dict.Range(func(k, v Value) bool {
				if ks, ok := asStr(k); ok {
					if inst, ok := dunderSlots[ks.s]; ok {
						inst(&fresh)
					}
				}
				return true
			})
			mergeSlots(&s, &fresh)
			continue
		}
		mergeSlots(&s, &m.Slots)
	}
	tp.Slots = s
	// A class that sets __hash__ = None is unhashable.
	if h := tp.Lookup(internStatic("__hash__")); h.IsNone() {
		tp.Slots.Hash = unhashable
	}
}

// mergeSlots copies into dst every slot dst leaves nil.
func mergeSlots(dst, src *Slots) {
	d := reflect.ValueOf(dst).Elem()
	sv := reflect.ValueOf(src).Elem()
	for i := 0; i < d.NumField(); i++ {
		f := d.Field(i)
		if f.Kind() == reflect.Array {
			for j := 0; j < f.Len(); j++ {
				if f.Index(j).IsNil() {
					f.Index(j).Set(sv.Field(i).Index(j))
				}
			}
			continue
		}
		if f.IsNil() {
			f.Set(sv.Field(i))
		}
	}
}

// hasPyNumber reports whether tp's slot for op is the Python-level wrapper
// (some heap type in its MRO defines one of op's dunders before any
// builtin does).
func hasPyNumber(tp *Type, op bytecode.BinOp) bool {
	for _, m := range tp.MRO {
		if m.Flags&FlagHeap == 0 {
			if m.Slots.Number[op] != nil {
				return false
			}
			continue
		}
		for _, n := range binopDunders[op] {
			if n == "" {
				continue
			}
			if _, ok, _ := m.Dict.GetStr(nil, Intern(n)); ok {
				return true
			}
		}
	}
	return false
}

func pyUnary(name string) UnaryFunc {
	return func(t *Thread, v Value) (Value, error) {
		r, found, err := callMethod(t, v, name)
		if !found && err == nil {
			return Value{}, NewError(&AttributeErrorType, "'%s' object has no attribute '%s'", typeName(v), name)
		}
		return r, err
	}
}

func pyHash(t *Thread, v Value) (int64, error) {
	r, found, err := callMethod(t, v, "__hash__")
	if err != nil {
		return 0, err
	}
	if !found {
		return unhashable(t, v)
	}
	if !isIntLike(r) {
		return 0, NewError(&TypeErrorType, "__hash__ method should return an integer")
	}
	if i, ok := smallInt(r); ok {
		if i == -1 {
			return -2, nil
		}
		return i, nil
	}
	return HashBigInt(toBig(r)), nil
}

func pyRichCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	r, found, err := callMethod(t, a, cmpDunders[op], b)
	if !found && err == nil {
		return NotImplemented, nil
	}
	return r, err
}

func pyBool(t *Thread, v Value) (bool, error) {
	r, found, err := callMethod(t, v, "__bool__")
	if err != nil {
		return false, err
	}
	if !found {
		if _, ok, err := callMethod(t, v, "__len__"); ok || err != nil {
			n, err := pyLen(t, v)
			return n != 0, err
		}
		return true, nil
	}
	if r.ref != &BoolTag {
		return false, NewError(&TypeErrorType, "__bool__ should return bool, returned %s", typeName(r))
	}
	return r.bits != 0, nil
}

func pyLen(t *Thread, v Value) (int, error) {
	r, found, err := callMethod(t, v, "__len__")
	if err != nil {
		return 0, err
	}
	if !found {
		return 0, NewError(&TypeErrorType, "object of type '%s' has no len()", typeName(v))
	}
	iv, err := indexValue(t, r, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		if toBig(iv).Sign() < 0 {
			return 0, NewError(&ValueErrorType, "__len__() should return >= 0")
		}
		return 0, NewError(&OverflowErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if n < 0 {
		return 0, NewError(&ValueErrorType, "__len__() should return >= 0")
	}
	return int(n), nil
}

// pyGetAttr is slot_tp_getattr_hook: __getattribute__, then __getattr__
// on AttributeError.
func pyGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	tp := v.Type()
	ga := tp.Lookup(internStatic("__getattribute__"))
	var r Value
	var err error
	if ga.IsNull() || ga.Is(objectGetAttributeDescr) {
		r, err = GenericGetAttr(t, v, name)
	} else {
		r, _, err = callMethod(t, v, "__getattribute__", FromObject(&name.Object))
	}
	if err == nil {
		return r, nil
	}
	if e, ok := err.(*Exception); !ok || !e.typ.IsSubtype(&AttributeErrorType) {
		return Value{}, err
	}
	if tp.Lookup(internStatic("__getattr__")).IsNull() {
		return Value{}, err
	}
	r, _, err = callMethod(t, v, "__getattr__", FromObject(&name.Object))
	return r, err
}

func pySetAttr(t *Thread, v Value, name *Str, value Value) error {
	if value.IsNull() {
		if v.Type().Lookup(internStatic("__delattr__")).Is(objectDelAttrDescr) {
			return GenericSetAttr(t, v, name, value)
		}
		_, _, err := callMethod(t, v, "__delattr__", FromObject(&name.Object))
		return err
	}
	if v.Type().Lookup(internStatic("__setattr__")).Is(objectSetAttrDescr) {
		return GenericSetAttr(t, v, name, value)
	}
	_, _, err := callMethod(t, v, "__setattr__", FromObject(&name.Object), value)
	return err
}

func pyDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	if obj.IsNull() {
		obj = None
	}
	tv := None
	if typ != nil {
		tv = TypeValue(typ)
	}
	r, _, err := callMethod(t, descr, "__get__", obj, tv)
	return r, err
}

func pyDescrSet(t *Thread, descr, obj, value Value) error {
	if value.IsNull() {
		_, found, err := callMethod(t, descr, "__delete__", obj)
		if !found && err == nil {
			return NewError(&AttributeErrorType, "__delete__")
		}
		return err
	}
	_, found, err := callMethod(t, descr, "__set__", obj, value)
	if !found && err == nil {
		return NewError(&AttributeErrorType, "__set__")
	}
	return err
}

func pyCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	m, err := lookupMethod(t, callable, "__call__")
	if err != nil {
		return Value{}, err
	}
	if m.IsNull() {
		return Value{}, NewError(&TypeErrorType, "'%s' object is not callable", typeName(callable))
	}
	return Call(t, m, args, kwnames)
}

func pyNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	fn, err := GetAttr(t, TypeValue(typ), internStatic("__new__"))
	if err != nil {
		return Value{}, err
	}
	full := make([]Value, 0, len(args)+1)
	full = append(append(full, TypeValue(typ)), args...)
	return Call(t, fn, full, kwnames)
}

func pyInit(t *Thread, self Value, args []Value, kwnames []string) error {
	m, err := lookupMethod(t, self, "__init__")
	if err != nil {
		return err
	}
	r, err := Call(t, m, args, kwnames)
	if err != nil {
		return err
	}
	if !r.IsNone() {
		return NewError(&TypeErrorType, "__init__() should return None, not '%s'", typeName(r))
	}
	return nil
}

// pyNext calls __next__. A StopIteration it raises is left to the caller:
// Next (for loops and other consumers) treats it as exhaustion, while
// next() passes it on with its value.
func pyNext(t *Thread, v Value) (Value, error) {
	r, _, err := callMethod(t, v, "__next__")
	if err != nil {
		return Value{}, err
	}
	return r, nil
}

func pyGetItem(t *Thread, v, key Value) (Value, error) {
	r, _, err := callMethod(t, v, "__getitem__", key)
	return r, err
}

func pySetItem(t *Thread, v, key, value Value) error {
	if value.IsNull() {
		_, found, err := callMethod(t, v, "__delitem__", key)
		if !found && err == nil {
			return NewError(&AttributeErrorType, "__delitem__")
		}
		return err
	}
	_, found, err := callMethod(t, v, "__setitem__", key, value)
	if !found && err == nil {
		return NewError(&AttributeErrorType, "__setitem__")
	}
	return err
}

func pyContains(t *Thread, v, item Value) (bool, error) {
	r, found, err := callMethod(t, v, "__contains__", item)
	if err != nil {
		return false, err
	}
	if !found {
		return false, nil
	}
	return Truth(t, r)
}

// pyBinary is SLOT1BINFULL: the operator slot of classes defining name
// and/or rname.
func pyBinary(op bytecode.BinOp, name, rname string) BinaryFunc {
	return func(t *Thread, self, other Value) (Value, error) {
		ta, tb := self.Type(), other.Type()
		doOther := ta != tb && hasPyNumber(tb, op)
		if hasPyNumber(ta, op) {
			if doOther && tb.IsSubtype(ta) {
				r, found, err := callMethod(t, other, rname, self)
				if err != nil || (found && !r.IsNotImplemented()) {
					return r, err
				}
				doOther = false
			}
			r, found, err := callMethod(t, self, name, other)
			if err != nil || (found && !r.IsNotImplemented()) || ta == tb {
				if !found && err == nil {
					return NotImplemented, nil
				}
				return r, err
			}
		}
		if doOther {
			r, found, err := callMethod(t, other, rname, self)
			if err != nil || found {
				return r, err
			}
		}
		return NotImplemented, nil
	}
}

func pyInplace(name string) BinaryFunc {
	return func(t *Thread, self, other Value) (Value, error) {
		r, found, err := callMethod(t, self, name, other)
		if !found && err == nil {
			return NotImplemented, nil
		}
		return r, err
	}
}

// addSlotWrappers exposes a builtin type's own slots as dunder methods in
// its namespace (object.__repr__, list.__getitem__, int.__add__ ...).
func addSlotWrappers(tp *Type) {
	s := tp.Slots
	has := func(name string) bool {
		_, ok, _ := tp.Dict.GetStr(nil, Intern(name))
		return ok
	}
	w := func(name string, fn BuiltinFn) {
		if !has(name) {
			addSlotWrapper(tp, name, fn)
		}
	}
	if f := s.Repr; f != nil {
		w("__repr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__repr__", args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(t, self)
		})
	}
	if f := s.Str; f != nil {
		w("__str__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__str__", args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(t, self)
		})
	}
	if f := s.Hash; f != nil {
		w("__hash__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			h, err := f(t, self)
			return Int(h), err
		})
	}
	if f := s.RichCompare; f != nil {
		for op, name := range cmpDunders {
			op := bytecode.CmpOp(op)
			name := name
			w(name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
				if err := exactArgs(name, args, kw, 1); err != nil {
					return Value{}, err
				}
				return f(t, self, args[0], op)
			})
		}
	}
	if f := s.Len; f != nil {
		w("__len__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			n, err := f(t, self)
			return Int(int64(n)), err
		})
	}
	if f := s.Bool; f != nil {
		w("__bool__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			b, err := f(t, self)
			return Bool(b), err
		})
	}
	if f := s.GetItem; f != nil {
		w("__getitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__getitem__", args, kw, 1); err != nil {
				return Value{}, err
			}
			return f(t, self, args[0])
		})
	}
	if f := s.SetItem; f != nil {
		w("__setitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__setitem__", args, kw, 2); err != nil {
				return Value{}, err
			}
			return None, f(t, self, args[0], args[1])
		})
		w("__delitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__delitem__", args, kw, 1); err != nil {
				return Value{}, err
			}
			return None, f(t, self, args[0], Value{})
		})
	}
	if f := s.Contains; f != nil {
		w("__contains__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__contains__", args, kw, 1); err != nil {
				return Value{}, err
			}
			b, err := f(t, self, args[0])
			return Bool(b), err
		})
	}
	if f := s.Iter; f != nil {
		w("__iter__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) { return f(t, self) })
	}
	if f := s.Next; f != nil {
		w("__next__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, err := f(t, self)
			if err == nil && r.IsNull() {
				return Value{}, newException(&StopIterationType)
			}
			return r, err
		})
	}
	if f := s.Init; f != nil {
		w("__init__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return None, f(t, self, args, kw)
		})
	}
	if f := s.New; f != nil && !has("__new__") {
		owner := tp
		b := NewBuiltin("__new__", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args) == 0 {
				return Value{}, NewError(&TypeErrorType, "%s.__new__(): not enough arguments", owner.Name)
			}
			sub, ok := asType(args[0])
			if !ok {
				return Value{}, NewError(&TypeErrorType, "%s.__new__(X): X is not a type object (%s)", owner.Name, typeName(args[0]))
			}
			if !sub.IsSubtype(owner) {
				return Value{}, NewError(&TypeErrorType, "%s.__new__(%s): %s is not a subtype of %s", owner.Name, sub.Name, sub.Name, owner.Name)
			}
			return f(t, sub, args[1:], kw)
		})
		tp.Dict.setStrNoErr(Intern("__new__"), FromObject(&b.Object))
	}
	if f := s.Call; f != nil {
		w("__call__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) { return f(t, self, args, kw) })
	}
	for op := bytecode.BinOp(0); op < bytecode.NumBinOps; op++ {
		f := s.Number[op]
		if f == nil {
			continue
		}
		names := binopDunders[op]
		w(names[0], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(names[0], args, kw, 1); err != nil {
				return Value{}, err
			}
			return f(t, self, args[0])
		})
		if names[1] != "" {
			w(names[1], func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
				if err := exactArgs(names[1], args, kw, 1); err != nil {
					return Value{}, err
				}
				return f(t, args[0], self)
			})
		}
	}
	unary := []struct {
		name string
		f    UnaryFunc
	}{{"__neg__", s.Neg}, {"__pos__", s.Pos}, {"__invert__", s.Invert}, {"__abs__", s.Abs},
		{"__index__", s.Index}, {"__int__", s.Int}, {"__float__", s.Float}}
	for _, u := range unary {
		if u.f == nil {
			continue
		}
		f := u.f
		w(u.name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) { return f(t, self) })
	}
}
