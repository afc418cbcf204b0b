// Package oracle is the test harness of package symtable: it runs
// python3.11's symtable module and compile() over source files, and compares
// their answers with the tables symtable.Build computes. It is imported only
// by tests.
package oracle

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
	st "github.com/pyjit/pyjit/frontend/symtable"
)

// oracleScript runs under python3.11. For every file named on stdin it
// prints one JSON line: the file's AST (for decodeNode), the canonical dump
// of its symbol tables made with the symtable module, and the SyntaxError
// compile() raises, if any.
const oracleScript = `
import ast, json, symtable, sys, _symtable, types
WANT_CODE = len(sys.argv) > 1 and sys.argv[1] == "code"
# CO_VARARGS, CO_VARKEYWORDS, CO_NESTED, CO_GENERATOR, CO_COROUTINE, CO_ASYNC_GENERATOR
CODE_MASK = 0x4 | 0x8 | 0x10 | 0x20 | 0x80 | 0x200

def codes(co, out):
    for c in co.co_consts:
        if isinstance(c, types.CodeType):
            out.append("%s flags=%#x cells=%s frees=%s" % (c.co_name, c.co_flags & CODE_MASK,
                       ",".join(c.co_cellvars), ",".join(c.co_freevars)))
            codes(c, out)
FREE_ONLY = _symtable.FREE << _symtable.SCOPE_OFF
ENUMS = (ast.expr_context, ast.boolop, ast.operator, ast.unaryop, ast.cmpop)

def enc(x):
    if isinstance(x, ast.AST):
        if isinstance(x, ENUMS):
            return {"e": type(x).__name__}
        d = {"t": type(x).__name__}
        if x._attributes:
            d["p"] = [getattr(x, a, None) for a in ("lineno", "col_offset", "end_lineno", "end_col_offset")]
        f = {}
        for name in x._fields:
            v = getattr(x, name, None)
            if name == "value" and isinstance(x, (ast.Constant, ast.MatchSingleton)):
                f[name] = {"s": v} if isinstance(v, str) else None
            else:
                f[name] = enc(v)
        d["f"] = f
        return d
    if isinstance(x, list):
        return [enc(i) for i in x]
    return x

def props(s):
    tests = [s.is_local, s.is_global, s.is_declared_global, s.is_free, s.is_parameter,
             s.is_imported, s.is_assigned, s.is_referenced, s.is_annotated, s.is_namespace,
             s.is_nonlocal]
    return "".join(c if t() else "-" for c, t in zip("LGDFPIARNSO", tests))

def dump(t, out, ind):
    raw = t._table
    out.append("%s%s %s line=%d nested=%d" % (ind, t.get_type(), t.get_name(), t.get_lineno(), t.is_nested()))
    out.append("%s varnames=%s" % (ind, " ".join(raw.varnames)))
    out.append("%s order=%s" % (ind, " ".join(n for n, v in raw.symbols.items() if v != FREE_ONLY)))
    for name in sorted(raw.symbols):
        out.append("%s %s %d %s" % (ind, name, raw.symbols[name], props(t.lookup(name))))
    for c in t.get_children():
        dump(c, out, ind + "  ")

for path in sys.stdin.read().split("\n"):
    if not path:
        continue
    res = {"file": path}
    try:
        with open(path, "rb") as fh:
            src = fh.read()
        res["ast"] = enc(ast.parse(src, path))
    except (SyntaxError, ValueError) as e:
        res["perr"] = str(e)
        print(json.dumps(res))
        continue
    try:
        co = compile(src, path, "exec", dont_inherit=True)
        if WANT_CODE:
            res["code"] = []
            codes(co, res["code"])
    except SyntaxError as e:
        res["err"] = [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0]
    try:
        out = []
        dump(symtable.symtable(src, path, "exec"), out, "")
        res["st"] = "\n".join(out) + "\n"
    except SyntaxError as e:
        res["sterr"] = [type(e).__name__, e.msg, e.lineno or 0, e.offset or 0, e.end_lineno or 0, e.end_offset or 0]
    print(json.dumps(res))
`

// Result is python's answer for one file.
type Result struct {
	File  string          `json:"file"`
	AST   json.RawMessage `json:"ast"`   // the file's AST, for DecodeModule
	PErr  string          `json:"perr"`  // python could not parse the file
	Err   []any           `json:"err"`   // compile()'s SyntaxError: type, msg, lineno, offset, end_lineno, end_offset
	St    string          `json:"st"`    // canonical dump of the symbol tables (see Dump)
	StErr []any           `json:"sterr"` // the symtable module's SyntaxError
	Code  []string        `json:"code"`  // code objects, when asked for
}

