package interp

// This file gives int, float and str their __format__ methods, so that
// format() of a subclass instance (which misses Format's fast paths)
// formats the builtin value as CPython's int.__format__ etc. do; and the
// float methods that builtins and math reach by name (__round__,
// __trunc__, __floor__, __ceil__).

import "math"

// builtinFormatMethod makes T.__format__: an empty spec is str(self)
// (which honours a subclass's __str__/__repr__), others go to spec.
func builtinFormatMethod(spec func(t *Thread, self Value, spec string) (Value, error)) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__format__", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "__format__() argument must be str, not %s", typeName(args[0]))
		}
		if s.s == "" {
			return Str_(t, self)
		}
		return spec(t, self, s.s)
	}
}

func setupBuiltinFormat() {
	adds := map[*Type]func(t *Thread, self Value, spec string) (Value, error){
		&IntType: formatIntSpec,
		&FloatType: func(t *Thread, self Value, spec string) (Value, error) {
			return formatFloatSpec(self.AsFloat(), spec)
		},
		&StrType: func(t *Thread, self Value, spec string) (Value, error) {
			return formatStrSpec(mustStr(self).s, spec)
		},
	}
	for tp, f := range adds {
		if !hasOwn(tp, "__format__") {
			addMethod(tp, "__format__", builtinFormatMethod(f))
		}
	}
	// math.trunc/floor/ceil and round() special-case exact floats;
	// subclass instances find these methods.
	for name, f := range map[string]func(float64) float64{"__trunc__": math.Trunc, "__floor__": math.Floor, "__ceil__": math.Ceil} {
		if hasOwn(&FloatType, name) {
			continue
		}
		name, f := name, f
		addMethod(&FloatType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return floatToInt(f(self.AsFloat()))
		})
	}
	if !hasOwn(&FloatType, "__round__") {
		addMethod(&FloatType, "__round__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 || len(args) > 1 {
				return Value{}, NewError(&TypeErrorType, "__round__ expected at most 1 argument, got %d", len(args))
			}
			return builtinRound(t, None, append([]Value{Float(self.AsFloat())}, args...), nil)
		})
	}
}
