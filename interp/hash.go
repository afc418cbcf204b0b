package interp

// This file computes hash() exactly as CPython 3.11 does, so that hash
// values, set and dict orderings that depend on them, and PYTHONHASHSEED
// behave the same: SipHash-1-3 for str and bytes (keyed per process),
// modular reduction by 2**61-1 for numbers, xxHash-style mixing for tuples.

import (
	"encoding/binary"
	"math"
	"math/big"
	"math/bits"
	"unicode/utf8"

	"github.com/pyjit/pyjit/frontend/literal"
)

// Constants of sys.hash_info.
const (
	hashModulus = 1<<61 - 1
	hashBits    = 61
	hashInf     = 314159
	hashImag    = 1000003
)

// HashKey is the SipHash key CPython derives from PYTHONHASHSEED.
type HashKey struct{ k0, k1 uint64 }

// HashKeyFromSeed derives the key the way CPython does for an integer
// PYTHONHASHSEED: 0 disables randomization (an all-zero key), any other
// seed fills the secret with a linear congruential generator.
func HashKeyFromSeed(seed uint32) HashKey {
	if seed == 0 {
		return HashKey{}
	}
	var secret [16]byte
	x := seed
	for i := range secret {
		x = x*214013 + 2531011
		secret[i] = byte(x >> 16)
	}
	return HashKey{binary.LittleEndian.Uint64(secret[:8]), binary.LittleEndian.Uint64(secret[8:])}
}

// HashKeyFromBytes makes a random key (from os.urandom-like bytes), as
// CPython does without PYTHONHASHSEED.
func HashKeyFromBytes(b [16]byte) HashKey {
	return HashKey{binary.LittleEndian.Uint64(b[:8]), binary.LittleEndian.Uint64(b[8:])}
}

// siphash13 is SipHash with 1 compression and 3 finalization rounds over
// data, as CPython's Python/pyhash.c computes it.
func siphash13(key HashKey, data []byte) uint64 {
	v0 := key.k0 ^ 0x736f6d6570736575
	v1 := key.k1 ^ 0x646f72616e646f6d
	v2 := key.k0 ^ 0x6c7967656e657261
	v3 := key.k1 ^ 0x7465646279746573
	round := func() {
		v0 += v1
		v1 = bits.RotateLeft64(v1, 13)
		v1 ^= v0
		v0 = bits.RotateLeft64(v0, 32)
		v2 += v3
		v3 = bits.RotateLeft64(v3, 16)
		v3 ^= v2
		v0 += v3
		v3 = bits.RotateLeft64(v3, 21)
		v3 ^= v0
		v2 += v1
		v1 = bits.RotateLeft64(v1, 17)
		v1 ^= v2
		v2 = bits.RotateLeft64(v2, 32)
	}
	n := len(data)
	for len(data) >= 8 {
		m := binary.LittleEndian.Uint64(data)
		v3 ^= m
		round()
		v0 ^= m
		data = data[8:]
	}
	last := uint64(n) << 56
	for i, c := range data {
		last |= uint64(c) << (8 * i)
	}
	v3 ^= last
	round()
	v0 ^= last
	v2 ^= 0xff
	round()
	round()
	round()
	return v0 ^ v1 ^ v2 ^ v3
}

// fixHash maps -1, which CPython reserves for errors, to -2.
func fixHash(h int64) int64 {
	if h == -1 {
		return -2
	}
	return h
}

// HashBytes is hash() of a bytes value.
func HashBytes(key HashKey, b []byte) int64 {
	if len(b) == 0 {
		return 0
	}
	return fixHash(int64(siphash13(key, b)))
}

// HashStr is hash() of a str (WTF-8, see package literal). CPython hashes
// the string's canonical representation: one byte per character when all
// are below U+0100, two bytes (little-endian) when all are below U+10000,
// else four.
func HashStr(key HashKey, s string) int64 {
	if len(s) == 0 {
		return 0
	}
	width, ascii := 1, true
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		return fixHash(int64(siphash13(key, []byte(s))))
	}
	runes := literal.Runes(s)
	for _, r := range runes {
		switch {
		case r >= 0x10000:
			width = 4
		case r >= 0x100 && width < 2:
			width = 2
		}
	}
	buf := make([]byte, 0, len(runes)*width)
	for _, r := range runes {
		switch width {
		case 1:
			buf = append(buf, byte(r))
		case 2:
			buf = binary.LittleEndian.AppendUint16(buf, uint16(r))
		default:
			buf = binary.LittleEndian.AppendUint32(buf, uint32(r))
		}
	}
	return fixHash(int64(siphash13(key, buf)))
}

// HashInt is hash() of an int that fits in int64.
func HashInt(i int64) int64 {
	neg := i < 0
	u := uint64(i)
	if neg {
		u = uint64(-i) // MinInt64 wraps to itself, which is 2**63: fine as uint64
	}
	h := int64(u % hashModulus)
	if neg {
		h = -h
	}
	return fixHash(h)
}

// HashBigInt is hash() of an arbitrary int.
func HashBigInt(i *big.Int) int64 {
	if i.IsInt64() {
		return HashInt(i.Int64())
	}
	m := new(big.Int).Abs(i)
	m.Mod(m, big.NewInt(hashModulus))
	h := m.Int64()
	if i.Sign() < 0 {
		h = -h
	}
	return fixHash(h)
}

// HashFloat is hash() of a float: equal to the hash of an equal int or
// Fraction. NaN hashes like CPython 3.10+ by identity; callers pass the
// object identity for that case.
func HashFloat(f float64, identity int64) int64 {
	switch {
	case math.IsInf(f, 1):
		return hashInf
	case math.IsInf(f, -1):
		return -hashInf
	case math.IsNaN(f):
		return identity
	}
	m, e := math.Frexp(f)
	sign := int64(1)
	if m < 0 {
		sign = -1
		m = -m
	}
	// Process 28 bits of the mantissa at a time, as CPython's _Py_HashDouble.
	var x uint64
	for m != 0 {
		x = ((x << 28) & hashModulus) | x>>(hashBits-28)
		m *= 268435456.0
		e -= 28
		y := uint64(m)
		m -= float64(y)
		x += y
		if x >= hashModulus {
			x -= hashModulus
		}
	}
	if e >= 0 {
		e %= hashBits
	} else {
		e = hashBits - 1 - ((-1 - e) % hashBits)
	}
	x = ((x << uint(e)) & hashModulus) | x>>(hashBits-uint(e))
	return fixHash(int64(x) * sign)
}

// HashComplex is hash() of a complex number.
func HashComplex(c complex128, identity int64) int64 {
	re := uint64(HashFloat(real(c), identity))
	im := uint64(HashFloat(imag(c), identity))
	return fixHash(int64(re + hashImag*im))
}

// HashTuple combines the hashes of a tuple's items (CPython 3.8+'s
// xxHash-based tuplehash).
func HashTuple(items []int64) int64 {
	const (
		prime1 = 11400714785074694791
		prime2 = 14029467366897019727
		prime5 = 2870177450012600261
	)
	acc := uint64(prime5)
	for _, h := range items {
		acc += uint64(h) * prime2
		acc = bits.RotateLeft64(acc, 31)
		acc *= prime1
	}
	acc += uint64(len(items)) ^ (prime5 ^ 3527539)
	if acc == ^uint64(0) {
		return 1546275796
	}
	return int64(acc)
}
