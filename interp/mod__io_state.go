package interp

// This file gives StringIO and BytesIO their pickling state
// (__getstate__ / __setstate__), as stringio.c and bytesio.c do, so copy
// and pickle can rebuild them.

import "github.com/pyjit/pyjit/frontend/literal"

// ioStateDict is the __dict__ part of a state: None when empty.
func ioStateDict(self Value) Value {
	a := &ioObj(self).attrs
	if a.dict == nil && (a.shape == nil || len(a.values) == 0) {
		return None
	}
	d := a.Dict()
	if d.Len() == 0 {
		return None
	}
	return FromObject(&d.Copy().Object)
}

// ioRestoreDict merges a state's dict into the instance __dict__.
func ioRestoreDict(t *Thread, self, d Value, msg string) error {
	if d.IsNone() {
		return nil
	}
	if _, ok := asDict(d); !ok {
		return NewError(&TypeErrorType, msg, typeName(d))
	}
	return ioObj(self).attrs.Dict().Update(t, d)
}

func setupIOState() {
	addMethod(&stringIOType, "__getstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		st, err := stringIOSelf(self)
		if err != nil {
			return Value{}, err
		}
		nl := st.newlineArg
		if nl.IsNull() {
			nl = StrValue("\n")
		}
		return NewTupleValue([]Value{StrValue(literal.FromRunes(st.buf)), nl, Int(int64(st.pos)), ioStateDict(self)}), nil
	})
	addMethod(&stringIOType, "__setstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__setstate__", args, kw, 1); err != nil {
			return Value{}, err
		}
		if _, err := stringIOSelf(self); err != nil {
			return Value{}, err
		}
		tu, ok := asTuple(args[0])
		if !ok || len(tu.items) < 4 {
			return Value{}, NewError(&TypeErrorType, "%s.__setstate__ argument should be 4-tuple, got %s", typeFullName(self.Type()), typeName(args[0]))
		}
		// As stringio_setstate: __init__(value, newline) (which records
		// the value's newlines), then the buffer replaced untranslated.
		if err := stringIOInit(t, self, []Value{tu.items[0], tu.items[1]}, nil); err != nil {
			return Value{}, err
		}
		s, ok := asStr(tu.items[0])
		if !ok {
			s = NewStr("")
		}
		st := ioObj(self).impl.(*stringIO)
		st.buf = append([]rune(nil), s.codePoints()...)
		if !tu.items[2].IsInt() {
			return Value{}, NewError(&TypeErrorType, "third item of state must be an integer, got %s", typeName(tu.items[2]))
		}
		if tu.items[2].AsInt() < 0 {
			return Value{}, NewError(&ValueErrorType, "position value cannot be negative")
		}
		st.pos = int(tu.items[2].AsInt())
		return None, ioRestoreDict(t, self, tu.items[3], "fourth item of state should be a dict, got a %s")
	})
	addMethod(&bytesIOType, "__getstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		st, err := bytesIOSelf(self)
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{BytesValue(append([]byte(nil), st.buf...)), Int(int64(st.pos)), ioStateDict(self)}), nil
	})
	addMethod(&bytesIOType, "__setstate__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__setstate__", args, kw, 1); err != nil {
			return Value{}, err
		}
		st, err := bytesIOSelf(self)
		if err != nil {
			return Value{}, err
		}
		tu, ok := asTuple(args[0])
		if !ok || len(tu.items) < 3 {
			return Value{}, NewError(&TypeErrorType, "%s.__setstate__ argument should be 3-tuple, got %s", typeFullName(self.Type()), typeName(args[0]))
		}
		b, err := bufferArg(tu.items[0])
		if err != nil {
			return Value{}, err
		}
		if !tu.items[1].IsInt() {
			return Value{}, NewError(&TypeErrorType, "second item of state must be an integer, not %s", typeName(tu.items[1]))
		}
		if tu.items[1].AsInt() < 0 {
			return Value{}, NewError(&ValueErrorType, "position value cannot be negative")
		}
		st.buf = append([]byte(nil), b...)
		st.pos = int(tu.items[1].AsInt())
		return None, ioRestoreDict(t, self, tu.items[2], "third item of state should be a dict, got a %s")
	})
}
