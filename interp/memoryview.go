package interp

// This file implements memoryview (CPython's Objects/memoryobject.c) over
// bytes, bytearray and array.array: one-dimensional views with a struct-module item
// format, slicing (views of a bytearray share its memory), item access
// and assignment, cast, tobytes/tolist/hex, release and the context
// manager protocol, == and hash. The view reads the exporter's current
// buffer on every access; unlike CPython, pyjit does not forbid resizing
// a bytearray while views exist (an access beyond the new end raises).

import (
	"encoding/binary"
	"fmt"
	"math"
	"math/big"

	"github.com/pyjit/pyjit/bytecode"
)

// MemoryViewType is memoryview.
var (
	MemoryViewType     = Type{Name: "memoryview"}
	memoryIteratorType = Type{Name: "memory_iterator"}
)

// memoryView is a one-dimensional view of n items of itemsize bytes at
// start + i*stride in its exporter's buffer (ndim 0 views are not made).
type memoryView struct {
	Object
	obj      Value // the exporter (bytes or bytearray)
	readonly bool
	released bool
	format   string
	itemsize int
	start    int
	n        int
	stride   int
}

type memoryIter struct {
	Object
	mv *memoryView
	i  int
}

func asMemoryView(v Value) (*memoryView, bool) {
	if v.ref != nil && v.Type() == &MemoryViewType {
		return objectAs[memoryView](v.ref), true
	}
	return nil, false
}

// mvItemSize is the native size of a struct format character (0 for an
// unsupported one).
func mvItemSize(f string) int {
	if len(f) == 2 && f[0] == '@' {
		f = f[1:]
	}
	if len(f) != 1 {
		return 0
	}
	switch f[0] {
	case 'b', 'B', 'c', '?':
		return 1
	case 'h', 'H':
		return 2
	case 'i', 'I', 'f':
		return 4
	case 'l', 'L', 'q', 'Q', 'n', 'N', 'd', 'P':
		return 8
	}
	return 0
}

func isByteFormat(f string) bool { return f == "B" || f == "b" || f == "c" }

func errReleased() error {
	return NewError(&ValueErrorType, "operation forbidden on released memoryview object")
}

// base returns the exporter's current buffer.
func (m *memoryView) base() []byte {
	if a, ok := asArrayExporter(m.obj); ok {
		return a.data
	}
	b, _ := bytesData(m.obj)
	return b
}

// asArrayExporter returns the array.array (or subclass instance) v.
func asArrayExporter(v Value) (*arrayObj, bool) {
	tp := v.Type()
	if tp == &arrayType || tp.Flags&FlagHeap != 0 && tp.Base == &arrayType {
		return objectAs[arrayObj](v.ref), true
	}
	return nil, false
}

func (m *memoryView) check() error {
	if m.released {
		return errReleased()
	}
	return nil
}

// item returns the bytes of item i, or an error if the exporter shrank.
func (m *memoryView) item(i int) ([]byte, error) {
	b := m.base()
	off := m.start + i*m.stride
	if off < 0 || off+m.itemsize > len(b) {
		return nil, notImplemented("resizing a bytearray while a memoryview of it exists")
	}
	return b[off : off+m.itemsize], nil
}

func (m *memoryView) contiguous() bool { return m.n <= 1 || m.stride == m.itemsize }

// bytes returns a copy of the viewed items, in order.
func (m *memoryView) bytes() ([]byte, error) {
	out := make([]byte, 0, m.n*m.itemsize)
	for i := 0; i < m.n; i++ {
		b, err := m.item(i)
		if err != nil {
			return nil, err
		}
		out = append(out, b...)
	}
	return out, nil
}

// memoryViewBytes is the buffer of a memoryview for the functions that
// accept any bytes-like object (a copy when the view is strided).
func memoryViewBytes(v Value) ([]byte, bool) {
	m := objectAs[memoryView](v.ref)
	if m.released {
		return nil, false
	}
	if m.contiguous() {
		b := m.base()
		end := m.start + m.n*m.itemsize
		if m.start >= 0 && end <= len(b) {
			return b[m.start:end], true
		}
	}
	out, err := m.bytes()
	return out, err == nil
}

