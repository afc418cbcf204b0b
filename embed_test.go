package pyjit_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"math/big"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/pyjit/pyjit"
)

func newPy(t *testing.T, opts pyjit.Options) *pyjit.Interpreter {
	t.Helper()
	py, err := pyjit.New(opts)
	if err != nil {
		t.Fatal(err)
	}
	return py
}

// TestConvertToPython checks each Go kind against the repr CPython gives
// the corresponding literal.
func TestConvertToPython(t *testing.T) {
	py := newPy(t, pyjit.Options{})
	huge, _ := new(big.Int).SetString("-340282366920938463463374607431768211456", 10)
	type myInt int16
	cases := []struct {
		in   any
		repr string
	}{
		{nil, "None"}, {true, "True"}, {false, "False"},
		{0, "0"}, {int8(-128), "-128"}, {int32(1 << 30), "1073741824"}, {myInt(7), "7"},
		{int64(math.MinInt64), "-9223372036854775808"}, {uint8(255), "255"},
		{uint64(math.MaxUint64), "18446744073709551615"}, {uintptr(1), "1"},
		{huge, "-340282366920938463463374607431768211456"}, {*big.NewInt(3), "3"},
		{1.5, "1.5"}, {float32(0.25), "0.25"}, {math.Inf(-1), "-inf"}, {1e22, "1e+22"},
		{"", "''"}, {"it's \"q\"\n", `'it\'s "q"\n'`}, {"ü€😀", "'ü€😀'"},
		{[]byte{0, 'a', 0xff}, `b'\x00a\xff'`}, {[]byte(nil), "b''"},
		{[]int{1, 2}, "[1, 2]"}, {[]string(nil), "[]"}, {[2]bool{true, false}, "[True, False]"},
		{[]any{1, "a", nil, []any{2.5}}, "[1, 'a', None, [2.5]]"},
		{pyjit.Tuple{}, "()"}, {pyjit.Tuple{1}, "(1,)"}, {pyjit.Tuple{"a", pyjit.Tuple{1, 2}}, "('a', (1, 2))"},
		{map[string]int{"z": 1, "a": 2, "m": 3}, "{'a': 2, 'm': 3, 'z': 1}"},
		{map[int]string{3: "c", -1: "a"}, "{-1: 'a', 3: 'c'}"},
		{map[string][]int{"k": {1}}, "{'k': [1]}"},
	}
	for _, c := range cases {
		v, err := py.ValueOf(c.in)
		if err != nil {
			t.Errorf("ValueOf(%#v): %v", c.in, err)
			continue
		}
		if got := v.Repr(); got != c.repr {
			t.Errorf("ValueOf(%#v) = %s, want %s", c.in, got, c.repr)
		}
	}
	for _, bad := range []any{struct{}{}, make(chan int), func() {}, complex(1, 2), []any{struct{}{}}} {
		if _, err := py.ValueOf(bad); err == nil {
			t.Errorf("ValueOf(%T) succeeded", bad)
		}
	}
	other := newPy(t, pyjit.Options{})
	ov, _ := other.ValueOf(1)
	if _, err := py.ValueOf(ov); err == nil {
		t.Error("a Value of another interpreter was accepted")
	}
}