// Python returns the CPython 3.11 to compare with: /usr/bin/python3.11 if
// present, else python3 from PATH, else "".
func Python() string {
	if _, err := os.Stat("/usr/bin/python3.11"); err == nil {
		return "/usr/bin/python3.11"
	}
	if p, err := exec.LookPath("python3"); err == nil {
		return p
	}
	return ""
}

// Run runs python once over files; with code it also describes the code
// objects compile() makes.
func Run(python string, files []string, code bool) ([]Result, error) {
	args := []string{"-c", oracleScript}
	if code {
		args = append(args, "code")
	}
	cmd := exec.Command(python, args...)
	cmd.Stdin = strings.NewReader(strings.Join(files, "\n"))
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("python: %v\n%s", err, stderr.String())
	}
	var res []Result
	sc := bufio.NewScanner(bytes.NewReader(out))
	sc.Buffer(make([]byte, 1<<20), 1<<30)
	for sc.Scan() {
		var r Result
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			return nil, fmt.Errorf("decoding python output: %v", err)
		}
		res = append(res, r)
	}
	if len(res) != len(files) {
		return nil, fmt.Errorf("python answered for %d of %d files", len(res), len(files))
	}
	return res, nil
}

// Dump prints our tables in the oracle script's canonical form: every scope
// (children in order) with its type, name, line, nesting, varnames, symbol
// order (without the names only propagated as free, which CPython appends
// in hash order), and every symbol's raw value and symtable.py properties.
func Dump(t *st.Table) string {
	var b strings.Builder
	dumpTable(&b, t, "")
	return b.String()
}