func newMemoryView(obj Value) (*memoryView, error) {
	if src, ok := asMemoryView(obj); ok {
		if src.released {
			return nil, errReleased()
		}
		c := *src
		return &c, nil
	}
	if a, ok := asArrayExporter(obj); ok {
		size := arrayItemSize(a.code)
		if a.code == 'u' || size == 0 {
			return nil, notImplemented("memoryview of array('u')")
		}
		return &memoryView{Object: Object{typ: &MemoryViewType}, obj: obj, format: string(a.code), itemsize: size,
			n: len(a.data) / size, stride: size}, nil
	}
	b, ok := bytesData(obj)
	if !ok {
		return nil, NewError(&TypeErrorType, "memoryview: a bytes-like object is required, not '%s'", typeName(obj))
	}
	return &memoryView{Object: Object{typ: &MemoryViewType}, obj: obj, readonly: !isByteArray(obj),
		format: "B", itemsize: 1, n: len(b), stride: 1}, nil
}

func mvValue(m *memoryView) Value { return FromObject(&m.Object) }

// unpack converts one item's bytes to a Python value.
func (m *memoryView) unpack(b []byte) Value {
	f := m.format
	if len(f) == 2 {
		f = f[1:]
	}
	le := binary.LittleEndian
	switch f[0] {
	case 'b':
		return Int(int64(int8(b[0])))
	case 'B':
		return Int(int64(b[0]))
	case 'c':
		return BytesValue([]byte{b[0]})
	case '?':
		return Bool(b[0] != 0)
	case 'h':
		return Int(int64(int16(le.Uint16(b))))
	case 'H':
		return Int(int64(le.Uint16(b)))
	case 'i':
		return Int(int64(int32(le.Uint32(b))))
	case 'I':
		return Int(int64(le.Uint32(b)))
	case 'l', 'q', 'n':
		return Int(int64(le.Uint64(b)))
	case 'L', 'Q', 'N', 'P':
		u := le.Uint64(b)
		if u > math.MaxInt64 {
			return IntFromBig(new(big.Int).SetUint64(u))
		}
		return Int(int64(u))
	case 'f':
		return Float(float64(math.Float32frombits(le.Uint32(b))))
	case 'd':
		return Float(math.Float64frombits(le.Uint64(b)))
	}
	return None
}

// pack converts v for one item (memoryobject.c's pack_single).
func (m *memoryView) pack(t *Thread, v Value) ([]byte, error) {
	f := m.format
	if len(f) == 2 {
		f = f[1:]
	}
	typeErr := NewError(&TypeErrorType, "memoryview: invalid type for format '%s'", m.format)
	valueErr := NewError(&ValueErrorType, "memoryview: invalid value for format '%s'", m.format)
	out := make([]byte, m.itemsize)
	le := binary.LittleEndian
	switch f[0] {
	case 'c':
		if !v.Type().IsSubtype(&BytesType) {
			return nil, typeErr
		}
		b, _ := bytesData(v)
		if len(b) != 1 {
			return nil, valueErr
		}
		out[0] = b[0]
		return out, nil
	case '?':
		ok, err := Truth(t, v)
		if ok {
			out[0] = 1
		}
		return out, err
	case 'f', 'd':
		x, err := mathFloat(t, v)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&TypeErrorType) {
				return nil, typeErr
			}
			return nil, valueErr
		}
		if f[0] == 'd' {
			le.PutUint64(out, math.Float64bits(x))
			return out, nil
		}
		if !math.IsInf(x, 0) && !math.IsNaN(x) && math.Abs(x) > math.MaxFloat32 {
			return nil, valueErr
		}
		le.PutUint32(out, math.Float32bits(float32(x)))
		return out, nil
	}
	if !isIntLike(v) && v.Type().Slots.Index == nil {
		return nil, typeErr
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return nil, typeErr
	}
	bi := toBig(iv)
	var lo, hi *big.Int
	signed := f[0] == 'b' || f[0] == 'h' || f[0] == 'i' || f[0] == 'l' || f[0] == 'q' || f[0] == 'n'
	bitsN := uint(8 * m.itemsize)
	if signed {
		hi = new(big.Int).Lsh(big.NewInt(1), bitsN-1)
		lo = new(big.Int).Neg(hi)
		hi.Sub(hi, big.NewInt(1))
	} else {
		lo = big.NewInt(0)
		hi = new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), bitsN), big.NewInt(1))
	}
	if bi.Cmp(lo) < 0 || bi.Cmp(hi) > 0 {
		return nil, valueErr
	}
	var u uint64
	if bi.Sign() < 0 {
		u = uint64(bi.Int64())
	} else {
		u = bi.Uint64()
	}
	switch m.itemsize {
	case 1:
		out[0] = byte(u)
	case 2:
		le.PutUint16(out, uint16(u))
	case 4:
		le.PutUint32(out, uint32(u))
	default:
		le.PutUint64(out, u)
	}
	return out, nil
}

func memoryViewNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("memoryview", args, kwnames, []string{"object"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	m, err := newMemoryView(a[0])
	if err != nil {
		return Value{}, err
	}
	return mvValue(m), nil
}

func mvSelf(v Value) (*memoryView, error) {
	m := objectAs[memoryView](v.ref)
	return m, m.check()
}

func memoryViewLen(t *Thread, v Value) (int, error) {
	m, err := mvSelf(v)
	return m.n, err
}

// mvIndex resolves an item index (IndexError beyond the ends).
func (m *memoryView) index(t *Thread, key Value) (int, error) {
	if !isIntLike(key) && key.Type().Slots.Index == nil {
		return 0, NewError(&TypeErrorType, "memoryview: invalid slice key")
	}
	iv, err := indexValue(t, key, "")
	if err != nil {
		return 0, err
	}
	i, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&IndexErrorType, "cannot fit 'int' into an index-sized integer")
	}
	if i < 0 {
		i += int64(m.n)
	}
	if i < 0 || i >= int64(m.n) {
		return 0, NewError(&IndexErrorType, "index out of bounds on dimension 1")
	}
	return int(i), nil
}

func memoryViewGetItem(t *Thread, v, key Value) (Value, error) {
	m, err := mvSelf(v)
	if err != nil {
		return Value{}, err
	}
	if sl, ok := asSlice(key); ok {
		start, _, step, count, err := sl.indices(t, m.n)
		if err != nil {
			return Value{}, err
		}
		c := *m
		c.start = m.start + start*m.stride
		c.n = count
		c.stride = m.stride * step
		return mvValue(&c), nil
	}
	if _, ok := asTuple(key); ok {
		return Value{}, notImplemented("multi-dimensional memoryview indexing")
	}
	i, err := m.index(t, key)
	if err != nil {
		return Value{}, err
	}
	b, err := m.item(i)
	if err != nil {
		return Value{}, err
	}
	return m.unpack(b), nil
}

func memoryViewSetItem(t *Thread, v, key, value Value) error {
	m, err := mvSelf(v)
	if err != nil {
		return err
	}
	if m.readonly {
		return NewError(&TypeErrorType, "cannot modify read-only memory")
	}
	if value.IsNull() {
		return NewError(&TypeErrorType, "cannot delete memory")
	}
	if sl, ok := asSlice(key); ok {
		start, _, step, count, err := sl.indices(t, m.n)
		if err != nil {
			return err
		}
		src, err := newMemoryView(value)
		if err != nil {
			if _, ok := bytesData(value); !ok {
				return NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(value))
			}
			return err
		}
		if src.n != count || src.format != m.format {
			return NewError(&ValueErrorType, "memoryview assignment: lvalue and rvalue have different structures")
		}
		data, err := src.bytes()
		if err != nil {
			return err
		}
		for k := 0; k < count; k++ {
			dst, err := m.item(start + k*step)
			if err != nil {
				return err
			}
			copy(dst, data[k*m.itemsize:(k+1)*m.itemsize])
		}
		return nil
	}
	i, err := m.index(t, key)
	if err != nil {
		return err
	}
	b, err := m.pack(t, value)
	if err != nil {
		return err
	}
	dst, err := m.item(i)
	if err != nil {
		return err
	}
	copy(dst, b)
	return nil
}

func memoryViewRepr(t *Thread, v Value) (Value, error) {
	m := objectAs[memoryView](v.ref)
	if m.released {
		return StrValue(fmt.Sprintf("<released memory at %#x>", objectID(v))), nil
	}
	return StrValue(fmt.Sprintf("<memory at %#x>", objectID(v))), nil
}

