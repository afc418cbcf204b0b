package interp

// This file implements complex (CPython's Objects/complexobject.c): the
// constructor with string parsing, repr, hash, arithmetic with ints and
// floats (mixed operands are converted to complex first, as CPython
// does), ** with CPython's algorithm and errors, and equality only.

import (
	"math"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
)

// ComplexType is complex.
var ComplexType = Type{Name: "complex"}

// Complex is a complex number; attrs is used by subclass instances.
type Complex struct {
	Object
	v     complex128
	attrs Attrs
}

// ComplexValue returns the Python complex c.
func ComplexValue(c complex128) Value {
	return FromObject(&(&Complex{Object: Object{typ: &ComplexType}, v: c}).Object)
}

func asComplex(v Value) (complex128, bool) {
	if v.ref != nil && !v.IsUnboxed() && v.Type().IsSubtype(&ComplexType) {
		return objectAs[Complex](v.ref).v, true
	}
	return 0, false
}

// toComplexOperand converts an operand of a complex operator: complex,
// int or float; ok is false for other types.
func toComplexOperand(v Value) (complex128, bool, error) {
	if c, ok := asComplex(v); ok {
		return c, true, nil
	}
	f, ok, err := toFloatOperand(v)
	return complex(f, 0), ok, err
}

func setupComplex() {
	ct := &ComplexType
	initBuiltinType(ct, "Create a complex number from a real part and an optional imaginary part.\n\nThis is equivalent to (real + imag*1j) where imag defaults to 0.")
	ct.Flags |= FlagBaseType
	ct.Slots = Slots{Repr: complexRepr, Hash: complexHash, RichCompare: complexCompare, New: complexNew,
		Bool: func(t *Thread, v Value) (bool, error) { return objectAs[Complex](v.ref).v != 0, nil },
		Neg:  func(t *Thread, v Value) (Value, error) { return ComplexValue(-objectAs[Complex](v.ref).v), nil },
		Pos:  func(t *Thread, v Value) (Value, error) { return ComplexValue(objectAs[Complex](v.ref).v), nil },
		Abs: func(t *Thread, v Value) (Value, error) {
			c := objectAs[Complex](v.ref).v
			r := chypot(real(c), imag(c))
			if math.IsInf(r, 0) && !math.IsInf(real(c), 0) && !math.IsInf(imag(c), 0) {
				return Value{}, NewError(&OverflowErrorType, "absolute value too large")
			}
			return Float(r), nil
		}}
	for _, op := range []bytecode.BinOp{bytecode.BinOpAdd, bytecode.BinOpSubtract, bytecode.BinOpMultiply,
		bytecode.BinOpTrueDivide, bytecode.BinOpPower} {
		ct.Slots.Number[op] = complexNumber(op)
	}
	addGetSet(ct, "real", func(t *Thread, v Value) (Value, error) { return Float(real(objectAs[Complex](v.ref).v)), nil }, nil)
	addGetSet(ct, "imag", func(t *Thread, v Value) (Value, error) { return Float(imag(objectAs[Complex](v.ref).v)), nil }, nil)
	noArgMethodOf(ct, "conjugate", func(t *Thread, self Value) (Value, error) {
		c := objectAs[Complex](self.ref).v
		return ComplexValue(complex(real(c), -imag(c))), nil
	})
	noArgMethodOf(ct, "__complex__", func(t *Thread, self Value) (Value, error) {
		return ComplexValue(objectAs[Complex](self.ref).v), nil
	})
	noArgMethodOf(ct, "__getnewargs__", func(t *Thread, self Value) (Value, error) {
		c := objectAs[Complex](self.ref).v
		return NewTupleValue([]Value{Float(real(c)), Float(imag(c))}), nil
	})
	addMethod(ct, "__format__", builtinFormatMethod(func(t *Thread, self Value, spec string) (Value, error) {
		return formatComplexSpec(objectAs[Complex](self.ref).v, spec)
	}))
	addSlotWrappers(ct)
	inheritSlots(ct)
}

// complexReprPart is a float in complex repr style: repr without ".0".
func complexReprPart(f float64, sign bool) string {
	s := literal.ReprFloat(f)
	if math.IsNaN(f) {
		s = "nan"
	}
	s = strings.TrimSuffix(s, ".0")
	if sign && s[0] != '-' {
		s = "+" + s
	}
	return s
}

