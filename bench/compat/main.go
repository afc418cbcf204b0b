// Command compat measures how compatible an interpreter is with CPython by
// running CPython's own regression tests under it (issue "Compatibility
// score"): each test module in its own process with a timeout, reporting
// per module whether it ran to completion, and its tests run, passed,
// failed, errors and skipped, with a total.
//
//	go run ./bench/compat [-interp pyjit|python3|PATH] [-modules core|m1,m2] [-timeout 5m] [-o results.md]
//
// The tests come from Debian's libpython3.11-testsuite. It is never
// installed into /usr/lib/python3.11 by this tool: the package is
// downloaded (apt-get download) and unpacked into a cache directory, next
// to a copy of the stdlib's own test package (test/__init__.py,
// test/support), because `python -m unittest test.test_x` needs the whole
// `test` package in one place. CPython's test files are never edited.
package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// coreModules is the core list.
var coreModules = strings.Fields(`test_grammar test_opcodes test_bool test_int test_long
test_float test_complex test_string test_unicode test_bytes test_list test_tuple test_dict
test_set test_range test_slice test_enumerate test_builtin test_class test_descr test_scope
test_exceptions test_raise test_with test_contextlib test_generators test_genexps
test_listcomps test_setcomps test_dictcomps test_coroutines test_fstring test_format
test_keywordonlyarg test_positional_only_arg test_unpack test_unpack_ex test_patma
test_funcattrs test_property test_super test_augassign test_binop test_compare test_richcmp
test_math test_random test_itertools test_functools test_collections test_operator test_copy
test_json test_re test_string_literals test_dataclasses test_enum test_heapq test_bisect
test_struct test_textwrap test_sort test_iter test_types test_abc`)

func main() {
	interp := flag.String("interp", "pyjit", `interpreter: "pyjit" (built from ./cmd/pyjit), "python3" (/usr/bin/python3.11) or a path`)
	modules := flag.String("modules", "core", `"core" or a comma-separated list of test modules`)
	timeout := flag.Duration("timeout", 5*time.Minute, "time limit per module")
	out := flag.String("o", "", "also write the report as Markdown to this file")
	suite := flag.String("suite", "", "directory holding the test package (default: prepared in the user cache)")
	flag.Parse()

	argv, err := interpreter(*interp)
	if err != nil {
		fail(err)
	}
	dir := *suite
	if dir == "" {
		if dir, err = prepareSuite(); err != nil {
			fail(err)
		}
	}
	mods := coreModules
	if *modules != "core" {
		mods = strings.Split(*modules, ",")
	}
	var results []Result
	for _, m := range mods {
		r := runModule(argv, dir, m, *timeout)
		fmt.Println(r.Line())
		results = append(results, r)
	}
	report := Report(*interp, results)
	fmt.Print("\n" + report.Total())
	if *out != "" {
		md := report.Markdown(strings.Join(append([]string{"go run ./bench/compat"}, os.Args[1:]...), " "), time.Now())
		if err := os.WriteFile(*out, []byte(md), 0o644); err != nil {
			fail(err)
		}
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "compat:", err)
	os.Exit(1)
}

// interpreter resolves -interp to an argument vector prefix.
func interpreter(name string) ([]string, error) {
	switch name {
	case "python3":
		return []string{"/usr/bin/python3.11"}, nil
	case "pyjit":
		bin := filepath.Join(os.TempDir(), "pyjit-compat")
		build := exec.Command("go", "build", "-o", bin, "./cmd/pyjit")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			return nil, fmt.Errorf("building pyjit: %v", err)
		}
		return []string{bin}, nil
	}
	return []string{name}, nil
}

// runModule runs one test module with unittest in its own process.
func runModule(argv []string, dir, module string, timeout time.Duration) Result {
	args := append(append([]string{}, argv[1:]...), "-m", "unittest", "-v", "test."+module)
	cmd := exec.Command(argv[0], args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED=0")
	var output strings.Builder
	cmd.Stdout, cmd.Stderr = &output, &output
	if err := cmd.Start(); err != nil {
		return Result{Module: module, Status: Crashed, Detail: err.Error()}
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	select {
	case err := <-done:
		code := 0
		if ee, ok := err.(*exec.ExitError); ok {
			code = ee.ExitCode()
		}
		return Parse(module, output.String(), code)
	case <-time.After(timeout):
		cmd.Process.Kill()
		<-done
		return Result{Module: module, Status: TimedOut, Detail: fmt.Sprintf("no result within %v", timeout)}
	}
}

// prepareSuite assembles CPython's complete test package in the user cache
// (once) and returns the directory to run `-m unittest test.X` in.
func prepareSuite() (string, error) {
	if _, err := os.Stat("/usr/lib/python3.11/test/test_int.py"); err == nil {
		return "/usr/lib/python3.11", nil // libpython3.11-testsuite is installed
	}
	cache, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	root := filepath.Join(cache, "pyjit", "cpython-tests")
	if _, err := os.Stat(filepath.Join(root, "test", "test_int.py")); err == nil {
		return root, nil
	}
	work, err := os.MkdirTemp(cache, "pyjit-testsuite")
	if err != nil {
		return "", err
	}
	defer os.RemoveAll(work)
	fmt.Fprintln(os.Stderr, "compat: fetching libpython3.11-testsuite (apt-get download)")
	dl := exec.Command("apt-get", "download", "libpython3.11-testsuite")
	dl.Dir, dl.Stderr = work, os.Stderr
	if err := dl.Run(); err != nil {
		return "", fmt.Errorf("apt-get download libpython3.11-testsuite: %v (run apt-get update first)", err)
	}
	debs, _ := filepath.Glob(filepath.Join(work, "*.deb"))
	if len(debs) == 0 {
		return "", fmt.Errorf("no .deb downloaded")
	}
	unpacked := filepath.Join(work, "root")
	if out, err := exec.Command("dpkg", "-x", debs[0], unpacked).CombinedOutput(); err != nil {
		return "", fmt.Errorf("dpkg -x: %v: %s", err, out)
	}
	tmpRoot := filepath.Join(work, "suite")
	// The stdlib's part of the package first, then the test suite over it.
	if err := copyTree("/usr/lib/python3.11/test", filepath.Join(tmpRoot, "test")); err != nil {
		return "", err
	}
	if err := copyTree(filepath.Join(unpacked, "usr/lib/python3.11/test"), filepath.Join(tmpRoot, "test")); err != nil {
		return "", err
	}
	os.RemoveAll(root)
	if err := os.MkdirAll(filepath.Dir(root), 0o755); err != nil {
		return "", err
	}
	return root, os.Rename(tmpRoot, root)
}

// copyTree copies regular files and directories from src into dst.
func copyTree(src, dst string) error {
	return filepath.Walk(src, func(path string, info os.FileInfo, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		switch {
		case info.IsDir():
			if info.Name() == "__pycache__" {
				return filepath.SkipDir
			}
			return os.MkdirAll(target, 0o755)
		case info.Mode().IsRegular():
			in, err := os.Open(path)
			if err != nil {
				return err
			}
			defer in.Close()
			outf, err := os.Create(target)
			if err != nil {
				return err
			}
			if _, err := io.Copy(outf, in); err != nil {
				outf.Close()
				return err
			}
			return outf.Close()
		}
		return nil
	})
}
