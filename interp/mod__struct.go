package interp

// This file implements the _struct module (CPython's Modules/_struct.c):
// format parsing with the byte order, size and alignment prefixes, the
// Struct type, and pack/unpack and their variants with CPython's
// struct.error messages.

import (
	"math"
	"math/big"
	"strings"
	"sync"
)

var (
	structErrorType  = Type{Name: "error"}
	structType       = Type{Name: "Struct"}
	structIterType   = Type{Name: "unpack_iterator"}
	structSetupOnce  sync.Once
	structCache      = map[string]*structObj{}
	structCacheMutex sync.Mutex
)

func init() {
	builtinModules["_struct"] = makeStructModule
	delete(cModules, "_struct")
	subclassableBases[&structType] = true
}

// structCode is one item of a parsed format: a format char with its
// repeat count and offset in the packed data.
type structCode struct {
	c      byte
	offset int
	size   int // item size
	count  int // repeat count ('s' and 'p': the string length)
}

// structObj is a compiled Struct.
type structObj struct {
	Object
	format Value // the format as given (str or bytes)
	size   int
	codes  []structCode
	// native is '@' (native sizes and alignment), big the '>' and '!'
	// byte order.
	native bool
	big    bool
	nitems int // number of values pack takes
	attrs  Attrs
}

// structIter is unpack_iterator.
type structIter struct {
	Object
	s    *structObj
	buf  []byte
	pos  int
	done bool
}

// maxStructBuffer bounds what pack allocates: larger formats are
// MemoryError rather than a Go allocation failure.
const maxStructBuffer = 1 << 32

func structError(format string, args ...any) error {
	return NewError(&structErrorType, format, args...)
}

// structNativeSizes are the sizes (and alignments) of the native codes on
// x86-64 Linux; structStandardSizes those of the standard ones.
var structNativeSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 8, 'L': 8, 'q': 8, 'Q': 8, 'n': 8, 'N': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1, 'P': 8}
var structStandardSizes = map[byte]int{'x': 1, 'c': 1, 'b': 1, 'B': 1, '?': 1, 'h': 2, 'H': 2, 'i': 4, 'I': 4,
	'l': 4, 'L': 4, 'q': 8, 'Q': 8, 'e': 2, 'f': 4, 'd': 8, 's': 1, 'p': 1}

// compileStruct parses a format (prepare_s).
func compileStruct(format string) (*structObj, error) {
	s := &structObj{Object: Object{typ: &structType}, native: true}
	sizes := structNativeSizes
	f := format
	if len(f) > 0 {
		switch f[0] {
		case '@':
			f = f[1:]
		case '=', '<':
			s.native, sizes, f = false, structStandardSizes, f[1:]
		case '>', '!':
			s.native, s.big, sizes, f = false, true, structStandardSizes, f[1:]
		}
	}
	const maxSize = math.MaxInt64
	size := 0
	for i := 0; i < len(f); {
		c := f[i]
		i++
		if isASCIISpace(c) {
			continue
		}
		num := 1
		if isDigitByte(c) {
			num = int(c - '0')
			for i < len(f) && isDigitByte(f[i]) {
				d := int(f[i] - '0')
				if num > (maxSize-d)/10 {
					return nil, structError("total struct size too long")
				}
				num = num*10 + d
				i++
			}
			if i >= len(f) {
				return nil, structError("repeat count given without format specifier")
			}
			c = f[i]
			i++
		}
		isz, ok := sizes[c]
		if !ok {
			return nil, structError("bad char in struct format")
		}
		if s.native && isz > 1 {
			size = (size + isz - 1) / isz * isz
		}
		switch c {
		case 's', 'p':
			s.codes = append(s.codes, structCode{c: c, offset: size, size: num, count: num})
			s.nitems++
			if num > maxSize-size {
				return nil, structError("total struct size too long")
			}
			size += num
			continue
		}
		if num > (maxSize-size)/isz {
			return nil, structError("total struct size too long")
		}
		if c != 'x' {
			s.codes = append(s.codes, structCode{c: c, offset: size, size: isz, count: num})
			s.nitems += num
		}
		size += num * isz
	}
	s.size = size
	return s, nil
}

