package interp

// This file implements _json.make_encoder (CPython's c_make_encoder, the
// Encoder type of Modules/_json.c): json.dumps's whole encoding loop in
// Go. json.encoder uses it for one-shot encoding without indent; with
// indent (and for iterencode) the pure-Python _make_iterencode runs, as in
// CPython. An encoder is made from the JSONEncoder's settings and called
// as encoder(obj, _current_indent_level); it returns a one-item list
// holding the whole JSON text.
//
// The order of the type checks, the errors and their messages follow
// CPython 3.11's encoder_listencode_obj, encoder_listencode_list,
// encoder_listencode_dict and encoder_encode_float.

import (
	"math"

	"github.com/pyjit/pyjit/frontend/literal"
)

var jsonEncoderType = Type{Name: "Encoder"}

type jsonEncoder struct {
	Object
	markers, defaultFn, encoder, indent Value
	keySep, itemSep                     Value // strs
	sortKeys, skipKeys, allowNaN        bool
	// strMode is how strings are escaped: jsonStrCall calls encoder;
	// the others are _json's own encode_basestring(_ascii), done inline.
	strMode int
}

const (
	jsonStrCall = iota
	jsonStrASCII
	jsonStrUnicode
)

// jsonEncodeState is one encoder call: the output and the containers
// being encoded (when circular references are checked).
type jsonEncodeState struct {
	e       *jsonEncoder
	buf     []byte
	markers map[*Object]struct{}
}

var jsonEncoderOnce bool

func setupJSONEncoder() {
	if jsonEncoderOnce {
		return
	}
	jsonEncoderOnce = true
	et := &jsonEncoderType
	initBuiltinType(et, "_iterencode(obj, _current_indent_level) -> iterable")
	et.Module = "_json"
	et.Slots = Slots{New: jsonEncoderNew, Call: jsonEncoderCall,
		Init: func(t *Thread, self Value, args []Value, kwnames []string) error { return nil }}
	field := func(name string, get func(e *jsonEncoder) Value) {
		addGetSet(et, name, func(t *Thread, v Value) (Value, error) {
			return get(objectAs[jsonEncoder](v.ref)), nil
		}, nil)
	}
	field("markers", func(e *jsonEncoder) Value { return e.markers })
	field("default", func(e *jsonEncoder) Value { return e.defaultFn })
	field("encoder", func(e *jsonEncoder) Value { return e.encoder })
	field("indent", func(e *jsonEncoder) Value { return e.indent })
	field("key_separator", func(e *jsonEncoder) Value { return e.keySep })
	field("item_separator", func(e *jsonEncoder) Value { return e.itemSep })
	field("sort_keys", func(e *jsonEncoder) Value { return Bool(e.sortKeys) })
	field("skipkeys", func(e *jsonEncoder) Value { return Bool(e.skipKeys) })
	inheritSlots(et)
}

var jsonEncoderParams = []string{"markers", "default", "encoder", "indent", "key_separator",
	"item_separator", "sort_keys", "skipkeys", "allow_nan"}