// TestConvertToGo checks Value.Go and the typed accessors.
func TestConvertToGo(t *testing.T) {
	py := newPy(t, pyjit.Options{})
	ctx := context.Background()
	eval := func(expr string) pyjit.Value {
		t.Helper()
		v, err := py.Eval(ctx, expr)
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}
	big100, _ := new(big.Int).SetString("1"+strings.Repeat("0", 100), 10)
	cases := []struct {
		expr string
		want any
	}{
		{"None", nil}, {"True", true}, {"1 == 2", false},
		{"-(2**63)", int64(math.MinInt64)}, {"2**63", new(big.Int).Lsh(big.NewInt(1), 63)}, {"10**100", big100},
		{"0.1 + 0.2", 0.30000000000000004}, {"float('-inf')", math.Inf(-1)},
		{"'h\\u00e9llo'", "héllo"}, {"b'\\x00\\xff'", []byte{0, 255}}, {"bytearray(b'ab')", []byte("ab")},
		{"[1, [2.0, 'x'], ()]", []any{int64(1), []any{2.0, "x"}, pyjit.Tuple{}}},
		{"(1, None)", pyjit.Tuple{int64(1), nil}},
		{"{'a': 1, 2: [3], None: True}", map[any]any{"a": int64(1), int64(2): []any{int64(3)}, nil: true}},
		{"{1, 'b'}", map[any]bool{int64(1): true, "b": true}},
		{"frozenset()", map[any]bool{}},
		// Subclasses convert as their base.
		{"__import__('enum').IntEnum('E', 'A B').B", int64(2)},
		{"type('S', (str,), {})('sub')", "sub"},
	}
	for _, c := range cases {
		got, err := eval(c.expr).Go()
		if err != nil {
			t.Errorf("%s: %v", c.expr, err)
			continue
		}
		if b, ok := c.want.(*big.Int); ok {
			if g, ok := got.(*big.Int); !ok || g.Cmp(b) != 0 {
				t.Errorf("%s: got %T %v, want *big.Int %v", c.expr, got, got, b)
			}
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("%s: got %#v, want %#v", c.expr, got, c.want)
		}
	}
	// Objects without a Go form stay Values.
	g, _ := eval("[object, 1j]").Go()
	if vs := g.([]any); vs[0].(pyjit.Value).Repr() != "<class 'object'>" || vs[1].(pyjit.Value).Repr() != "1j" {
		t.Errorf("objects: got %v", g)
	}
	// Unhashable-in-Go keys and recursive containers are errors.
	for _, expr := range []string{"{(1, 2): 0}", "(lambda l: (l.append(l), l)[1])([])"} {
		if _, err := eval(expr).Go(); err == nil {
			t.Errorf("%s: no error", expr)
		}
	}
	// Typed accessors and their errors.
	if n, err := eval("2**40").Int64(); n != 1<<40 || err != nil {
		t.Errorf("Int64: %v %v", n, err)
	}
	if _, err := eval("2**64").Int64(); err == nil || err.Error() != "OverflowError: Python int too large to convert to C long" {
		t.Errorf("Int64 overflow: %v", err)
	}
	if _, err := eval("'1'").Int64(); err == nil || !strings.HasPrefix(err.Error(), "TypeError") {
		t.Errorf("Int64 of str: %v", err)
	}
	if b, err := eval("-(10**30)").BigInt(); err != nil || b.String() != "-1"+strings.Repeat("0", 30) {
		t.Errorf("BigInt: %v %v", b, err)
	}
	if f, err := eval("2**53 + 1").Float64(); err != nil || f != 9007199254740992 {
		t.Errorf("Float64 of int: %v %v", f, err)
	}
	if _, err := eval("10**400").Float64(); err == nil || err.Error() != "OverflowError: int too large to convert to float" {
		t.Errorf("Float64 overflow: %v", err)
	}
	if s, err := eval("'abc'.upper()").Text(); s != "ABC" || err != nil {
		t.Errorf("Text: %q %v", s, err)
	}
	if b, err := eval("bytes(range(3))").Bytes(); !bytes.Equal(b, []byte{0, 1, 2}) || err != nil {
		t.Errorf("Bytes: %v %v", b, err)
	}
	if ok, err := eval("[0]").Truth(); !ok || err != nil {
		t.Errorf("Truth: %v %v", ok, err)
	}
	if s := eval("3.0").String(); s != "3.0" {
		t.Errorf("String: %q", s)
	}
	if !eval("None").IsNone() || eval("0").IsNone() || (pyjit.Value{}).IsValid() {
		t.Error("IsNone/IsValid")
	}
}

