package interp

// This file is zlib's decompression side: one stream parser for the
// zlib, gzip and raw formats over Go's compress/flate, run either
// directly over a whole buffer (zlib.decompress) or on a goroutine fed
// chunk by chunk (Decompress objects), since flate pulls its input and
// cannot be suspended when the input runs out.

import (
	"bytes"
	"compress/flate"
	"errors"
	"hash"
	"hash/adler32"
	"hash/crc32"
	"io"
)

// inflateFormat is what the wbits argument selects.
type inflateFormat int

const (
	fmtZlib inflateFormat = iota
	fmtRaw
	fmtGzip
	fmtAuto
)

// zlibStreamError is a zlib error code and message.
type zlibStreamError struct {
	code int
	msg  string
}

func (e *zlibStreamError) Error() string { return e.msg }

var (
	errZlibTruncated = &zlibStreamError{-5, "incomplete or truncated stream"}
	errZlibHeader    = &zlibStreamError{-3, "incorrect header check"}
	errZlibMethod    = &zlibStreamError{-3, "unknown compression method"}
	errZlibWindow    = &zlibStreamError{-3, "invalid window size"}
	errZlibCheck     = &zlibStreamError{-3, "incorrect data check"}
	errZlibLength    = &zlibStreamError{-3, "incorrect length check"}
	errZlibFlags     = &zlibStreamError{-3, "unknown header flags set"}
	errZlibNeedDict  = &zlibStreamError{2, ""}
	errZlibDict      = &zlibStreamError{-3, "invalid dictionary"}
	errZlibData      = &zlibStreamError{-3, "invalid block type"}
)