// jsonEncoderNew is make_encoder(markers, default, encoder, indent,
// key_separator, item_separator, sort_keys, skipkeys, allow_nan)
// (PyArg_ParseTupleAndKeywords format "OOOOUUppp").
func jsonEncoderNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("make_encoder", args, kwnames, jsonEncoderParams...)
	if err != nil {
		return Value{}, err
	}
	if len(args) > len(jsonEncoderParams) {
		return Value{}, NewError(&TypeErrorType, "make_encoder() takes at most %d arguments (%d given)", len(jsonEncoderParams), len(args))
	}
	var a [9]Value
	for i, name := range jsonEncoderParams {
		v, ok := kw[name]
		if i < len(pos) {
			if ok {
				return Value{}, NewError(&TypeErrorType, "argument for make_encoder() given by name ('%s') and position (%d)", name, i+1)
			}
			v, ok = pos[i], true
		}
		if !ok {
			return Value{}, NewError(&TypeErrorType, "make_encoder() missing required argument '%s' (pos %d)", name, i+1)
		}
		a[i] = v
	}
	if _, ok := asDict(a[0]); !ok && !a[0].IsNone() {
		return Value{}, NewError(&TypeErrorType, "make_encoder() argument 1 must be dict or None, not %s", typeName(a[0]))
	}
	for i := 4; i <= 5; i++ {
		if _, ok := asStr(a[i]); !ok {
			return Value{}, NewError(&TypeErrorType, "make_encoder() argument %d must be str, not %s", i+1, typeName(a[i]))
		}
	}
	var flags [3]bool
	for i := range flags {
		if flags[i], err = Truth(t, a[6+i]); err != nil {
			return Value{}, err
		}
	}
	e := &jsonEncoder{Object: Object{typ: typ}, markers: a[0], defaultFn: a[1], encoder: a[2], indent: a[3],
		keySep: a[4], itemSep: a[5], sortKeys: flags[0], skipKeys: flags[1], allowNaN: flags[2]}
	if a[2].ref.typ == &BuiltinFunctionType {
		if b := objectAs[Builtin](a[2].ref); b.Module == "_json" {
			switch b.Name {
			case "encode_basestring_ascii":
				e.strMode = jsonStrASCII
			case "encode_basestring":
				e.strMode = jsonStrUnicode
			}
		}
	}
	return FromObject(&e.Object), nil
}

// jsonEncoderCall is encoder(obj, _current_indent_level).
func jsonEncoderCall(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("_iterencode", args, kwnames, "obj", "_current_indent_level")
	if err != nil {
		return Value{}, err
	}
	var obj, level Value
	names := [2]string{"obj", "_current_indent_level"}
	for i, dst := range []*Value{&obj, &level} {
		v, ok := kw[names[i]]
		if i < len(pos) {
			v, ok = pos[i], true
		}
		if !ok {
			return Value{}, NewError(&TypeErrorType, "_iterencode() missing required argument '%s' (pos %d)", names[i], i+1)
		}
		*dst = v
	}
	if len(pos) > 2 {
		return Value{}, NewError(&TypeErrorType, "_iterencode() takes at most 2 arguments (%d given)", len(pos))
	}
	if _, err := indexValue(t, level, ""); err != nil {
		return Value{}, err
	}
	st := &jsonEncodeState{e: objectAs[jsonEncoder](self.ref)}
	if !st.e.markers.IsNone() {
		st.markers = map[*Object]struct{}{}
	}
	if err := st.encode(t, obj); err != nil {
		return Value{}, err
	}
	return NewListValue([]Value{StrValue(string(st.buf))}), nil
}

// encode appends the JSON text of obj (encoder_listencode_obj).
func (st *jsonEncodeState) encode(t *Thread, obj Value) error {
	switch {
	case obj.IsNone():
		st.buf = append(st.buf, "null"...)
	case obj.ref == &BoolTag:
		if obj.bits != 0 {
			st.buf = append(st.buf, "true"...)
		} else {
			st.buf = append(st.buf, "false"...)
		}
	case obj.ref == &IntTag:
		st.buf = append(st.buf, formatInt(int64(obj.bits))...)
	case obj.ref == &FloatTag:
		return st.float(obj)
	case obj.ref.typ == &StrType || obj.ref.typ.IsSubtype(&StrType):
		return st.str(t, obj)
	case obj.ref.typ.IsSubtype(&IntType):
		r, err := intRepr(t, obj)
		if err != nil {
			return err
		}
		st.buf = append(st.buf, mustStr(r).s...)
	case obj.ref.typ.IsSubtype(&FloatType):
		return st.float(obj)
	case obj.ref.typ.IsSubtype(&ListType) || obj.ref.typ.IsSubtype(&TupleType):
		return st.nested(t, obj, st.list)
	case obj.ref.typ.IsSubtype(&DictType):
		return st.nested(t, obj, st.dict)
	default:
		if err := st.mark(obj); err != nil {
			return err
		}
		v, err := Call(t, st.e.defaultFn, []Value{obj}, nil)
		if err == nil {
			err = st.nested(t, v, st.encode)
		}
		if err != nil {
			return err
		}
		st.unmark(obj)
	}
	return nil
}

