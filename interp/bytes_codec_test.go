package interp

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/literal"
)

// excLine formats an error as the test scripts print exceptions.
func excLine(err error) string {
	if e, ok := err.(*Exception); ok {
		return e.typ.Name + " " + exceptionStrGo(e)
	}
	return err.Error()
}

// codecOracle returns the CPython to compare with, or skips.
func codecOracle(t *testing.T) string {
	for _, p := range []string{"/usr/bin/python3.11", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no python3.11 or python3")
	return ""
}

// randomUTF8ish makes byte strings mixing ASCII, valid multi-byte
// sequences, truncated ones and stray continuation/lead bytes.
func randomUTF8ish(r *rand.Rand) []byte {
	pieces := [][]byte{{'a'}, {0x80}, {0xC3}, {0xC3, 0xA9}, {0xE2, 0x82, 0xAC}, {0xE2, 0x82}, {0xED, 0xA0, 0x80},
		{0xF0, 0x9F, 0x98, 0x80}, {0xF0, 0x9F}, {0xF4, 0x90, 0x80, 0x80}, {0xC0, 0xAF}, {0xFF}, {0xE0, 0x80}, {0xF8}, {'('}}
	var b []byte
	for n := r.Intn(6); n >= 0; n-- {
		if r.Intn(4) == 0 {
			b = append(b, byte(r.Intn(256)))
		} else {
			b = append(b, pieces[r.Intn(len(pieces))]...)
		}
	}
	return b
}

// TestDecodeMatchesCPython decodes random byte strings with every codec
// and error handler, in Go and in CPython, and compares the results
// (ascii() of the text, or the exception message).
func TestDecodeMatchesCPython(t *testing.T) {
	py := codecOracle(t)
	r := rand.New(rand.NewSource(1))
	var inputs [][]byte
	for i := 0; i < 300; i++ {
		inputs = append(inputs, randomUTF8ish(r))
	}
	codecs := []string{"utf-8", "ascii", "latin-1"}
	handlers := []string{"strict", "ignore", "replace", "backslashreplace", "surrogateescape"}
	var script strings.Builder
	script.WriteString("import sys\nfor h in sys.stdin.read().split():\n b = bytes.fromhex(h)\n")
	pyList := func(xs []string) string { return "['" + strings.Join(xs, "', '") + "']" }
	fmt.Fprintf(&script, " for c in %s:\n  for e in %s:\n", pyList(codecs), pyList(handlers))
	script.WriteString("   try: s = b.decode(c, e); print(ascii(s), ascii(s.encode(c, e if e != 'backslashreplace' else 'strict')))\n")
	script.WriteString("   except Exception as x: print(type(x).__name__, x)\n")
	script.WriteString(" print(ascii(b.decode('utf-8', 'replace').encode('ascii', 'xmlcharrefreplace')))\n")
	var stdin strings.Builder
	for _, in := range inputs {
		stdin.WriteString(hex.EncodeToString(in) + "x\n") // x: keep empty inputs
	}
	dir := t.TempDir()
	prog := dir + "/p.py"
	if err := os.WriteFile(prog, []byte(strings.ReplaceAll(script.String(), "bytes.fromhex(h)", "bytes.fromhex(h[:-1])")), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(py, prog)
	cmd.Stdin = strings.NewReader(stdin.String())
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v: %s", err, out)
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	var got []string
	asciiOf := func(s string) string {
		v, err := Ascii(nil, StrValue(s))
		if err != nil {
			return err.Error()
		}
		return mustStr(v).s
	}
	for _, in := range inputs {
		for _, c := range codecs {
			for _, h := range handlers {
				s, err := decodeBytes(in, c, h)
				if err != nil {
					got = append(got, excLine(err))
					continue
				}
				eh := h
				if h == "backslashreplace" {
					eh = "strict"
				}
				enc, err := encodeStr(s, c, eh)
				encS := ""
				if err != nil {
					encS = excLine(err)
				} else {
					encS = literal.ReprBytes(string(enc))
				}
				got = append(got, asciiOf(s)+" "+encS)
			}
		}
		s, _ := decodeBytes(in, "utf-8", "replace")
		x, _ := encodeStr(s, "ascii", "xmlcharrefreplace")
		got = append(got, literal.ReprBytes(string(x)))
	}
	if len(got) != len(want) {
		t.Fatalf("got %d lines, CPython printed %d", len(got), len(want))
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("input %x: got %s, want %s", inputs[i/(len(codecs)*len(handlers)+1)], got[i], want[i])
		}
	}
}
