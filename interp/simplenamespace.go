package interp

// This file makes types.SimpleNamespace (the type of sys.implementation):
// a class whose instances take keyword arguments as attributes, compare
// by their __dict__ and print as namespace(a=1, b='x').

import (
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

const simpleNamespaceDoc = "A simple attribute-based namespace.\n\nSimpleNamespace(**kwargs)"

// makeSimpleNamespaceType creates the class for one interpreter.
func makeSimpleNamespaceType(t *Thread) (*Type, error) {
	ns := NewDict()
	ns.setStrNoErr(Intern("__module__"), StrValue("types"))
	ns.setStrNoErr(Intern("__doc__"), StrValue(simpleNamespaceDoc))
	cls, err := Call(t, TypeValue(&TypeType), []Value{StrValue("SimpleNamespace"), NewTupleValue([]Value{TypeValue(&ObjectType)}), FromObject(&ns.Object)}, nil)
	if err != nil {
		return nil, err
	}
	tp, _ := asType(cls)
	addMethod(tp, "__init__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if len(args) > len(kw) {
			return Value{}, NewError(&TypeErrorType, "no positional arguments expected")
		}
		for i, k := range kw {
			if err := SetAttr(t, self, Intern(k), args[i]); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
	addMethod(tp, "__repr__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__repr__", args, kw, 0); err != nil {
			return Value{}, err
		}
		name := "namespace"
		if self.Type() != tp {
			name = self.Type().Name
		}
		if t.reprEnter(self) {
			return StrValue(name + "(...)"), nil
		}
		defer t.reprLeave(self)
		d, err := GetAttrString(t, self, "__dict__")
		if err != nil {
			return Value{}, err
		}
		var parts []string
		if d.Type().IsSubtype(&DictType) {
			var rerr error
			objectAs[Dict](d.ref).Range(func(k, v Value) bool {
				ks, isS := asStr(k)
				if !isS {
					return true
				}
				r, err := ReprString(t, v)
				if err != nil {
					rerr = err
					return false
				}
				parts = append(parts, ks.s+"="+r)
				return true
			})
			if rerr != nil {
				return Value{}, rerr
			}
		}
		return StrValue(name + "(" + strings.Join(parts, ", ") + ")"), nil
	})
	addMethod(tp, "__eq__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__eq__", args, kw, 1); err != nil {
			return Value{}, err
		}
		if !args[0].Type().IsSubtype(tp) {
			return NotImplemented, nil
		}
		a, err := GetAttrString(t, self, "__dict__")
		if err != nil {
			return Value{}, err
		}
		b, err := GetAttrString(t, args[0], "__dict__")
		if err != nil {
			return Value{}, err
		}
		return RichCompare(t, a, b, bytecode.CmpEQ)
	})
	addMethod(tp, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		d, err := GetAttrString(t, self, "__dict__")
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue(nil), d}), nil
	})
	tp.Dict.setStrNoErr(Intern("__hash__"), None)
	tp.Modified()
	refreshSlots(tp)
	return tp, nil
}
