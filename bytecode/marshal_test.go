package bytecode

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"math"
	"math/big"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/ast"
)

// sampleCode is a module with a nested function, using every constant kind.
func sampleCode() *Code {
	huge, _ := new(big.Int).SetString("-123456789012345678901234567890123456789", 10)
	inner := &Code{
		Name: "f", QualName: "f", Filename: "x.py", FirstLineNo: 2,
		ArgCount: 1, Flags: CoOptimized | CoNewLocals,
		StackSize: 2,
		Words: []uint32{
			uint32(RESUME), uint32(LOAD_FAST), uint32(LOAD_CONST) | 1<<8,
			uint32(BINARY_OP), 0, uint32(RETURN_VALUE),
		},
		Consts:          []Const{ast.None, big.NewInt(1)},
		LocalsPlusNames: []string{"a"},
		LocalsPlusKinds: []uint8{FastLocal},
		Positions: []Position{
			{2, 2, 0, 0}, {3, 3, 11, 12}, {3, 3, 15, 16}, {3, 3, 11, 16}, {3, 3, 11, 16}, {3, 3, 4, 16},
		},
	}
	return &Code{
		Name: "<module>", QualName: "<module>", Filename: "x.py", FirstLineNo: 1,
		StackSize: 1,
		Words: []uint32{
			uint32(RESUME), uint32(LOAD_CONST) | 0<<8, uint32(MAKE_FUNCTION), uint32(STORE_NAME),
			uint32(LOAD_CONST) | 1<<8, uint32(RETURN_VALUE),
		},
		Consts: []Const{
			inner, ast.None, ast.Ellipsis, true, false,
			big.NewInt(0), big.NewInt(-7), huge, new(big.Int).Lsh(big.NewInt(1), 300),
			0.5, math.Copysign(0, -1), math.Inf(-1), math.Float64frombits(0x7ff8dead0000beef),
			complex(0, 2), complex(math.Copysign(0, -1), math.NaN()),
			ast.Str("h\u00e9llo"), ast.Str("\xed\xa0\x80"), ast.Str(""), ast.Bytes("\x00\xff"),
			ast.TupleValue{big.NewInt(1), ast.Str("a"), ast.TupleValue{}},
			ast.FrozenSetValue{ast.Str("x"), big.NewInt(2)},
		},
		Names:           []string{"f"},
		Positions:       []Position{{0, 1, 0, 0}, {1, 3, 0, 16}, {1, 3, 0, 16}, {1, 3, 0, 16}, {-1, -1, -1, -1}, {0, 0, -1, -1}},
		ExceptionTable:  []ExceptEntry{{Start: 1, End: 4, Target: 5, Depth: 1, Lasti: true}, {Start: 0, End: 1, Target: 5}},
		LocalsPlusNames: nil,
	}
}

// constEqual compares constants exactly: floats by their bits, ints by
// value.
func constEqual(a, b Const) bool {
	switch a := a.(type) {
	case *big.Int:
		b, ok := b.(*big.Int)
		return ok && a.Cmp(b) == 0
	case float64:
		b, ok := b.(float64)
		return ok && math.Float64bits(a) == math.Float64bits(b)
	case complex128:
		b, ok := b.(complex128)
		return ok && math.Float64bits(real(a)) == math.Float64bits(real(b)) &&
			math.Float64bits(imag(a)) == math.Float64bits(imag(b))
	case ast.TupleValue:
		b, ok := b.(ast.TupleValue)
		return ok && constsEqual(a, b)
	case ast.FrozenSetValue:
		b, ok := b.(ast.FrozenSetValue)
		return ok && constsEqual(a, b)
	case *Code:
		b, ok := b.(*Code)
		return ok && codeDiff(a, b) == ""
	}
	return a == b
}

func constsEqual(a, b []Const) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if !constEqual(a[i], b[i]) {
			return false
		}
	}
	return true
}

func sliceEqual[T comparable](a, b []T) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// codeDiff names the first field where a and b differ ("" if none); nil
// and empty slices are equal.
func codeDiff(a, b *Code) string {
	switch {
	case a.Name != b.Name || a.QualName != b.QualName || a.Filename != b.Filename:
		return "names"
	case a.FirstLineNo != b.FirstLineNo || a.ArgCount != b.ArgCount || a.PosOnlyArgCount != b.PosOnlyArgCount ||
		a.KwOnlyArgCount != b.KwOnlyArgCount || a.Flags != b.Flags || a.StackSize != b.StackSize:
		return "counts"
	case !sliceEqual(a.Words, b.Words):
		return "Words"
	case !constsEqual(a.Consts, b.Consts):
		return "Consts"
	case !sliceEqual(a.Names, b.Names):
		return "Names"
	case !sliceEqual(a.LocalsPlusNames, b.LocalsPlusNames) || !sliceEqual(a.LocalsPlusKinds, b.LocalsPlusKinds):
		return "LocalsPlus"
	case !sliceEqual(a.Positions, b.Positions):
		return "Positions"
	case !sliceEqual(a.ExceptionTable, b.ExceptionTable):
		return "ExceptionTable"
	}
	return ""
}