// structFormatArg converts a format argument to its string.
func structFormatArg(t *Thread, v Value) (string, error) {
	if s, ok := asStr(v); ok {
		if strings.IndexByte(s.s, 0) >= 0 {
			return "", structError("embedded null character")
		}
		if !isASCII(s.s) {
			_, err := encodeStr(s.s, "ascii", "strict")
			return "", err
		}
		return s.s, nil
	}
	if b, ok := v.ref, v.ref != nil && v.Type().IsSubtype(&BytesType); ok {
		return string(objectAs[Bytes](b).b), nil
	}
	return "", NewError(&TypeErrorType, "Struct() argument 1 must be a str or bytes object, not %s", typeName(v))
}

// cachedStruct is the module functions' Struct for a format.
func cachedStruct(t *Thread, v Value) (*structObj, error) {
	f, err := structFormatArg(t, v)
	if err != nil {
		return nil, err
	}
	key := f
	if !isStr(v) {
		key = "b" + f
	} else {
		key = "s" + f
	}
	structCacheMutex.Lock()
	s := structCache[key]
	structCacheMutex.Unlock()
	if s != nil {
		return s, nil
	}
	if s, err = compileStruct(f); err != nil {
		return nil, err
	}
	s.format = v
	structCacheMutex.Lock()
	if len(structCache) > 100 {
		structCache = map[string]*structObj{}
	}
	structCache[key] = s
	structCacheMutex.Unlock()
	return s, nil
}

// structInt converts a value for an integer code (get_pylong).
func structInt(t *Thread, v Value) (*big.Int, error) {
	if !isIntLike(v) {
		if v.Type().Slots.Index == nil {
			return nil, structError("required argument is not an integer")
		}
		iv, err := indexValue(t, v, "")
		if err != nil {
			return nil, err
		}
		v = iv
	}
	return toBig(v), nil
}

// structFloat is PyFloat_AsDouble with struct's error.
func structFloat(t *Thread, v Value) (float64, error) {
	f, err := mathFloat(t, v)
	if err != nil {
		return 0, structError("required argument is not a float")
	}
	return f, nil
}

var structMaxUint64 = new(big.Int).SetUint64(math.MaxUint64)

// packInt checks and converts an integer for code c of size n.
func (s *structObj) packInt(t *Thread, c byte, n int, v Value) (uint64, error) {
	if v.IsInt() || v.IsBool() {
		return packSmallInt(c, n, v.AsInt())
	}
	b, err := structInt(t, v)
	if err != nil {
		return 0, err
	}
	if b.IsInt64() {
		return packSmallInt(c, n, b.Int64())
	}
	// Beyond int64 only the unsigned codes read as C unsigned long
	// (not 'B' and 'H', which go through a C long) can still fit.
	switch c {
	case 'I', 'L', 'Q', 'N', 'P':
		if b.Sign() > 0 && b.Cmp(structMaxUint64) <= 0 {
			if n < 8 {
				return 0, structError("'%c' format requires 0 <= number <= %d", c, uint64(1)<<(8*n)-1)
			}
			return b.Uint64(), nil
		}
	}
	return 0, structError("argument out of range")
}

// packSmallInt is packInt for a value that fits in int64.
func packSmallInt(c byte, n int, x int64) (uint64, error) {
	switch c {
	case 'P':
		return uint64(x), nil
	case 'B':
		if x < 0 || x > 255 {
			return 0, structError("ubyte format requires 0 <= number <= 255")
		}
		return uint64(x), nil
	case 'H':
		if x < 0 || x > 65535 {
			return 0, structError("ushort format requires 0 <= number <= 65535")
		}
		return uint64(x), nil
	case 'I', 'L', 'Q', 'N':
		if x < 0 {
			return 0, structError("argument out of range")
		}
		if n < 8 && uint64(x)>>(8*n) != 0 {
			return 0, structError("'%c' format requires 0 <= number <= %d", c, uint64(1)<<(8*n)-1)
		}
		return uint64(x), nil
	}
	switch {
	case c == 'b' && (x < -128 || x > 127):
		return 0, structError("byte format requires -128 <= number <= 127")
	case c == 'h' && (x < -32768 || x > 32767):
		return 0, structError("short format requires -32768 <= number <= 32767")
	case n == 4 && (x < math.MinInt32 || x > math.MaxInt32):
		return 0, structError("'%c' format requires -2147483648 <= number <= 2147483647", c)
	}
	return uint64(x), nil
}

