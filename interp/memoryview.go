package interp

// This file declares memoryview. Only the type exists so far (the
// standard library registers it with collections.abc.Sequence at import
// time); creating one raises NotImplementedError.

// MemoryViewType is memoryview.
var MemoryViewType = Type{Name: "memoryview"}

func setupMemoryView() {
	initBuiltinType(&MemoryViewType, "Create a new memoryview object which references the given object.")
	MemoryViewType.Slots = Slots{New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		return Value{}, notImplemented("memoryview")
	}}
}
