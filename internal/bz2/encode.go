// Package bz2 implements the bzip2 format for pyjit's _bz2 module: a
// compressor whose output is byte for byte what libbzip2 1.0.x writes at
// each block size (the same run-length stage, block boundaries, rotation
// sort with the same tie order, Huffman table selection and code
// lengths), and an incremental decompressor that reports where a stream
// ends, as BZ2Decompressor's eof and unused_data need.
//
// This file is the compressor's front: the first run-length stage, the
// block CRCs and the bit writer.
package bz2

// Writer is a compressor. Write feeds data; Flush ends the stream. The
// compressed bytes accumulate in an output buffer that Take drains, so
// that the caller sees output exactly when libbzip2 would produce it
// (whole bytes, once a block is complete).
type Writer struct {
	level     int
	blockMax  int
	block     []byte
	inUse     [256]bool
	blockCRC  uint32
	combCRC   uint32
	blockNo   int
	runCh     int // 256: no run pending
	runLen    int
	bw        bitWriter
	finished  bool
	headerOut bool
}

// NewWriter makes a compressor for blocks of level*100000 bytes (1-9).
func NewWriter(level int) *Writer {
	w := &Writer{level: level, blockMax: 100000*level - 19, runCh: 256}
	w.block = make([]byte, 0, w.blockMax+20)
	w.blockCRC = 0xffffffff
	return w
}

// Write adds p to the stream, compressing each block as it fills.
func (w *Writer) Write(p []byte) {
	for _, c := range p {
		if len(w.block) >= w.blockMax {
			w.compressBlock(false)
		}
		w.addChar(c)
	}
	if len(w.block) >= w.blockMax {
		w.compressBlock(false)
	}
}

// Flush ends the stream: the last block, the end-of-stream marker and
// the combined CRC, padded to a byte.
func (w *Writer) Flush() {
	if w.finished {
		return
	}
	w.flushRun()
	w.compressBlock(true)
	w.finished = true
}

// Take returns and forgets the complete bytes written so far.
func (w *Writer) Take() []byte {
	out := w.bw.out
	w.bw.out = nil
	return out
}

// addChar is libbzip2's ADD_CHAR_TO_BLOCK: runs of up to 255 equal
// bytes are held back and stored as 1-3 bytes, or 4 bytes and a count.
func (w *Writer) addChar(c byte) {
	ch := int(c)
	if ch != w.runCh && w.runLen == 1 {
		w.crcByte(byte(w.runCh))
		w.inUse[w.runCh] = true
		w.block = append(w.block, byte(w.runCh))
		w.runCh = ch
		return
	}
	if ch != w.runCh || w.runLen == 255 {
		if w.runCh < 256 {
			w.addRun()
		}
		w.runCh, w.runLen = ch, 1
		return
	}
	w.runLen++
}

func (w *Writer) addRun() {
	ch := byte(w.runCh)
	for i := 0; i < w.runLen; i++ {
		w.crcByte(ch)
	}
	w.inUse[ch] = true
	switch w.runLen {
	case 1:
		w.block = append(w.block, ch)
	case 2:
		w.block = append(w.block, ch, ch)
	case 3:
		w.block = append(w.block, ch, ch, ch)
	default:
		w.inUse[w.runLen-4] = true
		w.block = append(w.block, ch, ch, ch, ch, byte(w.runLen-4))
	}
}

func (w *Writer) flushRun() {
	if w.runCh < 256 {
		w.addRun()
	}
	w.runCh, w.runLen = 256, 0
}

func (w *Writer) crcByte(c byte) {
	w.blockCRC = w.blockCRC<<8 ^ crcTable[byte(w.blockCRC>>24)^c]
}

// compressBlock is BZ2_compressBlock: the stream header before the
// first block, the block (when it has data), and the trailer when last.
func (w *Writer) compressBlock(last bool) {
	w.blockNo++
	n := len(w.block)
	if n > 0 {
		w.blockCRC = ^w.blockCRC
		w.combCRC = (w.combCRC<<1 | w.combCRC>>31) ^ w.blockCRC
	}
	if w.blockNo == 1 {
		w.bw.write(8, 'B')
		w.bw.write(8, 'Z')
		w.bw.write(8, 'h')
		w.bw.write(8, uint32('0'+w.level))
	}
	if n > 0 {
		for _, b := range []byte{0x31, 0x41, 0x59, 0x26, 0x53, 0x59} {
			w.bw.write(8, uint32(b))
		}
		w.bw.write32(w.blockCRC)
		w.bw.write(1, 0) // not randomised
		ptr := sortRotations(w.block)
		orig := 0
		for i, p := range ptr {
			if p == 0 {
				orig = i
				break
			}
		}
		w.bw.write(24, uint32(orig))
		mtf, freq, nInUse := w.mtfValues(ptr)
		w.sendMTFValues(mtf, freq, nInUse)
	}
	if last {
		for _, b := range []byte{0x17, 0x72, 0x45, 0x38, 0x50, 0x90} {
			w.bw.write(8, uint32(b))
		}
		w.bw.write32(w.combCRC)
		w.bw.finish()
	}
	w.block = w.block[:0]
	w.inUse = [256]bool{}
	w.blockCRC = 0xffffffff
}

// bitWriter packs bits most significant first.
type bitWriter struct {
	out  []byte
	buf  uint64
	nbit uint
}

func (b *bitWriter) write(n uint, v uint32) {
	b.buf = b.buf<<n | uint64(v)&(1<<n-1)
	b.nbit += n
	for b.nbit >= 8 {
		b.nbit -= 8
		b.out = append(b.out, byte(b.buf>>b.nbit))
	}
}

func (b *bitWriter) write32(v uint32) {
	b.write(16, v>>16)
	b.write(16, v&0xffff)
}

func (b *bitWriter) finish() {
	if b.nbit > 0 {
		b.out = append(b.out, byte(b.buf<<(8-b.nbit)))
		b.nbit = 0
	}
	b.buf = 0
}

// crcTable is the bzip2 CRC-32 (polynomial 0x04c11db7, most significant
// bit first).
var crcTable = func() (t [256]uint32) {
	for i := range t {
		c := uint32(i) << 24
		for k := 0; k < 8; k++ {
			if c&0x80000000 != 0 {
				c = c<<1 ^ 0x04c11db7
			} else {
				c <<= 1
			}
		}
		t[i] = c
	}
	return t
}()
