package interp

// This file implements mappingproxy (types.MappingProxyType), the
// read-only view of a mapping that type.__dict__ returns. Besides
// read-only class dictionaries it keeps type(type.__dict__) distinct
// from dict, which pprint's dispatch table (keyed by each type's
// __repr__) relies on.

import (
	"sync"

	"github.com/pyjit/pyjit/bytecode"
)

// MappingProxyType is types.MappingProxyType.
var MappingProxyType = Type{Name: "mappingproxy"}

var mappingProxyOnce sync.Once

// mappingProxy wraps a mapping; every operation goes to it.
type mappingProxy struct {
	Object
	m Value
}

// newMappingProxy returns a proxy of m.
func newMappingProxy(m Value) Value {
	mappingProxyOnce.Do(setupMappingProxy)
	p := &mappingProxy{Object: Object{typ: &MappingProxyType}, m: m}
	return FromObject(&p.Object)
}

func proxied(v Value) Value { return objectAs[mappingProxy](v.ref).m }

func setupMappingProxy() {
	tp := &MappingProxyType
	initBuiltinType(tp, "")
	tp.Slots.New = func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		a, err := clinicArgs("mappingproxy", args, kwnames, []string{"mapping"}, 1, 1)
		if err != nil {
			return Value{}, err
		}
		m := a[0]
		if m.IsNull() {
			return Value{}, NewError(&TypeErrorType, "mappingproxy() missing required argument 'mapping' (pos 1)")
		}
		if m.ref == nil || m.Type().Slots.GetItem == nil || m.Type().IsSubtype(&ListType) || m.Type().IsSubtype(&TupleType) {
			return Value{}, NewError(&TypeErrorType, "mappingproxy() argument must be a mapping, not %s", typeName(m))
		}
		return newMappingProxy(m), nil
	}
	tp.Slots.Repr = func(t *Thread, v Value) (Value, error) {
		s, err := ReprString(t, proxied(v))
		if err != nil {
			return Value{}, err
		}
		return StrValue("mappingproxy(" + s + ")"), nil
	}
	tp.Slots.Str = func(t *Thread, v Value) (Value, error) { return Str_(t, proxied(v)) }
	tp.Slots.Hash = unhashable
	tp.Slots.Len = func(t *Thread, v Value) (int, error) { return Len(t, proxied(v)) }
	tp.Slots.GetItem = func(t *Thread, v, key Value) (Value, error) { return GetItem(t, proxied(v), key) }
	tp.Slots.Contains = func(t *Thread, v, item Value) (bool, error) { return Contains(t, proxied(v), item) }
	tp.Slots.Iter = func(t *Thread, v Value) (Value, error) { return Iter(t, proxied(v)) }
	tp.Slots.RichCompare = func(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
		return RichCompare(t, proxied(a), b, op)
	}
	tp.Slots.Number[bytecode.BinOpOr] = func(t *Thread, a, b Value) (Value, error) {
		if a.Type() == &MappingProxyType {
			a = proxied(a)
		}
		if b.Type() == &MappingProxyType {
			b = proxied(b)
		}
		return BinaryOp(t, bytecode.BinOpOr, a, b)
	}
	forward := func(name string, max int) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := rangeArgs(name, args, kw, 0, max); err != nil {
				return Value{}, err
			}
			r, _, err := callMethod(t, proxied(self), name, args...)
			return r, err
		})
	}
	forward("keys", 0)
	forward("values", 0)
	forward("items", 0)
	forward("copy", 0)
	forward("__reversed__", 0)
	addMethod(tp, "get", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("get", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		if len(args) == 1 {
			args = append(args[:1:1], None)
		}
		r, _, err := callMethod(t, proxied(self), "get", args...)
		return r, err
	})
	addClassMethod(tp, "__class_getitem__", classGetItem)
	addSlotWrappers(tp)
	inheritSlots(tp)
}
