package interp

// This file implements the marshal module with CPython's byte format
// (Python/marshal.c, version 4) for the basic types. CPython flags an
// object for back-references when its reference count is above one;
// pyjit has no reference counts, so every shareable object is flagged,
// which is what CPython writes for variables and constants (a freshly
// built temporary gets no flag there). Strings count as interned when
// they look like identifiers, as CPython's compiler interns those
// constants. Code objects are pyjit's own and do not marshal.

import (
	"bytes"
	"encoding/binary"
	"math"
	"math/big"
	"sort"
	"strconv"
)

func init() {
	builtinModules["marshal"] = makeMarshalModule
	delete(cModules, "marshal")
}

const (
	mFlagRef      = 0x80
	marshalMaxDep = 2000
)

type marshalWriter struct {
	t       *Thread
	buf     bytes.Buffer
	version int
	refs    map[Value]int
	counts  map[*Object]int
	depth   int
}

func (w *marshalWriter) long(x int32) {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], uint32(x))
	w.buf.Write(b[:])
}

func (w *marshalWriter) pstring(b []byte) {
	w.long(int32(len(b)))
	w.buf.Write(b)
}

// isInternedLike reports whether CPython's compiler would have interned
// a str constant: all identifier characters.
func isInternedLike(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || isDigitByte(c) || isAlphaByte(c)) {
			return false
		}
	}
	return true
}

// ref registers v for back-references, writing a reference instead when
// it was seen before (w_ref).
func (w *marshalWriter) ref(v Value) (flag byte, done bool) {
	if w.version < 3 {
		return 0, false
	}
	if !w.shared(v) {
		return 0, false
	}
	if i, ok := w.refs[v]; ok {
		w.buf.WriteByte('r')
		w.long(int32(i))
		return 0, true
	}
	w.refs[v] = len(w.refs)
	return mFlagRef, false
}

