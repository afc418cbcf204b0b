package tokenizer

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// dumpCases cover tokenize.py's behaviour on unusual and invalid input.
var dumpCases = []string{
	"x = 1\n", "x = 1", "", "\n", "   ", "x\n   ", "# c", "x = 1 # c", "if x:\n  y\n  ",
	"x = 1\r\ny = 2\r\n", "a\rb = 1\r\n", "if x:\r\n\ty\r\n",
	"x = 'abc\ny = 2\n", "x = b'abc\n", "x = 'abc\\\ndef'\n", "x = 'abc\\\ndef\n", "x = 'a\\\r\nb'\r\n",
	"x = '''abc\ndef''' + 1\n", "x = '''abc\n", "x = (1,\n", "x = 1 \\\n",
	"if x:\n  a\n b\n", "if 1:\n\tx\n        y\n",
	"1_ 0777 1e 1.e 0x 1.5j2 0b2 1__0 0o8 1if x 0_0 00 .5 1. 1e5j 0xff_ff\n",
	"$ ? ! ` <> €\n", "x = 1 $\n", "é = ü + ñ_2 + ℌ + ﬁ + ١ + ²\n",
	"x = \"unterminated\n'''a''' '''\n", "ur'x' bu'y' uf'z' Rb'w' fR\"v\"\n",
	"a->b := c ** d **= e // f //= g << h <<= i >> j >>= k @ l @= m != n ... .. .\n",
	"x =\t1 \x0c+ 2\n\x0c\nif x:\n \x0c  y\n", "  \\\nx\n", "x = [\n# c\n\n]\n",
	"# -*- coding: latin-1 -*-\nx = '\xe9'\n", "#!/usr/bin/env python\n# coding=cp1252\nx = '\x80'\n",
	"# coding: foo\n", "\xef\xbb\xbf# coding: latin-1\n", "\xef\xbb\xbfx = 1\n", "\xef\xbb\xbf# coding: utf-8\nx = 1\n",
	"x = 1\n# coding: latin-1\n", "\n# coding: ascii\nx = 1\n",
	"x = '\xff'\n", "def f():\n    return 1\n\n\n", "class A:\n    '''doc\n    string'''\n    pass",
	"x = f'{a!r:>{w}}'\n", "x = 0 if y else 1\n", "print('a' 'b'\n      'c')\n", "\\\n", "x = 1 \\ y\n",
	"\u00a0x = 1\n", "x = 1\x01\n", "'''\\\n'''\n", "'\\\n", "x = '\\\\'\n", "x = \"\\\"\"\n",
}

func TestDumpMatchesTokenize(t *testing.T) {
	dir := t.TempDir()
	var files []string
	for i, src := range dumpCases {
		f := filepath.Join(dir, fmt.Sprintf("case%02d.py", i))
		if err := os.WriteFile(f, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	var raw [][2]any
	runPython(t, stdlibOracleScript, files, &raw)
	for i, f := range files {
		var buf bytes.Buffer
		got := ""
		if err := Dump(&buf, []byte(dumpCases[i]), f); err != nil {
			got = err.Error()
		} else {
			got = buf.String()
		}
		if want := raw[i][0].(string); got != want {
			t.Errorf("%q:\n got:\n%s\nwant:\n%s", dumpCases[i], got, want)
		}
	}
}
