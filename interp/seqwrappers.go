package interp

// This file exposes the sequence slots sq_concat, sq_repeat and their
// in-place forms as the methods CPython's slot wrappers give them
// (__add__, __mul__, __rmul__, __iadd__, __imul__), so that subclasses can
// call super().__add__(...) and tuple.__mul__ is reachable by name.

// repeatCount converts the count of a sequence repeat wrapper.
func repeatCount(t *Thread, v Value) (int, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok || n != int64(int(n)) {
		return 0, NewError(&OverflowErrorType, "cannot fit '%s' into an index-sized integer", typeName(v))
	}
	return int(n), nil
}

// addSeqWrappers adds the wrappers tp's sequence slots call for.
func addSeqWrappers(tp *Type) {
	s := tp.Slots
	add := func(name string, fn BuiltinFn) {
		if !hasOwn(tp, name) {
			addSlotWrapper(tp, name, fn)
		}
	}
	binary := func(name string, f BinaryFunc) {
		add(name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1); err != nil {
				return Value{}, err
			}
			return f(t, self, args[0])
		})
	}
	repeat := func(name string, f func(t *Thread, v Value, n int) (Value, error)) {
		add(name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1); err != nil {
				return Value{}, err
			}
			n, err := repeatCount(t, args[0])
			if err != nil {
				return Value{}, err
			}
			return f(t, self, n)
		})
	}
	if s.Concat != nil {
		binary("__add__", s.Concat)
	}
	if s.Repeat != nil {
		repeat("__mul__", s.Repeat)
		repeat("__rmul__", s.Repeat)
	}
	if s.InplaceConcat != nil {
		binary("__iadd__", s.InplaceConcat)
	}
	if s.InplaceRepeat != nil {
		repeat("__imul__", s.InplaceRepeat)
	}
}

func setupSeqWrappers() {
	for _, tp := range allBuiltinTypes() {
		addSeqWrappers(tp)
	}
}