func (s *structObj) putUint(dst []byte, n int, x uint64) {
	for i := 0; i < n; i++ {
		bt := byte(x >> (8 * i))
		if s.big {
			dst[n-1-i] = bt
		} else {
			dst[i] = bt
		}
	}
}

func (s *structObj) getUint(src []byte, n int) uint64 {
	var x uint64
	for i := 0; i < n; i++ {
		var bt byte
		if s.big {
			bt = src[n-1-i]
		} else {
			bt = src[i]
		}
		x |= uint64(bt) << (8 * i)
	}
	return x
}

// packTo packs args into dst (len(dst) == s.size, zeroed).
func (s *structObj) packTo(t *Thread, dst []byte, args []Value) error {
	ai := 0
	for _, code := range s.codes {
		if code.c == 's' || code.c == 'p' {
			v := args[ai]
			ai++
			b, ok := bytesData(v)
			if !ok {
				return structError("argument for '%c' must be a bytes object", code.c)
			}
			out := dst[code.offset : code.offset+code.count]
			if code.c == 's' {
				copy(out, b)
				continue
			}
			if code.count == 0 {
				continue
			}
			n := len(b)
			if n > code.count-1 {
				n = code.count - 1
			}
			copy(out[1:], b[:n])
			if n > 255 {
				n = 255
			}
			out[0] = byte(n)
			continue
		}
		for k := 0; k < code.count; k++ {
			v := args[ai]
			ai++
			off := code.offset + k*code.size
			out := dst[off : off+code.size]
			if err := s.packOne(t, code.c, out, v); err != nil {
				return err
			}
		}
	}
	return nil
}

func (s *structObj) packOne(t *Thread, c byte, out []byte, v Value) error {
	switch c {
	case '?':
		b, err := Truth(t, v)
		if err != nil {
			return err
		}
		if b {
			out[0] = 1
		}
	case 'c':
		b, ok := bytesData(v)
		if !ok || isByteArray(v) || len(b) != 1 {
			return structError("char format requires a bytes object of length 1")
		}
		out[0] = b[0]
	case 'e':
		f, err := structFloat(t, v)
		if err != nil {
			return err
		}
		h, ok := float64ToHalf(f)
		if !ok {
			return NewError(&OverflowErrorType, "float too large to pack with e format")
		}
		s.putUint(out, 2, uint64(h))
	case 'f':
		f, err := structFloat(t, v)
		if err != nil {
			return err
		}
		f32 := float32(f)
		// Native packing is a C cast; the standard sizes check overflow
		// (PyFloat_Pack4).
		if !s.native && math.IsInf(float64(f32), 0) && !math.IsInf(f, 0) {
			return NewError(&OverflowErrorType, "float too large to pack with f format")
		}
		s.putUint(out, 4, uint64(math.Float32bits(f32)))
	case 'd':
		f, err := structFloat(t, v)
		if err != nil {
			return err
		}
		s.putUint(out, 8, math.Float64bits(f))
	default:
		x, err := s.packInt(t, c, len(out), v)
		if err != nil {
			return err
		}
		s.putUint(out, len(out), x)
	}
	return nil
}