func TestMarshalRoundTrip(t *testing.T) {
	c := sampleCode()
	data := Marshal(c)
	got, err := Unmarshal(data)
	if err != nil {
		t.Fatal(err)
	}
	if d := codeDiff(c, got); d != "" {
		t.Fatalf("round trip differs in %s", d)
	}
	// The types must survive, not only the values.
	if _, ok := got.Consts[0].(*Code); !ok {
		t.Errorf("nested code decoded as %T", got.Consts[0])
	}
	if s := got.Consts[16].(ast.Str); s != "\xed\xa0\x80" {
		t.Errorf("lone surrogate WTF-8 not preserved: %q", s)
	}
	if !bytes.Equal(Marshal(got), data) {
		t.Error("Marshal is not deterministic across a round trip")
	}
}

func TestMarshalEmptyCode(t *testing.T) {
	got, err := Unmarshal(Marshal(&Code{}))
	if err != nil {
		t.Fatal(err)
	}
	if d := codeDiff(&Code{}, got); d != "" {
		t.Fatalf("differs in %s", d)
	}
}

// randConst makes a random constant; depth bounds nesting.
func randConst(r *rand.Rand, depth int) Const {
	n := 12
	if depth > 2 {
		n = 9
	}
	switch r.IntN(n) {
	case 0:
		return ast.None
	case 1:
		return ast.Ellipsis
	case 2:
		return r.IntN(2) == 0
	case 3:
		return big.NewInt(r.Int64() >> r.IntN(64) * int64(1-2*r.IntN(2)))
	case 4:
		i := new(big.Int).Lsh(big.NewInt(r.Int64()), uint(r.IntN(200)))
		if r.IntN(2) == 0 {
			i.Neg(i)
		}
		return i
	case 5:
		return math.Float64frombits(r.Uint64())
	case 6:
		return complex(math.Float64frombits(r.Uint64()), math.Float64frombits(r.Uint64()))
	case 7:
		return ast.Str(randString(r))
	case 8:
		return ast.Bytes(randString(r))
	case 9:
		return ast.TupleValue(randConsts(r, depth+1))
	case 10:
		return ast.FrozenSetValue(randConsts(r, depth+1))
	default:
		return randCode(r, depth+1)
	}
}

func randConsts(r *rand.Rand, depth int) []Const {
	vs := make([]Const, r.IntN(5))
	for i := range vs {
		vs[i] = randConst(r, depth)
	}
	return vs
}

func randString(r *rand.Rand) string {
	b := make([]byte, r.IntN(8))
	for i := range b {
		b[i] = byte(r.IntN(256))
	}
	return string(b)
}

func randInt(r *rand.Rand) int {
	if r.IntN(4) == 0 {
		return int(r.Uint64())
	}
	return r.IntN(100) - 10
}

func randInt32(r *rand.Rand) int32 {
	if r.IntN(8) == 0 {
		return int32(r.Uint32())
	}
	return int32(r.IntN(100) - 1)
}

func randCode(r *rand.Rand, depth int) *Code {
	c := &Code{
		Name: randString(r), QualName: randString(r), Filename: "f.py",
		FirstLineNo: randInt(r), ArgCount: randInt(r), PosOnlyArgCount: randInt(r),
		KwOnlyArgCount: randInt(r), Flags: randInt(r), StackSize: randInt(r),
		Consts: randConsts(r, depth),
	}
	for range r.IntN(20) {
		c.Words = append(c.Words, r.Uint32()>>r.IntN(32))
		c.Positions = append(c.Positions, Position{randInt32(r), randInt32(r), randInt32(r), randInt32(r)})
	}
	for range r.IntN(4) {
		c.Names = append(c.Names, randString(r))
		c.LocalsPlusNames = append(c.LocalsPlusNames, randString(r))
		c.LocalsPlusKinds = append(c.LocalsPlusKinds, uint8(r.IntN(256)))
		c.ExceptionTable = append(c.ExceptionTable, ExceptEntry{randInt(r), randInt(r), randInt(r), randInt(r), r.IntN(2) == 0})
	}
	return c
}

func TestMarshalRandomRoundTrip(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for i := range 2000 {
		c := randCode(r, 0)
		got, err := Unmarshal(Marshal(c))
		if err != nil {
			t.Fatalf("code %d: %v", i, err)
		}
		if d := codeDiff(c, got); d != "" {
			t.Fatalf("code %d: round trip differs in %s", i, d)
		}
	}
}

