package bytecode

// This file serializes code objects, for the compiled-code cache.
//
// The format is pyjit's own (not CPython's marshal): a format byte, a table
// of the distinct strings (names, file names, str and bytes constants),
// then the code object as a constant. Integers are varints (signed ones
// zigzag-encoded), strings are indices into the table, floats are their
// IEEE bits (so -0.0 and NaN payloads survive). Empty slices decode as nil.
//
// Unmarshal treats its input as hostile: every count is checked against the
// bytes left before anything is allocated, nesting is limited, and any
// inconsistency is an error.

import (
	"encoding/binary"
	"errors"
	"fmt"
	"math"
	"math/big"

	"github.com/pyjit/pyjit/frontend/ast"
)

// marshalFormat is the first byte of every serialized code object; bump it
// when the layout below changes.
const marshalFormat = 1

// maxMarshalDepth bounds the nesting of constants and code objects (as
// CPython's MAX_MARSHAL_STACK_DEPTH), so hostile input cannot exhaust the
// goroutine stack.
const maxMarshalDepth = 2000

// Constant tags.
const (
	tagNone byte = iota
	tagEllipsis
	tagFalse
	tagTrue
	tagInt    // an int that fits in int64: zigzag varint
	tagBigInt // sign byte (0 or 1 for negative), length, big-endian magnitude
	tagFloat  // 8 bytes, little-endian IEEE bits
	tagComplex
	tagStr // string table index
	tagBytes
	tagTuple // count, then the elements
	tagFrozenSet
	tagCode

	// tagInvalid stands for what Marshal cannot encode (a nil code object,
	// a cycle, a value of an unknown type): Unmarshal rejects it, so the
	// cache entry is simply never used.
	tagInvalid byte = 0xff
)

// Marshal encodes a code object (and its nested code objects and constants) to bytes;
// Unmarshal decodes it, returning an error — never panicking, never allocating unboundedly —
// on any truncated, corrupt or hostile input.
func Marshal(c *Code) []byte {
	e := &encoder{strIndex: map[string]int{}, onPath: map[*Code]bool{}}
	e.constant(c, 0)
	out := []byte{marshalFormat}
	out = binary.AppendUvarint(out, uint64(len(e.strs)))
	for _, s := range e.strs {
		out = binary.AppendUvarint(out, uint64(len(s)))
		out = append(out, s...)
	}
	return append(out, e.buf...)
}

type encoder struct {
	buf      []byte
	strs     []string
	strIndex map[string]int
	onPath   map[*Code]bool
}

func (e *encoder) byte(b byte)      { e.buf = append(e.buf, b) }
func (e *encoder) uvarint(u uint64) { e.buf = binary.AppendUvarint(e.buf, u) }
func (e *encoder) varint(i int64)   { e.buf = binary.AppendVarint(e.buf, i) }
func (e *encoder) int(i int)        { e.varint(int64(i)) }
func (e *encoder) count(n int)      { e.uvarint(uint64(n)) }

func (e *encoder) str(s string) {
	i, ok := e.strIndex[s]
	if !ok {
		i = len(e.strs)
		e.strs = append(e.strs, s)
		e.strIndex[s] = i
	}
	e.uvarint(uint64(i))
}

func (e *encoder) strList(ss []string) {
	e.count(len(ss))
	for _, s := range ss {
		e.str(s)
	}
}

