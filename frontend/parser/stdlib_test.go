package parser

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/source"
)

const stdlibDir = "/usr/lib/python3.11"

// astDirs are the directories TestStdlibAST compares: $PYJIT_STDLIB_DIRS
// (colon-separated), or the installed stdlib. scripts/compare-stdlib.sh
// uses the variable to include CPython's own test suite.
func astDirs() []string {
	if dirs := os.Getenv("PYJIT_STDLIB_DIRS"); dirs != "" {
		return strings.Split(dirs, ":")
	}
	return []string{stdlibDir}
}

// pyHashScript prints "path\thash" (sha256 of ast.dump with attributes) or
// "path\tERROR Type lineno" for every .py file under argv[1].
const pyHashScript = `
import ast, sys, hashlib, os
from concurrent.futures import ProcessPoolExecutor
def one(path):
    try:
        with open(path, 'rb') as f: src = f.read()
        d = ast.dump(ast.parse(src), include_attributes=True)
        return path + "\t" + hashlib.sha256(d.encode('utf-8', 'surrogatepass')).hexdigest()
    except SyntaxError as e:
        return path + "\tERROR %s %s" % (type(e).__name__, e.lineno)
    except Exception as e:
        return path + "\tEXC " + type(e).__name__
files = []
for root, dirs, fs in os.walk(sys.argv[1]):
    for f in fs:
        if f.endswith('.py'):
            files.append(os.path.join(root, f))
files.sort()
with ProcessPoolExecutor() as ex:
    for r in ex.map(one, files, chunksize=8):
        print(r)
`

// cpythonHashes maps each .py file under dir to CPython's dump hash.
func cpythonHashes(t testing.TB, dir string) map[string]string {
	out := runPython(t, pyHashScript, nil, dir)
	m := map[string]string{}
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		path, h, ok := strings.Cut(sc.Text(), "\t")
		if ok {
			m[path] = h
		}
	}
	return m
}

func TestStdlibAST(t *testing.T) {
	want := map[string]string{}
	for _, dir := range astDirs() {
		if _, err := os.Stat(dir); err != nil {
			t.Skip("no Python sources at " + dir)
		}
		for p, h := range cpythonHashes(t, dir) {
			want[p] = h
		}
	}
	paths := make([]string, 0, len(want))
	for p := range want {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	same, diff, bothRejected := 0, 0, 0
	var diffs []string
	for _, path := range paths {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		mod, perr := ParseFile(src, path, Exec)
		w := want[path]
		cpythonRejects := strings.HasPrefix(w, "ERROR")
		switch {
		case perr != nil && cpythonRejects:
			// Both reject: the exception type and line must agree too.
			var se *source.Error
			if !errors.As(perr, &se) || fmt.Sprintf("ERROR %s %d", se.Type, se.Lineno) != w {
				diff++
				diffs = append(diffs, fmt.Sprintf("%s: CPython %s, we: %v", path, w, perr))
			} else {
				bothRejected++
			}
		case perr != nil:
			diff++
			diffs = append(diffs, path+": we reject: "+perr.Error())
		case cpythonRejects:
			diff++
			diffs = append(diffs, path+": CPython rejects, we accept")
		case hashDump(mod) != w:
			diff++
			diffs = append(diffs, path)
		default:
			same++
		}
	}
	t.Logf("%d identical, %d different, %d rejected by both", same, diff, bothRejected)
	for i, d := range diffs {
		if i == 20 {
			t.Errorf("... and %d more", len(diffs)-20)
			break
		}
		t.Errorf("different: %s", d)
	}
	// Show the first difference of the first differing file in detail.
	for _, d := range diffs {
		if !strings.Contains(d, ":") {
			src, _ := os.ReadFile(d)
			compareSource(t, filepath.Base(d), src)
			break
		}
	}
}
