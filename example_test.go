package pyjit_test

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/pyjit/pyjit"
)

// Run statements, then evaluate an expression in the same namespace.
func Example() {
	py, err := pyjit.New(pyjit.Options{})
	if err != nil {
		panic(err)
	}
	ctx := context.Background()
	if err := py.Exec(ctx, "import math\nr = 2.0\nprint('area', math.pi * r * r)"); err != nil {
		panic(err)
	}
	v, err := py.Eval(ctx, "[n * n for n in range(5)]")
	if err != nil {
		panic(err)
	}
	fmt.Println(v.Repr())
	// Output:
	// area 12.566370614359172
	// [0, 1, 4, 9, 16]
}

// Options choose the import path, the output writers, the JIT and the
// recursion limit.
func ExampleNew() {
	dir, _ := os.MkdirTemp("", "pyjit-example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "helpers.py"), []byte("def twice(x):\n    return 2 * x\n"), 0o644)
	var out strings.Builder
	py, err := pyjit.New(pyjit.Options{
		Path:           []string{dir}, // searched before the standard library
		Stdout:         &out,          // sys.stdout
		JITThreshold:   100,           // compile loops after 100 back-edges
		RecursionLimit: 50,
	})
	if err != nil {
		panic(err)
	}
	err = py.Exec(context.Background(), "import sys, helpers\nprint(helpers.twice(21), sys.getrecursionlimit())")
	fmt.Printf("%q %v\n", out.String(), err)
	// Output: "42 50\n" <nil>
}

// Run a file or a source text in its own module namespace.
func ExampleInterpreter_NewModule() {
	py, _ := pyjit.New(pyjit.Options{})
	ctx := context.Background()
	cfg := py.NewModule("config")
	if err := cfg.Exec(ctx, "debug = False\nlevel = 3\n"); err != nil {
		panic(err)
	}
	// Other Python code can import it.
	v, _ := py.Eval(ctx, "__import__('config').level + 1")
	fmt.Println(v, cfg.Names()[len(cfg.Names())-2:])
	// Output: 4 [debug level]
}

// Import a standard-library module and call one of its functions.
func ExampleInterpreter_Import() {
	py, _ := pyjit.New(pyjit.Options{})
	ctx := context.Background()
	js, err := py.Import(ctx, "json")
	if err != nil {
		panic(err)
	}
	s, err := js.Call(ctx, "dumps", map[string]any{"b": []int{1, 2}, "a": nil})
	if err != nil {
		panic(err)
	}
	fmt.Println(s)
	// Output: {"a": null, "b": [1, 2]}
}

// Read and write globals.
func ExampleModule_Set() {
	py, _ := pyjit.New(pyjit.Options{})
	ctx := context.Background()
	main := py.Main()
	main.Set("names", []string{"ada", "grace"})
	main.Set("greeting", "hello")
	if err := main.Exec(ctx, "result = [f'{greeting}, {n.title()}' for n in names]"); err != nil {
		panic(err)
	}
	r, _ := main.Get("result")
	g, _ := r.Go()
	fmt.Printf("%q\n", g)
	// Output: ["hello, Ada" "hello, Grace"]
}

// Call a Python function with Go arguments, positional and keyword.
func ExampleValue_CallKw() {
	py, _ := pyjit.New(pyjit.Options{})
	ctx := context.Background()
	py.Exec(ctx, "def scale(xs, factor=2, *, offset=0):\n    return [x * factor + offset for x in xs]\n")
	f, _ := py.Main().Get("scale")
	v, err := f.CallKw(ctx, []any{[]float64{1, 2.5}}, map[string]any{"offset": 1})
	if err != nil {
		panic(err)
	}
	fmt.Println(v)
	// Output: [3.0, 6.0]
}

// Convert Python values to Go: ints become int64 or *big.Int, tuples
// Tuple, dicts map[any]any, sets map[any]bool.
func ExampleValue_Go() {
	py, _ := pyjit.New(pyjit.Options{})
	v, _ := py.Eval(context.Background(), "(2**64, 7, 1.5, 'é', b'\\x00', None, True, {'k': [1]}, {3})")
	g, _ := v.Go()
	for _, x := range g.(pyjit.Tuple) {
		fmt.Printf("%T %v\n", x, x)
	}
	// Output:
	// *big.Int 18446744073709551616
	// int64 7
	// float64 1.5
	// string é
	// []uint8 [0]
	// <nil> <nil>
	// bool true
	// map[interface {}]interface {} map[k:[1]]
	// map[interface {}]bool map[3:true]
}

// Convert Go values to Python.
func ExampleInterpreter_ValueOf() {
	py, _ := pyjit.New(pyjit.Options{})
	big1, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	for _, x := range []any{int64(-5), uint64(1 << 63), big1, 0.1, "s", []byte("ab"), false, nil,
		[]any{1, "x"}, pyjit.Tuple{1, 2}, map[string]int{"b": 2, "a": 1}} {
		v, err := py.ValueOf(x)
		if err != nil {
			panic(err)
		}
		fmt.Println(v.TypeName(), v.Repr())
	}
	// Output:
	// int -5
	// int 9223372036854775808
	// int 123456789012345678901234567890
	// float 0.1
	// str 's'
	// bytes b'ab'
	// bool False
	// NoneType None
	// list [1, 'x']
	// tuple (1, 2)
	// dict {'a': 1, 'b': 2}
}

// A Python exception becomes an *Error with the exception's type, message
// and the traceback CPython would print.
func ExampleError() {
	py, _ := pyjit.New(pyjit.Options{})
	ctx := context.Background()
	py.Exec(ctx, "def parse(s):\n    return int(s)\n")
	_, err := py.Main().Call(ctx, "parse", "twelve")
	var pe *pyjit.Error
	if errors.As(err, &pe) {
		fmt.Println(pe.Type)
		fmt.Println(pe.Message)
		fmt.Print(pe.Traceback)
	}
	// Output:
	// ValueError
	// invalid literal for int() with base 10: 'twelve'
	// Traceback (most recent call last):
	//   File "<string>", line 2, in parse
	// ValueError: invalid literal for int() with base 10: 'twelve'
}

// A Go function callable from Python, with CPython's argument errors.
func ExampleFunc() {
	py, _ := pyjit.New(pyjit.Options{})
	ctx := context.Background()
	add := &pyjit.Func{
		Name:     "add",
		Params:   []string{"x", "y"},
		Defaults: []any{1},
		Fn: func(a *pyjit.Args) (any, error) {
			x, err := a.Int(0)
			if err != nil {
				return nil, err
			}
			y, err := a.Int(1)
			if err != nil {
				return nil, err
			}
			return x + y, nil
		},
	}
	py.Main().Set("add", add)
	for _, src := range []string{"add(2, 3)", "add(41)", "add(y=2, x=1)", "add(1, 2, 3)", "add()", "add('a')", "add(1, x=2)"} {
		v, err := py.Eval(ctx, src)
		if err != nil {
			fmt.Println(src, "->", err)
			continue
		}
		fmt.Println(src, "->", v)
	}
	// Output:
	// add(2, 3) -> 5
	// add(41) -> 42
	// add(y=2, x=1) -> 3
	// add(1, 2, 3) -> TypeError: add() takes from 1 to 2 positional arguments but 3 were given
	// add() -> TypeError: add() missing 1 required positional argument: 'x'
	// add('a') -> TypeError: add() argument 'x' must be int, not str
	// add(1, x=2) -> TypeError: add() got multiple values for argument 'x'
}

// A module implemented in Go that Python code imports.
func ExampleInterpreter_AddModule() {
	py, _ := pyjit.New(pyjit.Options{})
	ctx := context.Background()
	_, err := py.AddModule(pyjit.ModuleDef{
		Name: "greet",
		Doc:  "Greetings from Go.",
		Funcs: []*pyjit.Func{{
			Name:   "hello",
			Params: []string{"name"},
			Fn: func(a *pyjit.Args) (any, error) {
				name, err := a.Str(0)
				if err != nil {
					return nil, err
				}
				if name == "" {
					return nil, pyjit.Raise("ValueError", "empty name")
				}
				return "hello, " + name, nil
			},
		}},
		Values: map[string]any{"VERSION": pyjit.Tuple{1, 0}},
	})
	if err != nil {
		panic(err)
	}
	err = py.Exec(ctx, `
import greet
print(greet.__doc__, greet.VERSION)
print(greet.hello("gopher"))
try:
    greet.hello("")
except ValueError as e:
    print("ValueError:", e)
`)
	fmt.Println(err)
	// Output:
	// Greetings from Go. (1, 0)
	// hello, gopher
	// ValueError: empty name
	// <nil>
}

// Bound the running time of Python code: the deadline raises
// KeyboardInterrupt in the loop, which the JIT has compiled to machine
// code by then (on amd64), and the error wraps context.DeadlineExceeded.
// Python code sees the KeyboardInterrupt and can clean up.
func ExampleInterpreter_Exec_timeout() {
	py, _ := pyjit.New(pyjit.Options{})
	ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
	defer cancel()
	err := py.Exec(ctx, `
def spin():
    i = 0
    try:
        while True:
            i += 1
    finally:
        global reached
        reached = i
spin()
`)
	fmt.Println(err)
	fmt.Println(errors.Is(err, context.DeadlineExceeded))
	// The interpreter stays usable.
	v, _ := py.Eval(context.Background(), "reached > 1000")
	fmt.Println(v)
	// Output:
	// KeyboardInterrupt
	// true
	// True
}

// Interrupt stops running Python code from another goroutine.
func ExampleInterpreter_Interrupt() {
	py, _ := pyjit.New(pyjit.Options{})
	stop := &pyjit.Func{Name: "ready", Fn: func(a *pyjit.Args) (any, error) {
		go a.Py.Interrupt() // e.g. a signal handler or a UI button
		return nil, nil
	}}
	py.Main().Set("ready", stop)
	err := py.Exec(context.Background(), `
try:
    ready()
    while True:
        pass
except KeyboardInterrupt:
    print("stopped")
`)
	fmt.Println(err)
	// Output:
	// stopped
	// <nil>
}

// Run a Python file in a module of its own.
func ExampleModule_ExecFile() {
	dir, _ := os.MkdirTemp("", "pyjit-example")
	defer os.RemoveAll(dir)
	path := filepath.Join(dir, "settings.py")
	os.WriteFile(path, []byte("import os\nname = os.path.basename(__file__)\nsize = 3 * 7\n"), 0o644)
	py, _ := pyjit.New(pyjit.Options{})
	settings := py.NewModule("settings")
	if err := settings.ExecFile(context.Background(), path); err != nil {
		panic(err)
	}
	name, _ := settings.Get("name")
	size, _ := settings.Get("size")
	n, _ := size.Int64()
	fmt.Println(name, n)
	// Output: settings.py 21
}

// Interpreters are independent: each has its own modules and globals, and
// separate interpreters may run on separate goroutines at the same time.
func Example_goroutines() {
	var wg sync.WaitGroup
	results := make([]string, 3)
	for k := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			py, _ := pyjit.New(pyjit.Options{})
			ctx := context.Background()
			py.Main().Set("k", k)
			py.Exec(ctx, "import sys\nsys.modules['shared'] = k\ntotal = sum(i * k for i in range(1000))")
			v, _ := py.Eval(ctx, "(total, sys.modules['shared'])")
			results[k] = v.String()
		}()
	}
	wg.Wait()
	fmt.Println(results)
	// Output: [(0, 0) (499500, 1) (999000, 2)]
}
