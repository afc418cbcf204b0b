package jit

import (
	"bytes"
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/interp"
)

// TestBenchmarkLoops runs small workloads of pyperformance programs with
// the JIT and checks, through the JIT's own events, which hot loops
// compile. compiles lists the loops that must compile: the test fails if
// one of them stops compiling (the set shrinks). failing lists the loops
// that do not compile yet with the abort reason they stop at (expected
// failures; a listed reason is a prefix of the actual one): a change of
// reason is logged, and a loop that starts to
// compile is logged so that it can be moved to compiles.
//
// Loops are named "function:line" by their head's line.
func TestBenchmarkLoops(t *testing.T) {
	if !Available {
		t.Skip("no JIT backend on this architecture")
	}
	if testing.Short() {
		t.Skip("runs benchmark workloads")
	}
	cases := []struct {
		bench    string
		run      string
		compiles []string
		failing  map[string]string
	}{
		{
			bench: "nbody", run: "m.bench_nbody(1, 'sun', 100)",
			compiles: []string{"advance:51", "advance:64"},
			failing: map[string]string{
				"advance:50": "unsupported instruction: GET_ITER",
			},
		},
		{
			bench: "spectral_norm", run: "m.spectral_norm(12)",
			failing: map[string]string{
				"times_row:20":                    "FOR_ITER not over a range at the head: iterator is enumerate",
				"times_col:28":                    "FOR_ITER not over a range at the head: iterator is enumerate",
				"times_a.<locals>.<listcomp>:34":  "unsupported instruction: LOAD_DEREF",
				"times_at.<locals>.<listcomp>:38": "unsupported instruction: LOAD_DEREF",
			},
		},
		{
			bench: "float", run: "m.benchmark(300)",
			failing: map[string]string{
				"maximize:38":  "call not traced: store in an inlined call",
				"benchmark:45": "call not traced: call of type",
				"benchmark:47": "call not traced: store in an inlined call",
			},
		},
		{
			bench: "fannkuch", run: "m.fannkuch(6)",
			compiles: []string{"fannkuch:21"},
			failing: map[string]string{
				"fannkuch:20": "inner loop",
				"fannkuch:27": "unsupported instruction: BUILD_SLICE",
				"fannkuch:36": "unsupported instruction: BINARY_SLICE",
			},
		},
		{
			bench: "nqueens", run: "m.bench_n_queens(6)",
			failing: map[string]string{
				"permutations:18":                    "call not traced: call of type",
				"permutations.<locals>.<genexpr>:26": "unsupported instruction: LOAD_DEREF",
				"n_queens:34":                        "FOR_ITER not over a range at the head: iterator is generator",
				"n_queens.<locals>.<genexpr>:35":     "unsupported instruction: LOAD_DEREF",
			},
		},
		{
			bench: "richards", run: "m.richards(1)",
			failing: map[string]string{
				"WorkTask.step:182": "call not traced: call of builtins.ord",
				"schedule:193":      "no usable inline cache",
			},
		},
		{
			bench: "raytrace", run: "m.bench_raytrace(1, 12, 12)",
			failing: map[string]string{
				"Scene.render:168":      "call not traced: call of type",
				"Scene.render:172":      "no usable inline cache",
				"Scene.intersect:133":   "operands of unsupported types: Vector - Vector",
				"Surface.colour_at:117": "operands of unsupported types: Vector - Vector",
			},
		},
	}
	root, err := filepath.Abs(filepath.Join("..", "bench", "pyperformance", "benchmarks"))
	if err != nil {
		t.Fatal(err)
	}
	pylib, _ := filepath.Abs(filepath.Join("..", "pylib"))
	for _, c := range cases {
		t.Run(c.bench, func(t *testing.T) {
			t.Parallel()
			compiled := map[string]bool{}
			aborts := map[string]string{}
			var out, errs bytes.Buffer
			in := interp.NewInterpreter(&out, &errs)
			in.PythonPath = []string{root, pylib}
			j := New(Options{
				OnTrace: func(tr *Trace) { compiled[loopName(tr.Code, tr.Head)] = true },
				OnAbort: func(co *interp.CodeObject, head int, r Abort, d string) {
					// The last reason that is not "the loop was at its
					// end" is the one that matters.
					if r != AbortLoopExit {
						aborts[loopName(co, head)] = r.String() + ": " + d
					}
				},
			})
			in.JIT, in.JITThreshold = j, 50
			src := fmt.Sprintf("import bm_%s as m\n%s\n", c.bench, c.run)
			if st := in.RunSource([]byte(src), filepath.Join(root, "jit_loops.py")); st != 0 {
				t.Fatalf("exit status %d: %s", st, errs.String())
			}
			for _, l := range c.compiles {
				if !compiled[l] {
					t.Errorf("loop %s no longer compiles (abort: %q)", l, aborts[l])
				}
			}
			for l, want := range c.failing {
				switch got, ok := aborts[l]; {
				case compiled[l]:
					t.Logf("loop %s compiles now: move it to compiles", l)
				case !ok:
					t.Logf("loop %s was not recorded", l)
				case !strings.HasPrefix(got, want):
					t.Logf("loop %s: abort %q, listed as %q", l, got, want)
				}
			}
			var extra []string
			for l := range compiled {
				if !contains(c.compiles, l) && c.failing[l] == "" {
					extra = append(extra, l)
				}
			}
			sort.Strings(extra)
			if len(extra) > 0 {
				t.Logf("unlisted loops compile: %s", strings.Join(extra, ", "))
			}
		})
	}
}

// loopName is "function:line" of the loop whose head is at pc in co.
func loopName(co *interp.CodeObject, pc int) string {
	line := co.Code.FirstLineNo
	if pc >= 0 && pc < len(co.Code.Positions) && co.Code.Positions[pc].Line > 0 {
		line = int(co.Code.Positions[pc].Line)
	}
	return fmt.Sprintf("%s:%d", co.Name(), line)
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}
