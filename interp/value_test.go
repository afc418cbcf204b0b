package interp

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
	"unsafe"
)

// TestValueLayout pins the layout the JIT compiles against.
func TestValueLayout(t *testing.T) {
	var v Value
	if unsafe.Sizeof(v) != ValueSize || unsafe.Offsetof(v.ref) != ValueRefOffset || unsafe.Offsetof(v.bits) != ValueBitsOffs {
		t.Fatalf("Value layout: size %d, ref at %d, bits at %d", unsafe.Sizeof(v), unsafe.Offsetof(v.ref), unsafe.Offsetof(v.bits))
	}
	var o Object
	if unsafe.Offsetof(o.typ) != 0 {
		t.Fatal("the type must be the first word of an object header")
	}
	var ty Type
	if unsafe.Offsetof(ty.Object) != 0 {
		t.Fatal("a type object must start with its header")
	}
}

func TestUnboxedValues(t *testing.T) {
	for _, i := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64} {
		v := Int(i)
		if !v.IsInt() || v.AsInt() != i || v.Type() != &IntType || v.IsFloat() || !v.IsUnboxed() {
			t.Errorf("Int(%d) = %+v", i, v)
		}
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1.5, math.Inf(-1), math.NaN()} {
		v := Float(f)
		if !v.IsFloat() || math.Float64bits(v.AsFloat()) != math.Float64bits(f) || v.Type() != &FloatType {
			t.Errorf("Float(%v) = %+v", f, v)
		}
	}
	if !True.AsBool() || False.AsBool() || True.Type() != &BoolType || Bool(true) != True || Bool(false) != False {
		t.Error("bools are wrong")
	}
	if !None.IsNone() || None.Type() != &NoneType || None.IsNull() || !(Value{}).IsNull() {
		t.Error("None or null is wrong")
	}
	if !Int(3).Is(Int(3)) || Int(3).Is(Float(3)) || True.Is(Int(1)) {
		t.Error("identity of unboxed values is wrong")
	}
	if FromObject(&TypeType.Object).Type() != &TypeType || FromObject(&IntType.Object).Type() != &TypeType {
		t.Error("type(type) must be type")
	}
	if !BoolType.IsSubtype(&IntType) || !BoolType.IsSubtype(&ObjectType) || IntType.IsSubtype(&BoolType) {
		t.Error("builtin hierarchy is wrong")
	}
}

// boxed is a heap object as the interpreter will make them.
type boxed struct {
	Object
	payload []Value
}

// TestValuesSurviveGC keeps values only in Value slices and makes the
// collector run constantly: heap objects reachable only through Value.ref
// must survive, and the static tags must never confuse the collector.
func TestValuesSurviveGC(t *testing.T) {
	old := debug.SetGCPercent(1)
	defer debug.SetGCPercent(old)
	typ, err := NewType("Box", nil)
	if err != nil {
		t.Fatal(err)
	}
	slots := make([]Value, 0, 1000)
	for i := 0; i < 1000; i++ {
		b := &boxed{Object: Object{typ: typ}, payload: []Value{Int(int64(i)), Float(float64(i)), None}}
		slots = append(slots, FromObject(&b.Object), Int(int64(i)))
		if i%100 == 0 {
			runtime.GC()
		}
	}
	runtime.GC()
	for i := 0; i < len(slots); i += 2 {
		b := objectAs[boxed](slots[i].Object())
		n := int64(i / 2)
		if b.typ != typ || b.payload[0].AsInt() != n || b.payload[1].AsFloat() != float64(n) || !b.payload[2].IsNone() {
			t.Fatalf("object %d corrupted after GC", i/2)
		}
		if slots[i+1].AsInt() != n {
			t.Fatalf("int %d corrupted after GC", n)
		}
	}
}
