package parser

import (
	"strconv"
	"testing"

	"github.com/pyjit/pyjit/frontend/source"
)

// The expectations are what python3.11's REPL does with the same lines
// typed at its prompt: "more" means it shows sys.ps2 and reads on.
func TestParseInteractive(t *testing.T) {
	cases := []struct {
		src   string
		final bool
		more  bool
		err   string // "Type: msg @line" or ""
	}{
		{src: "x = 1\n"},
		{src: "print(1)\n"},
		{src: "def f():\n", more: true},
		{src: "def f():\n  return 1\n", more: true},
		{src: "if 1: print(1)\n", more: true},
		{src: "if x:\n  pass\nelse:\n", more: true},
		{src: "(1,\n", more: true},
		{src: "(1,\n2)\n"},
		{src: "'''abc\n", more: true},
		{src: "1\\\n", more: true},
		{src: "@dec\n", more: true},
		{src: "for x in y:\n  print(x\n", more: true},
		{src: "def f():\n    x = 1\n    try:\n", more: true},
		{src: "if 1:\n    if 2:\n", more: true},
		{src: "if 1:\n    if 2:\n        pass\n", more: true},
		{src: "if 1:\n    if 2:\n        pass\n    else:\n", more: true},
		{src: "1 +\n", err: "SyntaxError: invalid syntax @1"},
		{src: "x = ]\n", err: "SyntaxError: unmatched ']' @1"},
		{src: "'abc\n", err: "SyntaxError: unterminated string literal (detected at line 1) @1"},
		{src: "def f():\n  pass\nf()\n", err: "SyntaxError: invalid syntax @3"},
		// An empty line or end-of-file ends the statement.
		{src: "def f():\n", final: true, err: "IndentationError: expected an indented block after function definition on line 1 @1"},
		{src: "def f():\n\n", final: true, err: "IndentationError: expected an indented block after function definition on line 1 @2"},
		{src: "if 1: print(1)\n", final: true},
		{src: "def f():\n  return 1\n", final: true},
	}
	for _, c := range cases {
		mod, more, err := ParseInteractive(c.src, "<stdin>", c.final)
		got := ""
		if err != nil {
			se, ok := err.(*source.Error)
			if !ok {
				t.Errorf("%q: error %T %v", c.src, err, err)
				continue
			}
			got = se.Type + ": " + se.Msg + " @" + strconv.Itoa(se.Lineno)
		}
		if more != c.more || got != c.err {
			t.Errorf("%q final=%v: more=%v err=%q, want more=%v err=%q", c.src, c.final, more, got, c.more, c.err)
		}
		if !more && err == nil && mod == nil {
			t.Errorf("%q: no module and no error", c.src)
		}
	}
}
