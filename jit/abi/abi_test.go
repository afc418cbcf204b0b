package abi

import (
	"reflect"
	"testing"
	"unsafe"
)

func TestOffsets(t *testing.T) {
	var c Context
	got := []uintptr{
		unsafe.Offsetof(c.Slots), unsafe.Offsetof(c.StackGuard),
		unsafe.Offsetof(c.Aux), unsafe.Offsetof(c.Scratch), unsafe.Sizeof(c),
	}
	want := []uintptr{OffSlots, OffStackGuard, OffAux, OffScratch, ContextSize}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("offsets %v, constants %v", got, want)
	}
	if AuxOff(3) != int64(unsafe.Offsetof(c.Aux)+3*8) || ScratchOff(5) != int64(unsafe.Offsetof(c.Scratch)+5*8) {
		t.Fatal("AuxOff/ScratchOff disagree with layout")
	}
}

// TestPointerFree guards rule 1: compiled code writes any Context word, so
// none of them may be a pointer the GC scans.
func TestPointerFree(t *testing.T) {
	var check func(reflect.Type, string)
	check = func(ty reflect.Type, path string) {
		switch ty.Kind() {
		case reflect.Uintptr, reflect.Uint64, reflect.Int64, reflect.Uint32, reflect.Int32, reflect.Uint8:
		case reflect.Array:
			check(ty.Elem(), path+"[]")
		case reflect.Struct:
			for i := 0; i < ty.NumField(); i++ {
				f := ty.Field(i)
				check(f.Type, path+"."+f.Name)
			}
		default:
			t.Errorf("%s has kind %v; Context must be pointer-free", path, ty.Kind())
		}
	}
	check(reflect.TypeOf(Context{}), "Context")
}
