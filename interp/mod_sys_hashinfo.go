package interp

import "sync"

var (
	hashInfoOnce sync.Once
	hashInfoType *Type
)

// sysHashInfo is sys.hash_info, which fractions and decimal read to hash
// rationals as ints and floats hash.
func sysHashInfo() Value {
	hashInfoOnce.Do(func() {
		hashInfoType = structSeqType("sys.hash_info", []string{"width", "modulus", "inf", "nan", "imag",
			"algorithm", "hash_bits", "seed_bits", "cutoff"})
	})
	tu := NewTuple([]Value{Int(64), Int(hashModulus), Int(hashInf), Int(0), Int(hashImag),
		StrValue("siphash13"), Int(64), Int(128), Int(0)})
	tu.typ = hashInfoType
	return FromObject(&tu.Object)
}
