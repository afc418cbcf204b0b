package compiler_test

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/parser"
)

const stdlibDir = "/usr/lib/python3.11"

// oracle returns the CPython 3.11 to compare with, or skips the test.
func oracle(t testing.TB) string {
	for _, p := range []string{"/usr/bin/python3.11", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no python3.11 to compare with")
	return ""
}

// stdlibFiles lists the .py files below $PYJIT_STDLIB_DIRS (colon-separated)
// or the installed stdlib; scripts/compare-stdlib.sh uses the variable to
// include CPython's own test suite.
func stdlibFiles(t testing.TB) []string {
	dirs := []string{stdlibDir}
	if env := os.Getenv("PYJIT_STDLIB_DIRS"); env != "" {
		dirs = strings.Split(env, ":")
	}
	var files []string
	for _, dir := range dirs {
		filepath.Walk(dir, func(p string, info os.FileInfo, err error) error {
			if err == nil && !info.IsDir() && strings.HasSuffix(p, ".py") {
				files = append(files, p)
			}
			return nil
		})
	}
	if len(files) == 0 {
		t.Skipf("no Python sources in %v", dirs)
	}
	sort.Strings(files)
	return files
}

// codeMeta is what the metadata differential test compares for one code
// object.
type codeMeta struct {
	Name, Qualname                   string
	Firstlineno                      int
	Argcount, Posonly, Kwonly, Flags int
	Varnames, Cellvars, Freevars     []string
	Names                            []string
	Consts                           []string // non-code constants, repr
	Lines                            []int
	Children                         []*codeMeta
}

// metaScript compiles every file named on stdin with python3.11 and prints
// one JSON line per file: null when it does not compile.
const metaScript = `
import sys, json
def rep(k):
    if isinstance(k, frozenset):
        return 'frozenset:' + '|'.join(sorted(rep(x) for x in k))
    if isinstance(k, tuple):
        return '(' + ', '.join(rep(x) for x in k) + (',)' if len(k) == 1 else ')')
    return repr(k)
def meta(co):
    return dict(Name=co.co_name, Qualname=co.co_qualname, Firstlineno=co.co_firstlineno,
        Argcount=co.co_argcount, Posonly=co.co_posonlyargcount, Kwonly=co.co_kwonlyargcount,
        Flags=co.co_flags, Varnames=list(co.co_varnames), Cellvars=list(co.co_cellvars),
        Freevars=list(co.co_freevars), Names=list(co.co_names),
        Consts=[rep(k) for k in co.co_consts if not hasattr(k, 'co_code')],
        Lines=sorted({l for _, _, l in co.co_lines() if l}),
        Children=[meta(k) for k in co.co_consts if hasattr(k, 'co_code')])
for path in sys.stdin.read().split('\n'):
    if not path: continue
    try:
        co = compile(open(path, 'rb').read(), path, 'exec', dont_inherit=True)
        print(json.dumps(meta(co)))
    except Exception:
        print('null')
`

func repConst(k bytecode.Const) string {
	switch v := k.(type) {
	case ast.FrozenSetValue:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = repConst(x)
		}
		sort.Strings(parts)
		return "frozenset:" + strings.Join(parts, "|")
	case ast.TupleValue:
		parts := make([]string, len(v))
		for i, x := range v {
			parts[i] = repConst(x)
		}
		if len(v) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	return ast.ReprValue(k)
}

func ourMeta(c *bytecode.Code) *codeMeta {
	m := &codeMeta{
		Name: c.Name, Qualname: c.QualName, Firstlineno: c.FirstLineNo,
		Argcount: c.ArgCount, Posonly: c.PosOnlyArgCount, Kwonly: c.KwOnlyArgCount, Flags: c.Flags,
		Varnames: c.Varnames(), Cellvars: c.Cellvars(), Freevars: c.Freevars(), Names: c.Names,
	}
	lines := map[int]bool{}
	for _, p := range c.Positions {
		if p.Line > 0 {
			lines[int(p.Line)] = true
		}
	}
	for l := range lines {
		m.Lines = append(m.Lines, l)
	}
	sort.Ints(m.Lines)
	for _, k := range c.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			m.Children = append(m.Children, ourMeta(sub))
		} else {
			m.Consts = append(m.Consts, repConst(k))
		}
	}
	return m
}

// fieldStats counts matches per compared field.
type fieldStats struct {
	match, total map[string]int
	examples     map[string][]string
}

func (s *fieldStats) check(field string, ok bool, where string, ours, theirs any) {
	s.total[field]++
	if ok && strings.HasPrefix(field, "(") {
		return
	}
	if ok {
		s.match[field]++
		return
	}
	if len(s.examples[field]) < exampleLimit {
		s.examples[field] = append(s.examples[field], fmt.Sprintf("%s: ours %v, CPython %v", where, ours, theirs))
	}
}

