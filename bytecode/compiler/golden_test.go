package compiler_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/parser"
)

var update = flag.Bool("update", false, "rewrite the golden .dis files")

// TestGolden compiles testdata/*.py and compares the disassembly with
// testdata/*.dis (refresh with go test -update after checking the change).
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.py")
	if len(files) == 0 {
		t.Fatal("no golden programs")
	}
	for _, f := range files {
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		code, err := compiler.CompileSource(src, filepath.Base(f), parser.Exec, compiler.Options{})
		if err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		if err := compiler.Verify(code); err != nil {
			t.Errorf("%s: %v", f, err)
		}
		var buf bytes.Buffer
		if err := bytecode.Disassemble(&buf, code); err != nil {
			t.Errorf("%s: %v", f, err)
			continue
		}
		golden := strings.TrimSuffix(f, ".py") + ".dis"
		if *update {
			os.WriteFile(golden, buf.Bytes(), 0o644)
			continue
		}
		want, err := os.ReadFile(golden)
		if err != nil {
			t.Errorf("%s: %v (run go test -update)", f, err)
			continue
		}
		if !bytes.Equal(buf.Bytes(), want) {
			t.Errorf("%s: disassembly differs from %s:\n%s", f, golden, buf.String())
		}
	}
}

func FuzzCompile(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.py")
	for _, p := range files {
		src, _ := os.ReadFile(p)
		f.Add(src)
	}
	f.Add([]byte("match x:\n case [a, *b] | (a, *b): pass\n"))
	f.Fuzz(func(t *testing.T, src []byte) {
		code, err := compiler.CompileSource(src, "fuzz.py", parser.Exec, compiler.Options{})
		if err != nil {
			return
		}
		if err := compiler.Verify(code); err != nil {
			t.Fatalf("verifier: %v\n%s", err, src)
		}
	})
}

func BenchmarkCompileStdlib(b *testing.B) {
	var srcs [][]byte
	filepath.Walk(stdlibDir, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
			s, _ := os.ReadFile(p)
			srcs = append(srcs, s)
		}
		return nil
	})
	if len(srcs) == 0 {
		b.Skip("no stdlib")
	}
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, s := range srcs {
			compiler.CompileSource(s, "x.py", parser.Exec, compiler.Options{})
		}
	}
}
