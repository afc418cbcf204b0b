package tokenizer

import (
	"fmt"
	"testing"

	"github.com/pyjit/pyjit/frontend/source"
)

// tokenizerErrorCases are sources on which compile() fails because of the
// tokenizer (not the parser). Each is checked against python3.11.
var tokenizerErrorCases = []string{
	// numbers
	"1a", "1_", "1__0", "0777", "0_7", "09", "0b2", "0b", "0b1_", "0b12", "1e", "1.e", "1e+", "1e_5",
	"0x", "0x_", "0x1_", "0xg", "0o", "0o8", "0o1_8", "0o19", "0_", "0__0", "1_.5", "1._5", "1.5_",
	"1.5j2", "1jx", "1__j", "x = 12abc", "0x1fg", "1e5x", ".5a", "0o7x", "1_000_", "0e", "00x",
	"é = 0777", "1 + 1andx",
	// strings
	"\"abc", "'abc\n", "x = \"abc\\\n", "x = \"abc\\\ndef", "\"\"\"abc\n\nx", "'''abc", "x = b'abc",
	`x = rb"a\"`, "f'{x", "y = 1\nx = '''\n", "é = 'abc",
	// characters
	"x = €", "x = ab€c", "x = \u00a0", "x = a\u200bb", "x = 1\x01", "$ = \x7f", "x = 1 \x0b",
	"é€ = 1", "𝔘𝔫𝔦 = ⁇", "·a = 1",
	// brackets
	"a)", "(a]", "(a\n]", "x = {1: [2)}", "(", "(1,\n", "x = [1,\n 2\n", "if 1:\n  x\n  (",
	"x = (1 +\n\\", "é = (", "]", "(\n\n\n)]",
	// continuation lines
	"x = 1 \\ y", "x = 1 \\", "x = 1 \\\n", "\\\n", "x = 1 \\\n\\\n", "é\\ x", "(1 + \\ 2)",
	// indentation
	"if x:\n  a\n b\n", "if x:\n\ta\n        b\n", "if 1:\n\tx\n  \ty\n", "if 1:\n  \tx\n\ty\n",
	"if 1:\n        x\n\ty\n", "if 1:\r  x\r y\r", "if 1:\n  é\n é", "if 1:\n  x\n \\\n y",
	deepIndent(100), deepParens(201),
}

// tokenizerErrorBytes are byte inputs, compiled as bytes (New).
var tokenizerErrorBytes = []string{
	"# coding: foo\nx", "\xef\xbb\xbf# coding: latin-1\nx", "\xef\xbb\xbf# coding: utf8\nx = 1\n",
	"\xff = 1\n", "x\xc3", "x\xc3\xa9\xe2\x82", "\xe9t\xe9 = 1", "\xef\xbb\xbfx = \xe2\x82\xac\n",
	"#!/bin/sh\n# coding=cp1252\nx = \x80\n", "x=1\n# coding=cp1252\nx = \x80\n",
	"# coding: ascii\nx = \"\xff\"\n", "# coding: cp1252\nx = \"\x81\"\n",
	"# vim: set fileencoding=UTF_8 :\n\xff = 1\n", "\xc3\xa9 = (", "if 1:\n  \xc3\xa9\n \xc3\xa9",
	"\xc3\xa9\\ x", "\n# -*- coding: latin-1 -*-\nx = \xe9\xa4\n", "# coding=latin-1\n\xa0 = 1\n",
}

func deepIndent(n int) string {
	src := ""
	for i := 0; i < n; i++ {
		src += fmt.Sprintf("%*sif x:\n", i, "")
	}
	return src + fmt.Sprintf("%*spass\n", n, "")
}

func deepParens(n int) string {
	src := "x = "
	for i := 0; i < n; i++ {
		src += "("
	}
	return src
}

// firstError tokenizes until ENDMARKER and returns the first error.
func firstError(tk *Tokenizer) *source.Error {
	for i := 0; ; i++ {
		tok, err := tk.Next()
		if err != nil {
			return err.(*source.Error)
		}
		if tok.Kind == ENDMARKER || i > 1e6 {
			return nil
		}
	}
}

func errTuple(e *source.Error) []any {
	if e == nil {
		return nil
	}
	return []any{e.Type, e.Msg, e.Lineno, e.Offset, e.EndLineno, e.EndOffset}
}

func TestTokenizerErrorsMatchCPython(t *testing.T) {
	var input []any
	for _, s := range tokenizerErrorCases {
		input = append(input, s)
	}
	for _, s := range tokenizerErrorBytes {
		b := []int{}
		for i := 0; i < len(s); i++ {
			b = append(b, int(s[i]))
		}
		input = append(input, b)
	}
	var want [][]any
	runPython(t, compileErrorsScript, input, &want)
	n := len(tokenizerErrorCases)
	for i, w := range want {
		var got *source.Error
		var src string
		if i < n {
			src = tokenizerErrorCases[i]
			got = firstError(NewFromString(src, "<x>"))
		} else {
			src = tokenizerErrorBytes[i-n]
			tk, err := New([]byte(src), "<x>")
			if err != nil {
				got = err.(*source.Error)
			} else {
				got = firstError(tk)
			}
		}
		if w == nil {
			t.Errorf("%q: CPython compiles it; not a tokenizer error case", src)
			continue
		}
		g := fmt.Sprint(errTuple(got))
		// JSON numbers decode as float64; normalize through fmt.
		ws := fmt.Sprint([]any{w[0], w[1], int(w[2].(float64)), int(w[3].(float64)), int(w[4].(float64)), int(w[5].(float64))})
		if g != ws {
			t.Errorf("%q:\n got %s\nwant %s", src, g, ws)
		}
	}
	t.Logf("%d error cases compared with CPython", len(want))
}

// TestNullBytes: compile() rejects NUL bytes before tokenizing. (Inside
// one long-running python3.11 process CPython sometimes raises ValueError
// instead of SyntaxError for this, so it is checked here by hand.)
func TestNullBytes(t *testing.T) {
	got := firstError(NewFromString("x\x00", "<x>"))
	if got == nil || got.Msg != "source code string cannot contain null bytes" || got.Type != "SyntaxError" {
		t.Fatalf("got %v", got)
	}
}