func eq(a, b []string) bool {
	return strings.Join(a, "\x00") == strings.Join(b, "\x00") && len(a) == len(b)
}

func eqInts(a, b []int) bool { return fmt.Sprint(a) == fmt.Sprint(b) }

func compareMeta(s *fieldStats, where string, ours, theirs *codeMeta) {
	where = where + ":" + theirs.Qualname + ":" + fmt.Sprint(theirs.Firstlineno)
	s.check("co_name", ours.Name == theirs.Name, where, ours.Name, theirs.Name)
	s.check("co_qualname", ours.Qualname == theirs.Qualname, where, ours.Qualname, theirs.Qualname)
	s.check("co_firstlineno", ours.Firstlineno == theirs.Firstlineno, where, ours.Firstlineno, theirs.Firstlineno)
	s.check("co_argcount", ours.Argcount == theirs.Argcount, where, ours.Argcount, theirs.Argcount)
	s.check("co_posonlyargcount", ours.Posonly == theirs.Posonly, where, ours.Posonly, theirs.Posonly)
	s.check("co_kwonlyargcount", ours.Kwonly == theirs.Kwonly, where, ours.Kwonly, theirs.Kwonly)
	s.check("co_flags", ours.Flags == theirs.Flags, where, ours.Flags, theirs.Flags)
	s.check("co_varnames", eq(ours.Varnames, theirs.Varnames), where, ours.Varnames, theirs.Varnames)
	s.check("co_cellvars", eq(ours.Cellvars, theirs.Cellvars), where, ours.Cellvars, theirs.Cellvars)
	s.check("co_freevars", eq(ours.Freevars, theirs.Freevars), where, ours.Freevars, theirs.Freevars)
	s.check("co_names", eq(ours.Names, theirs.Names), where, ours.Names, theirs.Names)
	s.check("co_consts", eq(ours.Consts, theirs.Consts), where, ours.Consts, theirs.Consts)
	s.check("co_lines", eqInts(ours.Lines, theirs.Lines), where, ours.Lines, theirs.Lines)
	s.check("nested code objects", len(ours.Children) == len(theirs.Children), where, len(ours.Children), len(theirs.Children))
	for i := range theirs.Children {
		if i < len(ours.Children) {
			compareMeta(s, where, ours.Children[i], theirs.Children[i])
		}
	}
}

// TestCompileStdlib compiles every stdlib file, verifies every code object
// and compares the metadata of every code object with python3.11's.
func TestCompileStdlib(t *testing.T) {
	py := oracle(t)
	files := stdlibFiles(t)
	cmd := exec.Command(py, "-c", metaScript)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n"))
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("running %s: %v", py, err)
	}
	lines := strings.Split(strings.TrimRight(string(out), "\n"), "\n")
	if len(lines) != len(files) {
		t.Fatalf("oracle printed %d lines for %d files", len(lines), len(files))
	}
	stats := &fieldStats{match: map[string]int{}, total: map[string]int{}, examples: map[string][]string{}}
	compiled, failed := 0, 0
	for i, f := range files {
		var theirs *codeMeta
		if err := json.Unmarshal([]byte(lines[i]), &theirs); err != nil {
			t.Fatalf("%s: bad oracle output: %v", f, err)
		}
		src, _ := os.ReadFile(f)
		code, err := compiler.CompileSource(src, f, parser.Exec, compiler.Options{})
		if err == nil {
			err = compiler.Verify(code)
		}
		switch {
		case err != nil && theirs != nil:
			failed++
			t.Errorf("%s: python3.11 compiles it, we fail: %v", f, err)
			continue
		case err == nil && theirs == nil:
			t.Errorf("%s: python3.11 rejects it, we compile it", f)
			continue
		case err != nil:
			failed++
			continue
		}
		compiled++
		compareMeta(stats, filepath.Base(f), ourMeta(code), theirs)
	}
	t.Logf("%d compiled, %d failed", compiled, failed)
	fields := make([]string, 0, len(stats.total))
	for f := range stats.total {
		fields = append(fields, f)
	}
	sort.Strings(fields)
	for _, f := range fields {
		t.Logf("%-20s %6d / %6d identical", f, stats.match[f], stats.total[f])
		if stats.match[f] != stats.total[f] {
			t.Errorf("%s differs in %d code objects, e.g.\n  %s", f, stats.total[f]-stats.match[f], strings.Join(stats.examples[f], "\n  "))
		}
	}
}

// exampleLimit is how many mismatches per field a failure shows.
var exampleLimit = 3
