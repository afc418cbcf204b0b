package interp

// This file implements _io.TextIOWrapper (CPython's Modules/_io/textio.c):
// text over a buffered binary stream, decoding in chunks with the codecs
// of bytes_codec.go, newline translation, and tell() cookies that are the
// byte position of the next character (what CPython returns whenever the
// decoder holds no state, which is always the case for the codecs pyjit
// has).

import (
	"unicode/utf8"
	"weak"

	"github.com/pyjit/pyjit/frontend/literal"
)

const textChunkSize = 8192

// textIO is the state of a TextIOWrapper.
type textIO struct {
	buffer                  Value
	encoding, errors, codec string
	readnl                  string
	readtranslate           bool
	readuniversal           bool
	writenl                 string // "" means no translation of "\n"
	lineBuffering           bool
	writeThrough            bool
	detached                bool
	telling                 bool
	chunkSize               int

	// Decoded characters not yet returned: decoded[decPos:]. srcLen[i] is
	// how many bytes of the stream decoded[i] came from; chunkStart is
	// the byte position of decoded[0] (-1 when unknown).
	decoded    []rune
	srcLen     []int32
	decPos     int
	chunkStart int64
	carry      []byte // undecoded bytes after decoded (incomplete sequence or '\r')
	// pendingBytes are encoded writes not yet passed to the buffer;
	// registered says they are recorded as unflushed, with owner (weak)
	// the Python object (mod__io_pending.go).
	pendingBytes []byte
	registered   bool
	std          bool // a standard stream: flushed by flushStdStreams
	owner        weak.Pointer[ioObject]
	nl           nlDecoder
	eof          bool
}

func (x *textIO) check(t *Thread) error {
	if x.detached {
		return NewError(&ValueErrorType, "underlying buffer has been detached")
	}
	return nil
}

func (x *textIO) checkOpen(t *Thread) error {
	if err := x.check(t); err != nil {
		return err
	}
	return ioCheckClosed(t, x.buffer)
}

// setNewline applies a newline= setting.
func (x *textIO) setNewline(nl string, none bool) {
	x.readuniversal = none || nl == ""
	x.readtranslate = none
	x.readnl = nl
	if none {
		x.readnl = ""
	}
	x.writenl = ""
	if !none && nl != "" && nl != "\n" {
		x.writenl = nl
	}
	x.nl = nlDecoder{translate: x.readtranslate}
}

// resetRead drops decoded and undecoded read-ahead.
func (x *textIO) resetRead(pos int64) {
	x.decoded, x.srcLen, x.decPos, x.carry, x.eof = nil, nil, 0, nil, false
	x.chunkStart = pos
	x.nl.pendingCR = false
}

// readChunk decodes the next chunk of the buffer; it reports false at
// the end of the stream.
func (x *textIO) readChunk(t *Thread, size int) (bool, error) {
	if x.eof && len(x.carry) == 0 {
		return false, nil
	}
	if size < x.chunkSize {
		size = x.chunkSize
	}
	var data []byte
	if !x.eof {
		r, err := ioMethod(t, x.buffer, "read1", Int(int64(size)))
		if err != nil {
			return false, err
		}
		if r.IsNone() {
			return false, nil
		}
		d, ok := bytesData(r)
		if !ok {
			return false, NewError(&TypeErrorType, "underlying read1() should have returned a bytes-like object, not '%s'", typeName(r))
		}
		data = d
		if len(d) == 0 {
			x.eof = true
		}
	}
	before := len(x.decoded) - x.decPos
	if err := x.decodeInput(data); err != nil {
		return false, err
	}
	return len(x.decoded)-x.decPos > before || !x.eof || len(x.carry) > 0, nil
}

