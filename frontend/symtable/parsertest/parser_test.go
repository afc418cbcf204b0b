package parsertest

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/symtable/internal/oracle"
)

func run(t *testing.T, files []string) []oracle.Result {
	t.Helper()
	py := oracle.Python()
	if py == "" {
		t.Skip("neither /usr/bin/python3.11 nor python3 is available")
	}
	res, err := oracle.Run(py, files, false)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// compare builds our tables from the tree our parser makes of each file and
// compares them with python's answer. It returns how many files agreed and
// how many our parser rejected.
func compare(t *testing.T, files []string, maxReports int) (same, rejected int) {
	t.Helper()
	differ := 0
	for _, r := range run(t, files) {
		if r.PErr != "" {
			continue
		}
		src, err := os.ReadFile(r.File)
		if err != nil {
			t.Fatal(err)
		}
		mod, err := parser.ParseFile(src, r.File, parser.Exec)
		if err != nil {
			rejected++
			continue
		}
		if d := oracle.Check(r, mod); d != "" {
			differ++
			if differ <= maxReports {
				note := ""
				if oracle.CheckDecoded(r) == "" {
					note = " (python's own AST gives the right tables: a parser difference)"
				}
				t.Errorf("%s%s: %s", r.File, note, d)
			}
			continue
		}
		same++
	}
	return same, rejected
}

func TestParsedProgramsMatchCPython(t *testing.T) {
	var files []string
	for _, dir := range []string{"../testdata/programs", "../testdata/errors"} {
		f, _ := filepath.Glob(dir + "/*.py")
		files = append(files, f...)
	}
	same, rejected := compare(t, files, 20)
	t.Logf("test programs: %d of %d identical, %d rejected by our parser", same, len(files), rejected)
}

func TestParsedStdlibMatchesCPython(t *testing.T) {
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
	same, rejected := compare(t, files, 10)
	t.Logf("stdlib: %d of %d identical, %d rejected by our parser", same, len(files), rejected)
}