func (e *encoder) constant(v Const, depth int) {
	if depth > maxMarshalDepth {
		e.byte(tagInvalid)
		return
	}
	switch v := v.(type) {
	case ast.NoneValue:
		e.byte(tagNone)
	case ast.EllipsisValue:
		e.byte(tagEllipsis)
	case bool:
		if v {
			e.byte(tagTrue)
		} else {
			e.byte(tagFalse)
		}
	case *big.Int:
		switch {
		case v == nil:
			e.byte(tagInvalid)
		case v.IsInt64():
			e.byte(tagInt)
			e.varint(v.Int64())
		default:
			e.byte(tagBigInt)
			if v.Sign() < 0 {
				e.byte(1)
			} else {
				e.byte(0)
			}
			mag := v.Bytes()
			e.count(len(mag))
			e.buf = append(e.buf, mag...)
		}
	case float64:
		e.byte(tagFloat)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v))
	case complex128:
		e.byte(tagComplex)
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(real(v)))
		e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(imag(v)))
	case ast.Str:
		e.byte(tagStr)
		e.str(string(v))
	case ast.Bytes:
		e.byte(tagBytes)
		e.str(string(v))
	case ast.TupleValue:
		e.byte(tagTuple)
		e.consts(v, depth)
	case ast.FrozenSetValue:
		e.byte(tagFrozenSet)
		e.consts(v, depth)
	case *Code:
		if v == nil || e.onPath[v] {
			e.byte(tagInvalid)
			return
		}
		e.onPath[v] = true
		e.byte(tagCode)
		e.code(v, depth)
		delete(e.onPath, v)
	default:
		e.byte(tagInvalid)
	}
}

func (e *encoder) consts(vs []Const, depth int) {
	e.count(len(vs))
	for _, v := range vs {
		e.constant(v, depth+1)
	}
}

func (e *encoder) code(c *Code, depth int) {
	e.str(c.Name)
	e.str(c.QualName)
	e.str(c.Filename)
	for _, i := range [...]int{c.FirstLineNo, c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.Flags, c.StackSize} {
		e.int(i)
	}
	e.count(len(c.Words))
	for _, w := range c.Words {
		e.uvarint(uint64(w))
	}
	e.consts(c.Consts, depth)
	e.strList(c.Names)
	e.strList(c.LocalsPlusNames)
	e.count(len(c.LocalsPlusKinds))
	e.buf = append(e.buf, c.LocalsPlusKinds...)
	// Lines are stored as differences from the previous entry's, which are
	// mostly 0 and fit in one byte.
	e.count(len(c.Positions))
	prev := int64(0)
	for _, p := range c.Positions {
		e.varint(int64(p.Line) - prev)
		e.varint(int64(p.EndLine) - int64(p.Line))
		e.varint(int64(p.Col))
		e.varint(int64(p.EndCol))
		prev = int64(p.Line)
	}
	e.count(len(c.ExceptionTable))
	for _, x := range c.ExceptionTable {
		e.int(x.Start)
		e.int(x.End)
		e.int(x.Target)
		e.int(x.Depth)
		if x.Lasti {
			e.byte(1)
		} else {
			e.byte(0)
		}
	}
}

// Unmarshal decodes a code object encoded by Marshal.
func Unmarshal(data []byte) (*Code, error) {
	d := &decoder{data: data}
	c, err := d.top()
	if err != nil {
		return nil, fmt.Errorf("bytecode: bad serialized code at byte %d: %w", d.pos, err)
	}
	return c, nil
}

var (
	errTruncated = errors.New("truncated data")
	errOverflow  = errors.New("number out of range")
)

type decoder struct {
	data []byte
	pos  int
	strs []string
}

func (d *decoder) top() (*Code, error) {
	f, err := d.byte()
	if err != nil {
		return nil, err
	}
	if f != marshalFormat {
		return nil, fmt.Errorf("unknown format %d", f)
	}
	n, err := d.count(1)
	if err != nil {
		return nil, err
	}
	d.strs = make([]string, n)
	for i := range d.strs {
		l, err := d.count(1)
		if err != nil {
			return nil, err
		}
		d.strs[i] = string(d.data[d.pos : d.pos+l])
		d.pos += l
	}
	v, err := d.constant(0)
	if err != nil {
		return nil, err
	}
	c, ok := v.(*Code)
	if !ok {
		return nil, errors.New("top-level value is not a code object")
	}
	if d.pos != len(d.data) {
		return nil, errors.New("trailing data")
	}
	return c, nil
}

func (d *decoder) byte() (byte, error) {
	if d.pos >= len(d.data) {
		return 0, errTruncated
	}
	b := d.data[d.pos]
	d.pos++
	return b, nil
}

