package interp

// This file gives OSError CPython's constructor and attributes
// (Objects/exceptions.c): OSError(errno, strerror[, filename[, winerror[,
// filename2]]]) sets errno, strerror, filename and filename2, picks the
// subclass for the errno (OSError(2, ...) is a FileNotFoundError), keeps
// only (errno, strerror) in args when a filename is given, and formats
// "[Errno 2] No such file: 'f'". BlockingIOError's third argument is
// characters_written. The values live with the instance attributes.

// errnoSubclass maps errno values to OSError subclasses (Linux numbers).
var errnoSubclass = map[int64]*Type{
	11: &BlockingIOErrorType, 114: &BlockingIOErrorType, 115: &BlockingIOErrorType,
	10: &ChildProcessErrorType, 32: &BrokenPipeErrorType, 108: &BrokenPipeErrorType,
	103: &ConnectionAbortedErrorType, 111: &ConnectionRefusedErrorType, 104: &ConnectionResetErrorType,
	17: &FileExistsErrorType, 2: &FileNotFoundErrorType, 21: &IsADirectoryErrorType,
	20: &NotADirectoryErrorType, 4: &InterruptedErrorType, 13: &PermissionErrorType, 1: &PermissionErrorType,
	3: &ProcessLookupErrorType, 110: &TimeoutErrorType,
}

var oserrorFields = []string{"errno", "strerror", "filename", "filename2"}

func setupOSError() {
	for _, row := range exceptionTable {
		if row.typ.IsSubtype(&OSErrorType) {
			row.typ.Slots.New = oserrorNew
			row.typ.Slots.Init = oserrorInit
			row.typ.Slots.Str = oserrorStr
		}
	}
	ot := &OSErrorType
	for _, name := range oserrorFields {
		key := internStatic(name)
		addGetSet(ot, name, func(t *Thread, v Value) (Value, error) {
			r, err := objectAs[Exception](v.ref).attrs.Get(t, key)
			if err != nil || r.IsNull() {
				return None, err
			}
			return r, nil
		}, func(t *Thread, v, val Value) error {
			return objectAs[Exception](v.ref).attrs.Set(t, key, val)
		})
	}
	written := internStatic("characters_written")
	addGetSet(&BlockingIOErrorType, "characters_written", func(t *Thread, v Value) (Value, error) {
		r, err := objectAs[Exception](v.ref).attrs.Get(t, written)
		if err == nil && r.IsNull() {
			return Value{}, newException(&AttributeErrorType, StrValue("characters_written"))
		}
		return r, err
	}, func(t *Thread, v, val Value) error {
		iv, err := indexValue(t, val, "")
		if err != nil {
			return err
		}
		return objectAs[Exception](v.ref).attrs.Set(t, written, iv)
	})
	noArgMethodOf(ot, "__reduce__", func(t *Thread, self Value) (Value, error) {
		e := objectAs[Exception](self.ref)
		args := append([]Value(nil), e.Args...)
		fn, _ := e.attrs.Get(t, internStatic("filename"))
		if len(args) == 2 && !fn.IsNull() && !fn.IsNone() {
			args = append(args, fn)
			if fn2, _ := e.attrs.Get(t, internStatic("filename2")); !fn2.IsNull() && !fn2.IsNone() {
				args = append(args, None, fn2)
			}
		}
		state, err := exceptionState(t, e)
		if err != nil {
			return Value{}, err
		}
		if state != nil {
			return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue(args), FromObject(&state.Object)}), nil
		}
		return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue(args)}), nil
	})
}

// oserrorUseInit is exceptions.c's oserror_use_init: a subclass that
// overrides __init__ (but not __new__) parses the arguments in __init__.
func oserrorUseInit(typ *Type) bool {
	init := typ.Lookup(internStatic("__init__"))
	nw := typ.Lookup(internStatic("__new__"))
	return !init.IsNull() && init.Type() == &FunctionType && (nw.IsNull() || nw.Type() != &FunctionType)
}

func oserrorNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	useInit := oserrorUseInit(typ)
	if !useInit {
		if len(kwnames) > 0 {
			return Value{}, NewError(&TypeErrorType, "%s() takes no keyword arguments", typ.Name)
		}
		if typ == &OSErrorType && len(pos) >= 2 && len(pos) <= 5 {
			if n, ok := smallInt(pos[0]); ok && isIntLike(pos[0]) {
				if sub, ok := errnoSubclass[n]; ok {
					typ = sub
				}
			}
		}
	}
	e := &Exception{Object: Object{typ: typ}}
	e.Args = append([]Value(nil), pos...)
	if !useInit {
		if err := oserrorSetup(t, e, pos); err != nil {
			return Value{}, err
		}
	}
	return e.Value(), nil
}

func oserrorInit(t *Thread, self Value, args []Value, kwnames []string) error {
	e := objectAs[Exception](self.ref)
	if !oserrorUseInit(e.typ) {
		return nil
	}
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
	}
	pos := args[:len(args)-len(kwnames)]
	e.Args = append([]Value(nil), pos...)
	return oserrorSetup(t, e, pos)
}

// oserrorSetup is oserror_parse_args plus oserror_init.
func oserrorSetup(t *Thread, e *Exception, pos []Value) error {
	if len(pos) < 2 || len(pos) > 5 {
		return nil
	}
	set := func(name string, v Value) error { return e.attrs.Set(t, internStatic(name), v) }
	if err := set("errno", pos[0]); err != nil {
		return err
	}
	if err := set("strerror", pos[1]); err != nil {
		return err
	}
	if len(pos) >= 3 && !pos[2].IsNone() {
		filename := pos[2]
		if e.typ == &BlockingIOErrorType && (isIntLike(filename) || filename.IsFloat() || filename.Type().Slots.Index != nil) {
			iv, err := indexValue(t, filename, "")
			if err != nil {
				return NewError(&ValueErrorType, "%s", err.Error())
			}
			return set("characters_written", iv)
		}
		if err := set("filename", filename); err != nil {
			return err
		}
		if len(pos) == 5 && !pos[4].IsNone() {
			if err := set("filename2", pos[4]); err != nil {
				return err
			}
		}
		e.Args = e.Args[:2]
	}
	return nil
}

func oserrorStr(t *Thread, v Value) (Value, error) {
	e := objectAs[Exception](v.ref)
	get := func(name string) Value {
		r, _ := e.attrs.Get(t, internStatic(name))
		if r.IsNone() {
			return Value{}
		}
		return r
	}
	str := func(x Value) (string, error) {
		r, err := Str_(t, x)
		if err != nil {
			return "", err
		}
		return mustStr(r).s, nil
	}
	repr := func(x Value) (string, error) {
		r, err := Repr(t, x)
		if err != nil {
			return "", err
		}
		return mustStr(r).s, nil
	}
	errno, strerror, fn, fn2 := get("errno"), get("strerror"), get("filename"), get("filename2")
	if !fn.IsNull() || !errno.IsNull() && !strerror.IsNull() {
		if errno.IsNull() {
			errno = None
		}
		if strerror.IsNull() {
			strerror = None
		}
		es, err := str(errno)
		if err != nil {
			return Value{}, err
		}
		ss, err := str(strerror)
		if err != nil {
			return Value{}, err
		}
		out := "[Errno " + es + "] " + ss
		if !fn.IsNull() {
			fs, err := repr(fn)
			if err != nil {
				return Value{}, err
			}
			out += ": " + fs
			if !fn2.IsNull() {
				f2s, err := repr(fn2)
				if err != nil {
					return Value{}, err
				}
				out += " -> " + f2s
			}
		}
		return StrValue(out), nil
	}
	return exceptionStr(t, v)
}