func TestUnmarshalEveryTruncationFails(t *testing.T) {
	data := Marshal(sampleCode())
	for n := range len(data) {
		if _, err := Unmarshal(data[:n]); err == nil {
			t.Fatalf("prefix of %d/%d bytes accepted", n, len(data))
		}
	}
	if _, err := Unmarshal(append(data, 0)); err == nil {
		t.Fatal("trailing byte accepted")
	}
}

// TestUnmarshalCorruptionNeverPanics flips every bit of a valid encoding:
// the decoder may accept the result (the cache's checksum catches that),
// but must not panic.
func TestUnmarshalCorruptionNeverPanics(t *testing.T) {
	data := Marshal(sampleCode())
	buf := make([]byte, len(data))
	for i := range len(data) * 8 {
		copy(buf, data)
		buf[i/8] ^= 1 << (i % 8)
		c, err := Unmarshal(buf)
		if err == nil && c == nil {
			t.Fatal("nil code without error")
		}
	}
}

func TestUnmarshalHostile(t *testing.T) {
	huge := binary.AppendUvarint(nil, 1<<62)
	cases := map[string][]byte{
		"empty":          {},
		"wrong format":   {99, 0, tagCode},
		"not code":       {marshalFormat, 0, tagNone},
		"bad tag":        {marshalFormat, 0, 0x77},
		"invalid tag":    {marshalFormat, 0, tagInvalid},
		"huge table":     append([]byte{marshalFormat}, huge...),
		"huge string":    append([]byte{marshalFormat, 1}, huge...),
		"huge tuple":     append([]byte{marshalFormat, 0, tagTuple}, huge...),
		"huge int":       append([]byte{marshalFormat, 0, tagBigInt, 0}, huge...),
		"bad sign":       {marshalFormat, 0, tagBigInt, 2, 1, 1},
		"varint too big": {marshalFormat, 0, tagInt, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01},
		"string index":   {marshalFormat, 0, tagStr, 0},
		"deep tuples":    append(append([]byte{marshalFormat, 0}, bytes.Repeat([]byte{tagTuple, 1}, 3000)...), tagNone),
	}
	for name, data := range cases {
		if _, err := Unmarshal(data); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
	// Nesting up to the limit is fine.
	ok := append(append([]byte{marshalFormat, 0}, bytes.Repeat([]byte{tagTuple, 1}, 100)...), tagNone)
	if _, err := Unmarshal(append(ok[:len(ok)-1], tagCode)); err == nil {
		t.Error("truncated code inside tuples accepted")
	}
}

// TestMarshalUnencodable checks that what Marshal cannot represent gives
// bytes that Unmarshal rejects, rather than a panic or a wrong code.
func TestMarshalUnencodable(t *testing.T) {
	cyclic := &Code{Name: "c"}
	cyclic.Consts = []Const{cyclic}
	deep := Const(ast.None)
	for range maxMarshalDepth + 5 {
		deep = ast.TupleValue{deep}
	}
	cases := map[string]*Code{
		"nil":          nil,
		"cycle":        cyclic,
		"unknown type": {Consts: []Const{struct{}{}}},
		"nil const":    {Consts: []Const{nil}},
		"nil big.Int":  {Consts: []Const{(*big.Int)(nil)}},
		"nil code":     {Consts: []Const{(*Code)(nil)}},
		"too deep":     {Consts: []Const{deep}},
	}
	for name, c := range cases {
		if _, err := Unmarshal(Marshal(c)); err == nil {
			t.Errorf("%s: accepted", name)
		}
	}
}

func TestMarshalIsCompact(t *testing.T) {
	// Repeated names are stored once.
	c := &Code{Filename: strings.Repeat("long/path/", 20)}
	for i := range 50 {
		c.Consts = append(c.Consts, &Code{Name: fmt.Sprint("f", i%3), Filename: c.Filename})
	}
	if n := len(Marshal(c)); n > 2000 {
		t.Errorf("encoding takes %d bytes", n)
	}
}

func FuzzUnmarshal(f *testing.F) {
	f.Add(Marshal(sampleCode()))
	f.Add(Marshal(&Code{}))
	f.Add(Marshal(randCode(rand.New(rand.NewPCG(3, 4)), 0)))
	f.Add([]byte{})
	f.Add([]byte{marshalFormat, 0, tagCode})
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Unmarshal(data)
		if err != nil {
			return
		}
		// Whatever decodes must re-encode to a decodable equal code.
		again, err := Unmarshal(Marshal(c))
		if err != nil {
			t.Fatalf("re-encoding fails: %v", err)
		}
		if d := codeDiff(c, again); d != "" {
			t.Fatalf("re-encoding differs in %s", d)
		}
		// And the disassembler must cope with it.
		_ = Disassemble(&bytes.Buffer{}, c)
	})
}
