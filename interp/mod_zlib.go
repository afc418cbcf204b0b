package interp

// This file implements the zlib module (CPython's Modules/zlibmodule.c)
// over Go's compress/flate: one-shot compress/decompress, the Compress
// and Decompress stream objects, crc32/adler32 and the constants. The
// zlib and gzip wrappers (headers, checksums) are written here, so only
// the deflate data itself comes from Go, whose encoder chooses different
// (equally valid) encodings than C zlib: compressed bytes differ from
// CPython's, round trips and interoperability do not.

import (
	"bytes"
	"compress/flate"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"runtime"
	"sync"
)

var (
	zlibErrorType      = Type{Name: "error"}
	zlibCompressType   = Type{Name: "Compress"}
	zlibDecompressType = Type{Name: "Decompress"}
	zlibOnce           sync.Once
)

func init() {
	builtinModules["zlib"] = makeZlibModule
	delete(cModules, "zlib")
}

func zlibError(format string, args ...any) error {
	return NewError(&zlibErrorType, format, args...)
}

func zlibStreamErr(what string, err error) error {
	if se, ok := err.(*zlibStreamError); ok {
		if se.msg == "" {
			return zlibError("Error %d %s", se.code, what)
		}
		return zlibError("Error %d %s: %s", se.code, what, se.msg)
	}
	return zlibError("Error -3 %s: %v", what, err)
}

// deflateFormat maps compress's wbits; ok is false for invalid values.
func deflateFormat(wbits int) (inflateFormat, int, bool) {
	switch {
	case wbits >= 8 && wbits <= 15:
		return fmtZlib, max(wbits, 9), true
	case wbits >= -15 && wbits <= -8:
		return fmtRaw, max(-wbits, 9), true
	case wbits >= 24 && wbits <= 31:
		return fmtGzip, max(wbits-16, 9), true
	}
	return 0, 0, false
}

// inflateWbits maps decompress's wbits.
func inflateWbits(wbits int) (inflateFormat, int, bool) {
	switch {
	case wbits == 0:
		return fmtZlib, 0, true
	case wbits >= 8 && wbits <= 15:
		return fmtZlib, wbits, true
	case wbits >= -15 && wbits <= -8:
		return fmtRaw, -wbits, true
	case wbits >= 24 && wbits <= 31:
		return fmtGzip, wbits - 16, true
	case wbits >= 40 && wbits <= 47:
		return fmtAuto, wbits - 32, true
	}
	return 0, 0, false
}

// deflater is a compression stream with zlib's framing.
type deflater struct {
	w         *flate.Writer
	buf       bytes.Buffer
	format    inflateFormat
	wbits     int
	wbitsArg  int
	level     int
	strategy  int
	zdict     []byte
	check     hash.Hash32
	size      uint32
	started   bool
	finished  bool
	levelFlag byte
}

func newDeflater(level, wbits, strategy int, zdict []byte) *deflater {
	format, w, _ := deflateFormat(wbits)
	d := &deflater{format: format, wbits: w, wbitsArg: wbits, level: level, strategy: strategy, zdict: zdict}
	goLevel := level
	// Go's encoder always uses a 32 KiB window; a smaller one declared in
	// wbits is honoured by emitting no back-references at all.
	if strategy == 2 || (w < 15 && level != 0) { // Z_HUFFMAN_ONLY
		goLevel = flate.HuffmanOnly
	}
	if zdict != nil {
		d.w, _ = flate.NewWriterDict(&d.buf, goLevel, zdict)
	} else {
		d.w, _ = flate.NewWriter(&d.buf, goLevel)
	}
	lv := level
	if lv == -1 {
		lv = 6
	}
	switch {
	case strategy >= 2 || lv < 2:
		d.levelFlag = 0
	case lv < 6:
		d.levelFlag = 1
	case lv == 6:
		d.levelFlag = 2
	default:
		d.levelFlag = 3
	}
	switch format {
	case fmtZlib:
		d.check = adler32.New()
	case fmtGzip:
		d.check = crc32.NewIEEE()
	}
	return d
}

