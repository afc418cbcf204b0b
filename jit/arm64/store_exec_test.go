//go:build linux && arm64

package arm64_test

import (
	"math"
	"runtime"
	"testing"
	"unsafe"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// TestStoreFloatConstToConstBase stores a float constant through a
// constant base address: both are materialized through a temporary, and
// the base must not be overwritten by the constant before the store
// (which wrote to the constant's bits as an address).
func TestStoreFloatConstToConstBase(t *testing.T) {
	buf := make([]uint64, 4)
	tr := ir.NewTrace()
	base := tr.KPtr(uintptr(unsafe.Pointer(&buf[0])), "buf")
	tr.Emit(ir.Ins{Op: ir.STORE, A: base, B: tr.KFloat(-2.5), Aux: 16})
	tr.Emit(ir.Ins{Op: ir.LOOP})
	tr.Guard(ir.EQ, tr.KInt(0), tr.KInt(1), tr.AddSnap(1))
	c := compileTrace(t, tr, ir.Options{})
	runFrame(t, c, []interp.Value{interp.Int(0)})
	runtime.KeepAlive(buf)
	if got := math.Float64frombits(buf[2]); got != -2.5 || buf[0] != 0 || buf[1] != 0 || buf[3] != 0 {
		t.Errorf("buf %x, want -2.5 in word 2 only", buf)
	}
}