// unpackFrom unpacks s.size bytes of src.
func (s *structObj) unpackFrom(src []byte) (Value, error) {
	items := make([]Value, 0, s.nitems)
	for _, code := range s.codes {
		switch code.c {
		case 's':
			items = append(items, BytesValue(append([]byte(nil), src[code.offset:code.offset+code.count]...)))
			continue
		case 'p':
			if code.count == 0 {
				// CPython 3.11 reads a length of -1 here.
				return Value{}, NewError(&SystemErrorType, "Negative size passed to PyBytes_FromStringAndSize")
			}
			n := min(int(src[code.offset]), code.count-1)
			items = append(items, BytesValue(append([]byte(nil), src[code.offset+1:code.offset+1+n]...)))
			continue
		}
		for k := 0; k < code.count; k++ {
			off := code.offset + k*code.size
			in := src[off : off+code.size]
			items = append(items, s.unpackOne(code.c, in))
		}
	}
	return NewTupleValue(items), nil
}

func (s *structObj) unpackOne(c byte, in []byte) Value {
	x := s.getUint(in, len(in))
	switch c {
	case '?':
		return Bool(in[0] != 0)
	case 'c':
		return BytesValue([]byte{in[0]})
	case 'e':
		return Float(halfToFloat64(uint16(x)))
	case 'f':
		return Float(float64(math.Float32frombits(uint32(x))))
	case 'd':
		return Float(math.Float64frombits(x))
	case 'b', 'h', 'i', 'l', 'q', 'n':
		sh := 64 - 8*uint(len(in))
		return Int(int64(x<<sh) >> sh)
	}
	if x > math.MaxInt64 {
		return IntFromBig(new(big.Int).SetUint64(x))
	}
	return Int(int64(x))
}

// float64ToHalf rounds f to IEEE binary16 (PyFloat_Pack2): ok is false
// on overflow.
func float64ToHalf(f float64) (uint16, bool) {
	bits := math.Float64bits(f)
	sign := uint16(bits>>48) & 0x8000
	if math.IsNaN(f) {
		return sign | 0x7e00, true
	}
	if math.IsInf(f, 0) {
		return sign | 0x7c00, true
	}
	a := math.Abs(f)
	if a == 0 {
		return sign, true
	}
	// a = m * 2**e with 0.5 <= m < 1.
	m, e := math.Frexp(a)
	var bitsOut uint64
	if e < -13 {
		// Subnormal: units of 2**-24.
		q := a * (1 << 24)
		r := math.RoundToEven(q)
		bitsOut = uint64(r)
	} else {
		// Normal: 11 significant bits.
		q := math.RoundToEven(m * 2048) // in [1024, 2048]
		exp := e - 1                    // a = (q/1024) * 2**exp
		if q == 2048 {
			q = 1024
			exp++
		}
		if exp > 15 {
			return 0, false
		}
		bitsOut = uint64(exp+15)<<10 | (uint64(q) - 1024)
	}
	if bitsOut >= 0x7c00 {
		return 0, false
	}
	return sign | uint16(bitsOut), true
}

func halfToFloat64(h uint16) float64 {
	sign := 1.0
	if h&0x8000 != 0 {
		sign = -1
	}
	exp := int(h>>10) & 0x1f
	frac := float64(h & 0x3ff)
	switch exp {
	case 0:
		return sign * math.Ldexp(frac, -24)
	case 0x1f:
		if frac == 0 {
			return math.Inf(int(sign))
		}
		return math.Copysign(math.NaN(), sign)
	}
	return sign * math.Ldexp(1024+frac, exp-25)
}

// pack checks the argument count and packs.
func (s *structObj) pack(t *Thread, name string, args []Value) ([]byte, error) {
	if len(args) != s.nitems {
		return nil, structError("%s expected %d items for packing (got %d)", name, s.nitems, len(args))
	}
	if s.size > maxStructBuffer {
		return nil, NewError(&MemoryErrorType, "")
	}
	out := make([]byte, s.size)
	if err := s.packTo(t, out, args); err != nil {
		return nil, err
	}
	return out, nil
}

func (s *structObj) unpack(t *Thread, buf Value) (Value, error) {
	b, err := dataBufferArg(buf)
	if err != nil {
		return Value{}, err
	}
	if len(b) != s.size {
		return Value{}, structError("unpack requires a buffer of %d bytes", s.size)
	}
	return s.unpackFrom(b)
}