// header writes the zlib or gzip header before the first output, where
// C zlib puts it.
func (d *deflater) header(out *bytes.Buffer) {
	if d.started {
		return
	}
	d.started = true
	switch d.format {
	case fmtZlib:
		h := uint16(8+(d.wbits-8)<<4)<<8 | uint16(d.levelFlag)<<6
		if d.zdict != nil {
			h |= 0x20
		}
		h += 31 - h%31
		out.WriteByte(byte(h >> 8))
		out.WriteByte(byte(h))
		if d.zdict != nil {
			id := adler32.Checksum(d.zdict)
			out.Write([]byte{byte(id >> 24), byte(id >> 16), byte(id >> 8), byte(id)})
		}
	case fmtGzip:
		lv := d.level
		if lv == -1 {
			lv = 6
		}
		xfl := byte(0)
		if lv == 9 {
			xfl = 2
		} else if d.strategy >= 2 || lv < 2 {
			xfl = 4
		}
		out.Write([]byte{0x1f, 0x8b, 8, 0, 0, 0, 0, 0, xfl, 3})
	}
}

func (d *deflater) write(p []byte) []byte {
	var out bytes.Buffer
	d.header(&out)
	d.w.Write(p)
	if d.check != nil {
		d.check.Write(p)
	}
	d.size += uint32(len(p))
	out.Write(d.buf.Bytes())
	d.buf.Reset()
	return out.Bytes()
}

// flush is Compress.flush(mode): Z_FINISH (4) ends the stream.
func (d *deflater) flush(mode int) []byte {
	var out bytes.Buffer
	d.header(&out)
	if mode == 4 {
		d.w.Close()
		out.Write(d.buf.Bytes())
		d.buf.Reset()
		if d.check != nil {
			s := d.check.Sum32()
			if d.format == fmtZlib {
				out.Write([]byte{byte(s >> 24), byte(s >> 16), byte(s >> 8), byte(s)})
			} else {
				n := d.size
				out.Write([]byte{byte(s), byte(s >> 8), byte(s >> 16), byte(s >> 24), byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)})
			}
		}
		d.finished = true
		return out.Bytes()
	}
	d.w.Flush()
	out.Write(d.buf.Bytes())
	d.buf.Reset()
	return out.Bytes()
}

// zlibCompressObj is a zlib.Compress. ops records the calls so far, for
// copy(), which replays them: a Go flate.Writer cannot be cloned. Past
// maxZlibHistory bytes the record is dropped (streams that big are not
// copied in practice) and copy() says so.
type zlibCompressObj struct {
	Object
	d       *deflater
	ops     []zlibCompressOp
	opBytes int
	noCopy  bool
}

const maxZlibHistory = 16 << 20

type zlibCompressOp struct {
	data  []byte
	flush int // -1: a compress() call
}

// zlibDecompressObj is a zlib.Decompress.
type zlibDecompressObj struct {
	Object
	inf     *inflateWorker
	format  inflateFormat
	wbits   int
	zdict   []byte
	history [][]byte
	histLen int
	noCopy  bool
	// pending is output produced but not returned yet (max_length):
	// Go's flate decodes ahead, so the input behind it is consumed and
	// unconsumed_tail stays empty.
	pending  []byte
	emitted  int
	done     bool
	left     []byte
	zdictVal Value
}

