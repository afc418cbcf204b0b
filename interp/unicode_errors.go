package interp

// This file gives UnicodeEncodeError, UnicodeDecodeError and
// UnicodeTranslateError their constructor arguments as attributes
// (encoding, object, start, end, reason) and CPython's str(), which the
// codec error handlers (codecs.register_error) depend on.

import (
	"fmt"

	"github.com/pyjit/pyjit/frontend/literal"
)

// unicodeErrorKind says which of the three UnicodeError subclasses tp
// derives from: 'e', 'd', 't' or 0.
func unicodeErrorKind(tp *Type) byte {
	switch {
	case tp.IsSubtype(&UnicodeEncodeErrorType):
		return 'e'
	case tp.IsSubtype(&UnicodeDecodeErrorType):
		return 'd'
	case tp.IsSubtype(&UnicodeTranslateErrorType):
		return 't'
	}
	return 0
}

// unicodeErrorInit parses the constructor arguments as CPython's
// PyArg_ParseTuple formats "UOnnU" (encode, decode) and "UnnU"
// (translate) do, and stores them as attributes.
func unicodeErrorInit(t *Thread, e *Exception, kind byte, args []Value) error {
	want := 5
	if kind == 't' {
		want = 4
	}
	if len(args) != want {
		return NewError(&TypeErrorType, "function takes exactly %d arguments (%d given)", want, len(args))
	}
	var names []string
	var vals []Value
	i := 0
	if kind != 't' {
		if !isStr(args[0]) {
			return NewError(&TypeErrorType, "argument 1 must be str, not %s", argTypeName(args[0]))
		}
		names, vals = append(names, "encoding"), append(vals, args[0])
		i = 1
	}
	obj := args[i]
	if kind == 'd' {
		b, ok := bytesData(obj)
		if !ok {
			return NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(obj))
		}
		obj = BytesValue(append([]byte(nil), b...))
	} else if !isStr(obj) {
		return NewError(&TypeErrorType, "argument %d must be str, not %s", i+1, argTypeName(obj))
	}
	names, vals = append(names, "object"), append(vals, obj)
	for k, n := range []string{"start", "end"} {
		v := args[i+1+k]
		if !isIntLike(v) && v.Type().Slots.Index == nil {
			return NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v))
		}
		iv, err := indexValue(t, v, "")
		if err != nil {
			return err
		}
		names, vals = append(names, n), append(vals, iv)
	}
	if !isStr(args[i+3]) {
		return NewError(&TypeErrorType, "argument %d must be str, not %s", i+4, argTypeName(args[i+3]))
	}
	names, vals = append(names, "reason"), append(vals, args[i+3])
	if kind == 't' {
		names, vals = append(names, "encoding"), append(vals, None)
	}
	for k, n := range names {
		if err := e.attrs.Set(t, Intern(n), vals[k]); err != nil {
			return err
		}
	}
	return nil
}

// newUnicodeError makes a UnicodeEncodeError ('e', object a str),
// UnicodeDecodeError ('d', object bytes) or UnicodeTranslateError ('t')
// with its attributes set, as the codecs raise them.
func newUnicodeError(kind byte, encoding string, object Value, start, end int, reason string) *Exception {
	typ := &UnicodeEncodeErrorType
	args := []Value{StrValue(encoding), object, Int(int64(start)), Int(int64(end)), StrValue(reason)}
	switch kind {
	case 'd':
		typ = &UnicodeDecodeErrorType
	case 't':
		typ = &UnicodeTranslateErrorType
		args = args[1:]
	}
	e := newException(typ, args...)
	if err := unicodeErrorInit(&Thread{}, e, kind, args); err != nil {
		return AsException(err)
	}
	return e
}

// unicodeErrorStr is str() of the three exceptions (CPython's
// UnicodeEncodeError_str and friends); ok is false when the attributes
// are missing and the generic str applies.
func unicodeErrorStr(t *Thread, e *Exception, kind byte) (Value, bool, error) {
	get := func(n string) Value {
		v, _ := e.attrs.Get(t, Intern(n))
		return v
	}
	obj, startV, endV, reasonV := get("object"), get("start"), get("end"), get("reason")
	if obj.IsNull() || startV.IsNull() || endV.IsNull() || reasonV.IsNull() {
		return StrValue(""), true, nil
	}
	reason, err := Str_(t, reasonV)
	if err != nil {
		return Value{}, true, err
	}
	encoding := ""
	if kind != 't' {
		ev, err := Str_(t, get("encoding"))
		if err != nil {
			return Value{}, true, err
		}
		encoding = mustStr(ev).s
	}
	start, _ := smallInt(startV)
	end, _ := smallInt(endV)
	r := mustStr(reason).s
	switch kind {
	case 'd':
		b, _ := bytesData(obj)
		if start >= 0 && start < int64(len(b)) && end == start+1 {
			return StrValue(fmt.Sprintf("'%s' codec can't decode byte 0x%02x in position %d: %s", encoding, b[start], start, r)), true, nil
		}
		return StrValue(fmt.Sprintf("'%s' codec can't decode bytes in position %d-%d: %s", encoding, start, end-1, r)), true, nil
	default:
		s, ok := asStr(obj)
		verb := "encode"
		prefix := fmt.Sprintf("'%s' codec can't ", encoding)
		if kind == 't' {
			verb, prefix = "translate", "can't "
		}
		if ok && start >= 0 && start < int64(s.Len()) && end == start+1 {
			c, _ := literal.DecodeRune(s.substr(int(start), int(end)))
			return StrValue(fmt.Sprintf("%s%s character '%s' in position %d: %s", prefix, verb, escapeChar(c), start, r)), true, nil
		}
		return StrValue(fmt.Sprintf("%s%s characters in position %d-%d: %s", prefix, verb, start, end-1, r)), true, nil
	}
}
