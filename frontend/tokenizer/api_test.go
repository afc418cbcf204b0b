package tokenizer

import (
	"fmt"
	"testing"
)

// cursorCases: sources on which CPython's parser reports an error at a
// column-less token (INDENT or ENDMARKER); CPython then uses the
// tokenizer's cursor, which Cursor() must reproduce.
var cursorCases = []struct {
	src  string
	stop Kind // report after the last token of this kind
}{
	{"x\n  y\n", INDENT},
	{"def f():\n  x\n    y\n", INDENT},
	{"if x:\n", ENDMARKER},
	{"if x:", ENDMARKER},
	{"if x:\n  \n", ENDMARKER},
	{"if x:\n  # c\n", ENDMARKER},
	{"x = 1\n\x0c  y", INDENT},
}

func TestCursorMatchesCPython(t *testing.T) {
	var srcs []any
	for _, c := range cursorCases {
		srcs = append(srcs, c.src)
	}
	var want [][]any
	runPython(t, compileErrorsScript, srcs, &want)
	for i, c := range cursorCases {
		// Find how many tokens of the kind there are, then stop at the last.
		count := 0
		for tk := NewFromString(c.src, "<x>"); ; {
			tok, err := tk.Next()
			if err != nil {
				t.Fatalf("%q: %v", c.src, err)
			}
			if tok.Kind == c.stop {
				count++
			}
			if tok.Kind == ENDMARKER {
				break
			}
		}
		tk := NewFromString(c.src, "<x>")
		for count > 0 {
			if tok, _ := tk.Next(); tok.Kind == c.stop {
				count--
			}
		}
		line, col := tk.Cursor()
		got := fmt.Sprint(line, byteToCharOffset(tk.s.line(line), col))
		w := want[i]
		if w == nil {
			t.Fatalf("%q: CPython compiles it", c.src)
		}
		if exp := fmt.Sprint(int(w[2].(float64)), int(w[3].(float64))); got != exp {
			t.Errorf("%q (%s): cursor %s, CPython error at %s", c.src, w[1], got, exp)
		}
	}
}

func TestWarnings(t *testing.T) {
	tk := NewFromString("x = 1if y else 0x1for\n", "<x>")
	for {
		tok, err := tk.Next()
		if err != nil {
			t.Fatal(err)
		}
		if tok.Kind == ENDMARKER {
			break
		}
	}
	// python3.11 -W always -c 'compile("x = 1if y else 0x1for\n", "<x>", "exec")'
	// warns "invalid decimal literal", then "invalid hexadecimal literal".
	if len(tk.Warnings) != 2 || tk.Warnings[0].Msg != "invalid decimal literal" || tk.Warnings[1].Msg != "invalid hexadecimal literal" {
		t.Fatalf("warnings: %v", tk.Warnings)
	}
}

func TestLineAndEncoding(t *testing.T) {
	tk, err := New([]byte("# coding: latin-1\nx = '\xe9'\r\ny\r"), "<x>")
	if err != nil {
		t.Fatal(err)
	}
	if got := tk.Line(2); got != "x = 'é'" {
		t.Errorf("Line(2) = %q", got)
	}
	if got := tk.Line(3); got != "y" {
		t.Errorf("Line(3) = %q", got)
	}
	if tk.Line(4) != "" || tk.Line(0) != "" {
		t.Errorf("lines out of range not empty")
	}
	if tk.Encoding() != "iso-8859-1" {
		t.Errorf("Encoding() = %q", tk.Encoding())
	}
	var kinds []Kind
	var texts []string
	for {
		tok, err := tk.Next()
		if err != nil {
			t.Fatal(err)
		}
		kinds = append(kinds, tok.Kind)
		texts = append(texts, tok.Text)
		if tok.Kind == ENDMARKER {
			break
		}
	}
	if fmt.Sprint(kinds) != "[NAME EQUAL STRING NEWLINE NAME NEWLINE ENDMARKER]" || texts[2] != "'é'" {
		t.Errorf("tokens %v %q", kinds, texts)
	}
	if tk, _ := New([]byte("x = 1\n"), "<x>"); tk.Encoding() != "" {
		t.Errorf("no cookie: Encoding() = %q", tk.Encoding())
	}
}