// zlibSsizeArg converts a Py_ssize_t argument (sizes and lengths).
func zlibSsizeArg(t *Thread, v Value, def int) (int, error) {
	if v.IsNull() {
		return def, nil
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return int(n), nil
}

// zlibIntArg converts a C int argument (levels, wbits, modes).
func zlibIntArg(t *Thread, v Value, def int) (int, error) {
	if v.IsNull() {
		return def, nil
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok || n > 1<<31-1 || n < -1<<31 {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	return int(n), nil
}

func zlibCompress(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("compress", args, kw, []string{"", "level", "wbits"}, 1, 3)
	if err != nil {
		return Value{}, err
	}
	data, err := dataBufferArg(a[0])
	if err != nil {
		return Value{}, err
	}
	level, err := zlibIntArg(t, a[1], -1)
	if err != nil {
		return Value{}, err
	}
	wbits, err := zlibIntArg(t, a[2], 15)
	if err != nil {
		return Value{}, err
	}
	if _, _, ok := deflateFormat(wbits); !ok || level < -1 || level > 9 {
		return Value{}, zlibError("Bad compression level")
	}
	d := newDeflater(level, wbits, 0, nil)
	out := d.write(data)
	return BytesValue(append(out, d.flush(4)...)), nil
}

func zlibDecompress(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("decompress", args, kw, []string{"", "wbits", "bufsize"}, 1, 3)
	if err != nil {
		return Value{}, err
	}
	data, err := dataBufferArg(a[0])
	if err != nil {
		return Value{}, err
	}
	wbits, err := zlibIntArg(t, a[1], 15)
	if err != nil {
		return Value{}, err
	}
	bufsize, err := zlibSsizeArg(t, a[2], 16384)
	if err != nil {
		return Value{}, err
	}
	if bufsize < 0 {
		return Value{}, NewError(&ValueErrorType, "bufsize must be non-negative")
	}
	format, w, ok := inflateWbits(wbits)
	if !ok {
		return Value{}, zlibError("Error -2 while preparing to decompress data: inconsistent stream state")
	}
	out, err := inflateAll(data, format, w, nil)
	if err != nil {
		return Value{}, zlibStreamErr("while decompressing data", err)
	}
	return BytesValue(out), nil
}

func zlibCompressObjNew(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("compressobj", args, kw, []string{"level", "method", "wbits", "memLevel", "strategy", "zdict"}, 0, 6)
	if err != nil {
		return Value{}, err
	}
	var n [5]int
	defs := [5]int{-1, 8, 15, 8, 0}
	for i := range n {
		if n[i], err = zlibIntArg(t, a[i], defs[i]); err != nil {
			return Value{}, err
		}
	}
	var zdict []byte
	if !a[5].IsNull() {
		b, ok := dataBuffer(a[5])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "zdict argument must support the buffer protocol")
		}
		zdict = append([]byte(nil), b...)
	}
	level, method, wbits, memLevel, strategy := n[0], n[1], n[2], n[3], n[4]
	if _, _, ok := deflateFormat(wbits); !ok || level < -1 || level > 9 || method != 8 || memLevel < 1 || memLevel > 9 || strategy < 0 || strategy > 4 {
		return Value{}, NewError(&ValueErrorType, "Invalid initialization option")
	}
	c := &zlibCompressObj{Object: Object{typ: &zlibCompressType}, d: newDeflater(level, wbits, strategy, zdict)}
	return FromObject(&c.Object), nil
}

func zlibDecompressObjNew(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("decompressobj", args, kw, []string{"wbits", "zdict"}, 0, 2)
	if err != nil {
		return Value{}, err
	}
	wbits, err := zlibIntArg(t, a[0], 15)
	if err != nil {
		return Value{}, err
	}
	var zdict []byte
	if !a[1].IsNull() {
		b, ok := dataBuffer(a[1])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "zdict argument must support the buffer protocol")
		}
		zdict = append([]byte(nil), b...)
	}
	format, w, ok := inflateWbits(wbits)
	if !ok {
		return Value{}, NewError(&ValueErrorType, "Invalid initialization option")
	}
	return FromObject(&newDecompressObj(format, w, zdict).Object), nil
}

func newDecompressObj(format inflateFormat, wbits int, zdict []byte) *zlibDecompressObj {
	d := &zlibDecompressObj{Object: Object{typ: &zlibDecompressType}, format: format, wbits: wbits, zdict: zdict}
	d.inf = startInflateWorker(format, wbits, zdict)
	// The decoding goroutine waits for input forever unless told to stop
	// when the object goes away.
	runtime.AddCleanup(d, func(inf *inflateWorker) { inf.stop() }, d.inf)
	return d
}

// feed runs data through the stream, keeping the output in pending.
func (d *zlibDecompressObj) feed(data []byte, last bool) error {
	if d.done {
		d.left = append(d.left, data...)
		return nil
	}
	if len(data) > 0 {
		d.histLen += len(data)
		if d.histLen > maxZlibHistory {
			d.history, d.noCopy = nil, true
		}
		if !d.noCopy {
			d.history = append(d.history, append([]byte(nil), data...))
		}
	}
	out, msg := d.inf.feed(data, last)
	d.pending = append(d.pending, out...)
	if msg.done {
		d.done = true
		d.left = append([]byte(nil), msg.left...)
	}
	if msg.err != nil {
		if last && msg.err == errZlibTruncated {
			return nil
		}
		return zlibStreamErr("while decompressing data", msg.err)
	}
	return nil
}

func (d *zlibDecompressObj) take(n int) []byte {
	if n <= 0 || n >= len(d.pending) {
		out := d.pending
		d.pending = nil
		d.emitted += len(out)
		return out
	}
	out := append([]byte(nil), d.pending[:n]...)
	d.pending = d.pending[n:]
	d.emitted += n
	return out
}