// decodeInput decodes the carried bytes plus data onto decoded, keeping
// back an incomplete sequence (and a final '\r' in universal mode) unless
// at the end of the stream.
func (x *textIO) decodeInput(data []byte) error {
	// Compact consumed characters so chunkStart stays the position of
	// decoded[0].
	if x.decPos > 0 {
		if x.chunkStart >= 0 {
			if x.srcLen == nil {
				x.chunkStart += int64(x.decPos)
			} else {
				for _, n := range x.srcLen[:x.decPos] {
					x.chunkStart += int64(n)
				}
			}
		}
		x.decoded = append([]rune(nil), x.decoded[x.decPos:]...)
		if x.srcLen != nil {
			x.srcLen = append([]int32(nil), x.srcLen[x.decPos:]...)
		}
		x.decPos = 0
	}
	input := append(x.carry, data...)
	usable := len(input)
	if !x.eof {
		if x.codec == "utf-8" {
			usable = utf8CompletePrefix(input)
		}
		if x.readuniversal && usable > 0 && input[usable-1] == '\r' {
			usable--
		}
	}
	s, err := decodeBytes(input[:usable], x.encoding, x.errors)
	if err != nil {
		return err
	}
	x.carry = append([]byte(nil), input[usable:]...)
	runes := literal.Runes(s)
	lens := sourceLengths(runes, input[:usable], x.codec)
	// Newline handling on the decoded characters. outL stays nil while
	// every character comes from one byte.
	outR := make([]rune, 0, len(runes))
	var outL []int32
	add := func(r rune, n int32) {
		if n != 1 && outL == nil {
			outL = make([]int32, len(outR), cap(outR))
			for i := range outL {
				outL[i] = 1
			}
		}
		outR = append(outR, r)
		if outL != nil {
			outL = append(outL, n)
		}
	}
	lenAt := func(i int) int32 {
		if lens == nil {
			return 1
		}
		return lens[i]
	}
	for i := 0; i < len(runes); i++ {
		r, n := runes[i], lenAt(i)
		if r == '\r' && x.readuniversal {
			if i+1 < len(runes) && runes[i+1] == '\n' {
				x.nl.seen |= seenCRLF
				if x.readtranslate {
					add('\n', n+lenAt(i+1))
					i++
					continue
				}
			} else {
				x.nl.seen |= seenCR
				if x.readtranslate {
					r = '\n'
				}
			}
		} else if r == '\n' && x.readuniversal {
			x.nl.seen |= seenLF
		}
		add(r, n)
	}
	if outL != nil && x.srcLen == nil {
		x.srcLen = make([]int32, len(x.decoded), len(x.decoded)+len(outL))
		for i := range x.srcLen {
			x.srcLen[i] = 1
		}
	}
	x.decoded = append(x.decoded, outR...)
	if x.srcLen != nil {
		if outL == nil {
			for range outR {
				x.srcLen = append(x.srcLen, 1)
			}
		} else {
			x.srcLen = append(x.srcLen, outL...)
		}
	}
	return nil
}

// utf8CompletePrefix is the length of b without a trailing incomplete
// UTF-8 sequence.
func utf8CompletePrefix(b []byte) int {
	for k := 1; k <= 3 && k <= len(b); k++ {
		c := b[len(b)-k]
		if c < 0x80 {
			return len(b)
		}
		if c >= 0xC0 {
			need := 2
			if c >= 0xF0 {
				need = 4
			} else if c >= 0xE0 {
				need = 3
			}
			if need > k {
				return len(b) - k
			}
			return len(b)
		}
	}
	return len(b)
}

// sourceLengths gives each decoded rune the number of input bytes it came
// from, or nil when that is one byte each. When an error handler changed the text the mapping is
// approximate: the remaining bytes go to the last character.
func sourceLengths(runes []rune, src []byte, codec string) []int32 {
	if len(runes) == len(src) {
		// One byte per character (ASCII, latin-1): nil says so.
		return nil
	}
	lens := make([]int32, len(runes))
	if codec == "utf-8" {
		off := 0
		ok := true
		for i, r := range runes {
			got, size := utf8.DecodeRune(src[off:])
			if got != r || (got == utf8.RuneError && size <= 1) {
				ok = false
				break
			}
			lens[i] = int32(size)
			off += size
		}
		if ok && off == len(src) {
			return lens
		}
	}
	for i := range lens {
		lens[i] = 0
	}
	if len(lens) > 0 {
		lens[len(lens)-1] = int32(len(src))
	}
	return lens
}

