package jit

import "testing"

// TestCallOutTracesRun checks that traces with call sites (float ** and
// math functions computed in Go) keep running: the backend must answer
// the call exits and re-enter, not report them as unknown exits, which
// drops the trace at its first entry.
func TestCallOutTracesRun(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	src := "import math\ndef f(xs):\n    s = 0.0\n    for x in xs:\n        s += x ** 0.5 + math.sqrt(x) * 0.0 + math.exp(x) * 0.0\n    return s\n" +
		"print(f([1.0, 4.0, 9.0, 16.0] * 50))\n"
	res := runJIT(t, src, 1)
	// python3.11: sum([1.0, 2.0, 3.0, 4.0] * 50) == 500.0
	if res.stdout != "500.0\n" || res.status != 0 {
		t.Fatalf("status %d, stdout %q, stderr %s", res.status, res.stdout, res.stderr)
	}
	s := res.jit.Stats.Snapshot()
	if s.Compiled == 0 || s.Invalidated != 0 || s.Entries == 0 {
		t.Errorf("compiled %d, entries %d, invalidated %d; aborts %v", s.Compiled, s.Entries, s.Invalidated, s.Aborts)
	}
}