func complexReprString(c complex128) string {
	re, im := real(c), imag(c)
	if re == 0 && !math.Signbit(re) {
		return complexReprPart(im, false) + "j"
	}
	return "(" + complexReprPart(re, false) + complexReprPart(im, true) + "j)"
}

func complexRepr(t *Thread, v Value) (Value, error) {
	return StrValue(complexReprString(objectAs[Complex](v.ref).v)), nil
}

func complexHash(t *Thread, v Value) (int64, error) {
	return HashComplex(objectAs[Complex](v.ref).v, int64(objectID(v))), nil
}

func complexCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if op != bytecode.CmpEQ && op != bytecode.CmpNE {
		return NotImplemented, nil
	}
	c := objectAs[Complex](a.ref).v
	var eq bool
	switch {
	case isIntLike(b):
		if imag(c) != 0 {
			eq = false
		} else {
			r, err := floatCompare(t, Float(real(c)), b, bytecode.CmpEQ)
			if err != nil {
				return Value{}, err
			}
			eq = r.AsBool()
		}
	case b.IsFloat() || b.Type().IsSubtype(&FloatType):
		eq = real(c) == b.AsFloat() && imag(c) == 0
	default:
		o, ok := asComplex(b)
		if !ok {
			return NotImplemented, nil
		}
		eq = c == o
	}
	return Bool(eq == (op == bytecode.CmpEQ)), nil
}

func complexNumber(op bytecode.BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok, err := toComplexOperand(a)
		if !ok || err != nil {
			return NotImplemented, err
		}
		y, ok, err := toComplexOperand(b)
		if !ok || err != nil {
			return NotImplemented, err
		}
		switch op {
		case bytecode.BinOpAdd:
			return ComplexValue(complex(real(x)+real(y), imag(x)+imag(y))), nil
		case bytecode.BinOpSubtract:
			return ComplexValue(complex(real(x)-real(y), imag(x)-imag(y))), nil
		case bytecode.BinOpMultiply:
			return ComplexValue(cProd(x, y)), nil
		case bytecode.BinOpTrueDivide:
			q, ok := cQuot(x, y)
			if !ok {
				return Value{}, NewError(&ZeroDivisionErrorType, "complex division by zero")
			}
			return ComplexValue(q), nil
		}
		return complexPow(x, y)
	}
}

// cProd is _Py_c_prod (no special handling of infinities, like CPython).
func cProd(a, b complex128) complex128 {
	return complex(real(a)*real(b)-imag(a)*imag(b), real(a)*imag(b)+imag(a)*real(b))
}

// cQuot is _Py_c_quot; ok is false for division by zero.
func cQuot(a, b complex128) (complex128, bool) {
	ar, ai, br, bi := real(a), imag(a), real(b), imag(b)
	absBr, absBi := math.Abs(br), math.Abs(bi)
	switch {
	case absBr >= absBi:
		if absBr == 0 {
			return 0, false
		}
		ratio := bi / br
		denom := br + bi*ratio
		return complex((ar+ai*ratio)/denom, (ai-ar*ratio)/denom), true
	case absBi >= absBr:
		ratio := br / bi
		denom := br*ratio + bi
		return complex((ar*ratio+ai)/denom, (ai*ratio-ar)/denom), true
	}
	return complex(math.NaN(), math.NaN()), true
}

// complexPow is complex_pow: small integral exponents by repeated
// multiplication (c_powi), others by _Py_c_pow.
func complexPow(a, b complex128) (Value, error) {
	var r complex128
	edom := false
	if imag(b) == 0 && real(b) == math.Floor(real(b)) && math.Abs(real(b)) <= 100 {
		n := int64(real(b))
		if n > 0 {
			r = cPowu(a, n)
		} else {
			r, edom = cQuot(1, cPowu(a, -n))
			edom = !edom
		}
	} else {
		switch {
		case b == 0:
			r = 1
		case a == 0:
			if imag(b) != 0 || real(b) < 0 {
				edom = true
			}
			r = 0
		default:
			vabs := chypot(real(a), imag(a))
			ln := crPow(vabs, real(b))
			at := crAtan2(imag(a), real(a))
			phase := at * real(b)
			if imag(b) != 0 {
				ln /= crExp(at * imag(b))
				phase += imag(b) * crLog(vabs)
			}
			r = complex(ln*crCos(phase), ln*crSin(phase))
		}
	}
	if edom {
		return Value{}, NewError(&ZeroDivisionErrorType, "0.0 to a negative or complex power")
	}
	if math.IsInf(real(r), 0) || math.IsInf(imag(r), 0) {
		return Value{}, NewError(&OverflowErrorType, "complex exponentiation")
	}
	return ComplexValue(r), nil
}