func (x *textIO) pending() []rune { return x.decoded[x.decPos:] }

// read returns up to n characters (n < 0: all).
func (x *textIO) read(t *Thread, n int) (string, error) {
	if err := x.writeFlush(t); err != nil {
		return "", err
	}
	if n < 0 && !x.eof {
		// Everything at once, as CPython: buffer.read() decoded as final.
		r, err := ioMethod(t, x.buffer, "read")
		if err != nil {
			return "", err
		}
		var data []byte
		if !r.IsNone() {
			d, ok := bytesData(r)
			if !ok {
				return "", NewError(&TypeErrorType, "underlying read() should have returned a bytes object, not '%s'", typeName(r))
			}
			data = d
			x.eof = true
		}
		if err := x.decodeInput(data); err != nil {
			return "", err
		}
	}
	for n < 0 || len(x.pending()) < n {
		more, err := x.readChunk(t, n-len(x.pending()))
		if err != nil {
			return "", err
		}
		if !more {
			break
		}
	}
	p := x.pending()
	if n >= 0 && n < len(p) {
		p = p[:n]
	}
	x.decPos += len(p)
	return literal.FromRunes(p), nil
}

func (x *textIO) readline(t *Thread, limit int) (string, error) {
	if err := x.writeFlush(t); err != nil {
		return "", err
	}
	readnl := []rune(x.readnl)
	for {
		p := x.pending()
		if limit >= 0 && len(p) >= limit {
			p = p[:limit]
		}
		end := findLineEnd(p, x.readtranslate, x.readuniversal, readnl)
		if end == -2 {
			end = len(p)
			if x.eof && len(x.carry) == 0 {
				break
			}
			end = -1
		}
		if end >= 0 {
			x.decPos += end
			return literal.FromRunes(p[:end]), nil
		}
		if limit >= 0 && len(p) >= limit {
			break
		}
		more, err := x.readChunk(t, 0)
		if err != nil {
			return "", err
		}
		if !more {
			break
		}
	}
	p := x.pending()
	if limit >= 0 && len(p) > limit {
		p = p[:limit]
	}
	x.decPos += len(p)
	return literal.FromRunes(p), nil
}

// write encodes s into the pending bytes, which go to the buffer when
// they reach the chunk size, on write_through, or (with a buffer flush)
// at a newline when line buffered, as CPython's textiowrapper_write.
func (x *textIO) write(t *Thread, s string) error {
	hasNL := false
	for i := 0; i < len(s); i++ {
		if s[i] == '\n' || s[i] == '\r' {
			hasNL = true
			break
		}
	}
	text := s
	if x.writenl != "" && hasNL {
		text = replaceAll(s, "\n", x.writenl)
	}
	var b []byte
	if x.codec == "utf-8" && utf8.ValidString(text) || (x.codec == "ascii" || x.codec == "latin-1") && isASCII(text) {
		// The common case needs no codec: valid UTF-8 holds no
		// surrogates, and ASCII is the same in all three.
		b = []byte(text)
	} else {
		var err error
		if b, err = encodeStr(text, x.encoding, x.errors); err != nil {
			return err
		}
	}
	if len(x.decoded) > 0 || len(x.carry) > 0 {
		x.resetRead(-1)
	}
	needFlush := x.lineBuffering && hasNL
	if len(x.pendingBytes)+len(b) > x.chunkSize {
		if err := x.writeFlush(t); err != nil {
			return err
		}
	}
	x.pendingBytes = append(x.pendingBytes, b...)
	if len(x.pendingBytes) >= x.chunkSize || needFlush || x.writeThrough {
		if err := x.writeFlush(t); err != nil {
			return err
		}
	} else if !x.registered {
		x.notePending()
	}
	if needFlush {
		if bw := x.fastBuffer(); bw != nil {
			return bw.flushWrites(t)
		}
		if _, err := ioMethod(t, x.buffer, "flush"); err != nil {
			return err
		}
	}
	return nil
}