// nested runs f on a container one recursion level deeper.
func (st *jsonEncodeState) nested(t *Thread, obj Value, f func(*Thread, Value) error) error {
	if err := t.enterCall(); err != nil {
		return NewError(&RecursionErrorType, "maximum recursion depth exceeded while encoding a JSON object")
	}
	err := f(t, obj)
	t.leaveCall()
	return err
}

// mark records a container being encoded, failing on a cycle.
func (st *jsonEncodeState) mark(obj Value) error {
	if st.markers == nil {
		return nil
	}
	if _, seen := st.markers[obj.ref]; seen {
		return NewError(&ValueErrorType, "Circular reference detected")
	}
	st.markers[obj.ref] = struct{}{}
	return nil
}

func (st *jsonEncodeState) unmark(obj Value) {
	if st.markers != nil {
		delete(st.markers, obj.ref)
	}
}

// float appends a float (encoder_encode_float).
func (st *jsonEncodeState) float(obj Value) error {
	f := obj.AsFloat()
	switch {
	case math.IsInf(f, 0) || math.IsNaN(f):
		if !st.e.allowNaN {
			return NewError(&ValueErrorType, "Out of range float values are not JSON compliant")
		}
		switch {
		case f > 0:
			st.buf = append(st.buf, "Infinity"...)
		case f < 0:
			st.buf = append(st.buf, "-Infinity"...)
		default:
			st.buf = append(st.buf, "NaN"...)
		}
	default:
		st.buf = append(st.buf, literal.ReprFloat(f)...)
	}
	return nil
}

// str appends a quoted string (encoder_encode_string).
func (st *jsonEncodeState) str(t *Thread, obj Value) error {
	s := mustStr(obj)
	switch st.e.strMode {
	case jsonStrASCII:
		st.buf = jsonAppendEscaped(st.buf, s, true)
		return nil
	case jsonStrUnicode:
		st.buf = jsonAppendEscaped(st.buf, s, false)
		return nil
	}
	r, err := Call(t, st.e.encoder, []Value{obj}, nil)
	if err != nil {
		return err
	}
	rs, ok := asStr(r)
	if !ok {
		return NewError(&TypeErrorType, "encoder() must return a string, not %s", typeName(r))
	}
	st.buf = append(st.buf, rs.s...)
	return nil
}

// list appends a list or tuple (encoder_listencode_list).
func (st *jsonEncodeState) list(t *Thread, seq Value) error {
	items := func() []Value {
		if l, ok := asList(seq); ok {
			return l.items
		}
		return mustTuple(seq).items
	}
	if len(items()) == 0 {
		st.buf = append(st.buf, "[]"...)
		return nil
	}
	if err := st.mark(seq); err != nil {
		return err
	}
	st.buf = append(st.buf, '[')
	// The length is read again each time: default() may change the list.
	for i := 0; i < len(items()); i++ {
		if i > 0 {
			st.buf = append(st.buf, mustStr(st.e.itemSep).s...)
		}
		if err := st.encode(t, items()[i]); err != nil {
			return err
		}
	}
	st.unmark(seq)
	st.buf = append(st.buf, ']')
	return nil
}