func (w *marshalWriter) object(v Value) error {
	w.depth++
	defer func() { w.depth-- }()
	if w.depth > marshalMaxDep {
		return NewError(&ValueErrorType, "object too deeply nested to marshal")
	}
	switch {
	case v.IsNone():
		w.buf.WriteByte('N')
		return nil
	case v.IsBool():
		if v.AsBool() {
			w.buf.WriteByte('T')
		} else {
			w.buf.WriteByte('F')
		}
		return nil
	case v.Is(Ellipsis):
		w.buf.WriteByte('.')
		return nil
	case v.ref == &StopIterationType.Object:
		w.buf.WriteByte('S')
		return nil
	}
	flag, done := w.ref(v)
	if done {
		return nil
	}
	tp := v.Type()
	switch {
	case tp == &IntType:
		b := toBig(v)
		if b.IsInt64() && b.Int64() >= math.MinInt32 && b.Int64() <= math.MaxInt32 {
			w.buf.WriteByte('i' | flag)
			w.long(int32(b.Int64()))
			return nil
		}
		w.buf.WriteByte('l' | flag)
		mag := new(big.Int).Abs(b)
		var digits []uint16
		for mag.Sign() > 0 {
			digits = append(digits, uint16(new(big.Int).And(mag, big.NewInt(0x7fff)).Int64()))
			mag.Rsh(mag, 15)
		}
		n := int32(len(digits))
		if b.Sign() < 0 {
			n = -n
		}
		w.long(n)
		for _, d := range digits {
			w.buf.WriteByte(byte(d))
			w.buf.WriteByte(byte(d >> 8))
		}
	case tp == &FloatType:
		if w.version > 1 {
			w.buf.WriteByte('g' | flag)
			var b [8]byte
			binary.LittleEndian.PutUint64(b[:], math.Float64bits(v.AsFloat()))
			w.buf.Write(b[:])
		} else {
			s := marshalOldFloat(v.AsFloat())
			w.buf.WriteByte('f' | flag)
			w.buf.WriteByte(byte(len(s)))
			w.buf.WriteString(s)
		}
	case tp == &StrType:
		s := mustStr(v).s
		interned := isInternedLike(s)
		if w.version >= 4 && isASCII(s) {
			short := len(s) < 256
			code := byte('a')
			switch {
			case short && interned:
				code = 'Z'
			case short:
				code = 'z'
			case interned:
				code = 'A'
			}
			w.buf.WriteByte(code | flag)
			if short {
				w.buf.WriteByte(byte(len(s)))
				w.buf.WriteString(s)
			} else {
				w.pstring([]byte(s))
			}
			return nil
		}
		if w.version >= 3 && interned {
			w.buf.WriteByte('t' | flag)
		} else {
			w.buf.WriteByte('u' | flag)
		}
		w.pstring(strToSurrogatePass(s))
	case tp == &TupleType:
		items := mustTuple(v).items
		if w.version >= 4 && len(items) < 256 {
			w.buf.WriteByte(')' | flag)
			w.buf.WriteByte(byte(len(items)))
		} else {
			w.buf.WriteByte('(' | flag)
			w.long(int32(len(items)))
		}
		return w.seq(items)
	case tp == &ListType:
		items := append([]Value(nil), mustList(v).items...)
		w.buf.WriteByte('[' | flag)
		w.long(int32(len(items)))
		return w.seq(items)
	case tp == &DictType:
		w.buf.WriteByte('{' | flag)
		d, _ := asDict(v)
		var err error
		d.Range(func(k, val Value) bool {
			if err = w.object(k); err == nil {
				err = w.object(val)
			}
			return err == nil
		})
		if err != nil {
			return err
		}
		w.buf.WriteByte('0')
	case tp == &SetType || tp == &FrozenSetType:
		if tp == &SetType {
			w.buf.WriteByte('<' | flag)
		} else {
			w.buf.WriteByte('>' | flag)
		}
		s, _ := asSet(v)
		items := s.items()
		w.long(int32(len(items)))
		// Sorted by each element's own marshal bytes, for reproducible
		// output (bpo-37596).
		type pair struct {
			key []byte
			v   Value
		}
		pairs := make([]pair, len(items))
		for i, x := range items {
			b, err := marshalDumps(w.t, x, w.version)
			if err != nil {
				return err
			}
			pairs[i] = pair{b, x}
		}
		sort.SliceStable(pairs, func(i, j int) bool { return bytes.Compare(pairs[i].key, pairs[j].key) < 0 })
		for _, p := range pairs {
			if err := w.object(p.v); err != nil {
				return err
			}
		}
	case tp == &CodeType:
		return notImplemented("marshalling code objects")
	default:
		b, ok := dataBuffer(v)
		if !ok {
			// The ref registered above is dropped with the whole dump.
			return NewError(&ValueErrorType, "unmarshallable object")
		}
		w.buf.WriteByte('s' | flag)
		w.pstring(b)
	}
	return nil
}

// marshalOldFloat is the text of a version 0/1 float ('%.17g').
func marshalOldFloat(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	return strconv.FormatFloat(f, 'g', 17, 64)
}

// countShares counts how often each container is reached in v's graph.
func countShares(v Value, seen map[*Object]int, depth int) {
	if v.IsUnboxed() || depth > marshalMaxDep {
		return
	}
	seen[v.ref]++
	if seen[v.ref] > 1 {
		return
	}
	var items []Value
	switch v.Type() {
	case &TupleType:
		items = mustTuple(v).items
	case &ListType:
		items = mustList(v).items
	case &DictType:
		d, _ := asDict(v)
		d.Range(func(k, x Value) bool {
			items = append(items, k, x)
			return true
		})
	case &SetType, &FrozenSetType:
		s, _ := asSet(v)
		items = s.items()
	}
	for _, x := range items {
		countShares(x, seen, depth+1)
	}
}

// constLike reports whether v would be a constant of CPython's compiler
// (and so have more than one reference).
func constLike(v Value, depth int) bool {
	switch v.Type() {
	case &IntType, &FloatType, &StrType, &BytesType, &BoolType, &NoneType:
		return true
	case &TupleType, &FrozenSetType:
		if depth > 100 {
			return false
		}
		var items []Value
		if tu, ok := asTuple(v); ok {
			items = tu.items
		} else {
			s, _ := asSet(v)
			items = s.items()
		}
		for _, x := range items {
			if !constLike(x, depth+1) {
				return false
			}
		}
		return true
	}
	return false
}