func dumpTable(b *strings.Builder, t *st.Table, ind string) {
	fmt.Fprintf(b, "%s%s %s line=%d nested=%d\n", ind, t.Kind, t.Name, t.Lineno, btoi(t.IsNested))
	fmt.Fprintf(b, "%s varnames=%s\n", ind, strings.Join(t.Varnames, " "))
	var order []string
	for _, n := range t.Order {
		if t.Symbols[n].Raw() != int(st.Free)<<st.ScopeOffset {
			order = append(order, n)
		}
	}
	fmt.Fprintf(b, "%s order=%s\n", ind, strings.Join(order, " "))
	names := append([]string(nil), t.Order...)
	sort.Strings(names)
	moduleScope := t.Name == "top" // what symtable.py tests
	for _, n := range names {
		s := t.Symbols[n]
		bound := moduleScope && s.Flags&st.DefBound != 0
		ns := false
		for _, c := range t.Children {
			if c.Name == n {
				ns = true
			}
		}
		props := []bool{
			s.Scope == st.Local || s.Scope == st.Cell || bound,
			s.Scope == st.GlobalImplicit || s.Scope == st.GlobalExplicit || bound,
			s.Scope == st.GlobalExplicit,
			s.Scope == st.Free,
			s.Flags&st.DefParam != 0,
			s.Flags&st.DefImport != 0,
			s.Flags&st.DefLocal != 0,
			s.Flags&st.Use != 0,
			s.Flags&st.DefAnnot != 0,
			ns,
			s.Flags&st.DefNonlocal != 0,
		}
		letters := []byte("LGDFPIARNSO")
		for i, p := range props {
			if !p {
				letters[i] = '-'
			}
		}
		fmt.Fprintf(b, "%s %s %d %s\n", ind, n, s.Raw(), letters)
	}
	for _, c := range t.Children {
		dumpTable(b, c, ind+"  ")
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// FormatErr formats an error as python reported it.
func FormatErr(e []any) string {
	if len(e) != 6 {
		return fmt.Sprint(e)
	}
	return fmt.Sprintf("%v: %v (%v:%v-%v:%v)", e...)
}

// FormatOurErr formats one of our errors like FormatErr.
func FormatOurErr(err error) string {
	var se *source.Error
	if !errors.As(err, &se) {
		return "non-source error: " + err.Error()
	}
	return fmt.Sprintf("%s: %s (%d:%d-%d:%d)", se.Type, se.Msg, se.Lineno, se.Offset, se.EndLineno, se.EndOffset)
}

// firstDiff returns a short description of where two dumps differ.
func firstDiff(want, got string) string {
	wl := strings.Split(want, "\n")
	gl := strings.Split(got, "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			ctx := ""
			for j := i - 1; j >= 0 && j < len(wl); j-- {
				if strings.Contains(wl[j], " line=") {
					ctx = wl[j]
					break
				}
			}
			return fmt.Sprintf("line %d (in %q):\n  python: %q\n  ours:   %q", i+1, ctx, w, g)
		}
	}
	return ""
}

// CheckDecoded compares our tables for python's own AST of the file with
// python's answer; it returns "" when they agree.
func CheckDecoded(r Result) string {
	mod, err := DecodeModule(r.AST)
	if err != nil {
		return "decoding AST: " + err.Error()
	}
	return Check(r, mod)
}

// Check compares our tables for mod (the file's AST) with python's answer.
func Check(r Result, mod ast.Mod) string {
	top, err := st.Build(mod, r.File)
	switch {
	case r.StErr != nil:
		want := FormatErr(r.StErr)
		if err == nil {
			return "python raised " + want + ", we succeeded"
		}
		if got := FormatOurErr(err); got != want {
			return fmt.Sprintf("error mismatch:\n  python: %s\n  ours:   %s", want, got)
		}
		return ""
	case err != nil:
		return "python succeeded, we raised " + FormatOurErr(err)
	}
	if got := Dump(top); got != r.St {
		return firstDiff(r.St, got)
	}
	if d := checkLookup(mod, top); d != "" {
		return d
	}
	if r.Code != nil {
		return compareCode(top, r.Code)
	}
	return ""
}

// checkLookup checks that every scope-introducing node finds its table.
func checkLookup(mod ast.Node, top *st.Table) string {
	bad := ""
	ast.Inspect(mod, func(n ast.Node) bool {
		if n == nil || bad != "" {
			return false
		}
		var want string
		switch n := n.(type) {
		case *ast.FunctionDef:
			want = n.Name
		case *ast.AsyncFunctionDef:
			want = n.Name
		case *ast.ClassDef:
			want = n.Name
		case *ast.Lambda:
			want = "lambda"
		case *ast.ListComp:
			want = "listcomp"
		case *ast.SetComp:
			want = "setcomp"
		case *ast.DictComp:
			want = "dictcomp"
		case *ast.GeneratorExp:
			want = "genexpr"
		default:
			return true
		}
		tab := top.Lookup(n)
		if tab == nil || tab.Name != want || tab.Lineno != n.(interface{ GetPos() *ast.Pos }).GetPos().Lineno {
			bad = fmt.Sprintf("Lookup(%s %s) = %+v", n.NodeName(), want, tab)
		}
		return true
	})
	return bad
}

// Code flags (CPython's CO_*) that compute_code_flags derives from a table.
const (
	coVarargs        = 0x4
	coVarkeywords    = 0x8
	coNested         = 0x10
	coGenerator      = 0x20
	coCoroutine      = 0x80
	coAsyncGenerator = 0x200
)

// codeLines describes every block below the module the way the oracle
// describes code objects: the flags CPython's compiler derives from the
// table, co_cellvars (cell parameters in parameter order, then the other
// cells) and co_freevars.
func codeLines(t *st.Table, out []string) []string {
	for _, c := range t.Children {
		name := c.Name
		// "lambda" is a keyword, so no def can be called that.
		if c.Comprehension != st.NoComprehension || name == "lambda" {
			name = "<" + name + ">"
		}
		flags := 0
		if c.Kind == st.Function {
			if c.IsNested {
				flags |= coNested
			}
			switch {
			case c.IsGenerator && !c.IsCoroutine:
				flags |= coGenerator
			case !c.IsGenerator && c.IsCoroutine:
				flags |= coCoroutine
			case c.IsGenerator && c.IsCoroutine:
				flags |= coAsyncGenerator
			}
			if c.HasVarargs {
				flags |= coVarargs
			}
			if c.HasVarkeywords {
				flags |= coVarkeywords
			}
		}
		var cells []string
		isParam := map[string]bool{}
		for _, v := range c.Varnames {
			isParam[v] = true
			if c.Symbols[v].Scope == st.Cell {
				cells = append(cells, v)
			}
		}
		for _, v := range c.Cellvars() {
			if !isParam[v] {
				cells = append(cells, v)
			}
		}
		out = append(out, fmt.Sprintf("%s flags=%#x cells=%s frees=%s", name, flags,
			strings.Join(cells, ","), strings.Join(c.Freevars(), ",")))
		out = codeLines(c, out)
	}
	return out
}

func compareCode(top *st.Table, want []string) string {
	got := codeLines(top, nil)
	w := append([]string(nil), want...)
	sort.Strings(w)
	sort.Strings(got)
	if strings.Join(w, "\n") == strings.Join(got, "\n") {
		return ""
	}
	return fmt.Sprintf("code objects differ:\n  python: %q\n  ours:   %q", w, got)
}