// notePending registers the pending bytes for flushing (with the
// buffer) when the wrapper becomes unreachable or the program exits.
func (x *textIO) notePending() {
	if x.std {
		return
	}
	o := x.owner.Value()
	if o == nil {
		return
	}
	x.registered = true
	notePending(o, x, func(t *Thread) {
		x.registered = false
		if x.detached {
			return
		}
		_ = x.writeFlush(t)
		if b := x.fastBuffer(); b != nil {
			_ = b.flushWrites(t)
		} else {
			_, _, _ = callMethod(t, x.buffer, "flush")
		}
	}, true)
}

// fastBuffer returns the buffer's state when it is an exact, attached
// BufferedWriter or BufferedRandom (written to directly from Go).
func (x *textIO) fastBuffer() *buffered {
	if tp := x.buffer.Type(); tp != &bufferedWriterType && tp != &bufferedRandomType {
		return nil
	}
	b, ok := ioObj(x.buffer).impl.(*buffered)
	if !ok || b.detached || b.fileIO() == nil {
		return nil
	}
	return b
}

// writeFlush passes the pending bytes to buffer.write.
func (x *textIO) writeFlush(t *Thread) error {
	if len(x.pendingBytes) == 0 {
		return nil
	}
	p := x.pendingBytes
	x.pendingBytes = nil
	if x.registered {
		x.registered = false
		clearPending(x)
	}
	if b := x.fastBuffer(); b != nil {
		return b.write(t, p)
	}
	_, err := ioMethod(t, x.buffer, "write", BytesValue(p))
	return err
}

func (x *textIO) tell(t *Thread) (int64, error) {
	r, err := ioMethod(t, x.buffer, "seekable")
	if err != nil {
		return 0, err
	}
	if ok, _ := Truth(t, r); !ok {
		return 0, ioUnsupported("underlying stream is not seekable")
	}
	if !x.telling {
		return 0, NewError(&OSErrorType, "telling position disabled by next() call")
	}
	if err := x.writeFlush(t); err != nil {
		return 0, err
	}
	if _, err := ioMethod(t, x.buffer, "flush"); err != nil {
		return 0, err
	}
	r, err = ioMethod(t, x.buffer, "tell")
	if err != nil {
		return 0, err
	}
	pos, err := ioIntArg(t, r)
	if err != nil {
		return 0, err
	}
	if len(x.decoded) == 0 && len(x.carry) == 0 {
		return pos, nil
	}
	// The buffer is past the read-ahead: step back over what is not
	// consumed yet.
	pos -= int64(len(x.carry))
	if x.srcLen == nil {
		pos -= int64(len(x.decoded) - x.decPos)
	} else {
		for _, n := range x.srcLen[x.decPos:] {
			pos -= int64(n)
		}
	}
	return pos, nil
}

