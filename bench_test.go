package pyjit_test

import (
	"context"
	"testing"

	"github.com/pyjit/pyjit"
)

// BenchmarkCallPython measures one Go-to-Python call of a small function
// (argument conversion, the call, context set-up, output flush).
func BenchmarkCallPython(b *testing.B) {
	py, err := pyjit.New(pyjit.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	py.Exec(ctx, "def add(a, b):\n    return a + b\n")
	f, _ := py.Main().Get("add")
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := f.Call(ctx, i, 1); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkCallGo measures one Python-to-Go call of a Func inside a
// Python loop.
func BenchmarkCallGo(b *testing.B) {
	py, err := pyjit.New(pyjit.Options{})
	if err != nil {
		b.Fatal(err)
	}
	ctx := context.Background()
	py.Main().Set("inc", &pyjit.Func{Name: "inc", Params: []string{"x"}, Fn: func(a *pyjit.Args) (any, error) {
		n, err := a.Int(0)
		return n + 1, err
	}})
	py.Main().Set("n", b.N)
	b.ResetTimer()
	if err := py.Exec(ctx, "x = 0\nfor _ in range(n):\n    x = inc(x)\n"); err != nil {
		b.Fatal(err)
	}
}