func (d *decoder) bytes(n int) ([]byte, error) {
	if n < 0 || n > len(d.data)-d.pos {
		return nil, errTruncated
	}
	b := d.data[d.pos : d.pos+n]
	d.pos += n
	return b, nil
}

func (d *decoder) uvarint() (uint64, error) {
	u, n := binary.Uvarint(d.data[d.pos:])
	if n == 0 {
		return 0, errTruncated
	}
	if n < 0 {
		return 0, errOverflow
	}
	d.pos += n
	return u, nil
}

func (d *decoder) varint() (int64, error) {
	i, n := binary.Varint(d.data[d.pos:])
	if n == 0 {
		return 0, errTruncated
	}
	if n < 0 {
		return 0, errOverflow
	}
	d.pos += n
	return i, nil
}

func (d *decoder) int() (int, error) {
	i, err := d.varint()
	if err != nil {
		return 0, err
	}
	if int64(int(i)) != i {
		return 0, errOverflow
	}
	return int(i), nil
}

func (d *decoder) int32() (int32, error) {
	i, err := d.varint()
	if err != nil {
		return 0, err
	}
	if i < math.MinInt32 || i > math.MaxInt32 {
		return 0, errOverflow
	}
	return int32(i), nil
}

// count reads a length whose elements take at least minSize bytes each,
// rejecting any that the rest of the input cannot hold: this is what
// bounds every allocation by the input's size.
func (d *decoder) count(minSize int) (int, error) {
	u, err := d.uvarint()
	if err != nil {
		return 0, err
	}
	if u > uint64(len(d.data)-d.pos)/uint64(minSize) {
		return 0, errTruncated
	}
	return int(u), nil
}

func (d *decoder) str() (string, error) {
	u, err := d.uvarint()
	if err != nil {
		return "", err
	}
	if u >= uint64(len(d.strs)) {
		return "", errors.New("string index out of range")
	}
	return d.strs[u], nil
}

func (d *decoder) strList() ([]string, error) {
	n, err := d.count(1)
	if err != nil || n == 0 {
		return nil, err
	}
	ss := make([]string, n)
	for i := range ss {
		if ss[i], err = d.str(); err != nil {
			return nil, err
		}
	}
	return ss, nil
}

func (d *decoder) float() (float64, error) {
	b, err := d.bytes(8)
	if err != nil {
		return 0, err
	}
	return math.Float64frombits(binary.LittleEndian.Uint64(b)), nil
}

func (d *decoder) constant(depth int) (Const, error) {
	if depth > maxMarshalDepth {
		return nil, errors.New("constants nested too deeply")
	}
	tag, err := d.byte()
	if err != nil {
		return nil, err
	}
	switch tag {
	case tagNone:
		return ast.None, nil
	case tagEllipsis:
		return ast.Ellipsis, nil
	case tagFalse:
		return false, nil
	case tagTrue:
		return true, nil
	case tagInt:
		i, err := d.varint()
		if err != nil {
			return nil, err
		}
		return big.NewInt(i), nil
	case tagBigInt:
		return d.bigInt()
	case tagFloat:
		return d.float()
	case tagComplex:
		re, err := d.float()
		if err != nil {
			return nil, err
		}
		im, err := d.float()
		if err != nil {
			return nil, err
		}
		return complex(re, im), nil
	case tagStr:
		s, err := d.str()
		return ast.Str(s), err
	case tagBytes:
		s, err := d.str()
		return ast.Bytes(s), err
	case tagTuple:
		vs, err := d.consts(depth)
		return ast.TupleValue(vs), err
	case tagFrozenSet:
		vs, err := d.consts(depth)
		return ast.FrozenSetValue(vs), err
	case tagCode:
		return d.code(depth)
	}
	return nil, fmt.Errorf("bad constant tag %#x", tag)
}

