package jit

import (
	"strings"
	"testing"
)

// Golden IR of loops recorded from real compiled Python functions: the
// recorded iteration (what the recorder emits) and the optimized trace.
var goldenLoops = []struct{ name, src string }{
	{"while_sum", `
def f(n):
    i = 0
    total = 0
    while i < n:
        total += i * 2
        i += 1
    return total
print(f(10))
`},
	{"for_range", `
def f(n):
    total = 0
    for j in range(n):
        total += j
    return total
print(f(10))
`},
	{"float_loop", `
def f(n):
    x = 0.5
    i = 0
    while i < n:
        x = x * 0.75 + i / 2.0
        i += 1
    return x
print(f(10))
`},
	{"branchy", `
def f(n):
    a = 0
    b = 0
    for i in range(n):
        if i & 1:
            a -= i
        else:
            b += 1
    return a, b
print(f(10))
`},
}

func TestRecordGolden(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	for _, c := range goldenLoops {
		t.Run(c.name, func(t *testing.T) {
			res := runJIT(t, c.src, 1)
			if want := cpython(t, c.src); res.stdout != want {
				t.Fatalf("stdout %q, CPython %q", res.stdout, want)
			}
			if len(res.traces) == 0 {
				t.Fatalf("no trace compiled; aborts %v", res.aborts)
			}
			tr := res.traces[0]
			got := "# recorded\n" + tr.Recorded.String() + "\n# optimized\n" + tr.Optimized.String()
			checkGolden(t, c.name, got)
		})
	}
}

// Loops with one unsupported construct each abort with that reason (and
// still print what CPython prints).
func TestAbortReasons(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	cases := []struct {
		reason Abort
		body   string
	}{
		{AbortUnsupported, "x = [i][0]"},
		{AbortCall, "x = len('ab') + i"},
		{AbortOperandType, "x = s + s"},
		{AbortOperandType, "x = 1 if 'a' < s else 0"},
		{AbortBinOp, "x = i // -1"},
		{AbortBinOp, "x = i << 3"},
		{AbortBinOp, "x = i / 3"},
		{AbortBinOp, "x = i ** 3"},
		{AbortUnfusedCompare, "x = i < 3"},
		{AbortOperandType, "x = 1 if i < 2.5 else 0"},
		{AbortOverflow, "x = big * big"},
		{AbortInnerLoop, "x = 0\n        while x < 2:\n            x += 1"},
	}
	for _, c := range cases {
		src := "def f():\n    s = 'str'\n    big = 2 ** 40\n    x = 0\n    for i in range(5):\n        " +
			c.body + "\n    return x\nprint(f())\n"
		res := runJIT(t, src, 1)
		if want := cpython(t, src); res.stdout != want {
			t.Errorf("%q: stdout %q, CPython %q", c.body, res.stdout, want)
		}
		found := false
		for _, a := range res.aborts {
			found = found || strings.HasPrefix(a, c.reason.String()+":")
		}
		if !found {
			t.Errorf("%q: aborts %v, want %q", c.body, res.aborts, c.reason)
		}
	}
}

// Repeated aborts blacklist the loop: the recorder gives up after
// maxAborts attempts however often the loop runs.
func TestBlacklist(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	src := "def f():\n    x = 0\n    for i in range(1000):\n        x = x + len('a')\n    return x\nprint(f())\n"
	res := runJIT(t, src, 1)
	if res.stdout != "1000\n" {
		t.Fatalf("stdout %q", res.stdout)
	}
	if len(res.aborts) != maxAborts {
		t.Errorf("%d aborts, want %d: %v", len(res.aborts), maxAborts, res.aborts)
	}
	if n := res.jit.Stats.Blacklisted.Load(); n != 1 {
		t.Errorf("blacklisted %d, want 1", n)
	}
}

// The JIT's own statistics show that a simple int loop and a float loop
// are compiled and entered, not aborted.
func TestLoopsCompiledAndEntered(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	for _, src := range []string{
		"def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nprint(f(100000))\n",
		"def f(n):\n    x = 1.0\n    i = 0\n    while i < n:\n        x = x * 1.000001 + 0.5\n        i += 1\n    return x\nprint(f(100000))\n",
	} {
		res := runJIT(t, src, 10)
		if want := cpython(t, src); res.stdout != want {
			t.Errorf("stdout %q, CPython %q", res.stdout, want)
		}
		s := res.jit.Stats.Snapshot()
		if s.Compiled != 1 || s.Entries < 1 || len(s.Aborts) != 0 {
			t.Errorf("stats %+v, want 1 trace compiled and entered, no aborts\n%s", s, src)
		}
		// One entry runs the loop to its end: the exits are the loop's
		// exit and nothing else.
		if s.Entries > 2 {
			t.Errorf("%d entries for one loop run", s.Entries)
		}
	}
}

// A local that turns from int into float for good makes the int trace
// exit before completing an iteration; after maxShortExits such exits the
// trace is dropped and the loop re-recorded with a float.
func TestRetraceOnTypeChange(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	src := `
def f(n):
    x = 0
    half = n // 2
    for i in range(n):
        if i == half:
            x = x + 0.5
        x = x + 1
    return x
print(f(1001))
`
	res := runJIT(t, src, 1)
	if want := cpython(t, src); res.stdout != want {
		t.Fatalf("stdout %q, CPython %q", res.stdout, want)
	}
	s := res.jit.Stats.Snapshot()
	if s.Compiled != 2 || s.Invalidated != 1 {
		t.Errorf("stats %+v, want 2 traces compiled and 1 invalidated", s)
	}
	if len(res.traces) == 2 && !strings.Contains(res.traces[1].Optimized.String(), "[FloatTag]") {
		t.Errorf("second trace does not guard a float:\n%s", res.traces[1].Optimized)
	}
}