// TestRoundTrip sends Go values through Python and back.
func TestRoundTrip(t *testing.T) {
	py := newPy(t, pyjit.Options{})
	ctx := context.Background()
	py.Exec(ctx, "def ident(x):\n    return x\n")
	for _, in := range []any{nil, true, int64(-3), 2.5, "s", []byte("b"), []any{int64(1), "x"},
		pyjit.Tuple{int64(1)}, map[any]any{"k": []any{nil}}} {
		v, err := py.Main().Call(ctx, "ident", in)
		if err != nil {
			t.Fatal(err)
		}
		out, err := v.Go()
		if err != nil || !reflect.DeepEqual(out, in) {
			t.Errorf("%#v came back as %#v (%v)", in, out, err)
		}
	}
}

// tracebackOracle prints, under CPython, the traceback of running src
// compiled as filename (the harness's own frame left out), as the
// embedding API reports it.
const tracebackOracle = `
import sys, traceback
src, filename = sys.argv[1], sys.argv[2]
try:
    exec(compile(src, filename, "exec"), {"__name__": "__main__"})
except BaseException as e:
    print("".join(traceback.format_exception(type(e), e, e.__traceback__.tb_next)), end="")
`

// TestErrorTracebacks compares Error.Traceback with CPython's report.
func TestErrorTracebacks(t *testing.T) {
	dir := t.TempDir()
	srcs := []string{
		"def f(x):\n    return g(x) + 1\ndef g(x):\n    return 1 / x\nf(0)\n",
		"class MyError(Exception):\n    pass\ntry:\n    {}['k']\nexcept KeyError as e:\n    raise MyError('bad', 2) from e\n",
		"try:\n    int('x')\nexcept ValueError:\n    raise TypeError('during')\n",
		"import json\njson.loads('{')\n",
		"x = (1,\n",
		"raise KeyError\n",
	}
	for i, src := range srcs {
		for _, file := range []bool{false, true} {
			py := newPy(t, pyjit.Options{})
			filename := "<string>"
			var err error
			if file {
				filename = filepath.Join(dir, fmt.Sprintf("prog%d.py", i))
				if err := os.WriteFile(filename, []byte(src), 0o644); err != nil {
					t.Fatal(err)
				}
				err = py.ExecFile(context.Background(), filename)
			} else {
				err = py.Exec(context.Background(), src)
			}
			want := runOracle(t, tracebackOracle, src, filename)
			var pe *pyjit.Error
			if !errors.As(err, &pe) {
				t.Errorf("%q: got %v, want a Python error", src, err)
				continue
			}
			if pe.Traceback != want {
				t.Errorf("%q (%s):\ngot\n%s\nwant\n%s", src, filename, pe.Traceback, want)
			}
			lines := strings.Split(strings.TrimRight(want, "\n"), "\n")
			// Error() is "Type: str(exc)", the last line except for a
			// SyntaxError, whose str() adds the position.
			if last := lines[len(lines)-1]; pe.Error() != last && pe.Type != "SyntaxError" {
				t.Errorf("%q: Error() = %q, want %q", src, pe.Error(), last)
			}
		}
	}
}

// TestErrorFields checks Type, Message and Value.
func TestErrorFields(t *testing.T) {
	py := newPy(t, pyjit.Options{})
	ctx := context.Background()
	err := py.Exec(ctx, "import json\nclass E(json.JSONDecodeError.__base__):\n    pass\nraise E('m', 1)\n")
	var pe *pyjit.Error
	if !errors.As(err, &pe) || pe.Type != "E" || pe.Message != "('m', 1)" || pe.Value.TypeName() != "E" {
		t.Fatalf("got %#v", err)
	}
	args, _ := pe.Value.Attr("args")
	if args.Repr() != "('m', 1)" {
		t.Errorf("args = %s", args.Repr())
	}
	py.NewModule("pkgmod").Exec(ctx, "class Bad(Exception):\n    pass\n")
	err = py.Exec(ctx, "import pkgmod\nraise pkgmod.Bad()\n")
	if !errors.As(err, &pe) || pe.Type != "pkgmod.Bad" || pe.Message != "" || pe.Error() != "pkgmod.Bad" {
		t.Fatalf("got %#v", err)
	}
	err = py.Exec(ctx, "raise SystemExit(3)")
	if !errors.As(err, &pe) || pe.Type != "SystemExit" || pe.Message != "3" {
		t.Fatalf("SystemExit: got %#v", err)
	}
	if _, err := py.Main().Call(ctx, "nope"); err == nil || err.Error() != "NameError: name 'nope' is not defined" {
		t.Errorf("missing function: %v", err)
	}
}