func (s *structObj) unpackFromArgs(t *Thread, buf, off Value) (Value, error) {
	if s.size < 0 {
		return Value{}, notImplemented("unpack_from on a Struct whose __init__ did not run")
	}
	b, err := dataBufferArg(buf)
	if err != nil {
		return Value{}, err
	}
	offset := 0
	if !off.IsNull() {
		if offset, err = structOffset(t, off); err != nil {
			return Value{}, err
		}
	}
	n := len(b)
	if offset < 0 {
		if offset+s.size > 0 {
			return Value{}, structError("not enough data to unpack %d bytes at offset %d", s.size, offset)
		}
		if offset+n < 0 {
			return Value{}, structError("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < s.size {
		return Value{}, structError("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)", s.size+offset, s.size, offset, n)
	}
	return s.unpackFrom(b[offset : offset+s.size])
}

func (s *structObj) packInto(t *Thread, args []Value) (Value, error) {
	if s.size < 0 {
		return Value{}, notImplemented("pack_into on a Struct whose __init__ did not run")
	}
	if len(args) < 2 {
		if len(args) == 0 {
			return Value{}, NewError(&TypeErrorType, "pack_into expected buffer argument")
		}
		return Value{}, NewError(&TypeErrorType, "pack_into expected offset argument")
	}
	if len(args)-2 != s.nitems {
		return Value{}, structError("pack_into expected %d items for packing (got %d)", s.nitems, len(args)-2)
	}
	b, err := dataWritableBuffer(args[0], "argument")
	if err != nil {
		return Value{}, err
	}
	offset, err := structOffset(t, args[1])
	if err != nil {
		return Value{}, err
	}
	n := len(b)
	if offset < 0 {
		if offset+s.size > 0 {
			return Value{}, structError("no space to pack %d bytes at offset %d", s.size, offset)
		}
		if offset+n < 0 {
			return Value{}, structError("offset %d out of range for %d-byte buffer", offset, n)
		}
		offset += n
	}
	if n-offset < s.size {
		return Value{}, structError("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)", s.size+offset, s.size, offset, n)
	}
	out := make([]byte, s.size)
	if err := s.packTo(t, out, args[2:]); err != nil {
		return Value{}, err
	}
	copy(b[offset:], out)
	return None, nil
}

func structOffset(t *Thread, v Value) (int, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	x, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(x), nil
}

func (s *structObj) iterUnpack(t *Thread, buf Value) (Value, error) {
	if s.size < 0 {
		return Value{}, notImplemented("iter_unpack on a Struct whose __init__ did not run")
	}
	if s.size == 0 {
		return Value{}, structError("cannot iteratively unpack with a struct of length 0")
	}
	b, err := dataBufferArg(buf)
	if err != nil {
		return Value{}, err
	}
	if len(b)%s.size != 0 {
		return Value{}, structError("iterative unpacking requires a buffer of a multiple of %d bytes", s.size)
	}
	it := &structIter{Object: Object{typ: &structIterType}, s: s, buf: b}
	return FromObject(&it.Object), nil
}

func asStruct(v Value, name string) (*structObj, error) {
	if v.ref == nil || !v.Type().IsSubtype(&structType) {
		return nil, NewError(&TypeErrorType, "descriptor '%s' requires a '_struct.Struct' object but received a '%s'", name, typeName(v))
	}
	return objectAs[structObj](v.ref), nil
}

func setupStructTypes() {
	initDataError(&structErrorType, "struct", "", nil)
	initBuiltinType(&structType, "Struct(format)\n--\n\nCreate a compiled struct object.\n\nReturn a new Struct object which writes and reads binary data according to\nthe format string.\n\nSee help(struct) for more on format strings.")
	structType.Module = "_struct"
	structType.Flags |= FlagBaseType
	// As in CPython, __new__ makes an empty Struct and __init__ compiles
	// the format, so subclasses can call super().__init__(format).
	structType.Slots = Slots{
		New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
			s := &structObj{Object: Object{typ: typ}, size: -1, nitems: -1, format: StrValue("")}
			return FromObject(&s.Object), nil
		},
		Init: func(t *Thread, self Value, args []Value, kwnames []string) error {
			a, err := clinicArgs("Struct", args, kwnames, []string{"format"}, 1, 1)
			if err != nil {
				return err
			}
			f, err := structFormatArg(t, a[0])
			if err != nil {
				return err
			}
			c, err := compileStruct(f)
			if err != nil {
				return err
			}
			s := objectAs[structObj](self.ref)
			s.format, s.size, s.codes, s.native, s.big, s.nitems = a[0], c.size, c.codes, c.native, c.big, c.nitems
			return nil
		},
	}
	addGetSet(&structType, "format", func(t *Thread, v Value) (Value, error) {
		s := objectAs[structObj](v.ref)
		if b, ok := bytesData(s.format); ok {
			return StrValue(string(b)), nil
		}
		return s.format, nil
	}, nil)
	addGetSet(&structType, "size", func(t *Thread, v Value) (Value, error) {
		return Int(int64(objectAs[structObj](v.ref).size)), nil
	}, nil)
	addMethod(&structType, "pack", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := asStruct(self, "pack")
		if err != nil {
			return Value{}, err
		}
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "pack() takes no keyword arguments")
		}
		b, err := s.pack(t, "pack", args)
		if err != nil {
			return Value{}, err
		}
		return BytesValue(b), nil
	})
	addMethod(&structType, "pack_into", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := asStruct(self, "pack_into")
		if err != nil {
			return Value{}, err
		}
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "pack_into() takes no keyword arguments")
		}
		return s.packInto(t, args)
	})
	addMethod(&structType, "unpack", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := asStruct(self, "unpack")
		if err != nil {
			return Value{}, err
		}
		if err := exactArgs("Struct.unpack", args, kw, 1); err != nil {
			return Value{}, err
		}
		return s.unpack(t, args[0])
	})
	addMethod(&structType, "unpack_from", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := asStruct(self, "unpack_from")
		if err != nil {
			return Value{}, err
		}
		a, err := clinicArgs("unpack_from", args, kw, []string{"buffer", "offset"}, 1, 2)
		if err != nil {
			return Value{}, err
		}
		return s.unpackFromArgs(t, a[0], a[1])
	})
	addMethod(&structType, "iter_unpack", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s, err := asStruct(self, "iter_unpack")
		if err != nil {
			return Value{}, err
		}
		if err := exactArgs("Struct.iter_unpack", args, kw, 1); err != nil {
			return Value{}, err
		}
		return s.iterUnpack(t, args[0])
	})
	addMethod(&structType, "__sizeof__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := objectAs[structObj](self.ref)
		return Int(int64(72 + 32*(len(s.codes)+1))), nil
	})

	initBuiltinType(&structIterType, "")
	structIterType.Module = "_struct"
	structIterType.Slots = Slots{Iter: selfIter, Next: func(t *Thread, v Value) (Value, error) {
		it := objectAs[structIter](v.ref)
		if it.done || it.pos+it.s.size > len(it.buf) {
			it.done = true
			return Value{}, nil
		}
		r, err := it.s.unpackFrom(it.buf[it.pos : it.pos+it.s.size])
		if err != nil {
			return Value{}, err
		}
		it.pos += it.s.size
		return r, nil
	}}
	addMethod(&structIterType, "__length_hint__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		it := objectAs[structIter](self.ref)
		if it.done {
			return Int(0), nil
		}
		return Int(int64((len(it.buf) - it.pos) / it.s.size)), nil
	})
	for _, tp := range []*Type{&structType, &structIterType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func makeStructModule(in *Interpreter) *Module {
	structSetupOnce.Do(setupStructTypes)
	m := NewModule("_struct")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue(structModuleDoc))
	set("error", TypeValue(&structErrorType))
	set("Struct", TypeValue(&structType))
	withFormat := func(name string, f func(t *Thread, s *structObj, args []Value, kw []string) (Value, error)) {
		moduleFn(m, name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(args)-len(kw) < 1 {
				for i, k := range kw {
					if k == "format" {
						s, err := cachedStruct(t, args[len(args)-len(kw)+i])
						if err != nil {
							return Value{}, err
						}
						rest := append(append([]Value(nil), args[:len(args)-len(kw)+i]...), args[len(args)-len(kw)+i+1:]...)
						restKw := append(append([]string(nil), kw[:i]...), kw[i+1:]...)
						return f(t, s, rest, restKw)
					}
				}
				return Value{}, NewError(&TypeErrorType, "%s() missing required argument 'format' (pos 1)", name)
			}
			s, err := cachedStruct(t, args[0])
			if err != nil {
				return Value{}, err
			}
			return f(t, s, args[1:], kw)
		})
	}
	withFormat("calcsize", func(t *Thread, s *structObj, args []Value, kw []string) (Value, error) {
		if len(args) > 0 || len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "calcsize() takes exactly one argument (%d given)", len(args)+1)
		}
		return Int(int64(s.size)), nil
	})
	moduleFn(m, "pack", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "pack() takes no keyword arguments")
		}
		if len(args) == 0 {
			return Value{}, NewError(&TypeErrorType, "missing format argument")
		}
		s, err := cachedStruct(t, args[0])
		if err != nil {
			return Value{}, err
		}
		b, err := s.pack(t, "pack", args[1:])
		if err != nil {
			return Value{}, err
		}
		return BytesValue(b), nil
	})
	moduleFn(m, "pack_into", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "pack_into() takes no keyword arguments")
		}
		if len(args) == 0 {
			return Value{}, NewError(&TypeErrorType, "missing format argument")
		}
		s, err := cachedStruct(t, args[0])
		if err != nil {
			return Value{}, err
		}
		return s.packInto(t, args[1:])
	})
	withFormat("unpack", func(t *Thread, s *structObj, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "unpack expected 2 arguments, got %d", len(args)+1)
		}
		return s.unpack(t, args[0])
	})
	withFormat("unpack_from", func(t *Thread, s *structObj, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("unpack_from", args, kw, []string{"buffer", "offset"}, 1, 2)
		if err != nil {
			return Value{}, err
		}
		return s.unpackFromArgs(t, a[0], a[1])
	})
	withFormat("iter_unpack", func(t *Thread, s *structObj, args []Value, kw []string) (Value, error) {
		if len(args) != 1 || len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "iter_unpack expected 2 arguments, got %d", len(args)+1)
		}
		return s.iterUnpack(t, args[0])
	})
	moduleFn(m, "_clearcache", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		structCacheMutex.Lock()
		structCache = map[string]*structObj{}
		structCacheMutex.Unlock()
		return None, nil
	})
	return m
}

