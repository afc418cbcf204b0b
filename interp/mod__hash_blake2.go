package interp

// This file implements BLAKE2b and BLAKE2s (RFC 7693) with the full
// parameter block (key, salt, person, tree parameters), which Go's
// standard library lacks, for the _blake2 module.

import (
	"encoding/binary"
	"math/bits"
)

var blake2bIV = [8]uint64{
	0x6a09e667f3bcc908, 0xbb67ae8584caa73b, 0x3c6ef372fe94f82b, 0xa54ff53a5f1d36f1,
	0x510e527fade682d1, 0x9b05688c2b3e6c1f, 0x1f83d9abfb41bd6b, 0x5be0cd19137e2179,
}

var blake2sIV = [8]uint32{
	0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
}

var blake2Sigma = [10][16]byte{
	{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
	{14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
	{11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
	{7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
	{9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
	{2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
	{12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
	{13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
	{6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
	{10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
}

// blake2State is a BLAKE2b (small false) or BLAKE2s state. The BLAKE2s
// words are kept in the low halves of h and t.
type blake2State struct {
	small    bool
	h        [8]uint64
	t        uint64 // bytes compressed so far (BLAKE2s: < 2**64 too)
	buf      [128]byte
	buflen   int
	outLen   int
	lastNode bool
}

func (s *blake2State) blockSize() int {
	if s.small {
		return 64
	}
	return 128
}

func (s *blake2State) write(p []byte) {
	bs := s.blockSize()
	for len(p) > 0 {
		// The last block is kept buffered so that final() can flag it.
		if s.buflen == bs {
			s.t += uint64(bs)
			s.compress(false)
			s.buflen = 0
		}
		n := copy(s.buf[s.buflen:bs], p)
		s.buflen += n
		p = p[n:]
	}
}

// final returns the digest, consuming the state (callers copy first).
func (s *blake2State) final() []byte {
	bs := s.blockSize()
	s.t += uint64(s.buflen)
	for i := s.buflen; i < bs; i++ {
		s.buf[i] = 0
	}
	s.compress(true)
	out := make([]byte, 64)
	for i, w := range s.h {
		if s.small {
			binary.LittleEndian.PutUint32(out[4*i:], uint32(w))
		} else {
			binary.LittleEndian.PutUint64(out[8*i:], w)
		}
	}
	return out[:s.outLen]
}

func (s *blake2State) compress(last bool) {
	if s.small {
		s.compressS(last)
		return
	}
	var m [16]uint64
	for i := range m {
		m[i] = binary.LittleEndian.Uint64(s.buf[8*i:])
	}
	var v [16]uint64
	copy(v[:8], s.h[:])
	copy(v[8:], blake2bIV[:])
	v[12] ^= s.t
	if last {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint64) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft64(v[d]^v[a], -32)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -24)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft64(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft64(v[b]^v[c], -63)
	}
	for r := 0; r < 12; r++ {
		sg := &blake2Sigma[r%10]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := 0; i < 8; i++ {
		s.h[i] ^= v[i] ^ v[i+8]
	}
}

func (s *blake2State) compressS(last bool) {
	var m [16]uint32
	for i := range m {
		m[i] = binary.LittleEndian.Uint32(s.buf[4*i:])
	}
	var v [16]uint32
	for i := 0; i < 8; i++ {
		v[i] = uint32(s.h[i])
		v[i+8] = blake2sIV[i]
	}
	v[12] ^= uint32(s.t)
	v[13] ^= uint32(s.t >> 32)
	if last {
		v[14] = ^v[14]
		if s.lastNode {
			v[15] = ^v[15]
		}
	}
	g := func(a, b, c, d int, x, y uint32) {
		v[a] += v[b] + x
		v[d] = bits.RotateLeft32(v[d]^v[a], -16)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -12)
		v[a] += v[b] + y
		v[d] = bits.RotateLeft32(v[d]^v[a], -8)
		v[c] += v[d]
		v[b] = bits.RotateLeft32(v[b]^v[c], -7)
	}
	for r := 0; r < 10; r++ {
		sg := &blake2Sigma[r]
		g(0, 4, 8, 12, m[sg[0]], m[sg[1]])
		g(1, 5, 9, 13, m[sg[2]], m[sg[3]])
		g(2, 6, 10, 14, m[sg[4]], m[sg[5]])
		g(3, 7, 11, 15, m[sg[6]], m[sg[7]])
		g(0, 5, 10, 15, m[sg[8]], m[sg[9]])
		g(1, 6, 11, 12, m[sg[10]], m[sg[11]])
		g(2, 7, 8, 13, m[sg[12]], m[sg[13]])
		g(3, 4, 9, 14, m[sg[14]], m[sg[15]])
	}
	for i := 0; i < 8; i++ {
		s.h[i] = uint64(uint32(s.h[i]) ^ v[i] ^ v[i+8])
	}
}

// blake2Params are the constructor's parameters.
type blake2Params struct {
	digestSize, fanout, depth, nodeDepth, innerSize int
	leafSize, nodeOffset                            uint64
	key, salt, person                               []byte
	lastNode                                        bool
}

func newBlake2(small bool, p *blake2Params) *blake2State {
	s := &blake2State{small: small, outLen: p.digestSize, lastNode: p.lastNode}
	var pb [64]byte
	pb[0] = byte(p.digestSize)
	pb[1] = byte(len(p.key))
	pb[2] = byte(p.fanout)
	pb[3] = byte(p.depth)
	binary.LittleEndian.PutUint32(pb[4:], uint32(p.leafSize))
	if small {
		var off [8]byte
		binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
		copy(pb[8:14], off[:6])
		pb[14] = byte(p.nodeDepth)
		pb[15] = byte(p.innerSize)
		copy(pb[16:24], p.salt)
		copy(pb[24:32], p.person)
		for i := 0; i < 8; i++ {
			s.h[i] = uint64(blake2sIV[i] ^ binary.LittleEndian.Uint32(pb[4*i:]))
		}
	} else {
		binary.LittleEndian.PutUint64(pb[8:], p.nodeOffset)
		pb[16] = byte(p.nodeDepth)
		pb[17] = byte(p.innerSize)
		copy(pb[32:48], p.salt)
		copy(pb[48:64], p.person)
		for i := 0; i < 8; i++ {
			s.h[i] = blake2bIV[i] ^ binary.LittleEndian.Uint64(pb[8*i:])
		}
	}
	if len(p.key) > 0 {
		var block [128]byte
		copy(block[:], p.key)
		s.write(block[:s.blockSize()])
	}
	return s
}

func setupBlake2Algos() {
	for _, n := range []string{"blake2b", "blake2s"} {
		a := &builtinHashAlgo{typ: &Type{Name: n}, name: n, module: "_blake2", b2: true}
		if n == "blake2b" {
			a.digestSize, a.blockSize = 64, 128
		} else {
			a.digestSize, a.blockSize = 32, 64
		}
		builtinHashAlgos[n] = a
	}
}

// setupBlake2Type adds the class constants of blake2b/blake2s.
func setupBlake2Type(a *builtinHashAlgo) {
	a.typ.Doc = "Return a new " + map[string]string{"blake2b": "BLAKE2b", "blake2s": "BLAKE2s"}[a.name] + " hash object."
	salt := int64(a.digestSize / 4)
	for _, c := range []struct {
		n string
		v int64
	}{{"SALT_SIZE", salt}, {"PERSON_SIZE", salt}, {"MAX_KEY_SIZE", int64(a.digestSize)}, {"MAX_DIGEST_SIZE", int64(a.digestSize)}} {
		a.typ.Dict.setStrNoErr(Intern(c.n), Int(c.v))
	}
}

var blake2Keywords = map[string]bool{"digest_size": true, "key": true, "salt": true, "person": true, "fanout": true,
	"depth": true, "leaf_size": true, "node_offset": true, "node_depth": true, "inner_size": true, "last_node": true}

func blake2Keyword(k string) bool { return blake2Keywords[k] }

// newBlake2FromKw validates the keyword parameters as blake2b_new does.
func newBlake2FromKw(t *Thread, a *builtinHashAlgo, kw map[string]Value) (*blake2State, error) {
	max := a.digestSize
	saltMax := max / 4
	p := &blake2Params{digestSize: max, fanout: 1, depth: 1}
	intArg := func(name string, def int) (int64, bool, error) {
		v, ok := kw[name]
		if !ok {
			return int64(def), false, nil
		}
		iv, err := indexValue(t, v, "")
		if err != nil {
			return 0, true, err
		}
		n, ok := smallInt(iv)
		if !ok {
			if toBig(iv).Sign() < 0 {
				return 0, true, NewError(&OverflowErrorType, "Python int too large to convert to C long")
			}
			return 0, true, NewError(&OverflowErrorType, "%s is too large", name)
		}
		return n, true, nil
	}
	bufArg := func(name string) ([]byte, error) {
		v, ok := kw[name]
		if !ok {
			return nil, nil
		}
		return dataBufferArg(v)
	}
	n, _, err := intArg("digest_size", max)
	if err != nil {
		return nil, err
	}
	if n < 1 || n > int64(max) {
		return nil, NewError(&ValueErrorType, "digest_size must be between 1 and %d bytes", max)
	}
	p.digestSize = int(n)
	if p.key, err = bufArg("key"); err != nil {
		return nil, err
	}
	if p.salt, err = bufArg("salt"); err != nil {
		return nil, err
	}
	if len(p.salt) > saltMax {
		return nil, NewError(&ValueErrorType, "maximum salt length is %d bytes", saltMax)
	}
	if p.person, err = bufArg("person"); err != nil {
		return nil, err
	}
	if len(p.person) > saltMax {
		return nil, NewError(&ValueErrorType, "maximum person length is %d bytes", saltMax)
	}
	if n, _, err = intArg("fanout", 1); err != nil {
		return nil, err
	} else if n < 0 || n > 255 {
		return nil, NewError(&ValueErrorType, "fanout must be between 0 and 255")
	}
	p.fanout = int(n)
	if n, _, err = intArg("depth", 1); err != nil {
		return nil, err
	} else if n <= 0 || n > 255 {
		return nil, NewError(&ValueErrorType, "depth must be between 1 and 255")
	}
	p.depth = int(n)
	if n, _, err = intArg("leaf_size", 0); err != nil {
		return nil, err
	} else if n < 0 {
		return nil, NewError(&ValueErrorType, "value must be positive")
	} else if n > 0xffffffff {
		return nil, NewError(&OverflowErrorType, "leaf_size is too large")
	}
	p.leafSize = uint64(n)
	if n, _, err = intArg("node_offset", 0); err != nil {
		return nil, err
	} else if n < 0 {
		return nil, NewError(&ValueErrorType, "value must be positive")
	} else if a.name == "blake2s" && n > 0xffffffffffff {
		return nil, NewError(&OverflowErrorType, "node_offset is too large")
	}
	p.nodeOffset = uint64(n)
	if n, _, err = intArg("node_depth", 0); err != nil {
		return nil, err
	} else if n < 0 || n > 255 {
		return nil, NewError(&ValueErrorType, "node_depth must be between 0 and 255")
	}
	p.nodeDepth = int(n)
	if n, _, err = intArg("inner_size", 0); err != nil {
		return nil, err
	} else if n < 0 || n > int64(max) {
		return nil, NewError(&ValueErrorType, "inner_size must be between 0 and is %d", max)
	}
	p.innerSize = int(n)
	if v, ok := kw["last_node"]; ok {
		if p.lastNode, err = Truth(t, v); err != nil {
			return nil, err
		}
	}
	if len(p.key) > max {
		return nil, NewError(&ValueErrorType, "maximum key length is %d bytes", max)
	}
	return newBlake2(a.name == "blake2s", p), nil
}