// complexModulo reports whether pow(a, b, mod) reaches complex's
// nb_power, which refuses a modulus.
func complexModulo(a, b Value) bool {
	_, ac := asComplex(a)
	_, bc := asComplex(b)
	if !ac && !bc {
		return false
	}
	_, aok, _ := toComplexOperand(a)
	_, bok, _ := toComplexOperand(b)
	return aok && bok
}

// chypot is the C library's hypot, which complex abs and cmath call:
// glibc's algorithm (Borges' correction of sqrt(x*x+y*y), without FMA as
// on x86-64), so results agree to the last bit. The float64 conversions
// keep Go from fusing multiply-adds.
func chypot(x, y float64) float64 {
	if math.IsInf(x, 0) || math.IsInf(y, 0) {
		return math.Inf(1)
	}
	if math.IsNaN(x) || math.IsNaN(y) {
		return math.NaN()
	}
	x, y = math.Abs(x), math.Abs(y)
	ax, ay := max(x, y), min(x, y)
	const (
		scale    = 0x1p-600
		largeVal = 0x1p+511
		tinyVal  = 0x1p-511
		eps      = 0x1p-54
	)
	switch {
	case ax > largeVal:
		if ay <= ax*eps {
			return ax + ay
		}
		return hypotKernel(ax*scale, ay*scale) / scale
	case ay < tinyVal:
		if ax >= ay/eps {
			return ax + ay
		}
		return hypotKernel(ax/scale, ay/scale) * scale
	case ay <= ax*eps:
		return ax + ay
	}
	return hypotKernel(ax, ay)
}

func hypotKernel(ax, ay float64) float64 {
	h := math.Sqrt(float64(ax*ax) + float64(ay*ay))
	var t1, t2 float64
	if h <= 2*ay {
		delta := h - ay
		t1 = float64(ax * float64(2*delta-ax))
		t2 = float64(float64(delta-float64(2*(ax-ay))) * delta)
	} else {
		delta := h - ax
		t1 = float64(float64(2*delta) * float64(ax-2*ay))
		t2 = float64(float64(float64(4*delta-ay)*ay) + float64(delta*delta))
	}
	return h - float64(t1+t2)/float64(2*h)
}

func cPowu(x complex128, n int64) complex128 {
	r := complex(1, 0)
	p := x
	for mask := int64(1); mask > 0 && n >= mask; mask <<= 1 {
		if n&mask != 0 {
			r = cProd(r, p)
		}
		p = cProd(p, p)
	}
	return r
}

func complexNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("complex", args, kwnames, []string{"real", "imag"}, 0, 2)
	if err != nil {
		return Value{}, err
	}
	return complexFromArgs(t, typ, a[0], a[1])
}

func newComplexOf(typ *Type, c complex128) Value {
	if typ == &ComplexType {
		return ComplexValue(c)
	}
	return FromObject(&(&Complex{Object: Object{typ: typ}, v: c}).Object)
}

