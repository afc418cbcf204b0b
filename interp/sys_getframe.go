package interp

// This file implements sys._getframe, which namedtuple, enum and others
// use to find their caller's module. The frames handed out, and every
// frame below them, are marked escaped so that the call-frame pool never
// reuses them while Python code may hold them (and f_back works).

func sysGetFrame(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := posArgs("_getframe", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	depth := int64(0)
	if len(args) == 1 {
		var err error
		if depth, err = intArg(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	f := t.frame
	for ; f != nil && depth > 0; depth-- {
		f = f.back
	}
	if f == nil {
		return Value{}, NewError(&ValueErrorType, "call stack is not deep enough")
	}
	for g := t.frame; g != nil; g = g.back {
		g.escaped = true
	}
	return FromObject(&f.Object), nil
}
