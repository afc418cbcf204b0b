package tokenizer

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

const stdlibDir = "/usr/lib/python3.11"

// dumpSkip lists stdlib files on which tokenize.py itself crashes with an
// unexpected (non tokenize) exception, so there is no output to compare.
// It is empty for Debian's python3.11; keep it that way unless needed.
var dumpSkip = map[string]bool{}

// stdlibOracleScript prints, for every file, what `python3.11 -m tokenize
// -e FILE` prints (its stdout, or its one-line error message), and whether
// compile() accepts the file.
const stdlibOracleScript = `
import sys, json, tokenize, token, warnings
warnings.simplefilter("ignore")
def dump(fn):
    out = []
    try:
        with open(fn, 'rb') as f:
            toks = list(tokenize.tokenize(f.readline))
        for tok in toks:
            out.append("%-20s%-15s%-15r\n" % ("%d,%d-%d,%d:" % (tok.start + tok.end), token.tok_name[tok.exact_type], tok.string))
    except IndentationError as err:
        line, column = err.args[1][1:3]
        return "%s:%d:%d: error: %s" % (fn, line, column, err.args[0])
    except tokenize.TokenError as err:
        line, column = err.args[1]
        return "%s:%d:%d: error: %s" % (fn, line, column, err.args[0])
    except SyntaxError as err:
        return "%s: error: %s" % (fn, err)
    except Exception as err:
        return "unexpected error: %s" % err
    return "".join(out)
def compiles(fn):
    try:
        with open(fn, 'rb') as f:
            compile(f.read(), fn, "exec")
        return True
    except Exception:
        return False
files = json.load(sys.stdin)
json.dump([[dump(f), compiles(f)] for f in files], sys.stdout)
`

type stdlibResult struct {
	path     string
	src      []byte
	dump     string
	compiles bool
}

var (
	stdlibOnce sync.Once
	stdlibData []stdlibResult
)

func stdlibFiles(t testing.TB) []string {
	var files []string
	err := filepath.WalkDir(stdlibDir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".py") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil || len(files) == 0 {
		t.Skip("no stdlib sources in " + stdlibDir)
	}
	sort.Strings(files)
	return files
}

// stdlib runs python3.11 once for all stdlib files.
func stdlib(t *testing.T) []stdlibResult {
	stdlibOnce.Do(func() {
		files := stdlibFiles(t)
		var raw [][2]any
		runPython(t, stdlibOracleScript, files, &raw)
		for i, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			stdlibData = append(stdlibData, stdlibResult{f, src, raw[i][0].(string), raw[i][1].(bool)})
		}
	})
	if stdlibData == nil {
		t.Skip("stdlib oracle unavailable")
	}
	return stdlibData
}

func TestDumpStdlib(t *testing.T) {
	same, diff := 0, 0
	for _, r := range stdlib(t) {
		if dumpSkip[r.path] {
			continue
		}
		var buf bytes.Buffer
		got := ""
		if err := Dump(&buf, r.src, r.path); err != nil {
			got = err.Error()
		} else {
			got = buf.String()
		}
		if got == r.dump {
			same++
			continue
		}
		diff++
		if diff <= 5 {
			gl, wl := strings.Split(got, "\n"), strings.Split(r.dump, "\n")
			for i := 0; i < len(gl) || i < len(wl); i++ {
				if i >= len(gl) || i >= len(wl) || gl[i] != wl[i] {
					g, w := "<none>", "<none>"
					if i < len(gl) {
						g = gl[i]
					}
					if i < len(wl) {
						w = wl[i]
					}
					t.Errorf("%s: first difference at output line %d:\n got %q\nwant %q", r.path, i+1, g, w)
					break
				}
			}
		}
	}
	t.Logf("Dump vs python3.11 -m tokenize -e: %d files identical, %d different", same, diff)
}

// pyDumpToken is one parsed line of tokenize's output.
type pyDumpToken struct {
	kind                     string
	sline, scol, eline, ecol int
	repr                     string
}