// shared stands in for CPython's "reference count above one": the top
// object, constants and anything reached twice.
func (w *marshalWriter) shared(v Value) bool {
	if w.depth <= 1 || v.IsUnboxed() {
		return true
	}
	return w.counts[v.ref] > 1 || constLike(v, 0)
}

func (w *marshalWriter) seq(items []Value) error {
	for _, x := range items {
		if err := w.object(x); err != nil {
			return err
		}
	}
	return nil
}

// strToSurrogatePass is s encoded as UTF-8 with lone surrogates kept.
func strToSurrogatePass(s string) []byte {
	b, err := encodeStr(s, "utf-8", "surrogatepass")
	if err != nil {
		return []byte(s)
	}
	return b
}

func marshalDumps(t *Thread, v Value, version int) ([]byte, error) {
	w := &marshalWriter{t: t, version: version, refs: map[Value]int{}, counts: map[*Object]int{}}
	countShares(v, w.counts, 0)
	if err := w.object(v); err != nil {
		return nil, err
	}
	return w.buf.Bytes(), nil
}

// marshalReader reads objects from data, or through read (a file's
// read method) when data runs out.
type marshalReader struct {
	t     *Thread
	data  []byte
	pos   int
	read  func(n int) ([]byte, error)
	refs  []Value
	depth int
}

var errMarshalShort = func() error { return NewError(&EOFErrorType, "marshal data too short") }

func (r *marshalReader) bytes(n int) ([]byte, error) {
	if n < 0 {
		return nil, NewError(&ValueErrorType, "bad marshal data (bytes object size out of range)")
	}
	if r.read != nil {
		b, err := r.read(n)
		if err != nil {
			return nil, err
		}
		if len(b) != n {
			return nil, NewError(&EOFErrorType, "EOF read where not expected")
		}
		return b, nil
	}
	if len(r.data)-r.pos < n {
		return nil, errMarshalShort()
	}
	b := r.data[r.pos : r.pos+n]
	r.pos += n
	return b, nil
}

func (r *marshalReader) byte() (byte, error) {
	b, err := r.bytes(1)
	if err != nil {
		return 0, err
	}
	return b[0], nil
}

func (r *marshalReader) long() (int32, error) {
	b, err := r.bytes(4)
	if err != nil {
		return 0, err
	}
	return int32(binary.LittleEndian.Uint32(b)), nil
}

func (r *marshalReader) object() (Value, error) {
	r.depth++
	defer func() { r.depth-- }()
	if r.depth > marshalMaxDep {
		return Value{}, NewError(&ValueErrorType, "recursion limit exceeded")
	}
	code, err := r.byte()
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == &EOFErrorType {
			return Value{}, NewError(&EOFErrorType, "EOF read where object expected")
		}
		return Value{}, err
	}
	flag := code&mFlagRef != 0
	code &^= mFlagRef
	// A flagged container is registered before its items are read, so
	// they can refer to it.
	slot := -1
	if flag {
		slot = len(r.refs)
		r.refs = append(r.refs, Value{})
	}
	v, err := r.body(code, slot)
	if err != nil {
		return Value{}, err
	}
	if slot >= 0 {
		r.refs[slot] = v
	}
	return v, nil
}