func (x *textIO) seek(t *Thread, cookie, whence int64) (int64, error) {
	if err := x.checkOpen(t); err != nil {
		return 0, err
	}
	r, err := ioMethod(t, x.buffer, "seekable")
	if err != nil {
		return 0, err
	}
	if ok, _ := Truth(t, r); !ok {
		return 0, ioUnsupported("underlying stream is not seekable")
	}
	if err := x.writeFlush(t); err != nil {
		return 0, err
	}
	switch whence {
	case 1:
		if cookie != 0 {
			return 0, ioUnsupported("can't do nonzero cur-relative seeks")
		}
		return x.tell(t)
	case 2:
		if cookie != 0 {
			return 0, ioUnsupported("can't do nonzero end-relative seeks")
		}
		if _, err := ioMethod(t, x.buffer, "flush"); err != nil {
			return 0, err
		}
		r, err := ioMethod(t, x.buffer, "seek", Int(0), Int(2))
		if err != nil {
			return 0, err
		}
		pos, err := ioIntArg(t, r)
		x.resetRead(pos)
		return pos, err
	case 0:
	default:
		return 0, NewError(&ValueErrorType, "invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if cookie < 0 {
		return 0, NewError(&ValueErrorType, "negative seek position %d", cookie)
	}
	if _, err := ioMethod(t, x.buffer, "flush"); err != nil {
		return 0, err
	}
	if _, err := ioMethod(t, x.buffer, "seek", Int(cookie)); err != nil {
		return 0, err
	}
	x.resetRead(cookie)
	return cookie, nil
}

// textIOSelf returns the state of an attached TextIOWrapper.
func textIOSelf(self Value) (*textIO, error) {
	x, err := ioImpl[textIO](self)
	if err != nil {
		return nil, err
	}
	if x.detached {
		return nil, NewError(&ValueErrorType, "underlying buffer has been detached")
	}
	return x, nil
}

// textEncodingArg resolves an encoding argument: None and "locale" are
// the locale's encoding, UTF-8 on the systems pyjit runs on.
func textEncodingArg(v Value) (string, error) {
	if v.IsNull() || v.IsNone() {
		return "UTF-8", nil
	}
	s, ok := asStr(v)
	if !ok {
		return "", NewError(&TypeErrorType, "TextIOWrapper() argument 'encoding' must be str or None, not %s", typeName(v))
	}
	if s.s == "locale" {
		return "UTF-8", nil
	}
	if codecName(s.s) == "" {
		return "", unknownEncoding(s.s)
	}
	return s.s, nil
}

func textIOInit(t *Thread, self Value, args []Value, kwnames []string) error {
	a, err := clinicArgs("TextIOWrapper", args, kwnames, []string{"buffer", "encoding", "errors", "newline", "line_buffering", "write_through"}, 1, 6)
	if err != nil {
		return err
	}
	x := &textIO{buffer: a[0], errors: "strict", telling: true, chunkSize: textChunkSize, chunkStart: -1}
	if x.encoding, err = textEncodingArg(a[1]); err != nil {
		return err
	}
	x.codec = codecName(x.encoding)
	if !a[2].IsNull() && !a[2].IsNone() {
		s, ok := asStr(a[2])
		if !ok {
			return NewError(&TypeErrorType, "TextIOWrapper() argument 'errors' must be str or None, not %s", typeName(a[2]))
		}
		x.errors = s.s
	}
	nl, none, err := ioNewlineArgMsg(a[3], false)
	if err != nil {
		return err
	}
	x.setNewline(nl, none)
	for i, p := range []*bool{&x.lineBuffering, &x.writeThrough} {
		if v := a[4+i]; !v.IsNull() {
			if *p, err = Truth(t, v); err != nil {
				return err
			}
		}
	}
	// The decoder starts where the buffer is.
	if r, _, err := callMethod(t, x.buffer, "seekable"); err == nil {
		if ok, _ := Truth(t, r); ok {
			if p, _, err := callMethod(t, x.buffer, "tell"); err == nil {
				if n, ok := smallInt(p); ok {
					x.chunkStart = n
				}
			}
		}
	}
	ioObj(self).impl = x
	x.owner = weak.Make(ioObj(self))
	return nil
}

func textIORepr(t *Thread, v Value) (Value, error) {
	name := "_io." + typeQualName(v.Type())
	if v.Type().Flags&FlagHeap != 0 {
		name = typeModule(t, v.Type()) + "." + typeQualName(v.Type())
	}
	x, err := ioImpl[textIO](v)
	if err != nil {
		return Value{}, err
	}
	s := "<" + name
	for _, attr := range []string{"name", "mode"} {
		av, err := GetAttrString(t, v, attr)
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(&AttributeErrorType) || e.typ.IsSubtype(&ValueErrorType)) {
				continue
			}
			return Value{}, err
		}
		r, err := Repr(t, av)
		if err != nil {
			return Value{}, err
		}
		s += " " + attr + "=" + mustStr(r).s
	}
	r, _ := Repr(t, StrValue(x.encoding))
	return StrValue(s + " encoding=" + mustStr(r).s + ">"), nil
}

