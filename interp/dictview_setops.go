package interp

// This file gives dict's keys and items views their set behaviour
// (CPython's dictview_richcompare and dictviews_and/or/xor/sub and
// isdisjoint): comparisons with sets and other set-like views, and the
// set operators, whose results are sets.

import "github.com/pyjit/pyjit/bytecode"

// isSetLikeView reports whether v is a keys or items view (of any
// subclass, such as OrderedDict's).
func isSetLikeView(v Value) bool {
	tp := v.Type()
	return tp.IsSubtype(&DictKeysType) || tp.IsSubtype(&DictItemsType)
}

// allContainedIn is all(x in b for x in a).
func allContainedIn(t *Thread, a, b Value) (bool, error) {
	it, err := Iter(t, a)
	if err != nil {
		return false, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return false, err
		}
		if x.IsNull() {
			return true, nil
		}
		ok, err := Contains(t, b, x)
		if err != nil || !ok {
			return false, err
		}
	}
}

func dictViewCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	_, isSet := asSet(b)
	if !isSet && !isSetLikeView(b) {
		return NotImplemented, nil
	}
	la, err := Len(t, a)
	if err != nil {
		return Value{}, err
	}
	lb, err := Len(t, b)
	if err != nil {
		return Value{}, err
	}
	var ok bool
	switch op {
	case bytecode.CmpEQ, bytecode.CmpNE:
		if la == lb {
			if ok, err = allContainedIn(t, a, b); err != nil {
				return Value{}, err
			}
		}
		if op == bytecode.CmpNE {
			ok = !ok
		}
	case bytecode.CmpLT, bytecode.CmpLE:
		if la < lb || (op == bytecode.CmpLE && la == lb) {
			if ok, err = allContainedIn(t, a, b); err != nil {
				return Value{}, err
			}
		}
	case bytecode.CmpGT, bytecode.CmpGE:
		if la > lb || (op == bytecode.CmpGE && la == lb) {
			if ok, err = allContainedIn(t, b, a); err != nil {
				return Value{}, err
			}
		}
	}
	return Bool(ok), nil
}

// dictViewSetOp is a set operator with a view operand: the set method
// of set(a) applied to b (any iterable).
func dictViewSetOp(method string) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		r, err := Call(t, TypeValue(&SetType), []Value{a}, nil)
		if err != nil {
			return Value{}, err
		}
		res, found, err := callMethod(t, r, method, b)
		if err == nil && !found {
			err = notImplemented("set." + method)
		}
		return res, err
	}
}

func setupDictViewSetOps() {
	for _, tp := range []*Type{&DictKeysType, &DictItemsType} {
		tp.Slots.RichCompare = dictViewCompare
		tp.Slots.Number[bytecode.BinOpAnd] = dictViewSetOp("intersection")
		tp.Slots.Number[bytecode.BinOpOr] = dictViewSetOp("union")
		tp.Slots.Number[bytecode.BinOpXor] = dictViewSetOp("symmetric_difference")
		tp.Slots.Number[bytecode.BinOpSubtract] = dictViewSetOp("difference")
		addMethod(tp, "isdisjoint", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("isdisjoint", args, kw, 1); err != nil {
				return Value{}, err
			}
			it, err := Iter(t, args[0])
			if err != nil {
				return Value{}, err
			}
			for {
				x, err := Next(t, it)
				if err != nil {
					return Value{}, err
				}
				if x.IsNull() {
					return True, nil
				}
				in, err := Contains(t, self, x)
				if err != nil {
					return Value{}, err
				}
				if in {
					return False, nil
				}
			}
		})
	}
}
