package interp

import (
	"bytes"
	"testing"

	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/parser"
)

// compileFunc compiles src and returns the Python function named name.
func compileFunc(tb testing.TB, src, name string) (*Thread, Value) {
	var out bytes.Buffer
	in := NewInterpreter(&out, &out)
	code, err := compiler.CompileSource([]byte(src), "<bench>", parser.Exec, compiler.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	m, err := in.RunCode(code, "__main__", "<bench>")
	if err != nil {
		tb.Fatal(err)
	}
	fn, ok, _ := m.Dict.GetStr(nil, Intern(name))
	if !ok {
		tb.Fatal("no function")
	}
	return in.MainThread(), fn
}

const loopSrc = `
def loop(n):
    total = 0
    for i in range(n):
        total += i
    return total
def add(a, b):
    return a + b
def calls(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t
`

func BenchmarkIntLoop(b *testing.B) {
	t, fn := compileFunc(b, loopSrc, "loop")
	b.ReportAllocs()
	b.ResetTimer()
	r, err := Call(t, fn, []Value{Int(int64(b.N))}, nil)
	if err != nil || r.AsInt() != int64(b.N)*int64(b.N-1)/2 {
		b.Fatal(r, err)
	}
}

func BenchmarkCalls(b *testing.B) {
	t, fn := compileFunc(b, loopSrc, "calls")
	b.ReportAllocs()
	b.ResetTimer()
	if _, err := Call(t, fn, []Value{Int(int64(b.N))}, nil); err != nil {
		b.Fatal(err)
	}
}

// TestIntLoopDoesNotAllocate checks that the loop body allocates nothing:
// the allocations of a 10-iteration and a 10000-iteration run are the
// same (frame and range iterator only).
func TestIntLoopDoesNotAllocate(t *testing.T) {
	th, fn := compileFunc(t, loopSrc, "loop")
	small := testing.AllocsPerRun(20, func() { Call(th, fn, []Value{Int(10)}, nil) })
	big := testing.AllocsPerRun(20, func() { Call(th, fn, []Value{Int(10000)}, nil) })
	if big != small {
		t.Errorf("allocations grow with iterations: %v for 10, %v for 10000", small, big)
	}
	r, _ := Call(th, fn, []Value{Int(100)}, nil)
	if r.AsInt() != 4950 {
		t.Errorf("loop(100) = %v", r.AsInt())
	}
}
