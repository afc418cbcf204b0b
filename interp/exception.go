package interp

// This file defines exception objects. A Python exception is an
// *Exception, which is also the Go error that every fallible operation
// returns; Go errors that are not *Exception are bugs and become
// SystemError (AsException).

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pyjit/pyjit/frontend/source"
)

// Exception is an instance of BaseException or a subclass.
type Exception struct {
	Object
	attrs           Attrs
	Args            []Value
	Cause           *Exception
	Context         *Exception
	SuppressContext bool
	Traceback       *Traceback
	Notes           Value // null until add_note
	// causeNone records `raise ... from None` (__cause__ is None, not
	// null).
	causeSet bool
	// syntax is the compiler's error behind a SyntaxError.
	syntax *source.Error
	// os holds the attributes of an OSError (exc_oserror.go).
	os *osErrorInfo
	// group holds the message and members of an exception group
	// (exc_group.go).
	group *excGroup
}

// Error implements error: "TypeName: message".
func (e *Exception) Error() string {
	msg := exceptionStrGo(e)
	if msg == "" {
		return e.typ.Name
	}
	return e.typ.Name + ": " + msg
}

// Type returns the exception's class.
func (e *Exception) Type() *Type { return e.typ }

// Value returns the exception as a Python value.
func (e *Exception) Value() Value { return FromObject(&e.Object) }

// newException makes an exception of typ with the given args, without
// running Python-level __init__.
func newException(typ *Type, args ...Value) *Exception {
	return &Exception{Object: Object{typ: typ}, Args: args}
}

// NewError makes an exception of typ whose single argument is the
// formatted message (CPython's PyErr_Format). An empty format gives an
// exception without arguments (MemoryError()).
func NewError(typ *Type, format string, args ...any) *Exception {
	if format == "" && len(args) == 0 {
		return newException(typ)
	}
	msg := format
	if len(args) > 0 {
		msg = fmt.Sprintf(format, args...)
	}
	return newException(typ, StrValue(msg))
}

// notImplemented is the error for features outside this slice.
func notImplemented(what string) *Exception {
	return NewError(&NotImplementedErrorType, "pyjit does not support %s yet", what)
}

// AsException converts any error to a Python exception: Go errors that are
// not exceptions are interpreter bugs and become SystemError.
func AsException(err error) *Exception {
	var e *Exception
	if errors.As(err, &e) {
		return e
	}
	return NewError(&SystemErrorType, "pyjit internal error: %v", err)
}

// asException returns the *Exception of a value that is an exception
// instance.
func asException(v Value) (*Exception, bool) {
	if v.ref != nil && v.ref.typ.Flags&FlagException != 0 && v.ref.typ != &TypeType {
		return objectAs[Exception](v.ref), true
	}
	return nil, false
}

// isExceptionType reports whether v is a class deriving from
// BaseException.
func isExceptionType(v Value) (*Type, bool) {
	if tp, ok := asType(v); ok && tp.IsSubtype(&BaseExceptionType) {
		return tp, true
	}
	return nil, false
}

// exceptionStrGo is str(e) for the common builtin cases, without a thread
// (for Error()).
func exceptionStrGo(e *Exception) string {
	switch len(e.Args) {
	case 0:
		return ""
	case 1:
		if s, ok := asStr(e.Args[0]); ok && e.typ != &KeyErrorType && !e.typ.IsSubtype(&SyntaxErrorType) {
			return s.s
		}
	}
	t := &Thread{in: nil}
	v, err := exceptionStr(t, e.Value())
	if err != nil {
		return "<exception str() failed>"
	}
	return mustStr(v).s
}

func exceptionStr(t *Thread, v Value) (Value, error) {
	e := objectAs[Exception](v.ref)
	if e.typ.IsSubtype(&KeyErrorType) && len(e.Args) == 1 {
		return Repr(t, e.Args[0])
	}
	if e.typ.IsSubtype(&SyntaxErrorType) {
		return syntaxErrorStr(t, e)
	}
	if k := unicodeErrorKind(e.typ); k != 0 {
		if s, ok, err := unicodeErrorStr(t, e, k); ok {
			return s, err
		}
	}
	switch len(e.Args) {
	case 0:
		return StrValue(""), nil
	case 1:
		return Str_(t, e.Args[0])
	}
	return Repr(t, NewTupleValue(e.Args))
}

func exceptionRepr(t *Thread, v Value) (Value, error) {
	e := objectAs[Exception](v.ref)
	name := e.typ.Name
	if len(e.Args) == 1 {
		r, err := Repr(t, e.Args[0])
		if err != nil {
			return Value{}, err
		}
		return StrValue(name + "(" + mustStr(r).s + ")"), nil
	}
	r, err := Repr(t, NewTupleValue(e.Args))
	if err != nil {
		return Value{}, err
	}
	s := mustStr(r).s
	if len(e.Args) == 0 {
		s = "()"
	}
	return StrValue(name + s), nil
}

func exceptionNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	e := &Exception{Object: Object{typ: typ}}
	e.Args = append([]Value(nil), args[:len(args)-len(kwnames)]...)
	return e.Value(), nil
}

func exceptionInit(t *Thread, self Value, args []Value, kwnames []string) error {
	e := objectAs[Exception](self.ref)
	if len(kwnames) > 0 && !e.typ.IsSubtype(&NameErrorType) && !e.typ.IsSubtype(&AttributeErrorType) && !e.typ.IsSubtype(&ImportErrorType) {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
	}
	pos := args[:len(args)-len(kwnames)]
	e.Args = append([]Value(nil), pos...)
	if k := unicodeErrorKind(e.typ); k != 0 {
		return unicodeErrorInit(t, e, k, pos)
	}
	switch {
	case e.typ.IsSubtype(&StopIterationType):
		v := None
		if len(pos) > 0 {
			v = pos[0]
		}
		return e.attrs.Set(t, internStatic("value"), v)
	case e.typ.IsSubtype(&SystemExitType):
		v := None
		if len(pos) == 1 {
			v = pos[0]
		} else if len(pos) > 1 {
			v = NewTupleValue(pos)
		}
		return e.attrs.Set(t, internStatic("code"), v)
	}
	if e.typ.IsSubtype(&ImportErrorType) {
		if err := importErrorInit(t, e, pos, kwnames); err != nil {
			return err
		}
	}
	for i, k := range kwnames {
		if err := e.attrs.Set(t, internStatic(k), args[len(pos)+i]); err != nil {
			return err
		}
	}
	return nil
}

// baseBuiltinName is the name of the builtin type an exception class
// derives its __init__ from, for messages.
func baseBuiltinName(tp *Type) string {
	for _, m := range tp.MRO {
		if m.Flags&FlagHeap == 0 {
			return m.Name
		}
	}
	return tp.Name
}

// exceptionMatches is `except E` for one class (CPython's
// PyErr_GivenExceptionMatches); spec may be a tuple of classes.
func exceptionMatches(e *Exception, spec Value) bool {
	if tp, ok := asType(spec); ok {
		return e.typ.IsSubtype(tp)
	}
	if tu, ok := asTuple(spec); ok {
		for _, s := range tu.items {
			if exceptionMatches(e, s) {
				return true
			}
		}
	}
	return false
}

// checkExceptClass validates the class of an except clause.
func checkExceptClass(spec Value) error {
	const msg = "catching classes that do not inherit from BaseException is not allowed"
	if tu, ok := asTuple(spec); ok {
		for _, s := range tu.items {
			if _, ok := isExceptionType(s); !ok {
				return NewError(&TypeErrorType, msg)
			}
		}
		return nil
	}
	if _, ok := isExceptionType(spec); !ok {
		return NewError(&TypeErrorType, msg)
	}
	return nil
}

