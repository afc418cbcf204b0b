package interp

// This file implements the binascii module (CPython's
// Modules/binascii.c): hex, base64, uuencode, quoted-printable and the
// CRCs, with CPython's lenient decoders, which base64, uu and quopri
// build on.

import (
	"encoding/base64"
	"hash/crc32"
	"sync"
)

var (
	binasciiErrorType      = Type{Name: "Error"}
	binasciiIncompleteType = Type{Name: "Incomplete"}
	binasciiOnce           sync.Once
)

func init() {
	builtinModules["binascii"] = makeBinasciiModule
	delete(cModules, "binascii")
}

func binasciiError(format string, args ...any) error {
	return NewError(&binasciiErrorType, format, args...)
}

// binasciiDataArg is the data argument of the a2b functions: a bytes-like
// object or an ASCII-only str.
func binasciiDataArg(v Value) ([]byte, error) {
	if s, ok := asStr(v); ok {
		if !isASCII(s.s) {
			return nil, NewError(&ValueErrorType, "string argument should contain only ASCII characters")
		}
		return []byte(s.s), nil
	}
	if b, ok := dataBuffer(v); ok {
		return b, nil
	}
	return nil, NewError(&TypeErrorType, "argument should be bytes, buffer or ASCII string, not '%s'", typeName(v))
}

// binasciiHexlify is hexlify/b2a_hex(data, sep=None, bytes_per_sep=1).
func binasciiHexlify(name string) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs(name, args, kw, []string{"data", "sep", "bytes_per_sep"}, 1, 3)
		if err != nil {
			return Value{}, err
		}
		b, err := dataBufferArg(a[0])
		if err != nil {
			return Value{}, err
		}
		var rest []Value
		if !a[1].IsNull() && !a[1].IsNone() {
			rest = append(rest, a[1])
			if !a[2].IsNull() {
				rest = append(rest, a[2])
			}
		}
		s, err := bytesHex(t, b, rest)
		if err != nil {
			return Value{}, err
		}
		return BytesValue([]byte(mustStr(s).s)), nil
	}
}