// argsOracle defines f with the parameters of the Func under test and
// prints what each call gives.
const argsOracle = `
def f(x, y, z=0):
    return (x, y, z)
def g():
    return None
def h(a):
    return a
for call in ["f(1, 2)", "f(1, 2, 3)", "f(1, 2, 3, 4)", "f()", "f(1)", "f(z=1)", "f(1, 2, w=3)",
             "f(1, x=2)", "f(y=2, x=1)", "f(1, 2, 3, 4, x=5)", "f(1, 2, 3, 4, w=1)",
             "g()", "g(1)", "g(1, 2)", "h()", "h(1, 2)", "h(a=1)", "h(b=1)", "f(*range(2), **{'z': 5})"]:
    try:
        print(call, "->", repr(eval(call)))
    except TypeError as e:
        print(call, "-> TypeError:", e)
`

// TestFuncArgumentErrors compares a Func's argument binding with a
// CPython def of the same parameters.
func TestFuncArgumentErrors(t *testing.T) {
	want := runOracle(t, argsOracle)
	py := newPy(t, pyjit.Options{})
	ctx := context.Background()
	ret := func(a *pyjit.Args) (any, error) {
		out := make(pyjit.Tuple, len(a.Values))
		for i, v := range a.Values {
			out[i] = v
		}
		if len(out) == 0 {
			return nil, nil
		}
		if len(out) == 1 {
			return out[0], nil
		}
		return out, nil
	}
	m := py.Main()
	m.Set("f", &pyjit.Func{Name: "f", Params: []string{"x", "y", "z"}, Defaults: []any{0}, Fn: ret})
	m.Set("g", &pyjit.Func{Name: "g", Fn: ret})
	m.Set("h", &pyjit.Func{Name: "h", Params: []string{"a"}, Fn: ret})
	var got strings.Builder
	for _, line := range strings.Split(strings.TrimSpace(want), "\n") {
		call, _, _ := strings.Cut(line, " -> ")
		v, err := py.Eval(ctx, call)
		if err != nil {
			fmt.Fprintf(&got, "%s -> %v\n", call, err)
		} else {
			fmt.Fprintf(&got, "%s -> %s\n", call, v.Repr())
		}
	}
	if got.String() != want {
		t.Errorf("got\n%s\nwant\n%s", got.String(), want)
	}
}

// TestFuncBehaviour covers variadic Funcs, errors and panics in Go, and
// Go errors coming back out.
func TestFuncBehaviour(t *testing.T) {
	py := newPy(t, pyjit.Options{})
	ctx := context.Background()
	sentinel := errors.New("disk on fire")
	m := py.Main()
	m.Set("total", &pyjit.Func{Name: "total", Params: []string{"start"}, Variadic: true, Fn: func(a *pyjit.Args) (any, error) {
		s, err := a.Float(0)
		if err != nil {
			return nil, err
		}
		for _, v := range a.Rest {
			f, err := v.Float64()
			if err != nil {
				return nil, err
			}
			s += f
		}
		return s, nil
	}})
	m.Set("fail", &pyjit.Func{Name: "fail", Fn: func(*pyjit.Args) (any, error) { return nil, sentinel }})
	m.Set("boom", &pyjit.Func{Name: "boom", Fn: func(*pyjit.Args) (any, error) { panic("oops") }})
	m.Set("bad", &pyjit.Func{Name: "bad", Fn: func(*pyjit.Args) (any, error) { return make(chan int), nil }})
	m.Set("raise_", &pyjit.Func{Name: "raise_", Params: []string{"name"}, Fn: func(a *pyjit.Args) (any, error) {
		n, _ := a.Str(0)
		return nil, pyjit.Raise(n, "from Go")
	}})
	for _, c := range []struct{ expr, want string }{
		{"total(1)", "1.0"}, {"total(1, 2, 3.5)", "6.5"},
		{"total('a')", "TypeError: total() argument 'start' must be real number, not str"},
		{"total(start=1)", "1.0"},
		{"fail()", "RuntimeError: disk on fire"},
		{"boom()", "SystemError: boom() raised a Go panic: oops"},
		{"bad()", "SystemError: bad() returned pyjit: cannot convert chan int to a Python value"},
		{"raise_('KeyError')", "KeyError: 'from Go'"},
		{"raise_('NoSuchError')", "SystemError: unknown exception type NoSuchError: from Go"},
		{"total.__name__, total.__doc__ is None, repr(total)", "('total', True, '<built-in function total>')"},
	} {
		v, err := py.Eval(ctx, c.expr)
		got := fmt.Sprint(err)
		if err == nil {
			got = v.Repr()
		}
		if got != c.want {
			t.Errorf("%s: got %s, want %s", c.expr, got, c.want)
		}
	}
	_, err := py.Eval(ctx, "fail()")
	if !errors.Is(err, sentinel) {
		t.Errorf("the Go error is not wrapped: %v", err)
	}
	err = py.Exec(ctx, "try:\n    fail()\nexcept RuntimeError as e:\n    msg = str(e)\n")
	if v, _ := m.Get("msg"); err != nil || v.String() != "disk on fire" {
		t.Errorf("Python could not catch the Go error: %v", err)
	}
}

