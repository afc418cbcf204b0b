package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/jit"
)

// TestCLITraceJITAsm checks that --trace-jit=asm prints each compiled
// trace's IR and its disassembled machine code, and only that.
func TestCLITraceJITAsm(t *testing.T) {
	if !jit.Available {
		t.Skip("no JIT backend on this architecture")
	}
	bin := pyjitBinary(t)
	dir := t.TempDir()
	src := "def f(n):\n    s = 0.0\n    for i in range(n):\n        s += i * 0.5\n    return s\nprint(f(100))\n"
	if err := os.WriteFile(filepath.Join(dir, "t.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	r := runIn(t, dir, bin, []string{"--trace-jit=asm", "-X", "jit-threshold=1", "t.py"}, nil, nil)
	// python3.11: sum(i * 0.5 for i in range(100)) == 2475.0
	if r.code != 0 || r.stdout != "2475.0\n" {
		t.Fatalf("got %+v", r)
	}
	for _, want := range []string{"[jit] trace 1 t.py:3 (f)\n---- TRACE IR\n", "------ LOOP ---",
		"---- MACHINE CODE\nentry:\n   0: ", "\ncont:\n"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("--trace-jit=asm output lacks %q:\n%s", want, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "[jit] compile") || strings.Contains(r.stderr, "[jit] enter") {
		t.Errorf("--trace-jit=asm prints other events too:\n%s", r.stderr)
	}
}