func setupTextIOWrapper() {
	tp := &textIOWrapperType
	initBuiltinType(tp, "Character and line based layer over a BufferedIOBase object, buffer.", &ioTextBaseType)
	tp.Module = "_io"
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		return newIOObject(typ, nil), nil
	}, Init: textIOInit, Repr: textIORepr, Next: textIONext}
	method := func(name string, open bool, f func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			x, err := textIOSelf(self)
			if err != nil {
				return Value{}, err
			}
			if open {
				if err := ioCheckClosed(t, x.buffer); err != nil {
					return Value{}, err
				}
			}
			return f(t, self, x, args, kw)
		})
	}
	method("read", true, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		n, err := optSize(t, "read", args, kw)
		if err != nil {
			return Value{}, err
		}
		if err := ioCheckCapability(t, x.buffer, "readable", "not readable"); err != nil {
			return Value{}, err
		}
		s, err := x.read(t, n)
		if err != nil {
			return Value{}, err
		}
		return StrValue(s), nil
	})
	method("readline", true, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		n, err := optSize(t, "readline", args, kw)
		if err != nil {
			return Value{}, err
		}
		if err := ioCheckCapability(t, x.buffer, "readable", "not readable"); err != nil {
			return Value{}, err
		}
		s, err := x.readline(t, n)
		if err != nil {
			return Value{}, err
		}
		return StrValue(s), nil
	})
	method("write", true, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("write", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "write() argument must be str, not %s", typeName(args[0]))
		}
		if err := ioCheckCapability(t, x.buffer, "writable", "not writable"); err != nil {
			return Value{}, err
		}
		if err := x.write(t, s.s); err != nil {
			return Value{}, err
		}
		return Int(int64(s.Len())), nil
	})
	method("tell", true, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tell", args, kw, 0); err != nil {
			return Value{}, err
		}
		p, err := x.tell(t)
		return Int(p), err
	})
	method("seek", false, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("seek", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		cookie, err := ioIntArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		whence := int64(0)
		if len(args) == 2 {
			if whence, err = ioIntArg(t, args[1]); err != nil {
				return Value{}, err
			}
		}
		p, err := x.seek(t, cookie, whence)
		return Int(p), err
	})
	method("truncate", true, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("truncate", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		if _, err := ioMethod(t, self, "flush"); err != nil {
			return Value{}, err
		}
		pos := None
		if len(args) == 1 {
			pos = args[0]
		}
		return ioMethod(t, x.buffer, "truncate", pos)
	})
	method("flush", false, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("flush", args, kw, 0); err != nil {
			return Value{}, err
		}
		if err := ioCheckClosed(t, x.buffer); err != nil {
			return Value{}, err
		}
		x.telling = true
		if err := x.writeFlush(t); err != nil {
			return Value{}, err
		}
		return ioMethod(t, x.buffer, "flush")
	})
	method("close", false, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("close", args, kw, 0); err != nil {
			return Value{}, err
		}
		closed, err := ioIsClosed(t, x.buffer)
		if err != nil || closed {
			return None, err
		}
		_, flushErr := ioMethod(t, self, "flush")
		_, err = ioMethod(t, x.buffer, "close")
		if flushErr != nil {
			return Value{}, flushErr
		}
		return None, err
	})
	method("detach", false, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
		if err := exactArgs("detach", args, kw, 0); err != nil {
			return Value{}, err
		}
		if _, err := ioMethod(t, self, "flush"); err != nil {
			return Value{}, err
		}
		x.detached = true
		return x.buffer, nil
	})
	for _, n := range []string{"fileno", "isatty", "seekable", "readable", "writable"} {
		n := n
		method(n, false, func(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
			if err := exactArgs(n, args, kw, 0); err != nil {
				return Value{}, err
			}
			return ioMethod(t, x.buffer, n)
		})
	}
	method("reconfigure", false, textIOReconfigure)
	getter := func(name string, f func(t *Thread, x *textIO) (Value, error)) {
		addGetSet(tp, name, func(t *Thread, v Value) (Value, error) {
			x, err := textIOSelf(v)
			if err != nil {
				return Value{}, err
			}
			return f(t, x)
		}, nil)
	}
	getter("encoding", func(t *Thread, x *textIO) (Value, error) { return StrValue(x.encoding), nil })
	getter("errors", func(t *Thread, x *textIO) (Value, error) { return StrValue(x.errors), nil })
	getter("line_buffering", func(t *Thread, x *textIO) (Value, error) { return Bool(x.lineBuffering), nil })
	getter("write_through", func(t *Thread, x *textIO) (Value, error) { return Bool(x.writeThrough), nil })
	getter("buffer", func(t *Thread, x *textIO) (Value, error) { return x.buffer, nil })
	getter("closed", func(t *Thread, x *textIO) (Value, error) { return GetAttrString(t, x.buffer, "closed") })
	getter("name", func(t *Thread, x *textIO) (Value, error) { return GetAttrString(t, x.buffer, "name") })
	getter("_finalizing", func(t *Thread, x *textIO) (Value, error) { return False, nil })
	getter("newlines", func(t *Thread, x *textIO) (Value, error) {
		if !x.readuniversal {
			return None, nil
		}
		return x.nl.newlines(), nil
	})
	addGetSet(tp, "_CHUNK_SIZE", func(t *Thread, v Value) (Value, error) {
		x, err := textIOSelf(v)
		if err != nil {
			return Value{}, err
		}
		return Int(int64(x.chunkSize)), nil
	}, func(t *Thread, v, val Value) error {
		x, err := textIOSelf(v)
		if err != nil {
			return err
		}
		n, err := ioIntArg(t, val)
		if err != nil {
			return err
		}
		if n <= 0 {
			return NewError(&ValueErrorType, "a strictly positive integer is required")
		}
		x.chunkSize = int(n)
		return nil
	})
	addSlotWrappers(tp)
	inheritSlots(tp)
}

