//go:build linux

package amd64_test

// This file runs the shared execution tests (jit/internal/exectest) on
// this architecture's trampoline and generated trace (Linux only: they
// need codemem). jit/arm64 has the same file.

import (
	"testing"

	"github.com/pyjit/pyjit/jit/amd64"
	"github.com/pyjit/pyjit/jit/internal/exectest"
)

// liveIterations is the length of the GC liveness trace: about 0.4 ns per
// iteration natively, so under a second.
var arch = exectest.Arch{Call: amd64.Call, Build: buildSumTrace, LiveIterations: 2_000_000_000}

func TestSumLoop(t *testing.T)              { exectest.SumLoop(t, arch) }
func TestTypeGuardExit(t *testing.T)        { exectest.TypeGuardExit(t, arch) }
func TestOverflowExit(t *testing.T)         { exectest.OverflowExit(t, arch) }
func TestTrampolineStackGuard(t *testing.T) { exectest.TrampolineStackGuard(t, arch) }
func TestGCLiveness(t *testing.T)           { exectest.GCLiveness(t, arch) }
