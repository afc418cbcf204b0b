// Command frontend measures how fast pyjit tokenizes and parses the
// installed CPython standard library, next to CPython's own ast.parse on
// the same files, in one run:
//
//	go run ./bench/frontend [-root /usr/lib/python3.11] [-repeat 3]
//
// It prints lines per second for each and the ratio (pyjit / CPython).
// This is a benchmark, not a test: it asserts nothing.
package main

import (
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/tokenizer"
)

type file struct {
	path string
	src  []byte
}

func main() {
	root := flag.String("root", "/usr/lib/python3.11", "directory of .py files to parse")
	python := flag.String("python", "/usr/bin/python3.11", "CPython to compare with")
	repeat := flag.Int("repeat", 3, "passes over the files; the fastest counts")
	flag.Parse()

	var files []file
	lines := 0
	filepath.WalkDir(*root, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".py") {
			return nil
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return nil
		}
		// Only files CPython accepts count, so both sides do the same work.
		if _, err := parser.ParseFile(src, path, parser.Exec); err != nil {
			return nil
		}
		files = append(files, file{path, src})
		lines += strings.Count(string(src), "\n")
		return nil
	})
	if len(files) == 0 {
		fmt.Fprintln(os.Stderr, "no parsable .py files under", *root)
		os.Exit(1)
	}
	fmt.Printf("%d files, %d lines under %s; best of %d passes\n\n", len(files), lines, *root, *repeat)

	tokenize := best(*repeat, func() {
		for _, f := range files {
			tok, err := tokenizer.New(f.src, f.path)
			if err != nil {
				continue
			}
			for {
				t, err := tok.Next()
				if err != nil || t.Kind == tokenizer.ENDMARKER {
					break
				}
			}
		}
	})
	parse := best(*repeat, func() {
		for _, f := range files {
			parser.ParseFile(f.src, f.path, parser.Exec)
		}
	})
	cpython, err := cpythonParse(*python, files, *repeat)

	row := func(what string, d time.Duration) {
		fmt.Printf("%-28s %8.0f ms %12.0f lines/s\n", what, d.Seconds()*1000, float64(lines)/d.Seconds())
	}
	row("pyjit tokenize", tokenize)
	row("pyjit parse (tokens + AST)", parse)
	if err != nil {
		fmt.Println("CPython ast.parse: failed:", err)
		return
	}
	row("CPython ast.parse", cpython)
	fmt.Printf("\npyjit parses %.2fx as fast as CPython's ast.parse\n", cpython.Seconds()/parse.Seconds())
}

func best(n int, f func()) time.Duration {
	var min time.Duration
	for i := 0; i < n; i++ {
		start := time.Now()
		f()
		if d := time.Since(start); i == 0 || d < min {
			min = d
		}
	}
	return min
}

// cpythonParse times ast.parse over the same files inside one CPython
// process (reading the files before the clock starts, as we do).
func cpythonParse(python string, files []file, repeat int) (time.Duration, error) {
	script := `import ast, sys, time
paths = sys.stdin.read().split("\0")
srcs = [open(p, "rb").read() for p in paths if p]
best = None
for _ in range(int(sys.argv[1])):
    t = time.perf_counter()
    for s in srcs:
        ast.parse(s)
    d = time.perf_counter() - t
    best = d if best is None or d < best else best
print(best)`
	var paths []string
	for _, f := range files {
		paths = append(paths, f.path)
	}
	cmd := exec.Command(python, "-c", script, strconv.Itoa(repeat))
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\x00"))
	out, err := cmd.Output()
	if err != nil {
		return 0, err
	}
	secs, err := strconv.ParseFloat(strings.TrimSpace(string(out)), 64)
	return time.Duration(secs * float64(time.Second)), err
}
