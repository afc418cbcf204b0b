package jit

import (
	"io"
	"testing"

	"github.com/pyjit/pyjit/interp"
)

var benchLoops = []struct{ name, src string }{
	{"while_int", "def f(n):\n    i = 0\n    t = 0\n    while i < n:\n        t += i * 2\n        i += 1\n    return t\nf(300000)\n"},
	{"for_int", "def f(n):\n    t = 0\n    for i in range(n):\n        t += i\n    return t\nf(300000)\n"},
	{"float", "def f(n):\n    x = 1.0\n    i = 0\n    while i < n:\n        x = x * 0.999 + 0.5\n        i += 1\n    return x\nf(300000)\n"},
}

// BenchmarkLoops runs each loop with the JIT off and on (default
// threshold). Compare the ns/op of the two variants.
func BenchmarkLoops(b *testing.B) {
	for _, c := range benchLoops {
		for _, on := range []bool{false, true} {
			name := c.name + "/off"
			if on {
				name = c.name + "/on"
			}
			b.Run(name, func(b *testing.B) {
				for i := 0; i < b.N; i++ {
					in := interp.NewInterpreter(io.Discard, io.Discard)
					if on {
						in.JIT, in.JITThreshold = New(Options{}), DefaultThreshold
					}
					if in.RunSource([]byte(c.src), "<bench>") != 0 {
						b.Fatal("program failed")
					}
				}
			})
		}
	}
}