func binasciiUnhexlify(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("unhexlify", args, kw, []string{"hexstr"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	b, err := binasciiDataArg(a[0])
	if err != nil {
		return Value{}, err
	}
	if len(b)%2 != 0 {
		return Value{}, binasciiError("Odd-length string")
	}
	out := make([]byte, len(b)/2)
	for i := range out {
		hi, lo := hexVal(b[2*i]), hexVal(b[2*i+1])
		if hi < 0 || lo < 0 {
			return Value{}, binasciiError("Non-hexadecimal digit found")
		}
		out[i] = byte(hi<<4 | lo)
	}
	return BytesValue(out), nil
}

func binasciiB2aBase64(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("b2a_base64", args, kw, []string{"data", "newline"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	b, err := dataBufferArg(a[0])
	if err != nil {
		return Value{}, err
	}
	out := []byte(base64.StdEncoding.EncodeToString(b))
	newline := true
	if !a[1].IsNull() {
		if newline, err = Truth(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	if newline {
		out = append(out, '\n')
	}
	return BytesValue(out), nil
}

const b64Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

var b64Table = func() (tab [256]byte) {
	for i := range tab {
		tab[i] = 0xff
	}
	for i := 0; i < 64; i++ {
		tab[b64Alphabet[i]] = byte(i)
	}
	return
}()

// binasciiA2bBase64 decodes as CPython does: non-alphabet characters are
// skipped (unless strict_mode) and a complete pad ends the data.
func binasciiA2bBase64(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("a2b_base64", args, kw, []string{"data", "strict_mode"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	data, err := binasciiDataArg(a[0])
	if err != nil {
		return Value{}, err
	}
	strict := false
	if !a[1].IsNull() {
		if strict, err = Truth(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	out := make([]byte, 0, len(data)/4*3+3)
	quad, pads := 0, 0
	var left byte
	padStarted := false
	for i := 0; i < len(data); i++ {
		c := data[i]
		if c == '=' {
			padStarted = true
			if strict && i == 0 {
				return Value{}, binasciiError("Leading padding not allowed")
			}
			if quad >= 2 {
				pads++
				if quad+pads >= 4 {
					if strict && i+1 < len(data) {
						return Value{}, binasciiError("Excess data after padding")
					}
					return BytesValue(out), nil
				}
			}
			continue
		}
		v := b64Table[c]
		if v >= 64 {
			if strict {
				return Value{}, binasciiError("Only base64 data is allowed")
			}
			continue
		}
		if strict && padStarted {
			return Value{}, binasciiError("Discontinuous padding not allowed")
		}
		pads = 0
		switch quad {
		case 0:
			quad, left = 1, v
		case 1:
			quad = 2
			out = append(out, left<<2|v>>4)
			left = v & 0x0f
		case 2:
			quad = 3
			out = append(out, left<<4|v>>2)
			left = v & 0x03
		case 3:
			quad = 0
			out = append(out, left<<6|v)
			left = 0
		}
	}
	if quad == 1 {
		return Value{}, binasciiError("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4", len(out)/3*4+1)
	}
	if quad != 0 {
		return Value{}, binasciiError("Incorrect padding")
	}
	return BytesValue(out), nil
}

func binasciiB2aUU(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("b2a_uu", args, kw, []string{"data", "backtick"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	b, err := dataBufferArg(a[0])
	if err != nil {
		return Value{}, err
	}
	backtick := false
	if !a[1].IsNull() {
		if backtick, err = Truth(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	if len(b) > 45 {
		return Value{}, binasciiError("At most 45 bytes at once")
	}
	out := make([]byte, 0, 2+(len(b)+2)/3*4)
	if backtick && len(b) == 0 {
		out = append(out, '`')
	} else {
		out = append(out, ' '+byte(len(b)))
	}
	var left uint32
	bitsLeft := 0
	for n, i := len(b), 0; n > 0 || bitsLeft != 0; n, i = n-1, i+1 {
		if n > 0 {
			left = left<<8 | uint32(b[i])
		} else {
			left <<= 8
		}
		bitsLeft += 8
		for bitsLeft >= 6 {
			c := byte(left>>(bitsLeft-6)) & 0x3f
			bitsLeft -= 6
			if backtick && c == 0 {
				out = append(out, '`')
			} else {
				out = append(out, c+' ')
			}
		}
	}
	return BytesValue(append(out, '\n')), nil
}

func binasciiA2bUU(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("a2b_uu", args, kw, []string{"data"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	data, err := binasciiDataArg(a[0])
	if err != nil {
		return Value{}, err
	}
	// An empty line reads C's terminating NUL as the length byte.
	first := byte(0)
	if len(data) > 0 {
		first = data[0]
		data = data[1:]
	}
	binLen := int((first - ' ') & 0o77)
	out := make([]byte, 0, binLen)
	var left uint32
	bitsLeft := 0
	i := 0
	for ; binLen > 0; i++ {
		var c byte
		if i < len(data) {
			c = data[i]
		}
		if c == '\n' || c == '\r' || i >= len(data) {
			c = 0
		} else {
			if c < ' ' || c > ' '+64 {
				return Value{}, binasciiError("Illegal char")
			}
			c = (c - ' ') & 0o77
		}
		left = left<<6 | uint32(c)
		bitsLeft += 6
		if bitsLeft >= 8 {
			bitsLeft -= 8
			out = append(out, byte(left>>bitsLeft))
			left &= 1<<bitsLeft - 1
			binLen--
		}
	}
	for ; i < len(data); i++ {
		c := data[i]
		if c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return Value{}, binasciiError("Trailing garbage")
		}
	}
	return BytesValue(out), nil
}

// binasciiCRCArg converts a CRC argument with C's unsigned-int wraparound.
func binasciiCRCArg(t *Thread, v Value) (uint32, error) {
	if !isIntLike(v) {
		if v.IsFloat() {
			return 0, NewError(&TypeErrorType, "'float' object cannot be interpreted as an integer")
		}
		iv, err := indexValue(t, v, "")
		if err != nil {
			return 0, err
		}
		v = iv
	}
	b := toBig(v)
	w := b.Bits()
	var x uint32
	if len(w) > 0 {
		x = uint32(w[0])
	}
	if b.Sign() < 0 {
		x = -x
	}
	return x, nil
}

func binasciiCRC32(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("crc32", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	b, err := dataBufferArg(args[0])
	if err != nil {
		return Value{}, err
	}
	var crc uint32
	if len(args) == 2 {
		if crc, err = binasciiCRCArg(t, args[1]); err != nil {
			return Value{}, err
		}
	}
	return Int(int64(crc32.Update(crc, crc32.IEEETable, b))), nil
}

func binasciiCRCHqx(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("crc_hqx", args, kw, 2); err != nil {
		return Value{}, err
	}
	b, err := dataBufferArg(args[0])
	if err != nil {
		return Value{}, err
	}
	c32, err := binasciiCRCArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	crc := uint16(c32)
	for _, c := range b {
		crc ^= uint16(c) << 8
		for k := 0; k < 8; k++ {
			if crc&0x8000 != 0 {
				crc = crc<<1 ^ 0x1021
			} else {
				crc <<= 1
			}
		}
	}
	return Int(int64(crc)), nil
}

func binasciiIsHex(c byte) bool { return hexVal(c) >= 0 }

func binasciiA2bQP(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("a2b_qp", args, kw, []string{"data", "header"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	data, err := binasciiDataArg(a[0])
	if err != nil {
		return Value{}, err
	}
	header := false
	if !a[1].IsNull() {
		if header, err = Truth(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	out := make([]byte, 0, len(data))
	n := len(data)
	for in := 0; in < n; {
		c := data[in]
		switch {
		case c == '=':
			in++
			if in >= n {
				return BytesValue(out), nil
			}
			switch d := data[in]; {
			case d == '\n' || d == '\r':
				if d != '\n' {
					for in < n && data[in] != '\n' {
						in++
					}
				}
				if in < n {
					in++
				}
			case d == '=':
				out = append(out, '=')
				in++
			case in+1 < n && binasciiIsHex(d) && binasciiIsHex(data[in+1]):
				out = append(out, byte(hexVal(d)<<4|hexVal(data[in+1])))
				in += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			in++
		default:
			out = append(out, c)
			in++
		}
	}
	return BytesValue(out), nil
}

func binasciiB2aQP(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("b2a_qp", args, kw, []string{"data", "quotetabs", "istext", "header"}, 1, 4)
	if err != nil {
		return Value{}, err
	}
	data, err := dataBufferArg(a[0])
	if err != nil {
		return Value{}, err
	}
	flags := [3]bool{false, true, false}
	for i := range flags {
		if !a[i+1].IsNull() {
			if flags[i], err = Truth(t, a[i+1]); err != nil {
				return Value{}, err
			}
		}
	}
	return BytesValue(quotedPrintable(data, flags[0], flags[1], flags[2])), nil
}

// quotedPrintable is binascii_b2a_qp_impl's encoder.
func quotedPrintable(data []byte, quotetabs, istext, header bool) []byte {
	const maxLine = 76
	const hexUpper = "0123456789ABCDEF"
	crlf := false
	for i, c := range data {
		if c == '\n' {
			crlf = i > 0 && data[i-1] == '\r'
			break
		}
	}
	n := len(data)
	out := make([]byte, 0, n+n/8)
	softBreak := func() {
		out = append(out, '=')
		if crlf {
			out = append(out, '\r')
		}
		out = append(out, '\n')
	}
	lineLen := 0
	for in := 0; in < n; {
		c := data[in]
		if c > 126 || c == '=' || (header && c == '_') ||
			(c == '.' && lineLen == 0 && (in+1 == n || data[in+1] == '\n' || data[in+1] == '\r' || data[in+1] == 0)) ||
			(!istext && (c == '\r' || c == '\n')) ||
			((c == '\t' || c == ' ') && in+1 == n) ||
			(c < 33 && c != '\r' && c != '\n' && (quotetabs || (c != '\t' && c != ' '))) {
			if lineLen+3 >= maxLine {
				softBreak()
				lineLen = 0
			}
			out = append(out, '=', hexUpper[c>>4], hexUpper[c&15])
			in++
			lineLen += 3
			continue
		}
		if istext && (c == '\n' || (in+1 < n && c == '\r' && data[in+1] == '\n')) {
			lineLen = 0
			// Protect whitespace at the end of a line.
			if k := len(out); k > 0 && (out[k-1] == ' ' || out[k-1] == '\t') {
				ch := out[k-1]
				out[k-1] = '='
				out = append(out, hexUpper[ch>>4], hexUpper[ch&15])
			}
			if crlf {
				out = append(out, '\r')
			}
			out = append(out, '\n')
			if c == '\r' {
				in += 2
			} else {
				in++
			}
			continue
		}
		if in+1 != n && data[in+1] != '\n' && lineLen+1 >= maxLine {
			softBreak()
			lineLen = 0
		}
		lineLen++
		if header && c == ' ' {
			out = append(out, '_')
		} else {
			out = append(out, c)
		}
		in++
	}
	return out
}

func setupBinascii() {
	initDataError(&binasciiErrorType, "binascii", "", &ValueErrorType)
	initDataError(&binasciiIncompleteType, "binascii", "", nil)
}

func makeBinasciiModule(in *Interpreter) *Module {
	binasciiOnce.Do(setupBinascii)
	m := NewModule("binascii")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("Conversion between binary data and ASCII"))
	m.Dict.setStrNoErr(Intern("Error"), TypeValue(&binasciiErrorType))
	m.Dict.setStrNoErr(Intern("Incomplete"), TypeValue(&binasciiIncompleteType))
	moduleFn(m, "hexlify", binasciiHexlify("hexlify"))
	moduleFn(m, "b2a_hex", binasciiHexlify("b2a_hex"))
	moduleFn(m, "unhexlify", binasciiUnhexlify)
	moduleFn(m, "a2b_hex", binasciiUnhexlify)
	moduleFn(m, "b2a_base64", binasciiB2aBase64)
	moduleFn(m, "a2b_base64", binasciiA2bBase64)
	moduleFn(m, "b2a_uu", binasciiB2aUU)
	moduleFn(m, "a2b_uu", binasciiA2bUU)
	moduleFn(m, "b2a_qp", binasciiB2aQP)
	moduleFn(m, "a2b_qp", binasciiA2bQP)
	moduleFn(m, "crc32", binasciiCRC32)
	moduleFn(m, "crc_hqx", binasciiCRCHqx)
	return m
}
