package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	pprof "github.com/google/pprof/profile"
)

// TestCLIProfile checks that --profile writes a pprof profile of Python
// stacks, in both modes, and that a bad path fails before the program
// runs.
func TestCLIProfile(t *testing.T) {
	bin := pyjitBinary(t)
	dir := t.TempDir()
	src := "def spin(n):\n    t = 0\n    for i in range(n):\n        t += i % 3\n    return t\nprint(spin(2000000))\n"
	if err := os.WriteFile(filepath.Join(dir, "spin.py"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, mode := range []string{"cpu", "wall"} {
		out := filepath.Join(dir, mode+".pprof")
		r := runIn(t, dir, bin, []string{"--jit=off", "--profile", out, "--profile-rate=1000", "--profile-mode=" + mode, "spin.py"}, nil, nil)
		if r.code != 0 || r.stdout != "1999999\n" {
			t.Fatalf("%s: got %+v", mode, r)
		}
		f, err := os.Open(out)
		if err != nil {
			t.Fatal(err)
		}
		p, err := pprof.Parse(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", mode, err)
		}
		if p.PeriodType.Type != mode || p.Period != 1e6 {
			t.Errorf("%s: period %v %d", mode, p.PeriodType, p.Period)
		}
		found := false
		for _, fn := range p.Function {
			if fn.Name == "spin" && fn.StartLine == 1 && strings.HasSuffix(fn.Filename, "spin.py") {
				found = true
			}
		}
		if !found || len(p.Sample) == 0 {
			t.Errorf("%s: no sample in spin (%d samples)", mode, len(p.Sample))
		}
	}
	r := runIn(t, dir, bin, []string{"--profile", filepath.Join(dir, "no", "such", "dir"), "-c", "print(1)"}, nil, nil)
	if r.code != 1 || r.stdout != "" || !strings.HasPrefix(r.stderr, "pyjit: cannot write profile: ") {
		t.Errorf("bad profile path: got %+v", r)
	}
}