// eof and unused_data show once the output has all been returned.
func (d *zlibDecompressObj) eof() bool { return d.done && len(d.pending) == 0 }

func setupZlibTypes() {
	initDataError(&zlibErrorType, "zlib", "", nil)
	initBuiltinType(&zlibCompressType, "")
	zlibCompressType.Module = "zlib"
	initBuiltinType(&zlibDecompressType, "")
	zlibDecompressType.Module = "zlib"
	addMethod(&zlibCompressType, "compress", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("compress", args, kw, 1); err != nil {
			return Value{}, err
		}
		c := objectAs[zlibCompressObj](self.ref)
		data, err := dataBufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		if c.d.finished {
			return Value{}, zlibError("Error -2 while compressing data: inconsistent stream state")
		}
		c.opBytes += len(data)
		if c.opBytes > maxZlibHistory {
			c.ops, c.noCopy = nil, true
		}
		if !c.noCopy {
			c.ops = append(c.ops, zlibCompressOp{data: append([]byte(nil), data...), flush: -1})
		}
		return BytesValue(c.d.write(data)), nil
	})
	addMethod(&zlibCompressType, "flush", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("flush", args, kw, []string{"mode"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		mode, err := zlibIntArg(t, a[0], 4)
		if err != nil {
			return Value{}, err
		}
		c := objectAs[zlibCompressObj](self.ref)
		if mode == 0 {
			return BytesValue(nil), nil
		}
		if c.d.finished {
			return Value{}, zlibError("Error -2 while flushing: inconsistent stream state")
		}
		if !c.noCopy {
			c.ops = append(c.ops, zlibCompressOp{flush: mode})
		}
		return BytesValue(c.d.flush(mode)), nil
	})
	addMethod(&zlibCompressType, "copy", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		c := objectAs[zlibCompressObj](self.ref)
		if c.d.finished {
			return Value{}, NewError(&ValueErrorType, "Inconsistent stream state")
		}
		if c.noCopy {
			return Value{}, notImplemented("copying a zlib stream past 16 MiB of input")
		}
		n := &zlibCompressObj{Object: Object{typ: &zlibCompressType}, d: newDeflater(c.d.level, c.d.wbitsArg, c.d.strategy, c.d.zdict)}
		for _, op := range c.ops {
			if op.flush < 0 {
				n.d.write(op.data)
			} else {
				n.d.flush(op.flush)
			}
		}
		n.ops, n.opBytes = append([]zlibCompressOp(nil), c.ops...), c.opBytes
		return FromObject(&n.Object), nil
	})

	addMethod(&zlibDecompressType, "decompress", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("decompress", args, kw, []string{"", "max_length"}, 1, 2)
		if err != nil {
			return Value{}, err
		}
		data, err := dataBufferArg(a[0])
		if err != nil {
			return Value{}, err
		}
		maxLen, err := zlibSsizeArg(t, a[1], 0)
		if err != nil {
			return Value{}, err
		}
		if maxLen < 0 {
			return Value{}, NewError(&ValueErrorType, "max_length must be non-negative")
		}
		d := objectAs[zlibDecompressObj](self.ref)
		if err := d.feed(data, false); err != nil {
			return Value{}, err
		}
		return BytesValue(d.take(maxLen)), nil
	})
	addMethod(&zlibDecompressType, "flush", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("flush", args, kw, []string{"length"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		n, err := zlibSsizeArg(t, a[0], 16384)
		if err != nil {
			return Value{}, err
		}
		if n <= 0 {
			return Value{}, NewError(&ValueErrorType, "length must be greater than zero")
		}
		d := objectAs[zlibDecompressObj](self.ref)
		if err := d.feed(nil, true); err != nil {
			return Value{}, err
		}
		return BytesValue(d.take(0)), nil
	})
	addMethod(&zlibDecompressType, "copy", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		d := objectAs[zlibDecompressObj](self.ref)
		if d.noCopy {
			return Value{}, notImplemented("copying a zlib stream past 16 MiB of input")
		}
		n := newDecompressObj(d.format, d.wbits, d.zdict)
		for _, h := range d.history {
			n.feed(h, false)
		}
		if d.done {
			n.left = append([]byte(nil), d.left...)
		}
		n.take(d.emitted)
		return FromObject(&n.Object), nil
	})
	addGetSet(&zlibDecompressType, "eof", func(t *Thread, v Value) (Value, error) {
		return Bool(objectAs[zlibDecompressObj](v.ref).eof()), nil
	}, nil)
	addGetSet(&zlibDecompressType, "unused_data", func(t *Thread, v Value) (Value, error) {
		d := objectAs[zlibDecompressObj](v.ref)
		if !d.eof() {
			return BytesValue(nil), nil
		}
		return BytesValue(append([]byte(nil), d.left...)), nil
	}, nil)
	addGetSet(&zlibDecompressType, "unconsumed_tail", func(t *Thread, v Value) (Value, error) {
		return BytesValue(nil), nil
	}, nil)
	for _, tp := range []*Type{&zlibCompressType, &zlibDecompressType} {
		// __copy__ and __deepcopy__(memo) are copy().
		cp, _, _ := tp.Dict.GetStr(nil, Intern("copy"))
		fn := objectAs[Builtin](cp.ref).Fn
		addMethod(tp, "__copy__", fn)
		addMethod(tp, "__deepcopy__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("__deepcopy__", args, kw, 1); err != nil {
				return Value{}, err
			}
			return fn(t, self, nil, nil)
		})
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