func (r *marshalReader) body(code byte, slot int) (Value, error) {
	switch code {
	case '0':
		return Value{}, nil
	case 'N':
		return None, nil
	case 'F':
		return False, nil
	case 'T':
		return True, nil
	case '.':
		return Ellipsis, nil
	case 'S':
		return TypeValue(&StopIterationType), nil
	case 'i':
		x, err := r.long()
		return Int(int64(x)), err
	case 'l':
		n, err := r.long()
		if err != nil {
			return Value{}, err
		}
		neg := n < 0
		if neg {
			n = -n
		}
		if n < 0 || n > 1<<24 {
			return Value{}, NewError(&ValueErrorType, "bad marshal data (long size out of range)")
		}
		raw, err := r.bytes(2 * int(n))
		if err != nil {
			return Value{}, err
		}
		b := new(big.Int)
		for i := int(n) - 1; i >= 0; i-- {
			d := binary.LittleEndian.Uint16(raw[2*i:])
			if d > 0x7fff {
				return Value{}, NewError(&ValueErrorType, "bad marshal data (digit out of range in long)")
			}
			if i == int(n)-1 && d == 0 {
				return Value{}, NewError(&ValueErrorType, "bad marshal data (unnormalized long data)")
			}
			b.Lsh(b, 15)
			b.Or(b, big.NewInt(int64(d)))
		}
		if neg {
			b.Neg(b)
		}
		return bigValue(b), nil
	case 'g':
		b, err := r.bytes(8)
		if err != nil {
			return Value{}, err
		}
		return Float(math.Float64frombits(binary.LittleEndian.Uint64(b))), nil
	case 'f':
		n, err := r.byte()
		if err != nil {
			return Value{}, err
		}
		b, err := r.bytes(int(n))
		if err != nil {
			return Value{}, err
		}
		f, err := strconv.ParseFloat(string(b), 64)
		if err != nil {
			return Value{}, NewError(&ValueErrorType, "could not convert string to float: '%s'", b)
		}
		return Float(f), nil
	case 's':
		n, err := r.long()
		if err != nil {
			return Value{}, err
		}
		b, err := r.bytes(int(n))
		return BytesValue(append([]byte(nil), b...)), err
	case 'a', 'A', 'z', 'Z', 'u', 't':
		var b []byte
		if code == 'z' || code == 'Z' {
			n, err := r.byte()
			if err != nil {
				return Value{}, err
			}
			if b, err = r.bytes(int(n)); err != nil {
				return Value{}, err
			}
		} else {
			n, err := r.long()
			if err != nil {
				return Value{}, err
			}
			if b, err = r.bytes(int(n)); err != nil {
				return Value{}, err
			}
		}
		if code == 'u' || code == 't' {
			s, err := decodeBytes(b, "utf-8", "surrogatepass")
			if err != nil {
				return Value{}, err
			}
			return StrValue(s), nil
		}
		return StrValue(string(b)), nil
	case '(', ')', '[', '<', '>':
		var n int
		if code == ')' {
			c, err := r.byte()
			if err != nil {
				return Value{}, err
			}
			n = int(c)
		} else {
			x, err := r.long()
			if err != nil {
				return Value{}, err
			}
			if x < 0 {
				return Value{}, NewError(&ValueErrorType, "bad marshal data (%s size out of range)", map[byte]string{'(': "tuple", '[': "list", '<': "set", '>': "set"}[code])
			}
			n = int(x)
		}
		var list *List
		if code == '[' {
			list = NewList(nil)
			if slot >= 0 {
				r.refs[slot] = FromObject(&list.Object)
			}
		}
		items := make([]Value, 0, min(n, 1<<16))
		for i := 0; i < n; i++ {
			x, err := r.object()
			if err != nil {
				return Value{}, err
			}
			if x.IsNull() {
				return Value{}, NewError(&TypeErrorType, "NULL object in marshal data for %s", map[byte]string{'(': "tuple", ')': "tuple", '[': "list", '<': "set", '>': "set"}[code])
			}
			items = append(items, x)
		}
		switch code {
		case '[':
			list.items = items
			return FromObject(&list.Object), nil
		case '<':
			return newSetFrom(r.t, items)
		case '>':
			return newFrozenSetFrom(r.t, items)
		}
		return NewTupleValue(items), nil
	case '{':
		d := NewDict()
		if slot >= 0 {
			r.refs[slot] = FromObject(&d.Object)
		}
		for {
			k, err := r.object()
			if err != nil {
				return Value{}, err
			}
			if k.IsNull() {
				break
			}
			v, err := r.object()
			if err != nil {
				return Value{}, err
			}
			if v.IsNull() {
				break
			}
			if err := d.SetItem(r.t, k, v); err != nil {
				return Value{}, err
			}
		}
		return FromObject(&d.Object), nil
	case 'r':
		i, err := r.long()
		if err != nil {
			return Value{}, err
		}
		if i < 0 || int(i) >= len(r.refs) || r.refs[i].IsNull() {
			return Value{}, NewError(&ValueErrorType, "bad marshal data (invalid reference)")
		}
		return r.refs[i], nil
	case 'c':
		return Value{}, notImplemented("unmarshalling code objects")
	case 'x', 'y':
		return Value{}, notImplemented("complex numbers")
	}
	return Value{}, NewError(&ValueErrorType, "bad marshal data (unknown type code)")
}