func parseDump(out string) []pyDumpToken {
	var toks []pyDumpToken
	for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		colon := strings.Index(l, ": ")
		if colon < 0 {
			continue
		}
		var p pyDumpToken
		rng := strings.FieldsFunc(l[:colon], func(r rune) bool { return r == ',' || r == '-' })
		if len(rng) != 4 {
			continue
		}
		p.sline, _ = strconv.Atoi(rng[0])
		p.scol, _ = strconv.Atoi(rng[1])
		p.eline, _ = strconv.Atoi(rng[2])
		p.ecol, _ = strconv.Atoi(rng[3])
		rest := strings.TrimLeft(l[colon+1:], " ")
		// Names of 15 characters or more are not followed by a blank.
		for _, name := range kindNames {
			if strings.HasPrefix(rest, name) && len(name) > len(p.kind) {
				p.kind = name
			}
		}
		p.repr = strings.TrimRight(strings.TrimLeft(rest[len(p.kind):], " "), " ")
		toks = append(toks, p)
	}
	return toks
}

// TestNextStdlib checks that Next accepts every stdlib file CPython
// compiles and that its tokens agree with tokenize.py's (without COMMENT
// and NL), allowing for the documented C tokenizer differences.
func TestNextStdlib(t *testing.T) {
	checked := 0
	for _, r := range stdlib(t) {
		if !r.compiles {
			continue
		}
		tk, err := New(r.src, r.path)
		if err != nil {
			t.Errorf("%s: New: %v", r.path, err)
			continue
		}
		var want []pyDumpToken
		for _, p := range parseDump(r.dump) {
			if p.kind != "COMMENT" && p.kind != "NL" && p.kind != "ENCODING" {
				want = append(want, p)
			}
		}
		checked++
		for i := 0; ; i++ {
			tok, err := tk.Next()
			if err != nil {
				t.Errorf("%s: %v", r.path, err)
				break
			}
			if i >= len(want) {
				t.Errorf("%s: extra token %v", r.path, tok)
				break
			}
			if msg := compareTokens(tk, tok, want[i]); msg != "" {
				t.Errorf("%s: token %d: %s (got %+v, want %+v)", r.path, i, msg, tok, want[i])
				break
			}
			if tok.Kind == ENDMARKER {
				if i != len(want)-1 {
					t.Errorf("%s: ENDMARKER after %d tokens, tokenize has %d", r.path, i+1, len(want))
				}
				break
			}
		}
	}
	t.Logf("Next checked on %d stdlib files CPython compiles", checked)
}

func compareTokens(tk *Tokenizer, tok Token, p pyDumpToken) string {
	if tok.Kind.String() != p.kind {
		return "kind differs"
	}
	toChars := func(line, col int) int {
		l := tk.s.line(line)
		if col > len(l) {
			col = len(l)
		}
		return utf8.RuneCountInString(l[:col])
	}
	switch tok.Kind {
	case INDENT:
		if tok.Line != p.sline {
			return "INDENT line differs"
		}
	case DEDENT:
		// At EOF tokenize puts DEDENTs on the line after the last one.
		if tok.Line != p.sline && tok.Line != p.sline-1 {
			return "DEDENT line differs"
		}
	case ENDMARKER:
	case NEWLINE:
		if tok.Line != p.sline || toChars(tok.Line, tok.EndCol) != p.scol {
			return "NEWLINE position differs"
		}
	default:
		if tok.Line != p.sline || toChars(tok.Line, tok.Col) != p.scol ||
			tok.EndLine != p.eline || toChars(tok.EndLine, tok.EndCol) != p.ecol {
			return "position differs"
		}
		want := p.repr
		if strings.Contains(want, `\r\n`) {
			want = strings.ReplaceAll(want, `\r\n`, `\n`)
		}
		if pyRepr(tok.Text) != want {
			return "text differs"
		}
	}
	return ""
}