// inflateStream decodes one stream from r, handing output to emit. wbits
// is the window size for the zlib header check (0: take the header's).
func inflateStream(r io.ByteReader, format inflateFormat, wbits int, zdict []byte, emit func([]byte) error) error {
	readN := func(n int) ([]byte, error) {
		b := make([]byte, n)
		for i := range b {
			c, err := r.ReadByte()
			if err != nil {
				return nil, errZlibTruncated
			}
			b[i] = c
		}
		return b, nil
	}
	if format == fmtAuto {
		c, err := r.ReadByte()
		if err != nil {
			return errZlibTruncated
		}
		r = &inflatePrefixReader{first: c, has: true, r: r}
		format = fmtZlib
		if c == 0x1f {
			format = fmtGzip
		}
	}
	var check hash.Hash32
	switch format {
	case fmtZlib:
		h, err := readN(2)
		if err != nil {
			return err
		}
		if (int(h[0])<<8|int(h[1]))%31 != 0 {
			return errZlibHeader
		}
		if h[0]&0x0f != 8 {
			return errZlibMethod
		}
		if w := int(h[0]>>4) + 8; w > 15 || (wbits != 0 && w > wbits) {
			return errZlibWindow
		}
		if h[1]&0x20 != 0 {
			id, err := readN(4)
			if err != nil {
				return err
			}
			if zdict == nil {
				return errZlibNeedDict
			}
			if adler32.Checksum(zdict) != uint32(id[0])<<24|uint32(id[1])<<16|uint32(id[2])<<8|uint32(id[3]) {
				return errZlibDict
			}
		} else {
			zdict = nil
		}
		check = adler32.New()
	case fmtGzip:
		h, err := readN(10)
		if err != nil {
			return err
		}
		if h[0] != 0x1f || h[1] != 0x8b {
			return errZlibHeader
		}
		if h[2] != 8 {
			return errZlibMethod
		}
		flg := h[3]
		if flg&0xe0 != 0 {
			return errZlibFlags
		}
		if flg&4 != 0 {
			x, err := readN(2)
			if err != nil {
				return err
			}
			if _, err := readN(int(x[0]) | int(x[1])<<8); err != nil {
				return err
			}
		}
		for _, bit := range []byte{8, 16} {
			if flg&bit != 0 {
				for {
					c, err := r.ReadByte()
					if err != nil {
						return errZlibTruncated
					}
					if c == 0 {
						break
					}
				}
			}
		}
		if flg&2 != 0 {
			if _, err := readN(2); err != nil {
				return err
			}
		}
		zdict = nil
		check = crc32.NewIEEE()
	}
	var fr io.ReadCloser
	if zdict != nil {
		fr = flate.NewReaderDict(inflateByteReader{r}, zdict)
	} else {
		fr = flate.NewReader(inflateByteReader{r})
	}
	buf := make([]byte, 32*1024)
	var total uint32
	for {
		n, err := fr.Read(buf)
		if n > 0 {
			if check != nil {
				check.Write(buf[:n])
			}
			total += uint32(n)
			if err := emit(append([]byte(nil), buf[:n]...)); err != nil {
				return err
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			if errors.Is(err, io.ErrUnexpectedEOF) {
				return errZlibTruncated
			}
			var se *zlibStreamError
			if errors.As(err, &se) {
				return se
			}
			return errZlibData
		}
	}
	switch format {
	case fmtZlib:
		t, err := readN(4)
		if err != nil {
			return err
		}
		if check.Sum32() != uint32(t[0])<<24|uint32(t[1])<<16|uint32(t[2])<<8|uint32(t[3]) {
			return errZlibCheck
		}
	case fmtGzip:
		t, err := readN(8)
		if err != nil {
			return err
		}
		le := func(b []byte) uint32 { return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24 }
		if check.Sum32() != le(t) {
			return errZlibCheck
		}
		if total != le(t[4:]) {
			return errZlibLength
		}
	}
	return nil
}

// inflateByteReader hides everything but ReadByte (and a Read built on
// it), so that flate consumes exactly the bytes it needs and never reads
// ahead: what it leaves is unused_data.
type inflateByteReader struct{ r io.ByteReader }

func (b inflateByteReader) ReadByte() (byte, error) { return b.r.ReadByte() }

func (b inflateByteReader) Read(p []byte) (int, error) {
	if len(p) == 0 {
		return 0, nil
	}
	c, err := b.r.ReadByte()
	if err != nil {
		return 0, err
	}
	p[0] = c
	return 1, nil
}

// inflatePrefixReader puts back one byte read to sniff the format.
type inflatePrefixReader struct {
	first byte
	has   bool
	r     io.ByteReader
}

func (p *inflatePrefixReader) ReadByte() (byte, error) {
	if p.has {
		p.has = false
		return p.first, nil
	}
	return p.r.ReadByte()
}

// inflateAll is zlib.decompress: the output, and the error of a bad or
// truncated stream (trailing data is ignored).
func inflateAll(data []byte, format inflateFormat, wbits int, zdict []byte) ([]byte, error) {
	var out bytes.Buffer
	err := inflateStream(bytes.NewReader(data), format, wbits, zdict, func(b []byte) error {
		out.Write(b)
		return nil
	})
	return out.Bytes(), err
}

// inflateWorkerMsg is what the decoding goroutine reports.
type inflateWorkerMsg struct {
	data      []byte
	needInput bool
	done      bool
	err       error
	// left is the unread part of the current input chunk when done.
	left []byte
}

// inflateWorker runs inflateStream on a goroutine fed through in.
type inflateWorker struct {
	in   chan []byte
	out  chan inflateWorkerMsg
	quit chan struct{}
	// finished is set once the goroutine has reported done or err;
	// waiting while it is parked for the next input chunk.
	finished, waiting bool
}

// inflateFeeder is the goroutine's input: it asks for a chunk whenever the
// current one is used up.
type inflateFeeder struct {
	inf *inflateWorker
	cur []byte
	pos int
}

var errInflateQuit = errors.New("inflateWorker abandoned")

func (f *inflateFeeder) ReadByte() (byte, error) {
	for f.pos >= len(f.cur) {
		select {
		case f.inf.out <- inflateWorkerMsg{needInput: true}:
		case <-f.inf.quit:
			return 0, errInflateQuit
		}
		select {
		case chunk, ok := <-f.inf.in:
			if !ok {
				return 0, io.ErrUnexpectedEOF
			}
			f.cur, f.pos = chunk, 0
		case <-f.inf.quit:
			return 0, errInflateQuit
		}
	}
	c := f.cur[f.pos]
	f.pos++
	return c, nil
}

func startInflateWorker(format inflateFormat, wbits int, zdict []byte) *inflateWorker {
	inf := &inflateWorker{in: make(chan []byte), out: make(chan inflateWorkerMsg), quit: make(chan struct{})}
	go func() {
		f := &inflateFeeder{inf: inf}
		send := func(m inflateWorkerMsg) error {
			select {
			case inf.out <- m:
				return nil
			case <-inf.quit:
				return errInflateQuit
			}
		}
		err := inflateStream(f, format, wbits, zdict, func(b []byte) error { return send(inflateWorkerMsg{data: b}) })
		if err == errInflateQuit {
			return
		}
		if err != nil {
			send(inflateWorkerMsg{err: err})
			return
		}
		send(inflateWorkerMsg{done: true, left: f.cur[f.pos:]})
	}()
	return inf
}

// feed gives the goroutine data and collects its output until it wants
// more input or the stream ends. last closes the input after data, so a
// stream that has not ended reports its truncation.
func (inf *inflateWorker) feed(data []byte, last bool) ([]byte, inflateWorkerMsg) {
	if inf.finished {
		return nil, inflateWorkerMsg{done: true, left: data}
	}
	var out []byte
	pending := len(data) > 0
	for {
		if inf.waiting {
			if pending {
				inf.waiting, pending = false, false
				inf.in <- data
				continue
			}
			if last {
				inf.waiting = false
				close(inf.in)
				continue
			}
			return out, inflateWorkerMsg{needInput: true}
		}
		msg := <-inf.out
		switch {
		case msg.needInput:
			inf.waiting = true
		case msg.done || msg.err != nil:
			inf.finished = true
			if pending {
				// The stream ended before wanting this input.
				msg.left = append(append([]byte(nil), msg.left...), data...)
			}
			return out, msg
		default:
			out = append(out, msg.data...)
		}
	}
}

func (inf *inflateWorker) stop() {
	select {
	case <-inf.quit:
	default:
		close(inf.quit)
	}
}
