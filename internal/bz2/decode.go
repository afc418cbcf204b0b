package bz2

// This file is the decompressor. It decodes one stream incrementally:
// input is appended as it arrives, and each call decodes as many whole
// blocks as the input holds (a block cut short by the end of the input
// is decoded again, from its start, once more input has come). It stops
// after the end-of-stream marker and reports the bytes that follow it.

import "errors"

// ErrData is returned for input that is not a valid bzip2 stream.
var ErrData = errors.New("Invalid data stream")

// errShort means the input ended inside the unit being decoded.
var errShort = errors.New("short input")

// Reader decompresses one bzip2 stream.
type Reader struct {
	in      []byte // unconsumed input
	bitPos  int    // bits of in[0] already consumed (0-7)
	level   int    // block size in 100k, 0 before the header
	combCRC uint32
	eof     bool
	tt      []uint32
}

// Feed adds input.
func (r *Reader) Feed(p []byte) { r.in = append(r.in, p...) }

// EOF reports whether the end-of-stream marker has been decoded.
func (r *Reader) EOF() bool { return r.eof }

// Unused returns the input after the end of the stream.
func (r *Reader) Unused() []byte {
	if !r.eof {
		return nil
	}
	return r.in
}

// Decode decodes the complete blocks in the input so far, appending
// their data to out.
func (r *Reader) Decode(out []byte) ([]byte, error) {
	for !r.eof {
		br := bitReader{data: r.in, pos: r.bitPos}
		var err error
		out, err = r.unit(&br, out)
		if err == errShort {
			return out, nil
		}
		if err != nil {
			return out, err
		}
		// Consume what the unit used.
		r.in = r.in[br.pos/8:]
		r.bitPos = br.pos % 8
	}
	return out, nil
}

// unit decodes the stream header, one block, or the trailer.
func (r *Reader) unit(br *bitReader, out []byte) ([]byte, error) {
	if r.level == 0 {
		if br.avail() < 32 {
			// Check what is there, so bad data fails early.
			for i := 0; i < len(r.in) && i < 3; i++ {
				if r.in[i] != "BZh"[i] {
					return out, ErrData
				}
			}
			return out, errShort
		}
		if br.bits(8) != 'B' || br.bits(8) != 'Z' || br.bits(8) != 'h' {
			return out, ErrData
		}
		lv := int(br.bits(8)) - '0'
		if lv < 1 || lv > 9 {
			return out, ErrData
		}
		r.level = lv
		return out, nil
	}
	if br.avail() < 48+32 {
		return out, errShort
	}
	magic := uint64(br.bits(24))<<24 | uint64(br.bits(24))
	crc := br.bits(32)
	switch magic {
	case 0x177245385090:
		if crc != r.combCRC {
			return out, ErrData
		}
		// The stream ends at the next byte boundary.
		if br.pos%8 != 0 {
			br.pos += 8 - br.pos%8
		}
		r.eof = true
		return out, nil
	case 0x314159265359:
	default:
		return out, ErrData
	}
	start := len(out)
	out, err := r.block(br, out)
	if err != nil {
		return out[:start], err
	}
	got := ^uint32(0)
	for _, c := range out[start:] {
		got = got<<8 ^ crcTable[byte(got>>24)^c]
	}
	if ^got != crc {
		return out[:start], ErrData
	}
	r.combCRC = (r.combCRC<<1 | r.combCRC>>31) ^ crc
	return out, nil
}