func memoryViewHash(t *Thread, v Value) (int64, error) {
	m, err := mvSelf(v)
	if err != nil {
		return 0, err
	}
	if !m.readonly {
		return 0, NewError(&ValueErrorType, "cannot hash writable memoryview object")
	}
	if !isByteFormat(m.format) {
		return 0, NewError(&ValueErrorType, "memoryview: hashing is restricted to formats 'B', 'b' or 'c'")
	}
	b, err := m.bytes()
	if err != nil {
		return 0, err
	}
	return bytesHash(t, BytesValue(b))
}

// mvItems unpacks every item of a buffer-like value (a bytes-like object
// has format 'B').
func mvItems(v Value) ([]Value, bool, error) {
	var m *memoryView
	if mm, ok := asMemoryView(v); ok {
		m = mm
	} else if _, isArr := asArrayExporter(v); isArr {
		mm, err := newMemoryView(v)
		if err != nil {
			return nil, true, err
		}
		m = mm
	} else if _, ok := bytesData(v); ok {
		m, _ = newMemoryView(v)
	} else {
		return nil, false, nil
	}
	out := make([]Value, m.n)
	for i := range out {
		b, err := m.item(i)
		if err != nil {
			return nil, true, err
		}
		out[i] = m.unpack(b)
	}
	return out, true, nil
}

func memoryViewCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if op != bytecode.CmpEQ && op != bytecode.CmpNE {
		return NotImplemented, nil
	}
	m := objectAs[memoryView](a.ref)
	other, isMV := asMemoryView(b)
	if m.released || isMV && other.released {
		return Bool(a.Is(b) == (op == bytecode.CmpEQ)), nil
	}
	x, _, err := mvItems(a)
	if err != nil {
		return Value{}, err
	}
	y, ok, err := mvItems(b)
	if err != nil || !ok {
		if err == nil {
			return NotImplemented, nil
		}
		return Value{}, err
	}
	eq := len(x) == len(y)
	for i := 0; eq && i < len(x); i++ {
		if eq, err = Equal(t, x[i], y[i]); err != nil {
			return Value{}, err
		}
	}
	return Bool(eq == (op == bytecode.CmpEQ)), nil
}

func memoryViewIter(t *Thread, v Value) (Value, error) {
	m, err := mvSelf(v)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&memoryIter{Object: Object{typ: &memoryIteratorType}, mv: m}).Object), nil
}

func memoryIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[memoryIter](v.ref)
	if it.mv == nil {
		return Value{}, nil
	}
	if err := it.mv.check(); err != nil {
		return Value{}, err
	}
	if it.i >= it.mv.n {
		it.mv = nil
		return Value{}, nil
	}
	b, err := it.mv.item(it.i)
	if err != nil {
		return Value{}, err
	}
	it.i++
	return it.mv.unpack(b), nil
}