const structModuleDoc = "Functions to convert between Python values and C structs.\nPython bytes objects are used to hold the data representing the C struct\nand also as format strings (explicit format) to describe the layout of data\nin the C struct.\n\nThe optional first format char indicates byte order, size and alignment:\n  @: native order, size & alignment (default)\n  =: native order, std. size & alignment\n  <: little-endian, std. size & alignment\n  >: big-endian, std. size & alignment\n  !: same as >\n\nThe remaining chars indicate types of args and must match exactly;\nthese can be preceded by a decimal repeat count:\n  x: pad byte (no data); c:char; b:signed byte; B:unsigned byte;\n  ?: _Bool (requires C99; if not available, char is used instead)\n  h:short; H:unsigned short; i:int; I:unsigned int;\n  l:long; L:unsigned long; f:float; d:double; e:half-float.\nSpecial cases (preceding decimal count indicates length):\n  s:string (array of char); p: pascal string (with count byte).\nSpecial cases (only available in native format):\n  n:ssize_t; N:size_t;\n  P:an integer type that is wider than a pointer.\nSpecial case (not in native mode unless 'long long' in platform C compiler):\n  q:long long; Q:unsigned long long\nWhitespace between formats is ignored.\n\nThe variable struct.error is an exception raised on errors.\n"