// TestGoModule imports a Go module several ways and calls back into the
// interpreter from Go.
func TestGoModule(t *testing.T) {
	var out bytes.Buffer
	py := newPy(t, pyjit.Options{Stdout: &out})
	ctx := context.Background()
	_, err := py.AddModule(pyjit.ModuleDef{
		Name: "gomath",
		Funcs: []*pyjit.Func{
			{Name: "hypot", Params: []string{"x", "y"}, Fn: func(a *pyjit.Args) (any, error) {
				x, err := a.Float(0)
				if err != nil {
					return nil, err
				}
				y, err := a.Float(1)
				if err != nil {
					return nil, err
				}
				return math.Hypot(x, y), nil
			}},
			{Name: "apply", Params: []string{"fn", "arg"}, Fn: func(a *pyjit.Args) (any, error) {
				return a.Arg("fn").Call(a.Ctx, a.Arg("arg"))
			}},
		},
		Values: map[string]any{"PI": math.Pi, "NAMES": []string{"a", "b"}},
	})
	if err != nil {
		t.Fatal(err)
	}
	err = py.Exec(ctx, `
import gomath
from gomath import hypot, PI
import sys
print(hypot(3, 4), gomath.NAMES, PI == __import__('math').pi)
print(gomath.apply(lambda s: s * 2, 'ab'))
print(type(gomath).__name__, gomath.__name__, 'gomath' in sys.modules, gomath.hypot.__module__)
try:
    hypot(1)
except TypeError as e:
    print(e)
`)
	if err != nil {
		t.Fatal(err)
	}
	want := "5.0 ['a', 'b'] True\nabab\nmodule gomath True gomath\nhypot() missing 1 required positional argument: 'y'\n"
	if out.String() != want {
		t.Errorf("got\n%s\nwant\n%s", out.String(), want)
	}
	if _, err := py.AddModule(pyjit.ModuleDef{Name: "x", Funcs: []*pyjit.Func{{Name: "f"}}}); err == nil {
		t.Error("a Func without Fn was accepted")
	}
}

// TestOptions covers sys.path, the writers and the recursion limit.
func TestOptions(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "helper.py"), []byte("VALUE = 42\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errw bytes.Buffer
	py := newPy(t, pyjit.Options{Path: []string{dir}, Stdout: &out, Stderr: &errw, RecursionLimit: 123, NoJIT: true,
		Argv: []string{"prog", "-v"}})
	ctx := context.Background()
	err := py.Exec(ctx, "import sys, helper\nprint(helper.VALUE, sys.getrecursionlimit(), sys.argv, sys.path[0] == "+
		fmt.Sprintf("%q", dir)+", '' in sys.path)\nprint('to stderr', file=sys.stderr)\n")
	if err != nil {
		t.Fatal(err)
	}
	if out.String() != "42 123 ['prog', '-v'] True False\n" || errw.String() != "to stderr\n" {
		t.Errorf("stdout %q stderr %q", out.String(), errw.String())
	}
	if st := py.JITStats(); st.Compiled != 0 {
		t.Errorf("NoJIT compiled %d traces", st.Compiled)
	}
}