func setupMemoryView() {
	mt := &MemoryViewType
	initBuiltinType(mt, "Create a new memoryview object which references the given object.")
	mt.Slots = Slots{New: memoryViewNew, Repr: memoryViewRepr, Hash: memoryViewHash, RichCompare: memoryViewCompare,
		Len: memoryViewLen, GetItem: memoryViewGetItem, SetItem: memoryViewSetItem, Iter: memoryViewIter}
	initBuiltinType(&memoryIteratorType, "")
	memoryIteratorType.Slots = Slots{Iter: selfIter, Next: memoryIterNext}

	prop := func(name string, f func(m *memoryView) Value) {
		addGetSet(mt, name, func(t *Thread, v Value) (Value, error) {
			m, err := mvSelf(v)
			if err != nil {
				return Value{}, err
			}
			return f(m), nil
		}, nil)
	}
	prop("obj", func(m *memoryView) Value { return m.obj })
	prop("format", func(m *memoryView) Value { return StrValue(m.format) })
	prop("itemsize", func(m *memoryView) Value { return Int(int64(m.itemsize)) })
	prop("nbytes", func(m *memoryView) Value { return Int(int64(m.n * m.itemsize)) })
	prop("ndim", func(m *memoryView) Value { return Int(1) })
	prop("shape", func(m *memoryView) Value { return NewTupleValue([]Value{Int(int64(m.n))}) })
	prop("strides", func(m *memoryView) Value { return NewTupleValue([]Value{Int(int64(m.stride))}) })
	prop("suboffsets", func(m *memoryView) Value { return NewTupleValue(nil) })
	prop("readonly", func(m *memoryView) Value { return Bool(m.readonly) })
	for _, n := range []string{"c_contiguous", "f_contiguous", "contiguous"} {
		prop(n, func(m *memoryView) Value { return Bool(m.contiguous()) })
	}
	method := func(name string, f func(t *Thread, m *memoryView, self Value, args []Value, kw []string) (Value, error)) {
		addMethod(mt, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			m, err := mvSelf(self)
			if err != nil {
				return Value{}, err
			}
			return f(t, m, self, args, kw)
		})
	}
	method("tobytes", func(t *Thread, m *memoryView, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("tobytes", args, kw, []string{"order"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		if !a[0].IsNull() && !a[0].IsNone() {
			s, ok := asStr(a[0])
			if !ok || (s.s != "C" && s.s != "F" && s.s != "A") {
				return Value{}, NewError(&ValueErrorType, "order must be 'C', 'F' or 'A'")
			}
		}
		b, err := m.bytes()
		if err != nil {
			return Value{}, err
		}
		return BytesValue(b), nil
	})
	method("tolist", func(t *Thread, m *memoryView, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tolist", args, kw, 0); err != nil {
			return Value{}, err
		}
		items, _, err := mvItems(self)
		if err != nil {
			return Value{}, err
		}
		return NewListValue(items), nil
	})
	method("hex", func(t *Thread, m *memoryView, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("hex", args, kw, []string{"sep", "bytes_per_sep"}, 0, 2)
		if err != nil {
			return Value{}, err
		}
		b, err := m.bytes()
		if err != nil {
			return Value{}, err
		}
		var pass []Value
		if !a[0].IsNull() {
			pass = append(pass, a[0])
			if !a[1].IsNull() {
				pass = append(pass, a[1])
			}
		} else if !a[1].IsNull() {
			pass = []Value{None, a[1]}
		}
		return bytesHex(t, b, pass)
	})
	method("toreadonly", func(t *Thread, m *memoryView, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("toreadonly", args, kw, 0); err != nil {
			return Value{}, err
		}
		c := *m
		c.readonly = true
		return mvValue(&c), nil
	})
	method("cast", memoryViewCast)
	addMethod(mt, "release", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("release", args, kw, 0); err != nil {
			return Value{}, err
		}
		objectAs[memoryView](self.ref).released = true
		return None, nil
	})
	method("__enter__", func(t *Thread, m *memoryView, self Value, args []Value, kw []string) (Value, error) {
		return self, exactArgs("__enter__", args, kw, 0)
	})
	addMethod(mt, "__exit__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		objectAs[memoryView](self.ref).released = true
		return None, nil
	})
	addSlotWrappers(&memoryIteratorType)
	inheritSlots(&memoryIteratorType)
}

func memoryViewCast(t *Thread, m *memoryView, self Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("cast", args, kw, []string{"format", "shape"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	if !m.contiguous() {
		return Value{}, NewError(&TypeErrorType, "memoryview: casts are restricted to C-contiguous views")
	}
	fs, ok := asStr(a[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "cast() argument 'format' must be str, not %s", typeName(a[0]))
	}
	size := mvItemSize(fs.s)
	if size == 0 {
		return Value{}, NewError(&ValueErrorType, "memoryview: destination format must be a native single character format prefixed with an optional '@'")
	}
	format := fs.s
	if len(format) == 2 {
		format = format[1:]
	}
	if !isByteFormat(m.format) && !isByteFormat(format) {
		return Value{}, NewError(&TypeErrorType, "memoryview: cannot cast between two non-byte formats")
	}
	nbytes := m.n * m.itemsize
	if nbytes%size != 0 {
		return Value{}, NewError(&TypeErrorType, "memoryview: length is not a multiple of itemsize")
	}
	if !a[1].IsNull() {
		items, err := iterateToSlice(t, a[1])
		if err != nil {
			return Value{}, err
		}
		if len(items) != 1 {
			return Value{}, notImplemented("multi-dimensional memoryview casts")
		}
		n, ok := smallInt(items[0])
		if !ok || int(n)*size != nbytes {
			return Value{}, NewError(&TypeErrorType, "memoryview: product(shape) * itemsize != buffer size")
		}
	}
	c := *m
	c.format, c.itemsize, c.n, c.stride = format, size, nbytes/size, size
	return mvValue(&c), nil
}
