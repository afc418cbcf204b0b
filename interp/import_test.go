package interp

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/internal/difftest"
)

// runIn runs script in a fresh interpreter, configured by setup.
func runIn(t *testing.T, script string, setup func(in *Interpreter)) (string, string, int) {
	t.Helper()
	var out, errb bytes.Buffer
	in := NewInterpreter(&out, &errb)
	in.Argv = []string{script}
	if setup != nil {
		setup(in)
	}
	code := in.RunFile(script)
	return out.String(), errb.String(), code
}

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestImportCacheRead checks that the second import of a module reads the
// cache file the first one wrote: a cache whose code differs from the
// source (but is stamped with the source's size and time) wins.
func TestImportCacheRead(t *testing.T) {
	dir := t.TempDir()
	mod := filepath.Join(dir, "mod.py")
	main := filepath.Join(dir, "main.py")
	writeFile(t, mod, "print('from source!')\n")
	writeFile(t, main, "import mod\n")
	out, errs, code := runIn(t, main, nil)
	if out != "from source!\n" || code != 0 {
		t.Fatalf("first run: %q %q %d", out, errs, code)
	}
	cache := bytecode.CachePath(mod)
	if _, err := os.Stat(cache); err != nil {
		t.Fatalf("no cache written: %v", err)
	}
	if _, err := os.Stat(bytecode.CachePath(main)); err == nil {
		t.Fatalf("the main script must not be cached")
	}
	st, _ := os.Stat(mod)
	fake, err := compiler.CompileSource([]byte("print('from cache!!')\n"), mod, parser.Exec, compiler.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if err := bytecode.StoreCache(mod, st.Size(), st.ModTime(), fake); err != nil {
		t.Fatal(err)
	}
	out, errs, code = runIn(t, main, nil)
	if out != "from cache!!\n" || code != 0 {
		t.Fatalf("second run did not use the cache: %q %q %d", out, errs, code)
	}
	// A changed source makes the cache stale.
	writeFile(t, mod, "print('changed source')\n")
	later := st.ModTime().Add(2 * time.Second)
	os.Chtimes(mod, later, later)
	out, _, _ = runIn(t, main, nil)
	if out != "changed source\n" {
		t.Fatalf("stale cache used: %q", out)
	}
}

// TestImportDontWriteBytecode checks that -B writes nothing, and that an
// unwritable directory is not an error.
func TestImportDontWriteBytecode(t *testing.T) {
	dir := t.TempDir()
	writeFile(t, filepath.Join(dir, "mod.py"), "X = 5\n")
	main := filepath.Join(dir, "main.py")
	writeFile(t, main, "import mod\nprint(mod.X)\n")
	out, errs, code := runIn(t, main, func(in *Interpreter) { in.DontWriteBytecode = true })
	if out != "5\n" || code != 0 {
		t.Fatalf("%q %q %d", out, errs, code)
	}
	if _, err := os.Stat(filepath.Join(dir, "__pycache__")); err == nil {
		t.Fatal("__pycache__ written despite DontWriteBytecode")
	}
	ro := filepath.Join(dir, "ro")
	os.Mkdir(ro, 0o755)
	writeFile(t, filepath.Join(ro, "rmod.py"), "Y = 6\n")
	os.Chmod(ro, 0o555)
	defer os.Chmod(ro, 0o755)
	main2 := filepath.Join(dir, "main2.py")
	writeFile(t, main2, "import sys\nsys.path.insert(0, sys.path[0] + '/ro')\nimport rmod\nprint(rmod.Y)\n")
	out, errs, code = runIn(t, main2, nil)
	if out != "6\n" || code != 0 {
		t.Fatalf("read-only dir: %q %q %d", out, errs, code)
	}
}

// TestImportPathConfig checks sys.path's order and the C-module message.
func TestImportPathConfig(t *testing.T) {
	dir := t.TempDir()
	lib := filepath.Join(dir, "pylib")
	pp := filepath.Join(dir, "pp")
	os.Mkdir(lib, 0o755)
	os.Mkdir(pp, 0o755)
	writeFile(t, filepath.Join(lib, "libmod.py"), "WHERE = 'pylib'\n")
	writeFile(t, filepath.Join(pp, "libmod.py"), "WHERE = 'pythonpath'\n")
	main := filepath.Join(dir, "main.py")
	writeFile(t, main, `import sys, libmod
print(libmod.WHERE, sys.path[1:] == [sys.path[1], sys.path[2], "/nonexistent/stdlib"])
try:
    import _xxsubinterpreters
except ImportError as e:
    print(type(e).__name__, e)
`)
	out, errs, code := runIn(t, main, func(in *Interpreter) {
		in.PylibDir = lib
		in.PythonPath = []string{pp}
		in.StdlibDir = "/nonexistent/stdlib"
	})
	want := "pythonpath True\nModuleNotFoundError pyjit does not support the C module '_xxsubinterpreters' yet\n"
	if out != want || code != 0 {
		t.Fatalf("got %q %q %d, want %q", out, errs, code, want)
	}
}

// TestRunModule compares RunModule with `python3.11 -m`.
func TestRunModule(t *testing.T) {
	py, err := difftest.Oracle()
	if err != nil {
		t.Skip(err)
	}
	dir, _ := filepath.Abs("../testdata/run")
	for _, name := range []string{"import_support.plain", "import_support.pkg.sub.deep", "no_such_mod",
		"import_support.pkg", "import_support.nope.x", "import_support.plain.py", ".rel", "math", "import_support.raiser"} {
		t.Run(name, func(t *testing.T) {
			want, err := difftest.Run([]string{py, "-m", name}, dir, time.Minute)
			if err != nil {
				t.Fatal(err)
			}
			want.Stderr = strings.ReplaceAll(want.Stderr, py+": ", "EXE: ")
			wd, _ := os.Getwd()
			os.Chdir(dir)
			var out, errb bytes.Buffer
			in := NewInterpreter(&out, &errb)
			in.Argv = []string{"-m"}
			in.Executable = "EXE"
			in.DontWriteBytecode = true
			code := in.RunModule(name)
			os.Chdir(wd)
			got := difftest.Result{Stdout: out.String(), Stderr: errb.String(), Exit: code}
			if err := difftest.Compare(want, got, false); err != nil {
				t.Error(err)
			}
		})
	}
}

// TestSysPathMain checks sys.path[0] for -c style sources.
func TestSysPathMain(t *testing.T) {
	var out, errb bytes.Buffer
	in := NewInterpreter(&out, &errb)
	code := in.RunSource([]byte("import sys\nprint(repr(sys.path[0]))\n"), "<string>")
	if out.String() != "''\n" || code != 0 {
		t.Fatalf("%q %q", out.String(), errb.String())
	}
}