// excAttr builds the getset descriptors of BaseException.
func setupExceptionAttrs(t *Type) {
	get := func(f func(e *Exception) Value) func(*Thread, Value) (Value, error) {
		return func(_ *Thread, v Value) (Value, error) { return f(objectAs[Exception](v.ref)), nil }
	}
	addGetSet(t, "args", get(func(e *Exception) Value { return NewTupleValue(e.Args) }),
		func(th *Thread, v, val Value) error {
			items, err := iterateToSlice(th, val)
			if err != nil {
				return err
			}
			objectAs[Exception](v.ref).Args = items
			return nil
		})
	excOrNone := func(x *Exception) Value {
		if x == nil {
			return None
		}
		return x.Value()
	}
	setExc := func(th *Thread, val Value, which string) (*Exception, error) {
		if val.IsNone() {
			return nil, nil
		}
		x, ok := asException(val)
		if !ok {
			if which == "cause" {
				return nil, NewError(&TypeErrorType, "exception cause must be None or derive from BaseException")
			}
			return nil, NewError(&TypeErrorType, "exception context must be None or derive from BaseException")
		}
		return x, nil
	}
	addGetSet(t, "__cause__", get(func(e *Exception) Value { return excOrNone(e.Cause) }),
		func(th *Thread, v, val Value) error {
			x, err := setExc(th, val, "cause")
			if err != nil {
				return err
			}
			e := objectAs[Exception](v.ref)
			e.Cause, e.SuppressContext = x, true
			return nil
		})
	addGetSet(t, "__context__", get(func(e *Exception) Value { return excOrNone(e.Context) }),
		func(th *Thread, v, val Value) error {
			x, err := setExc(th, val, "context")
			if err != nil {
				return err
			}
			objectAs[Exception](v.ref).Context = x
			return nil
		})
	addGetSet(t, "__suppress_context__", get(func(e *Exception) Value { return Bool(e.SuppressContext) }),
		func(th *Thread, v, val Value) error {
			b, err := Truth(th, val)
			objectAs[Exception](v.ref).SuppressContext = b
			return err
		})
	addGetSet(t, "__traceback__", get(func(e *Exception) Value {
		if e.Traceback == nil {
			return None
		}
		return FromObject(&e.Traceback.Object)
	}), func(th *Thread, v, val Value) error {
		e := objectAs[Exception](v.ref)
		if val.IsNone() {
			e.Traceback = nil
			return nil
		}
		if val.Type() != &TracebackType {
			return NewError(&TypeErrorType, "__traceback__ must be a traceback or None")
		}
		e.Traceback = objectAs[Traceback](val.ref)
		return nil
	})
	addGetSet(t, "__notes__", func(th *Thread, v Value) (Value, error) {
		e := objectAs[Exception](v.ref)
		if e.Notes.IsNull() {
			return Value{}, NewError(&AttributeErrorType, "'%s' object has no attribute '__notes__'", e.typ.Name)
		}
		return e.Notes, nil
	}, func(th *Thread, v, val Value) error {
		e := objectAs[Exception](v.ref)
		if val.IsNull() && e.Notes.IsNull() {
			return NewError(&AttributeErrorType, "'%s' object has no attribute '__notes__'", e.typ.Name)
		}
		e.Notes = val
		return nil
	})
	markDeletable(t, "__notes__")
	addMethod(t, "with_traceback", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("with_traceback", args, kw, 1); err != nil {
			return Value{}, err
		}
		e := objectAs[Exception](self.ref)
		if args[0].IsNone() {
			e.Traceback = nil
		} else if args[0].Type() == &TracebackType {
			e.Traceback = objectAs[Traceback](args[0].ref)
		} else {
			return Value{}, NewError(&TypeErrorType, "__traceback__ must be a traceback or None")
		}
		return self, nil
	})
	addMethod(t, "add_note", func(th *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("add_note", args, kw, 1); err != nil {
			return Value{}, err
		}
		if !isStr(args[0]) {
			return Value{}, NewError(&TypeErrorType, "note must be a str, not '%s'", typeName(args[0]))
		}
		e := objectAs[Exception](self.ref)
		if e.Notes.IsNull() {
			e.Notes = NewListValue(nil)
		}
		l, ok := asList(e.Notes)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "Cannot add note: __notes__ is not a list")
		}
		l.items = append(l.items, args[0])
		return None, nil
	})
}

func setupExceptions() {
	for _, row := range exceptionTable {
		if row.typ == &ExceptionGroupType {
			continue
		}
		bases := []*Type{}
		if row.base != nil {
			bases = append(bases, row.base)
		}
		initBuiltinType(row.typ, row.doc, bases...)
		row.typ.Flags |= FlagException | FlagBaseType
		row.typ.Base = &BaseExceptionType
	}
	initBuiltinType(&ExceptionGroupType, "", &BaseExceptionGroupType, &ExceptionType)
	ExceptionGroupType.Flags |= FlagException | FlagBaseType
	ExceptionGroupType.Base = &BaseExceptionType
	b := &BaseExceptionType
	b.Slots.New = exceptionNew
	b.Slots.Init = exceptionInit
	b.Slots.Str = exceptionStr
	b.Slots.Repr = exceptionRepr
	b.Slots.GetAttr = nil
	setupExceptionAttrs(b)
	setupOSError()
	setupExceptionGroups()
	for _, row := range exceptionTable {
		if row.typ != b {
			inheritSlots(row.typ)
		}
	}
}

// exceptionAttrs returns the attribute storage of an exception.
func exceptionAttrs(v Value) *Attrs { return &objectAs[Exception](v.ref).attrs }

// formatExceptionOnly is traceback.format_exception_only's last line:
// "Name: message" (qualified by module when not builtins).
func formatExceptionOnly(t *Thread, e *Exception) string {
	name := typeQualName(e.typ)
	mod := typeModule(t, e.typ)
	if mod != "builtins" && mod != "__main__" {
		name = mod + "." + name
	}
	sv, err := Str_(t, e.Value())
	var msg string
	if err != nil {
		msg = "<exception str() failed>"
	} else {
		msg = mustStr(sv).s
	}
	if msg == "" {
		return name
	}
	return name + ": " + msg
}

func typeQualName(tp *Type) string {
	if tp.QualName != "" {
		return tp.QualName
	}
	return tp.Name
}

func typeModule(t *Thread, tp *Type) string {
	if tp.Flags&FlagHeap != 0 && tp.Dict != nil {
		if v, ok, _ := tp.Dict.GetStr(t, internStatic("__module__")); ok {
			if s, ok := asStr(v); ok {
				return s.s
			}
		}
		return "builtins"
	}
	if tp.Module != "" {
		return tp.Module
	}
	if i := strings.LastIndexByte(tp.Name, '.'); i >= 0 {
		return tp.Name[:i]
	}
	return "builtins"
}
