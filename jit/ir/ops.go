package ir

// Op is an IR opcode. The table opTable below is the single description
// of every op: names, printing, the verifier, the optimizer's flags and the
// backends all read it. TestOpTableMatchesConsts checks that the constant
// names in this file match the table's names one for one.
type Op uint8

// The IR opcodes, in table order.
const (
	NOP Op = iota
	KINT
	KFLOAT
	KPTR
	SLOAD
	FLOAD
	ALOAD
	EQ
	NE
	LT
	LE
	GT
	GE
	ULT
	UGE
	ADD
	SUB
	MUL
	DIV
	NEG
	ADDOV
	SUBOV
	MULOV
	NEGOV
	SQRT
	FABS
	CONV
	BAND
	BOR
	BXOR
	BNOT
	SHL
	SHR
	SAR
	ELEM
	STORE
	FLOAD32
	FLOORDIV
	FLOORMOD
	POW
	CALLF
	LOOP
	PHI
	numOps
)

// Opnd says whether an operand slot (A or B) holds a reference.
type Opnd uint8

const (
	OpndNone Opnd = iota // unused, must be 0
	OpndRef              // a Ref to an earlier instruction or a constant
)

// AuxKind says what an instruction's Aux field means.
type AuxKind uint8

const (
	AuxNone AuxKind = iota // unused, must be 0
	AuxSlot                // slot index (SLOAD)
	AuxOfs                 // byte offset (FLOAD, ALOAD)
	AuxSnap                // snapshot index (guards)
	AuxConv                // conversion kind (CONV: 0 = int to float)
)

// ResRule says how an instruction's Type relates to its operands.
type ResRule uint8

const (
	ResVoid  ResRule = iota // no value, Type is TVoid
	ResA                    // value of A's type (Type must equal it)
	ResIns                  // value of the type written in the instruction (loads)
	ResFloat                // float value
	ResCmp                  // no value; Type records the operands' type
)

// Flags describe an op to the optimizer and the backends.
type Flags uint8

const (
	FGuard  Flags = 1 << iota // may exit the trace; Aux is a snapshot
	FComm                     // commutative: A op B == B op A
	FLoad                     // reads memory (never written by traces)
	FEffect                   // must stay where it is (LOOP)
	FConst                    // a constant; lives in the constant table
	FStore                    // writes memory: later scalar loads may differ
	FCall                     // computed by Go: the trace exits and re-enters
)

// OpInfo describes one op.
type OpInfo struct {
	Name  string
	A, B  Opnd
	Aux   AuxKind
	Res   ResRule
	Types typeSet // accepted types of A (or of the result, for loads)
	Flags Flags
}

const (
	r = OpndRef
	n = OpndNone
)

