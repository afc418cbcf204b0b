// Command frontend measures how fast pyjit tokenizes, parses and compiles
// the installed CPython standard library, and loads it from the compiled-
// code cache, next to CPython's ast.parse, compile() and marshal.loads on
// the same files, in one run:
//
//	go run ./bench/frontend [-root /usr/lib/python3.11] [-repeat 3]
//
// It prints lines per second for each and the ratios. This is a
// benchmark, not a test: it asserts nothing.
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

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/compiler"
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
	compile := best(*repeat, func() {
		for _, f := range files {
			compiler.CompileSource(f.src, f.path, parser.Exec, compiler.Options{})
		}
	})
	var cached [][]byte
	for _, f := range files {
		if code, err := compiler.CompileSource(f.src, f.path, parser.Exec, compiler.Options{}); err == nil {
			cached = append(cached, bytecode.Marshal(code))
		}
	}
	load := best(*repeat, func() {
		for _, data := range cached {
			bytecode.Unmarshal(data)
		}
	})
	cp, err := cpythonTimes(*python, files, *repeat)

	row := func(what string, d time.Duration) {
		fmt.Printf("%-34s %8.0f ms %12.0f lines/s\n", what, d.Seconds()*1000, float64(lines)/d.Seconds())
	}
	row("pyjit tokenize", tokenize)
	row("pyjit parse (tokens + AST)", parse)
	row("pyjit compile from source", compile)
	row("pyjit load from cache (unmarshal)", load)
	if err != nil {
		fmt.Println("CPython: failed:", err)
		return
	}
	row("CPython ast.parse", cp.parse)
	row("CPython compile()", cp.compile)
	row("CPython marshal.loads", cp.load)
	fmt.Printf("\npyjit / CPython speed: parse %.2fx, compile %.2fx, load from cache %.2fx\n",
		cp.parse.Seconds()/parse.Seconds(), cp.compile.Seconds()/compile.Seconds(), cp.load.Seconds()/load.Seconds())
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

type cpythonResult struct{ parse, compile, load time.Duration }

// cpythonTimes times ast.parse, compile() and marshal.loads of the compiled
// code over the same files inside one CPython process (reading the files
// before the clock starts, as we do).
func cpythonTimes(python string, files []file, repeat int) (cpythonResult, error) {
	script := `import ast, marshal, sys, time
paths = [p for p in sys.stdin.read().split("\0") if p]
srcs = [open(p, "rb").read() for p in paths]
def best(f):
    b = None
    for _ in range(int(sys.argv[1])):
        t = time.perf_counter()
        f()
        d = time.perf_counter() - t
        b = d if b is None or d < b else b
    return b
def parse_all():
    for s in srcs:
        ast.parse(s)
def compile_all():
    for s, p in zip(srcs, paths):
        compile(s, p, "exec")
parse = best(parse_all)
comp = best(compile_all)
data = [marshal.dumps(compile(s, p, "exec")) for s, p in zip(srcs, paths)]
def load_all():
    for d in data:
        marshal.loads(d)
print(parse, comp, best(load_all))`
	var paths []string
	for _, f := range files {
		paths = append(paths, f.path)
	}
	cmd := exec.Command(python, "-c", script, strconv.Itoa(repeat))
	cmd.Stdin = strings.NewReader(strings.Join(paths, "\x00"))
	out, err := cmd.Output()
	if err != nil {
		return cpythonResult{}, err
	}
	var secs [3]float64
	if _, err := fmt.Sscan(string(out), &secs[0], &secs[1], &secs[2]); err != nil {
		return cpythonResult{}, err
	}
	d := func(s float64) time.Duration { return time.Duration(s * float64(time.Second)) }
	return cpythonResult{d(secs[0]), d(secs[1]), d(secs[2])}, nil
}