// zlibAdler32Update continues an Adler-32 checksum.
func zlibAdler32Update(v uint32, p []byte) uint32 {
	const mod = 65521
	a, b := v&0xffff, v>>16
	for len(p) > 0 {
		n := min(len(p), 5552)
		for _, c := range p[:n] {
			a += uint32(c)
			b += a
		}
		a %= mod
		b %= mod
		p = p[n:]
	}
	// zlib reduces even an untouched start value.
	return (b%mod)<<16 | a%mod
}

func zlibChecksum(name string, def uint32, f func(uint32, []byte) uint32) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs(name, args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		b, err := dataBufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		v := def
		if len(args) == 2 {
			if v, err = binasciiCRCArg(t, args[1]); err != nil {
				return Value{}, err
			}
		}
		return Int(int64(f(v, b))), nil
	}
}

func makeZlibModule(in *Interpreter) *Module {
	zlibOnce.Do(setupZlibTypes)
	m := NewModule("zlib")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("The functions in this module allow compression and decompression using the\nzlib library, which is based on GNU zip.\n\nadler32(string[, start]) -- Compute an Adler-32 checksum.\ncompress(data[, level]) -- Compress data, with compression level 0-9 or -1.\ncompressobj([level[, ...]]) -- Return a compressor object.\ncrc32(string[, start]) -- Compute a CRC-32 checksum.\ndecompress(string,[wbits],[bufsize]) -- Decompresses a compressed string.\ndecompressobj([wbits[, zdict]]) -- Return a decompressor object.\n\n'wbits' is window buffer size and container format.\nCompressor objects support compress() and flush() methods; decompressor\nobjects support decompress() and flush()."))
	set("error", TypeValue(&zlibErrorType))
	for _, c := range []struct {
		n string
		v int64
	}{{"DEFLATED", 8}, {"DEF_BUF_SIZE", 16384}, {"DEF_MEM_LEVEL", 8}, {"MAX_WBITS", 15}, {"Z_BEST_COMPRESSION", 9},
		{"Z_BEST_SPEED", 1}, {"Z_BLOCK", 5}, {"Z_DEFAULT_COMPRESSION", -1}, {"Z_DEFAULT_STRATEGY", 0}, {"Z_FILTERED", 1},
		{"Z_FINISH", 4}, {"Z_FIXED", 4}, {"Z_FULL_FLUSH", 3}, {"Z_HUFFMAN_ONLY", 2}, {"Z_NO_COMPRESSION", 0},
		{"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_RLE", 3}, {"Z_SYNC_FLUSH", 2}, {"Z_TREES", 6}} {
		set(c.n, Int(c.v))
	}
	set("ZLIB_VERSION", StrValue("1.2.13"))
	set("ZLIB_RUNTIME_VERSION", StrValue("1.2.13"))
	moduleFn(m, "compress", zlibCompress)
	moduleFn(m, "decompress", zlibDecompress)
	moduleFn(m, "compressobj", zlibCompressObjNew)
	moduleFn(m, "decompressobj", zlibDecompressObjNew)
	moduleFn(m, "crc32", zlibChecksum("crc32", 0, func(v uint32, b []byte) uint32 { return crc32.Update(v, crc32.IEEETable, b) }))
	moduleFn(m, "adler32", zlibChecksum("adler32", 1, zlibAdler32Update))
	return m
}