// block decodes one block's data after its CRC.
func (r *Reader) block(br *bitReader, out []byte) ([]byte, error) {
	need := func(n int) error {
		if br.avail() < n {
			return errShort
		}
		return nil
	}
	if err := need(1 + 24 + 16); err != nil {
		return out, err
	}
	if br.bits(1) != 0 {
		return out, ErrData // randomised blocks (bzip2 0.9.0) are not written since 1998
	}
	orig := int(br.bits(24))
	used16 := br.bits(16)
	var seqToUnseq [256]byte
	nInUse := 0
	for i := 0; i < 16; i++ {
		if used16&(0x8000>>i) == 0 {
			continue
		}
		if err := need(16); err != nil {
			return out, err
		}
		bits := br.bits(16)
		for j := 0; j < 16; j++ {
			if bits&(0x8000>>j) != 0 {
				seqToUnseq[nInUse] = byte(i*16 + j)
				nInUse++
			}
		}
	}
	if nInUse == 0 {
		return out, ErrData
	}
	alpha := nInUse + 2
	if err := need(3 + 15); err != nil {
		return out, err
	}
	nGroups := int(br.bits(3))
	nSel := int(br.bits(15))
	if nGroups < 2 || nGroups > 6 || nSel < 1 {
		return out, ErrData
	}
	var pos [maxGroups]byte
	for i := range pos {
		pos[i] = byte(i)
	}
	selectors := make([]byte, nSel)
	for i := range selectors {
		j := 0
		for {
			if err := need(1); err != nil {
				return out, err
			}
			if br.bits(1) == 0 {
				break
			}
			j++
			if j >= nGroups {
				return out, ErrData
			}
		}
		v := pos[j]
		copy(pos[1:j+1], pos[:j])
		pos[0] = v
		selectors[i] = v
	}
	var tables [maxGroups]huffTable
	lengths := make([]byte, alpha)
	for t := 0; t < nGroups; t++ {
		if err := need(5); err != nil {
			return out, err
		}
		curr := int(br.bits(5))
		for i := 0; i < alpha; i++ {
			for {
				if curr < 1 || curr > 20 {
					return out, ErrData
				}
				if err := need(1); err != nil {
					return out, err
				}
				if br.bits(1) == 0 {
					break
				}
				if err := need(1); err != nil {
					return out, err
				}
				if br.bits(1) == 0 {
					curr++
				} else {
					curr--
				}
			}
			lengths[i] = byte(curr)
		}
		tables[t].build(lengths)
	}

	// The symbols: MTF positions with RUNA/RUNB zero runs.
	blockMax := r.level * 100000
	tt := r.tt[:0]
	var unzftab [256]int
	var yy [256]byte
	for i := range yy {
		yy[i] = byte(i)
	}
	eob := nInUse + 1
	runLen, runBit := 0, 1
	flushRun := func() error {
		if runLen == 0 {
			return nil
		}
		c := seqToUnseq[yy[0]]
		if len(tt)+runLen > blockMax {
			return ErrData
		}
		unzftab[c] += runLen
		for ; runLen > 0; runLen-- {
			tt = append(tt, uint32(c))
		}
		runBit = 1
		return nil
	}
	for g := 0; ; g++ {
		if g >= nSel {
			return out, ErrData
		}
		tab := &tables[selectors[g]]
		done := false
		for k := 0; k < groupSize; k++ {
			sym, err := tab.decode(br)
			if err != nil {
				return out, err
			}
			switch {
			case sym == runA || sym == runB:
				if runLen > blockMax {
					return out, ErrData
				}
				runLen += runBit << sym
				runBit <<= 1
				continue
			case sym == eob:
				done = true
			default:
				if err := flushRun(); err != nil {
					return out, err
				}
				if len(tt) >= blockMax {
					return out, ErrData
				}
				k := sym - 1
				v := yy[k]
				copy(yy[1:k+1], yy[:k])
				yy[0] = v
				c := seqToUnseq[v]
				unzftab[c]++
				tt = append(tt, uint32(c))
				continue
			}
			break
		}
		if done {
			break
		}
	}
	if err := flushRun(); err != nil {
		return out, err
	}
	r.tt = tt
	n := len(tt)
	if orig >= n && n > 0 || n == 0 {
		return out, ErrData
	}

	// Inverse BWT: link each position to the next in the original order.
	var cftab [257]int
	for i := 0; i < 256; i++ {
		cftab[i+1] = cftab[i] + unzftab[i]
	}
	for i := 0; i < n; i++ {
		c := byte(tt[i])
		tt[cftab[c]] |= uint32(i) << 8
		cftab[c]++
	}

	// Undo the first run-length stage while walking the chain.
	p := tt[orig] >> 8
	last, run := -1, 0
	for i := 0; i < n; i++ {
		e := tt[p]
		c := byte(e)
		p = e >> 8
		if run == 4 {
			for k := 0; k < int(c); k++ {
				out = append(out, byte(last))
			}
			run = 0
			last = -1
			continue
		}
		if int(c) == last {
			run++
		} else {
			last, run = int(c), 1
		}
		out = append(out, c)
	}
	return out, nil
}

// bitReader reads bits most significant first.
type bitReader struct {
	data []byte
	pos  int
}

func (b *bitReader) avail() int { return len(b.data)*8 - b.pos }

func (b *bitReader) bits(n int) uint32 {
	if n == 1 {
		v := uint32(b.data[b.pos>>3]>>(7-uint(b.pos&7))) & 1
		b.pos++
		return v
	}
	var v uint32
	for n > 0 {
		off := b.pos & 7
		take := min(8-off, n)
		c := uint32(b.data[b.pos>>3]) >> (8 - off - take) & (1<<take - 1)
		v = v<<take | c
		b.pos += take
		n -= take
	}
	return v
}

// huffTable decodes canonical codes of up to 20 bits.
type huffTable struct {
	minLen, maxLen int
	limit          [22]int32 // largest code of each length, -1 if none
	base           [22]int32 // index in perm of the first code of each length
	first          [22]int32 // first code of each length
	perm           []int
}

func (h *huffTable) build(lengths []byte) {
	h.minLen, h.maxLen = 32, 0
	for _, l := range lengths {
		h.minLen, h.maxLen = min(h.minLen, int(l)), max(h.maxLen, int(l))
	}
	h.perm = h.perm[:0]
	code := int32(0)
	for n := h.minLen; n <= h.maxLen; n++ {
		h.first[n] = code
		h.base[n] = int32(len(h.perm))
		for i, l := range lengths {
			if int(l) == n {
				h.perm = append(h.perm, i)
				code++
			}
		}
		h.limit[n] = code - 1
		code <<= 1
	}
}

func (h *huffTable) decode(br *bitReader) (int, error) {
	if br.avail() < h.minLen {
		return 0, errShort
	}
	code := int32(br.bits(h.minLen))
	for n := h.minLen; ; n++ {
		if code <= h.limit[n] && code >= h.first[n] {
			return h.perm[h.base[n]+code-h.first[n]], nil
		}
		if n >= h.maxLen {
			return 0, ErrData
		}
		if br.avail() < 1 {
			return 0, errShort
		}
		code = code<<1 | int32(br.bits(1))
	}
}