// textIOReconfigure is reconfigure(*, encoding, errors, newline,
// line_buffering, write_through).
func textIOReconfigure(t *Thread, self Value, x *textIO, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("reconfigure", args, kw, []string{"encoding", "errors", "newline", "line_buffering", "write_through"}, 0, 0)
	if err != nil {
		return Value{}, err
	}
	if (!a[0].IsNull() || !a[1].IsNull() || !a[2].IsNull()) && (len(x.decoded) > x.decPos || len(x.carry) > 0) {
		return Value{}, ioUnsupported("It is not possible to set the encoding or newline of stream after the first read")
	}
	if !a[0].IsNull() && !a[0].IsNone() {
		enc, err := textEncodingArg(a[0])
		if err != nil {
			return Value{}, err
		}
		x.encoding, x.codec = enc, codecName(enc)
		if a[1].IsNull() {
			x.errors = "strict"
		}
	}
	if !a[1].IsNull() && !a[1].IsNone() {
		s, ok := asStr(a[1])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "reconfigure() argument 'errors' must be str or None, not %s", typeName(a[1]))
		}
		x.errors = s.s
	}
	if !a[2].IsNull() {
		nl, none, err := ioNewlineArgMsg(a[2], false)
		if err != nil {
			return Value{}, err
		}
		seen := x.nl.seen
		x.setNewline(nl, none)
		x.nl.seen = seen
	}
	if _, err := ioMethod(t, self, "flush"); err != nil {
		return Value{}, err
	}
	for i, p := range []*bool{&x.lineBuffering, &x.writeThrough} {
		if v := a[3+i]; !v.IsNull() && !v.IsNone() {
			if *p, err = Truth(t, v); err != nil {
				return Value{}, err
			}
		}
	}
	return None, nil
}

// textIONext is TextIOWrapper.__next__; like CPython it disables tell()
// while iterating.
func textIONext(t *Thread, v Value) (Value, error) {
	var line Value
	x, err := textIOSelf(v)
	if err != nil {
		return Value{}, err
	}
	x.telling = false
	if v.Type() == &textIOWrapperType {
		if err := ioCheckClosed(t, x.buffer); err != nil {
			return Value{}, err
		}
		s, err := x.readline(t, -1)
		if err != nil {
			return Value{}, err
		}
		line = StrValue(s)
	} else {
		if line, err = ioMethod(t, v, "readline"); err != nil {
			return Value{}, err
		}
		if _, ok := asStr(line); !ok {
			return Value{}, NewError(&OSErrorType, "readline() should have returned a str object, not '%s'", typeName(line))
		}
	}
	if mustStr(line).Len() == 0 {
		x.telling = true
		return Value{}, nil
	}
	return line, nil
}
