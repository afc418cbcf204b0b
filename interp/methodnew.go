package interp

// This file implements types.MethodType(function, instance): binding any
// callable to an object by hand, as contextlib.ExitStack does for
// __exit__ methods.

func methodNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "method() takes no keyword arguments")
	}
	if len(args) != 2 {
		return Value{}, NewError(&TypeErrorType, "method expected 2 arguments, got %d", len(args))
	}
	if !isCallable(args[0]) {
		return Value{}, NewError(&TypeErrorType, "first argument must be callable")
	}
	if args[1].IsNone() {
		return Value{}, NewError(&TypeErrorType, "instance must not be None")
	}
	return newMethod(args[0], args[1]), nil
}
