package interp

// This file is what compiled traces call back into Go for: float
// operations whose results must be exactly the interpreter's, computed by
// the interpreter's own code. ok is false whenever Python would raise or
// produce something that is not a float; the trace then exits and the
// interpreter redoes the operation (raising if it must).

// JITFloatPow is float ** float.
func JITFloatPow(x, y float64) (float64, bool) {
	v, err := floatPow(x, y)
	if err != nil || !v.IsFloat() {
		return 0, false
	}
	return v.AsFloat(), true
}

// JITCallFloat calls the builtin function fn with one float argument and
// returns its float result.
func JITCallFloat(t *Thread, fn Value, x float64) (float64, bool) {
	if fn.ref == nil || fn.ref.typ != &BuiltinFunctionType {
		return 0, false
	}
	b := objectAs[Builtin](fn.ref)
	v, err := b.Fn(t, b.Self, []Value{Float(x)}, nil)
	if err != nil || !v.IsFloat() {
		return 0, false
	}
	return v.AsFloat(), true
}
