package interp

// This file implements weakref proxies (weakref.ProxyType and
// weakref.CallableProxyType): objects that forward attribute access and
// the common operations to their referent and raise ReferenceError once
// it is gone. Only the basic protocol is forwarded (attributes, str,
// bool, len, iteration, items, containment, comparison, calls); the
// arithmetic slots are not.

import (
	"fmt"

	"github.com/pyjit/pyjit/bytecode"
)

func setupWeakProxyTypes() {
	for _, tp := range []*Type{&weakProxyType, &weakCallableProxyType} {
		initBuiltinType(tp, "")
		tp.Module = "weakref"
		tp.Slots = Slots{
			Repr: proxyRepr,
			Str: func(t *Thread, v Value) (Value, error) {
				return proxyApply(t, v, func(o Value) (Value, error) { return Str_(t, o) })
			},
			Bool: func(t *Thread, v Value) (bool, error) {
				o, err := proxyReferent(v)
				if err != nil {
					return false, err
				}
				return Truth(t, o)
			},
			Len: func(t *Thread, v Value) (int, error) {
				o, err := proxyReferent(v)
				if err != nil {
					return 0, err
				}
				return Len(t, o)
			},
			Iter: func(t *Thread, v Value) (Value, error) {
				return proxyApply(t, v, func(o Value) (Value, error) { return Iter(t, o) })
			},
			GetItem: func(t *Thread, v, key Value) (Value, error) {
				return proxyApply(t, v, func(o Value) (Value, error) { return GetItem(t, o, key) })
			},
			SetItem: func(t *Thread, v, key, val Value) error {
				o, err := proxyReferent(v)
				if err != nil {
					return err
				}
				if val.IsNull() {
					return DelItem(t, o, key)
				}
				return SetItem(t, o, key, val)
			},
			Contains: func(t *Thread, v, item Value) (bool, error) {
				o, err := proxyReferent(v)
				if err != nil {
					return false, err
				}
				return Contains(t, o, item)
			},
			GetAttr: func(t *Thread, v Value, name *Str) (Value, error) {
				return proxyApply(t, v, func(o Value) (Value, error) { return GetAttr(t, o, name) })
			},
			SetAttr: func(t *Thread, v Value, name *Str, val Value) error {
				o, err := proxyReferent(v)
				if err != nil {
					return err
				}
				return SetAttr(t, o, name, val)
			},
			RichCompare: proxyRichCompare,
			// Proxies are unhashable even while alive (proxy_hash is unset).
			Hash: func(t *Thread, v Value) (int64, error) {
				return 0, NewError(&TypeErrorType, "unhashable type: '%s'", weakTpName(v.Type()))
			},
		}
	}
	weakCallableProxyType.Slots.Call = func(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
		return proxyApply(t, callable, func(o Value) (Value, error) { return Call(t, o, args, kwnames) })
	}
}

// proxyReferent is the live referent of a proxy, or ReferenceError.
func proxyReferent(v Value) (Value, error) {
	if o, ok := objectAs[weakRef](v.ref).get(); ok {
		return o, nil
	}
	return Value{}, NewError(&ReferenceErrorType, "weakly-referenced object no longer exists")
}

func proxyApply(t *Thread, v Value, f func(o Value) (Value, error)) (Value, error) {
	runWeakCallbacks(t)
	o, err := proxyReferent(v)
	if err != nil {
		return Value{}, err
	}
	return f(o)
}

func proxyRepr(t *Thread, v Value) (Value, error) {
	o, ok := objectAs[weakRef](v.ref).get()
	if !ok {
		// CPython would read freed memory here; say it is dead.
		return StrValue(fmt.Sprintf("<weakproxy at %#x; dead>", objectID(v))), nil
	}
	return StrValue(fmt.Sprintf("<weakproxy at %#x to %s at %#x>", objectID(v), weakTpName(o.Type()), objectID(o))), nil
}

// proxyRichCompare unwraps proxies on both sides and compares the
// referents.
func proxyRichCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	unwrap := func(v Value) (Value, error) {
		if tp := v.Type(); tp == &weakProxyType || tp == &weakCallableProxyType {
			return proxyReferent(v)
		}
		return v, nil
	}
	oa, err := unwrap(a)
	if err != nil {
		return Value{}, err
	}
	ob, err := unwrap(b)
	if err != nil {
		return Value{}, err
	}
	return RichCompare(t, oa, ob, op)
}

// weakrefProxy is _weakref.proxy(obj[, callback]).
func weakrefProxy(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	runWeakCallbacks(t)
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "proxy() takes no keyword arguments")
	}
	if len(args) < 1 {
		return Value{}, NewError(&TypeErrorType, "proxy expected at least 1 argument, got %d", len(args))
	}
	if len(args) > 2 {
		return Value{}, NewError(&TypeErrorType, "proxy expected at most 2 arguments, got %d", len(args))
	}
	var cb Value
	if len(args) == 2 && !args[1].IsNone() {
		cb = args[1]
	}
	typ := &weakProxyType
	if args[0].Type().Slots.Call != nil {
		typ = &weakCallableProxyType
	}
	r, err := newWeakRef(t, typ, args[0], cb)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&r.Object), nil
}
