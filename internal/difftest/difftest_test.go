package difftest

import (
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"
)

var pyjitBin string

func TestMain(m *testing.M) {
	dir, err := os.MkdirTemp("", "pyjit-difftest")
	if err != nil {
		panic(err)
	}
	pyjitBin = filepath.Join(dir, "pyjit")
	build := exec.Command("go", "build", "-o", pyjitBin, "github.com/pyjit/pyjit/cmd/pyjit")
	build.Stdout, build.Stderr = os.Stderr, os.Stderr
	if err := build.Run(); err != nil {
		os.RemoveAll(dir)
		panic("building pyjit: " + err.Error())
	}
	code := m.Run()
	os.RemoveAll(dir)
	os.Exit(code)
}

// TestCorpus runs every program of testdata/<mode>/ under CPython and pyjit.
func TestCorpus(t *testing.T) {
	python, err := Oracle()
	if err != nil {
		t.Fatal(err)
	}
	root := filepath.Join("..", "..", "testdata")
	names := make([]string, 0, len(Modes))
	for name := range Modes {
		names = append(names, name)
	}
	sort.Strings(names)
	total := 0
	for _, name := range names {
		mode := Modes[name]
		var files []string
		for _, dir := range append([]string{name}, mode.AlsoFrom...) {
			more, _ := filepath.Glob(filepath.Join(root, dir, "*.py"))
			files = append(files, more...)
		}
		total += len(files)
		for _, file := range files {
			file, _ := filepath.Abs(file)
			t.Run(name+"/"+filepath.Base(filepath.Dir(file))+"/"+filepath.Base(file), func(t *testing.T) {
				t.Parallel()
				dir := filepath.Dir(file)
				want, err := Run(mode.Oracle(python, file), dir, time.Minute)
				if err != nil {
					t.Fatal(err)
				}
				variants := append([][]string{nil}, mode.Variants...)
				for _, flags := range variants {
					argv := mode.Pyjit(pyjitBin, file)
					argv = append(append(argv[:1:1], flags...), argv[1:]...)
					got, err := Run(argv, dir, time.Minute)
					if err != nil {
						t.Fatal(err)
					}
					if err := Compare(want, got, strings.HasSuffix(file, "_tb.py")); err != nil {
						src, _ := os.ReadFile(file)
						t.Errorf("%s\n%v\n--- program %s:\n%s", strings.Join(argv, " "), err, file, clip(string(src)))
					}
				}
			})
		}
	}
	if total == 0 {
		t.Fatal("no test programs found under testdata/")
	}
}

func clip(s string) string {
	if len(s) > 2000 {
		return s[:2000] + "\n... (truncated)"
	}
	return s
}

func TestCompare(t *testing.T) {
	base := Result{Stdout: "a\nb\n", Stderr: "Traceback...\nValueError: x\n", Exit: 1}
	if err := Compare(base, base, false); err != nil {
		t.Fatalf("identical results differ: %v", err)
	}
	cases := []struct {
		got  Result
		want string // substring of the report
	}{
		{Result{Stdout: "a\nc\n", Stderr: base.Stderr, Exit: 1}, "stdout differs at line 2"},
		{Result{Stdout: "a\n", Stderr: base.Stderr, Exit: 1}, "stdout differs at line 2"},
		{Result{Stdout: base.Stdout, Stderr: base.Stderr, Exit: 0}, "exit code: CPython 1, pyjit 0"},
		{Result{Stdout: base.Stdout, Stderr: "TypeError: x\n", Exit: 1}, "last stderr line"},
	}
	for _, c := range cases {
		err := Compare(base, c.got, false)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("Compare(%+v) = %v, want a report containing %q", c.got, err, c.want)
		}
	}
	// Only the last stderr line counts unless the whole of stderr is asked for.
	other := base
	other.Stderr = "different traceback\nValueError: x\n"
	if err := Compare(base, other, false); err != nil {
		t.Errorf("last-line comparison failed: %v", err)
	}
	if err := Compare(base, other, true); err == nil {
		t.Error("full stderr comparison missed a difference")
	}
	long := Result{Stdout: strings.Repeat("x", 500) + "A" + strings.Repeat("y", 500)}
	long2 := long
	long2.Stdout = strings.Repeat("x", 500) + "B" + strings.Repeat("y", 500)
	if err := Compare(long, long2, false); err == nil || !strings.Contains(err.Error(), "byte 501") {
		t.Errorf("long-line difference not located: %v", err)
	}
}