// opTable is the op table. Guards that compare exit when the comparison
// is false; ADDOV etc. exit on signed overflow; ULT/UGE compare unsigned.
// Float compares are false on NaN, except NE which is true.
var opTable = [numOps]OpInfo{
	{"NOP", n, n, AuxNone, ResVoid, 0, 0},
	{"KINT", n, n, AuxNone, ResIns, tsInt | tsBool, FConst},
	{"KFLOAT", n, n, AuxNone, ResIns, tsFloat, FConst},
	{"KPTR", n, n, AuxNone, ResIns, tsPtr, FConst},
	{"SLOAD", n, n, AuxSlot, ResIns, tsValue, FLoad},
	{"FLOAD", r, n, AuxOfs, ResIns, tsValue, FLoad},
	{"ALOAD", r, r, AuxOfs, ResIns, tsValue, FLoad},
	{"EQ", r, r, AuxSnap, ResCmp, tsValue, FGuard | FComm},
	{"NE", r, r, AuxSnap, ResCmp, tsValue, FGuard | FComm},
	{"LT", r, r, AuxSnap, ResCmp, tsNum, FGuard},
	{"LE", r, r, AuxSnap, ResCmp, tsNum, FGuard},
	{"GT", r, r, AuxSnap, ResCmp, tsNum, FGuard},
	{"GE", r, r, AuxSnap, ResCmp, tsNum, FGuard},
	{"ULT", r, r, AuxSnap, ResCmp, tsInt, FGuard},
	{"UGE", r, r, AuxSnap, ResCmp, tsInt, FGuard},
	{"ADD", r, r, AuxNone, ResA, tsNum, FComm},
	{"SUB", r, r, AuxNone, ResA, tsNum, 0},
	{"MUL", r, r, AuxNone, ResA, tsNum, FComm},
	{"DIV", r, r, AuxNone, ResA, tsFloat, 0},
	{"NEG", r, n, AuxNone, ResA, tsNum, 0},
	{"ADDOV", r, r, AuxSnap, ResA, tsInt, FGuard | FComm},
	{"SUBOV", r, r, AuxSnap, ResA, tsInt, FGuard},
	{"MULOV", r, r, AuxSnap, ResA, tsInt, FGuard | FComm},
	{"NEGOV", r, n, AuxSnap, ResA, tsInt, FGuard},
	{"SQRT", r, n, AuxNone, ResA, tsFloat, 0},
	{"FABS", r, n, AuxNone, ResA, tsFloat, 0}, // clears the sign bit
	{"CONV", r, n, AuxConv, ResFloat, tsInt, 0},
	{"BAND", r, r, AuxNone, ResA, tsInt, FComm},
	{"BOR", r, r, AuxNone, ResA, tsInt, FComm},
	{"BXOR", r, r, AuxNone, ResA, tsInt, FComm},
	{"BNOT", r, n, AuxNone, ResA, tsInt, 0},
	{"SHL", r, r, AuxNone, ResA, tsInt, 0},
	{"SHR", r, r, AuxNone, ResA, tsInt, 0},
	{"SAR", r, r, AuxNone, ResA, tsInt, 0},
	// ELEM is the address of Value B of the Value array at A, plus Aux:
	// A + 16*B + Aux (an interior pointer held only in registers).
	{"ELEM", r, r, AuxOfs, ResIns, tsPtr, 0},
	// STORE writes the scalar B (int, float or bool bits) to the word at
	// A + Aux. Traces only store into the bits word of a Value whose ref
	// word a guard proved to be the tag of B's kind: never a pointer word.
	// Backends added after ELEM and STORE may reject them with an abort.
	{"STORE", r, r, AuxOfs, ResVoid, tsPtr, FEffect | FStore},
	// FLOAD32 loads the 32-bit word at A + Aux, zero-extended (a type's
	// version tag).
	{"FLOAD32", r, n, AuxOfs, ResIns, tsInt, FLoad},
	// FLOORDIV and FLOORMOD are Python's int // and %: rounded toward
	// negative infinity, remainder with the divisor's sign. B is never
	// 0, nor -1 when A may be the minimum int (the recorder guards).
	{"FLOORDIV", r, r, AuxNone, ResA, tsInt, 0},
	{"FLOORMOD", r, r, AuxNone, ResA, tsInt, 0},
	// POW and CALLF leave the trace to compute in Go and come back
	// (see FCall): POW is Python's float ** float, CALLF calls helper
	// number B (a constant) of the trace's driver on float A. Both exit
	// through their snapshot when Go says Python would raise or return
	// something else than a float.
	{"POW", r, r, AuxSnap, ResA, tsFloat, FGuard | FCall},
	{"CALLF", r, r, AuxSnap, ResFloat, tsFloat, FGuard | FCall},
	{"LOOP", n, n, AuxNone, ResVoid, 0, FEffect},
	{"PHI", r, r, AuxNone, ResA, tsValue, 0},
}

// Info returns op's table entry (a NOP-like entry for invalid ops).
func (op Op) Info() OpInfo {
	if op < numOps {
		return opTable[op]
	}
	return OpInfo{Name: "OP?"}
}

func (op Op) String() string { return op.Info().Name }

// Valid reports whether op is a real opcode.
func (op Op) Valid() bool { return op < numOps }

// IsCall reports whether op is computed by a call out to Go.
func (op Op) IsCall() bool { return op.Info().Flags&FCall != 0 }

// IsStore reports whether op writes memory.
func (op Op) IsStore() bool { return op.Info().Flags&FStore != 0 }

// IsGuard reports whether op may exit the trace.
func (op Op) IsGuard() bool { return op.Info().Flags&FGuard != 0 }

// HasValue reports whether instructions of op produce a value.
func (op Op) HasValue() bool {
	res := op.Info().Res
	return op.Valid() && res != ResVoid && res != ResCmp
}

// Commutative reports whether A and B may be swapped.
func (op Op) Commutative() bool { return op.Info().Flags&FComm != 0 }

// IsCompare reports whether op is a compare guard (no value).
func (op Op) IsCompare() bool { return op.Info().Res == ResCmp }

// Swapped returns the compare that gives the same answer with A and B
// exchanged (LT a b == GT b a).
func (op Op) Swapped() Op {
	switch op {
	case LT:
		return GT
	case GT:
		return LT
	case LE:
		return GE
	case GE:
		return LE
	}
	return op // EQ, NE; ULT/UGE have no swapped form here
}
