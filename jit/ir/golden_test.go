package ir_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/pyjit/pyjit/jit/ir"
	"github.com/pyjit/pyjit/jit/ir/irtest"
)

var update = flag.Bool("update", false, "rewrite testdata/*.golden")

var fakeTags = irtest.Tags{Int: 0x1000, Float: 0x1010, Bool: 0x1020}

// checkGolden compares got with testdata/name.golden (written by -update
// and then reviewed by hand).
func checkGolden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name+".golden")
	if *update {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != got {
		t.Errorf("%s differs from %s:\n%s", name, path, got)
	}
}

// passGolden runs pass on tr and checks "before ==> after".
func passGolden(t *testing.T, name string, tr *ir.Trace, pass func(*ir.Trace) (*ir.Trace, error)) *ir.Trace {
	t.Helper()
	if err := ir.Verify(tr); err != nil {
		t.Fatalf("%s: input does not verify: %v\n%s", name, err, tr)
	}
	out, err := pass(tr)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	if err := ir.Verify(out); err != nil {
		t.Fatalf("%s: output does not verify: %v\n%s", name, err, out)
	}
	checkGolden(t, name, tr.String()+"==>\n"+out.String())
	return out
}