// complexFromArgs is complex_new_impl.
func complexFromArgs(t *Thread, typ *Type, r, i Value) (Value, error) {
	if r.IsNull() {
		r = Int(0)
	}
	if s, ok := asStr(r); ok {
		if !i.IsNull() {
			return Value{}, NewError(&TypeErrorType, "complex() can't take second arg if first is a string")
		}
		c, err := parseComplexString(s.s)
		if err != nil {
			return Value{}, err
		}
		return newComplexOf(typ, c), nil
	}
	if !i.IsNull() {
		if _, ok := asStr(i); ok {
			return Value{}, NewError(&TypeErrorType, "complex() second arg can't be a string")
		}
	}
	if r.Type() == &ComplexType && i.IsNull() && typ == &ComplexType {
		return r, nil
	}
	var cr complex128
	crIsComplex := false
	if m, err := lookupMethod(t, r, "__complex__"); err != nil {
		return Value{}, err
	} else if !m.IsNull() && r.Type() != &ComplexType {
		res, err := Call(t, m, nil, nil)
		if err != nil {
			return Value{}, err
		}
		c, ok := asComplex(res)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "__complex__ returned non-complex (type %s)", typeName(res))
		}
		cr, crIsComplex = c, true
	} else if c, ok := asComplex(r); ok {
		cr, crIsComplex = c, true
	} else {
		if !isNumberLike(r) {
			return Value{}, NewError(&TypeErrorType, "complex() first argument must be a string or a number, not '%s'", typeName(r))
		}
		f, err := toFloatValue(t, r)
		if err != nil {
			return Value{}, err
		}
		cr = complex(f.AsFloat(), 0)
	}
	var ciReal, ciImag float64
	ciIsComplex := false
	if i.IsNull() {
		ciReal = imag(cr)
	} else if c, ok := asComplex(i); ok {
		ciReal, ciImag, ciIsComplex = real(c), imag(c), true
	} else {
		if !isNumberLike(i) {
			return Value{}, NewError(&TypeErrorType, "complex() second argument must be a number, not '%s'", typeName(i))
		}
		f, err := toFloatValue(t, i)
		if err != nil {
			return Value{}, err
		}
		ciReal = f.AsFloat()
	}
	re := real(cr)
	if ciIsComplex {
		re -= ciImag
	}
	if crIsComplex && !i.IsNull() {
		ciReal += imag(cr)
	}
	return newComplexOf(typ, complex(re, ciReal)), nil
}

// isNumberLike reports whether v has __float__ or __index__ (or is a
// complex), what complex() accepts.
func isNumberLike(v Value) bool {
	if v.IsFloat() || isIntLike(v) {
		return true
	}
	if _, ok := asComplex(v); ok {
		return true
	}
	s := v.Type().Slots
	return s.Float != nil || s.Index != nil
}

// parseComplexString is complex_from_string_inner.
func parseComplexString(s string) (complex128, error) {
	bad := NewError(&ValueErrorType, "complex() arg is a malformed string")
	if strings.Contains(s, "_") {
		// Underscores are allowed only between digits; they are
		// checked and removed before parsing, as in CPython.
		for i := 0; i < len(s); i++ {
			if s[i] == '_' && (i == 0 || i+1 == len(s) || !isDigitByte(s[i-1]) || !isDigitByte(s[i+1])) {
				return 0, NewError(&ValueErrorType, "could not convert string to complex: %s", pyStrRepr(nil, s))
			}
		}
		s = strings.ReplaceAll(s, "_", "")
	}
	s = strings.TrimFunc(s, pyWhitespace)
	if strings.HasPrefix(s, "(") {
		if !strings.HasSuffix(s, ")") {
			return 0, bad
		}
		s = strings.TrimFunc(s[1:len(s)-1], pyWhitespace)
	}
	if s == "" {
		return 0, bad
	}
	var x, y float64
	pos := 0
	if z, n, ok := parseFloatPrefix(s); ok {
		pos = n
		switch {
		case pos < len(s) && (s[pos] == '+' || s[pos] == '-'):
			x = z
			if w, m, ok := parseFloatPrefix(s[pos:]); ok {
				y = w
				pos += m
			} else {
				y = 1
				if s[pos] == '-' {
					y = -1
				}
				pos++
			}
			if pos >= len(s) || (s[pos] != 'j' && s[pos] != 'J') {
				return 0, bad
			}
			pos++
		case pos < len(s) && (s[pos] == 'j' || s[pos] == 'J'):
			y = z
			pos++
		default:
			x = z
		}
	} else {
		y = 1
		if s[0] == '+' || s[0] == '-' {
			if s[0] == '-' {
				y = -1
			}
			pos++
		}
		if pos >= len(s) || (s[pos] != 'j' && s[pos] != 'J') {
			return 0, bad
		}
		pos++
	}
	if pos != len(s) {
		return 0, bad
	}
	return complex(x, y), nil
}