func marshalVersionArg(t *Thread, v Value) (int, error) {
	if v.IsNull() {
		return 4, nil
	}
	if v.IsFloat() {
		return 0, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
	}
	return zlibIntArg(t, v, 4)
}

func marshalLoadsValue(t *Thread, r *marshalReader) (Value, error) {
	v, err := r.object()
	if err != nil {
		return Value{}, err
	}
	if v.IsNull() {
		return Value{}, NewError(&TypeErrorType, "NULL object in marshal data for object")
	}
	return v, nil
}

func makeMarshalModule(in *Interpreter) *Module {
	m := NewModule("marshal")
	m.Dict.setStrNoErr(Intern("version"), Int(4))
	moduleFn(m, "dumps", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("dumps", args, kw, []string{"value", "version"}, 1, 2)
		if err != nil {
			return Value{}, err
		}
		version, err := marshalVersionArg(t, a[1])
		if err != nil {
			return Value{}, err
		}
		b, err := marshalDumps(t, a[0], version)
		if err != nil {
			return Value{}, err
		}
		return BytesValue(b), nil
	})
	moduleFn(m, "loads", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("loads", args, kw, []string{"bytes"}, 1, 1)
		if err != nil {
			return Value{}, err
		}
		b, err := dataBufferArg(a[0])
		if err != nil {
			return Value{}, err
		}
		return marshalLoadsValue(t, &marshalReader{t: t, data: b})
	})
	moduleFn(m, "dump", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("dump", args, kw, []string{"value", "file", "version"}, 2, 3)
		if err != nil {
			return Value{}, err
		}
		version, err := marshalVersionArg(t, a[2])
		if err != nil {
			return Value{}, err
		}
		b, err := marshalDumps(t, a[0], version)
		if err != nil {
			return Value{}, err
		}
		w, err := GetAttrString(t, a[1], "write")
		if err != nil {
			return Value{}, err
		}
		if _, err := Call(t, w, []Value{BytesValue(b)}, nil); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	moduleFn(m, "load", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("load", args, kw, 1); err != nil {
			return Value{}, err
		}
		// As CPython: a read(0) checks that the file gives bytes.
		rd0, err := GetAttrString(t, args[0], "read")
		if err != nil {
			return Value{}, err
		}
		probe, err := Call(t, rd0, []Value{Int(0)}, nil)
		if err != nil {
			return Value{}, err
		}
		if !probe.Type().IsSubtype(&BytesType) {
			return Value{}, NewError(&TypeErrorType, "file.read() returned not bytes but %s", typeName(probe))
		}
		rd, err := GetAttrString(t, args[0], "readinto")
		if err != nil {
			return Value{}, err
		}
		// CPython reads exactly the bytes each item needs through
		// readinto (with a memoryview; pyjit passes a bytearray).
		// Sizes come from the data: read in bounded chunks so a corrupt
		// length fails at the end of the file instead of allocating it.
		r := &marshalReader{t: t, read: func(n int) ([]byte, error) {
			var out []byte
			for len(out) < n {
				k := min(n-len(out), 1<<20)
				buf := ByteArrayValue(make([]byte, k))
				got, err := Call(t, rd, []Value{buf}, nil)
				if err != nil {
					return nil, err
				}
				m, ok := smallInt(got)
				if !ok || m < 0 || m > int64(k) {
					return nil, NewError(&ValueErrorType, "read() returned too much data: %d bytes requested, %s returned", k, mustReprNoErr(t, got))
				}
				if m == 0 {
					return nil, NewError(&EOFErrorType, "EOF read where object expected")
				}
				out = append(out, objectAs[ByteArray](buf.ref).b[:m]...)
			}
			return out, nil
		}}
		return marshalLoadsValue(t, r)
	})
	return m
}