// dict appends a dict (encoder_listencode_dict).
func (st *jsonEncodeState) dict(t *Thread, dv Value) error {
	d := objectAs[Dict](dv.ref)
	if d.used == 0 {
		st.buf = append(st.buf, "{}"...)
		return nil
	}
	if err := st.mark(dv); err != nil {
		return err
	}
	st.buf = append(st.buf, '{')
	var keys, vals []Value
	if dv.ref.typ == &DictType {
		keys, vals = make([]Value, 0, d.used), make([]Value, 0, d.used)
		for _, e := range d.entries {
			if !e.key.IsNull() {
				keys, vals = append(keys, e.key), append(vals, e.value)
			}
		}
	} else {
		r, _, err := callMethod(t, dv, "items")
		if err != nil {
			return err
		}
		items, err := iterateToSlice(t, r)
		if err != nil {
			return err
		}
		for _, it := range items {
			tu, ok := asTuple(it)
			if !ok || len(tu.items) != 2 {
				return NewError(&ValueErrorType, "items must return 2-tuples")
			}
			keys, vals = append(keys, tu.items[0]), append(vals, tu.items[1])
		}
	}
	if st.e.sortKeys {
		// PyList_Sort of the (key, value) items: keys decide, as dict
		// keys are distinct.
		pairs := make([]Value, len(keys))
		for i := range keys {
			pairs[i] = newTuple2(keys[i], vals[i])
		}
		l := NewList(pairs)
		if err := sortValues(t, l, None, false); err != nil {
			return err
		}
		for i, p := range l.items {
			it := mustTuple(p).items
			keys[i], vals[i] = it[0], it[1]
		}
	}
	first := true
	for i, k := range keys {
		skip, err := st.key(t, k, first)
		if err != nil {
			return err
		}
		if skip {
			continue
		}
		first = false
		st.buf = append(st.buf, mustStr(st.e.keySep).s...)
		if err := st.encode(t, vals[i]); err != nil {
			return err
		}
	}
	st.unmark(dv)
	st.buf = append(st.buf, '}')
	return nil
}

// key appends a dict key as a JSON string, preceded by the item
// separator unless first; skip reports a key that skipkeys drops.
func (st *jsonEncodeState) key(t *Thread, k Value, first bool) (skip bool, err error) {
	sep := func() {
		if !first {
			st.buf = append(st.buf, mustStr(st.e.itemSep).s...)
		}
	}
	var text string
	switch {
	case k.ref != nil && k.ref.typ.IsSubtype(&StrType):
		sep()
		return false, st.str(t, k)
	case k.ref == &FloatTag || (k.ref != nil && k.ref.typ.IsSubtype(&FloatType)):
		mark := len(st.buf)
		if err := st.float(k); err != nil {
			return false, err
		}
		text = string(st.buf[mark:])
		st.buf = st.buf[:mark]
	case k.ref == &BoolTag:
		text = "false"
		if k.bits != 0 {
			text = "true"
		}
	case k.IsNone():
		text = "null"
	case isIntLike(k):
		r, err := intRepr(t, k)
		if err != nil {
			return false, err
		}
		text = mustStr(r).s
	case st.e.skipKeys:
		return true, nil
	default:
		return false, NewError(&TypeErrorType, "keys must be str, int, float, bool or None, not %s", typeName(k))
	}
	sep()
	return false, st.str(t, StrValue(text))
}

// jsonAppendEscaped appends s quoted as a JSON string (what
// encode_basestring_ascii / encode_basestring return).
func jsonAppendEscaped(b []byte, s *Str, ascii bool) []byte {
	b = append(b, '"')
	if s.ascii {
		// Most strings: no escapes at all.
		clean := true
		for i := 0; i < len(s.s); i++ {
			if c := s.s[i]; c < 0x20 || c == '"' || c == '\\' || c == 0x7f && ascii {
				clean = false
				break
			}
		}
		if clean {
			return append(append(b, s.s...), '"')
		}
	}
	u4 := func(c int) {
		b = append(b, '\\', 'u', hexDigits[c>>12&15], hexDigits[c>>8&15], hexDigits[c>>4&15], hexDigits[c&15])
	}
	for _, c := range s.codePoints() {
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		default:
			switch {
			case c < 0x20:
				u4(int(c))
			case c < 0x7f:
				b = append(b, byte(c))
			case !ascii:
				b = literal.AppendRune(b, c)
			case c > 0xffff:
				v := int(c) - 0x10000
				u4(0xd800 | v>>10)
				u4(0xdc00 | v&0x3ff)
			default:
				u4(int(c))
			}
		}
	}
	return append(b, '"')
}