// parseFloatPrefix parses the longest Python float literal at the start
// of s (sign, digits, fraction,
// exponent, or inf/infinity/nan); n is the bytes consumed.
func parseFloatPrefix(s string) (f float64, n int, ok bool) {
	i := 0
	neg := false
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	low := strings.ToLower(s[i:])
	for _, w := range []string{"infinity", "inf", "nan"} {
		if strings.HasPrefix(low, w) {
			v := math.Inf(1)
			if w == "nan" {
				v = math.NaN()
			}
			if neg {
				v = -v
			}
			return v, i + len(w), true
		}
	}
	digits := func() (string, bool) {
		start := i
		var b strings.Builder
		for i < len(s) {
			c := s[i]
			if !isDigitByte(c) {
				break
			}
			b.WriteByte(c)
			i++
		}
		return b.String(), i > start
	}
	var lit strings.Builder
	intPart, hasInt := digits()
	lit.WriteString(intPart)
	hasFrac := false
	if i < len(s) && s[i] == '.' {
		save := i
		i++
		frac, ok := digits()
		if !ok && !hasInt {
			i = save
			return 0, 0, false
		}
		hasFrac = ok
		lit.WriteString("." + frac)
	}
	if !hasInt && !hasFrac {
		return 0, 0, false
	}
	if i < len(s) && (s[i] == 'e' || s[i] == 'E') {
		save := i
		i++
		sign := ""
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			sign = s[i : i+1]
			i++
		}
		exp, ok := digits()
		if ok {
			lit.WriteString("e" + sign + exp)
		} else {
			i = save
		}
	}
	v, err := strconv.ParseFloat(lit.String(), 64)
	if err != nil && !math.IsInf(v, 0) && v != 0 {
		return 0, 0, false
	}
	if neg {
		v = -v
	}
	return v, i, true
}

// formatComplexSpec is format(complex, spec) (format_complex_internal).
func formatComplexSpec(c complex128, spec string) (Value, error) {
	sp, err := parseSpec(spec, '>')
	if err != nil {
		return Value{}, err
	}
	if sp.zero {
		return Value{}, NewError(&ValueErrorType, "Zero padding is not allowed in complex format specifier")
	}
	if sp.align == '=' {
		return Value{}, NewError(&ValueErrorType, "'=' alignment flag is not allowed in complex format specifier")
	}
	re, im := real(c), imag(c)
	typ := sp.typ
	skipRe, parens := false, false
	switch typ {
	case 0:
		if re == 0 && !math.Signbit(re) {
			skipRe = true
		} else {
			parens = true
		}
	case 'n':
		typ = 'g'
	case 'e', 'E', 'f', 'F', 'g', 'G':
	default:
		return Value{}, NewError(&ValueErrorType, "Unknown format code '%c' for object of type 'complex'", sp.typ)
	}
	part := func(x float64, sign byte) (string, error) {
		if typ == 0 && sp.precision < 0 {
			s := complexReprPart(math.Abs(x), false)
			if sp.alt && !strings.ContainsAny(s, ".eEn") {
				s += "."
			}
			return signPrefix(math.Signbit(x) && !math.IsNaN(x), sign) + s, nil
		}
		var b strings.Builder
		if sign != 0 {
			b.WriteByte(sign)
		}
		if sp.alt {
			b.WriteByte('#')
		}
		if sp.grouping != 0 {
			b.WriteByte(sp.grouping)
		}
		if sp.precision >= 0 {
			b.WriteString("." + strconv.Itoa(sp.precision))
		}
		tc := typ
		if tc == 0 {
			tc = 'g'
		}
		b.WriteByte(tc)
		r, err := formatFloatSpec(x, b.String())
		if err != nil {
			return "", err
		}
		return mustStr(r).s, nil
	}
	var body strings.Builder
	if parens {
		body.WriteByte('(')
	}
	imSign := sp.sign
	if !skipRe {
		s, err := part(re, sp.sign)
		if err != nil {
			return Value{}, err
		}
		body.WriteString(s)
		imSign = '+'
	}
	s, err := part(im, imSign)
	if err != nil {
		return Value{}, err
	}
	body.WriteString(s + "j")
	if parens {
		body.WriteByte(')')
	}
	return StrValue(sp.pad("", body.String())), nil
}
