package interp

// This file makes sys.hash_info, sys.float_info and sys.int_info, the
// struct sequences that fractions, decimal and statistics read.

import (
	"math"
	"sync"
)

var (
	sysInfoOnce   sync.Once
	hashInfoType  *Type
	floatInfoType *Type
	intInfoType   *Type
)

func sysInfoTypes() {
	sysInfoOnce.Do(func() {
		hashInfoType = structSeqType("sys.hash_info", []string{"width", "modulus", "inf", "nan", "imag",
			"algorithm", "hash_bits", "seed_bits", "cutoff"})
		floatInfoType = structSeqType("sys.float_info", []string{"max", "max_exp", "max_10_exp", "min",
			"min_exp", "min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
		intInfoType = structSeqType("sys.int_info", []string{"bits_per_digit", "sizeof_digit",
			"default_max_str_digits", "str_digits_check_threshold"})
	})
}

func structSeqValue(tp *Type, items ...Value) Value {
	tu := NewTuple(items)
	tu.typ = tp
	return FromObject(&tu.Object)
}

// sysHashInfo is sys.hash_info: how numbers hash (hash.go).
func sysHashInfo() Value {
	sysInfoTypes()
	return structSeqValue(hashInfoType, Int(64), Int(hashModulus), Int(hashInf), Int(0), Int(hashImag),
		StrValue("siphash13"), Int(64), Int(128), Int(0))
}

// sysFloatInfo is sys.float_info for IEEE 754 doubles.
func sysFloatInfo() Value {
	sysInfoTypes()
	return structSeqValue(floatInfoType, Float(math.MaxFloat64), Int(1024), Int(308), Float(2.2250738585072014e-308),
		Int(-1021), Int(-307), Int(15), Int(53), Float(2.220446049250313e-16), Int(2), Int(1))
}

// sysIntInfo is sys.int_info as CPython 3.11 on 64-bit Linux reports it.
func sysIntInfo() Value {
	sysInfoTypes()
	return structSeqValue(intInfoType, Int(30), Int(4), Int(4300), Int(640))
}
