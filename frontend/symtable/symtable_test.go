package symtable_test

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/symtable/internal/oracle"
)

// These tests compare our tables, built from the AST python3.11 itself
// produced, with what python3.11's symtable module and compile() say.

func run(t *testing.T, files []string) []oracle.Result {
	t.Helper()
	py := oracle.Python()
	if py == "" {
		t.Skip("neither /usr/bin/python3.11 nor python3 is available")
	}
	res, err := oracle.Run(py, files, true)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func TestProgramsMatchCPython(t *testing.T) {
	files, err := filepath.Glob("testdata/programs/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no test programs: %v", err)
	}
	for _, r := range run(t, files) {
		if r.PErr != "" {
			t.Errorf("%s: python cannot parse it: %s", r.File, r.PErr)
			continue
		}
		if r.StErr != nil || r.Err != nil {
			t.Errorf("%s: python raised %s / %s", r.File, oracle.FormatErr(r.StErr), oracle.FormatErr(r.Err))
			continue
		}
		if d := oracle.CheckDecoded(r); d != "" {
			t.Errorf("%s: %s", r.File, d)
		}
	}
}

func TestErrorsMatchCPython(t *testing.T) {
	files, err := filepath.Glob("testdata/errors/*.py")
	if err != nil || len(files) == 0 {
		t.Fatalf("no error programs: %v", err)
	}
	for _, r := range run(t, files) {
		if r.PErr != "" {
			t.Errorf("%s: python cannot parse it: %s", r.File, r.PErr)
			continue
		}
		if r.Err == nil || r.StErr == nil {
			t.Errorf("%s: python's compile() or symtable raised nothing (compile: %v, symtable: %v)", r.File, r.Err, r.StErr)
			continue
		}
		// compile() must raise the very error the symtable pass raises.
		if oracle.FormatErr(r.Err) != oracle.FormatErr(r.StErr) {
			t.Errorf("%s: compile() raised %s, symtable %s", r.File, oracle.FormatErr(r.Err), oracle.FormatErr(r.StErr))
			continue
		}
		if d := oracle.CheckDecoded(r); d != "" {
			t.Errorf("%s: %s", r.File, d)
		}
	}
}

// StdlibFiles lists the .py files of python3.11's standard library.
func stdlibFiles(t *testing.T) []string {
	const root = "/usr/lib/python3.11"
	if _, err := os.Stat(root); err != nil {
		t.Skip("no CPython 3.11 standard library")
	}
	var files []string
	filepath.WalkDir(root, func(path string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(path, ".py") {
			files = append(files, path)
		}
		return nil
	})
	sort.Strings(files)
	if testing.Short() && len(files) > 100 {
		files = files[:100]
	}
	return files
}

// TestStdlibMatchesCPython compares the tables and code-object facts of
// every .py file of python3.11's standard library.
func TestStdlibMatchesCPython(t *testing.T) {
	skipped, same, differ := 0, 0, 0
	for _, r := range run(t, stdlibFiles(t)) {
		if r.PErr != "" {
			skipped++
			continue
		}
		if d := oracle.CheckDecoded(r); d != "" {
			differ++
			if differ <= 10 {
				t.Errorf("%s: %s", r.File, d)
			}
			continue
		}
		same++
	}
	t.Logf("stdlib: %d identical, %d different, %d not parsed by python", same, differ, skipped)
}