// TestNamespaces checks module isolation, globals access and Import.
func TestNamespaces(t *testing.T) {
	py := newPy(t, pyjit.Options{})
	ctx := context.Background()
	a, b := py.NewModule("a"), py.NewModule("b")
	a.Exec(ctx, "x = 1")
	b.Exec(ctx, "x = 2")
	if err := py.Exec(ctx, "import a, b\nboth = (a.x, b.x)"); err != nil {
		t.Fatal(err)
	}
	if v, _ := py.Main().Get("both"); v.Repr() != "(1, 2)" {
		t.Errorf("both = %s", v.Repr())
	}
	if _, ok := py.Main().Get("x"); ok {
		t.Error("x leaked into __main__")
	}
	if !a.Delete("x") || a.Delete("x") {
		t.Error("Delete")
	}
	if v, err := a.Eval(ctx, "__name__"); err != nil || v.String() != "a" {
		t.Errorf("__name__ = %v %v", v, err)
	}
	p, err := py.Import(ctx, "os.path")
	if err != nil || p.Name() != "posixpath" {
		t.Fatalf("Import(os.path) = %v, %v", p, err)
	}
	if _, err := py.Import(ctx, "no_such_module_xyz"); err == nil || err.Error() != "ModuleNotFoundError: No module named 'no_such_module_xyz'" {
		t.Errorf("missing module: %v", err)
	}
}

// TestTwoInterpreters runs two interpreters on two goroutines at once
// (run with -race): hot JIT loops, imports, and globals of the same name
// stay apart.
func TestTwoInterpreters(t *testing.T) {
	src := `
import json, collections
marker = %d
def work(n):
    s = 0
    m = marker
    for i in range(n):
        s += i * m
    return s
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P({self.x!r})"
def gen(n):
    for i in range(n):
        try:
            if i %% 3 == 0:
                raise ValueError(i)
            yield P(i)
        except ValueError:
            yield None
import re
words = re.sub(r"[aeiou]", "_", "héllo wörld " * marker).split()
ps = sorted((p for p in gen(10) if p), key=lambda p: -p.x)
result = (work(20000), json.dumps({'m': marker, 'é': words}), collections.Counter('aab')['a'], repr(ps[0]), len(ps))
`
	var wg sync.WaitGroup
	results := make([]string, 2)
	errs := make([]error, 2)
	for k := 0; k < 2; k++ {
		wg.Add(1)
		go func(k int) {
			defer wg.Done()
			py, err := pyjit.New(pyjit.Options{JITThreshold: 1})
			if err != nil {
				errs[k] = err
				return
			}
			ctx := context.Background()
			for round := 0; round < 3; round++ {
				if err := py.Exec(ctx, fmt.Sprintf(src, k+1)); err != nil {
					errs[k] = err
					return
				}
			}
			v, _ := py.Main().Get("result")
			results[k] = v.Repr()
			if st := py.JITStats(); st.Compiled == 0 {
				errs[k] = fmt.Errorf("interpreter %d compiled nothing", k)
			}
		}(k)
	}
	wg.Wait()
	for k := range errs {
		if errs[k] != nil {
			t.Fatal(errs[k])
		}
	}
	// sum(range(20000)) = 199990000
	w1 := `["h\\u00e9ll_", "w\\u00f6rld"]`
	w2 := `["h\\u00e9ll_", "w\\u00f6rld", "h\\u00e9ll_", "w\\u00f6rld"]`
	if results[0] != `(199990000, '{"m": 1, "\\u00e9": `+w1+`}', 2, 'P(8)', 6)` ||
		results[1] != `(399980000, '{"m": 2, "\\u00e9": `+w2+`}', 2, 'P(8)', 6)` {
		t.Errorf("results %v", results)
	}
}
