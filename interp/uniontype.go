package interp

// This file implements types.UnionType, the value of `int | str` (PEP
// 604), as CPython's Objects/unionobject.c: the | operator of classes,
// None and generic aliases, and isinstance/issubclass against a union.

import (
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

// UnionTypeType is types.UnionType.
var UnionTypeType = Type{Name: "UnionType", Module: "types"}

// unionObj is X | Y.
type unionObj struct {
	Object
	args   *Tuple
	params *Tuple
}

// isUnionable is CPython's is_unionable: None, classes, generic aliases
// and unions may be or-ed.
func isUnionable(v Value) bool {
	if v.IsNone() {
		return true
	}
	if _, ok := asType(v); ok {
		return true
	}
	tp := v.Type()
	return tp.IsSubtype(&GenericAliasType) || tp == &UnionTypeType
}

// unionOr is the | of classes, generic aliases and unions.
func unionOr(t *Thread, a, b Value) (Value, error) {
	if !isUnionable(a) || !isUnionable(b) {
		return NotImplemented, nil
	}
	var flat []Value
	for _, x := range []Value{a, b} {
		if x.Type() == &UnionTypeType {
			flat = append(flat, objectAs[unionObj](x.ref).args.items...)
			continue
		}
		if x.IsNone() {
			x = TypeValue(&NoneType)
		}
		flat = append(flat, x)
	}
	var args []Value
	for _, x := range flat {
		dup := false
		for _, y := range args {
			eq, err := Equal(t, x, y)
			if err != nil {
				return Value{}, err
			}
			if eq {
				dup = true
				break
			}
		}
		if !dup {
			args = append(args, x)
		}
	}
	if len(args) == 1 {
		return args[0], nil
	}
	return FromObject(&(&unionObj{Object: Object{typ: &UnionTypeType}, args: NewTuple(args)}).Object), nil
}

func unionRepr(t *Thread, v Value) (Value, error) {
	u := objectAs[unionObj](v.ref)
	parts := make([]string, len(u.args.items))
	for i, a := range u.args.items {
		if tp, ok := asType(a); ok && tp == &NoneType {
			parts[i] = "None"
			continue
		}
		s, err := gaReprItem(t, a)
		if err != nil {
			return Value{}, err
		}
		parts[i] = s
	}
	return StrValue(strings.Join(parts, " | ")), nil
}

// unionContains reports whether every arg of x equals some arg of y.
func unionContains(t *Thread, x, y *Tuple) (bool, error) {
	for _, a := range x.items {
		found := false
		for _, b := range y.items {
			eq, err := Equal(t, a, b)
			if err != nil {
				return false, err
			}
			if eq {
				found = true
				break
			}
		}
		if !found {
			return false, nil
		}
	}
	return true, nil
}

func unionCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if b.Type() != &UnionTypeType || (op != bytecode.CmpEQ && op != bytecode.CmpNE) {
		return NotImplemented, nil
	}
	x, y := objectAs[unionObj](a.ref).args, objectAs[unionObj](b.ref).args
	eq, err := unionContains(t, x, y)
	if err == nil && eq {
		eq, err = unionContains(t, y, x)
	}
	if err != nil {
		return Value{}, err
	}
	return Bool(eq == (op == bytecode.CmpEQ)), nil
}

func unionHash(t *Thread, v Value) (int64, error) {
	// hash(frozenset(args)): order-insensitive, like CPython.
	fs := newSet(&FrozenSetType)
	for _, a := range objectAs[unionObj](v.ref).args.items {
		if err := fs.add(t, a); err != nil {
			return 0, err
		}
	}
	return Hash(t, FromObject(&fs.Object))
}

// unionCheck is __instancecheck__ / __subclasscheck__ of a union.
func unionCheck(name string, check func(t *Thread, x, cls Value) (bool, error)) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		// Checked in order: a generic alias raises only when reached.
		for _, a := range objectAs[unionObj](self.ref).args.items {
			r, err := check(t, args[0], a)
			if err != nil || r {
				return Bool(r), err
			}
		}
		return False, nil
	}
}

func setupUnionType() {
	ut := &UnionTypeType
	initBuiltinType(ut, "Represent a PEP 604 union type\n\nE.g. for int | str")
	ut.Slots = Slots{Repr: unionRepr, RichCompare: unionCompare, Hash: unionHash, GetItem: unionGetItem}
	ut.Slots.Number[bytecode.BinOpOr] = unionOr
	TypeType.Slots.Number[bytecode.BinOpOr] = unionOr
	GenericAliasType.Slots.Number[bytecode.BinOpOr] = unionOr
	addGetSet(ut, "__args__", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[unionObj](v.ref).args.Object), nil
	}, nil)
	addGetSet(ut, "__parameters__", func(t *Thread, v Value) (Value, error) {
		u := objectAs[unionObj](v.ref)
		if u.params == nil {
			ga := &GenericAlias{args: u.args}
			p, err := ga.parameters(t)
			if err != nil {
				return Value{}, err
			}
			u.params = p
		}
		return FromObject(&u.params.Object), nil
	}, nil)
	addMethod(ut, "__instancecheck__", unionCheck("__instancecheck__", func(t *Thread, x, cls Value) (bool, error) {
		return isInstanceOf(t, x, cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")
	}))
	addMethod(ut, "__subclasscheck__", unionCheck("__subclasscheck__", func(t *Thread, x, cls Value) (bool, error) {
		r, err := builtinIsSubclass(t, None, []Value{x, cls}, nil)
		if err != nil {
			return false, err
		}
		return r.AsBool(), nil
	}))
	addSlotWrappers(ut)
	inheritSlots(ut)
}

// unionGetItem is (int | T)[str]: substitution, then | of the results.
func unionGetItem(t *Thread, v, key Value) (Value, error) {
	u := objectAs[unionObj](v.ref)
	ga := &GenericAlias{args: u.args, params: u.params}
	out, err := substParams(t, v, ga, key)
	if err != nil {
		return Value{}, err
	}
	u.params = ga.params
	if len(out) == 0 {
		return FromObject(&(&unionObj{Object: Object{typ: &UnionTypeType}, args: NewTuple(nil)}).Object), nil
	}
	res := out[0]
	for _, a := range out[1:] {
		if res, err = BinaryOp(t, bytecode.BinOpOr, res, a); err != nil {
			return Value{}, err
		}
	}
	return res, nil
}
