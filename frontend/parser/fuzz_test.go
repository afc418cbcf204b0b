package parser

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// FuzzParse checks that no input makes the parser panic or hang.
func FuzzParse(f *testing.F) {
	for _, name := range []string{"testdata/valid.py.txt", "testdata/invalid.py.txt"} {
		b, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		for _, c := range strings.Split(string(b), chunkSep+"\n") {
			f.Add(c)
		}
	}
	f.Add("(" + strings.Repeat("[", 300) + strings.Repeat("]", 300) + ")")
	f.Add(strings.Repeat("-", 10000) + "1")
	f.Add("f'{a:{b:{c}}}' f'{f\"{x}\"}'")
	f.Fuzz(func(t *testing.T, src string) {
		done := make(chan struct{})
		go func() {
			defer close(done)
			for _, m := range []Mode{Exec, Eval, Single} {
				mod, err := ParseString(src, "<fuzz>", m)
				if (mod == nil) == (err == nil) {
					t.Errorf("mode %d: exactly one of result and error expected", m)
				}
			}
			ParseFile([]byte(src), "<fuzz>", Exec)
		}()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			t.Fatalf("parser hangs on %q", src)
		}
	})
}

// BenchmarkParseStdlib parses every .py file of the CPython stdlib and
// reports lines per second.
func BenchmarkParseStdlib(b *testing.B) {
	var files [][]byte
	lines := 0
	filepath.Walk(stdlibDir, func(path string, info os.FileInfo, err error) error {
		if err == nil && strings.HasSuffix(path, ".py") {
			src, err := os.ReadFile(path)
			if err == nil {
				files = append(files, src)
				lines += strings.Count(string(src), "\n")
			}
		}
		return nil
	})
	if len(files) == 0 {
		b.Skip("no stdlib")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range files {
			ParseFile(src, "x.py", Exec)
		}
	}
	b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
}
