package interp

// This file gives object its __sizeof__ and __dir__ methods.

func setupObjectExtras() {
	ot := &ObjectType
	addMethod(ot, "__sizeof__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__sizeof__", args, kw, 0); err != nil {
			return Value{}, err
		}
		// A plausible basic size: the header plus one word per
		// instance attribute slot.
		n := int64(16)
		if a := attrsOf(self); a != nil {
			n += 16
		}
		return Int(n), nil
	})
	addMethod(ot, "__dir__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("object.__dir__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return dirDefault(t, None, []Value{self}, nil)
	})
}
