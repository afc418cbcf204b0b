package interp

// This file gives builtin functions and methods __qualname__ and
// __reduce__, so that pickle can save them by reference: a module-level
// function reduces to its name (found again through __module__), a
// bound method to getattr(self, name).

func setupBuiltinReduce() {
	tp := &BuiltinFunctionType
	addGetSet(tp, "__qualname__", func(t *Thread, v Value) (Value, error) {
		b := objectAs[Builtin](v.ref)
		if b.Self.IsNull() || b.Self.Type() == &ModuleType {
			return StrValue(b.Name), nil
		}
		owner := b.Self.Type()
		if st, ok := asType(b.Self); ok {
			owner = st
		}
		return StrValue(typeQualName(owner) + "." + b.Name), nil
	}, nil)
	addMethod(tp, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__reduce__", args, kw, 0); err != nil {
			return Value{}, err
		}
		b := objectAs[Builtin](self.ref)
		if b.Self.IsNull() || b.Self.Type() == &ModuleType {
			return StrValue(b.Name), nil
		}
		getattr, ok, err := t.in.Builtins.GetStr(t, internStatic("getattr"))
		if err != nil || !ok {
			return Value{}, NewError(&AttributeErrorType, "getattr")
		}
		return NewTupleValue([]Value{getattr, NewTupleValue([]Value{b.Self, StrValue(b.Name)})}), nil
	})
}