func (d *decoder) bigInt() (*big.Int, error) {
	sign, err := d.byte()
	if err != nil {
		return nil, err
	}
	if sign > 1 {
		return nil, errors.New("bad integer sign")
	}
	n, err := d.count(1)
	if err != nil {
		return nil, err
	}
	mag, err := d.bytes(n)
	if err != nil {
		return nil, err
	}
	i := new(big.Int).SetBytes(mag)
	if sign == 1 {
		i.Neg(i)
	}
	return i, nil
}

func (d *decoder) consts(depth int) ([]Const, error) {
	n, err := d.count(1)
	if err != nil || n == 0 {
		return nil, err
	}
	vs := make([]Const, n)
	for i := range vs {
		if vs[i], err = d.constant(depth + 1); err != nil {
			return nil, err
		}
	}
	return vs, nil
}

func (d *decoder) code(depth int) (*Code, error) {
	c := &Code{}
	var err error
	for _, s := range []*string{&c.Name, &c.QualName, &c.Filename} {
		if *s, err = d.str(); err != nil {
			return nil, err
		}
	}
	for _, i := range []*int{&c.FirstLineNo, &c.ArgCount, &c.PosOnlyArgCount, &c.KwOnlyArgCount, &c.Flags, &c.StackSize} {
		if *i, err = d.int(); err != nil {
			return nil, err
		}
	}
	if c.Words, err = d.words(); err != nil {
		return nil, err
	}
	if c.Consts, err = d.consts(depth); err != nil {
		return nil, err
	}
	if c.Names, err = d.strList(); err != nil {
		return nil, err
	}
	if c.LocalsPlusNames, err = d.strList(); err != nil {
		return nil, err
	}
	n, err := d.count(1)
	if err != nil {
		return nil, err
	}
	if n > 0 {
		kinds, _ := d.bytes(n) // count checked that n bytes remain
		c.LocalsPlusKinds = append([]uint8(nil), kinds...)
	}
	if c.Positions, err = d.positions(); err != nil {
		return nil, err
	}
	if c.ExceptionTable, err = d.exceptionTable(); err != nil {
		return nil, err
	}
	return c, nil
}

func (d *decoder) words() ([]uint32, error) {
	n, err := d.count(1)
	if err != nil || n == 0 {
		return nil, err
	}
	ws := make([]uint32, n)
	for i := range ws {
		u, err := d.uvarint()
		if err != nil {
			return nil, err
		}
		if u > math.MaxUint32 {
			return nil, errOverflow
		}
		ws[i] = uint32(u)
	}
	return ws, nil
}

func (d *decoder) positions() ([]Position, error) {
	n, err := d.count(4)
	if err != nil || n == 0 {
		return nil, err
	}
	ps := make([]Position, n)
	prev := int64(0)
	for i := range ps {
		var delta [4]int64
		for j := range delta {
			if delta[j], err = d.varint(); err != nil {
				return nil, err
			}
		}
		// Bounding the deltas first keeps the sums from wrapping around.
		if delta[0] < -1<<33 || delta[0] > 1<<33 || delta[1] < -1<<33 || delta[1] > 1<<33 {
			return nil, errOverflow
		}
		line, endLine := prev+delta[0], prev+delta[0]+delta[1]
		for _, v := range [...]int64{line, endLine, delta[2], delta[3]} {
			if v < math.MinInt32 || v > math.MaxInt32 {
				return nil, errOverflow
			}
		}
		ps[i] = Position{Line: int32(line), EndLine: int32(endLine), Col: int32(delta[2]), EndCol: int32(delta[3])}
		prev = line
	}
	return ps, nil
}

func (d *decoder) exceptionTable() ([]ExceptEntry, error) {
	n, err := d.count(5)
	if err != nil || n == 0 {
		return nil, err
	}
	xs := make([]ExceptEntry, n)
	for i := range xs {
		x := &xs[i]
		for _, p := range []*int{&x.Start, &x.End, &x.Target, &x.Depth} {
			if *p, err = d.int(); err != nil {
				return nil, err
			}
		}
		b, err := d.byte()
		if err != nil {
			return nil, err
		}
		if b > 1 {
			return nil, errors.New("bad lasti flag")
		}
		x.Lasti = b == 1
	}
	return xs, nil
}
