//go:build linux

package arm64_test

// This file runs the shared execution tests (jit/internal/exectest) on
// this architecture's trampoline and generated trace (Linux only: they
// need codemem). jit/amd64 has the same file.

import (
	"testing"

	jit "github.com/pyjit/pyjit/jit/arm64"
	"github.com/pyjit/pyjit/jit/internal/exectest"
)

// liveIterations is the length of the GC liveness trace: about 3.5 ns per
// iteration under qemu-user (so about a second), far less on hardware.
var arch = exectest.Arch{Call: jit.Call, Build: buildSumTrace, LiveIterations: 300_000_000}

func TestSumLoop(t *testing.T)              { exectest.SumLoop(t, arch) }
func TestTypeGuardExit(t *testing.T)        { exectest.TypeGuardExit(t, arch) }
func TestOverflowExit(t *testing.T)         { exectest.OverflowExit(t, arch) }
func TestTrampolineStackGuard(t *testing.T) { exectest.TrampolineStackGuard(t, arch) }
func TestGCLiveness(t *testing.T)           { exectest.GCLiveness(t, arch) }
