package ir

// Type is the type of an IR value. Values of every type except TVoid fit
// one machine word: int is an int64, float a float64 (in a vector
// register), bool is 0 or 1, and ptr is an object reference read from
// memory the garbage collector scans (compiled code may hold it in a
// register but never stores it).
type Type uint8

// The IR types.
const (
	TVoid  Type = iota // no value (LOOP, compare guards, NOP)
	TInt               // int64
	TFloat             // float64
	TBool              // 0 or 1
	TPtr               // object reference (a Value's ref word)
	numTypes
)

var typeNames = [numTypes]string{"void", "int", "float", "bool", "ptr"}

func (t Type) String() string {
	if t < numTypes {
		return typeNames[t]
	}
	return "type?"
}

// IsFloat reports whether values of t live in vector registers.
func (t Type) IsFloat() bool { return t == TFloat }

// typeSet is a bit set of Types, used by the op table to say which operand
// types an op accepts.
type typeSet uint8

const (
	tsInt   typeSet = 1 << TInt
	tsFloat typeSet = 1 << TFloat
	tsBool  typeSet = 1 << TBool
	tsPtr   typeSet = 1 << TPtr
	tsNum           = tsInt | tsFloat
	tsValue         = tsInt | tsFloat | tsBool | tsPtr
)

func (s typeSet) has(t Type) bool { return t < numTypes && s&(1<<t) != 0 }
