package compiler_test

import (
	"encoding/json"
	"errors"
	"os/exec"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
)

// syntaxErrorPrograms raise SyntaxErrors in CPython's compiler (not its
// parser or symbol table).
var syntaxErrorPrograms = []string{
	"return 1\n",
	"class C:\n    return\n",
	"break\n",
	"if x:\n    continue\n",
	"def f():\n    for x in y:\n        pass\n    break\n",
	"yield 1\n",
	"class C:\n    yield\n",
	"await x\n",
	"def f():\n    await x\n",
	"def f():\n    [x async for x in y]\n",
	"async def f():\n    yield 1\n    return 2\n",
	"try:\n    pass\nexcept:\n    pass\nexcept E:\n    pass\n",
	"*a = 1\n",
	"a, *b, *c = d\n",
	"print(*a if b else c)\n",
	"x = *a\n",
	"match x:\n    case y:\n        pass\n    case 1:\n        pass\n",
	"match x:\n    case _:\n        pass\n    case 1:\n        pass\n",
	"match x:\n    case [a, a]:\n        pass\n",
	"match x:\n    case [a] | [b]:\n        pass\n",
	"match x:\n    case {f(): 1}:\n        pass\n",
	"match x:\n    case {1: a, 1: b}:\n        pass\n",
	"match x:\n    case C(a=1, a=2):\n        pass\n",
	"def f():\n    x = 1\n    from __future__ import annotations\n",
	"for x in y:\n    try:\n        pass\n    except* E:\n        break\n",
	"def f():\n    async with a:\n        pass\n",
	"def f():\n    async for x in y:\n        pass\n",
	"async def f():\n    yield from x\n",
	"def f():\n    " + strings.Repeat("for x in y:\n"+strings.Repeat(" ", 4), 20) + "pass\n",
	"f(a=1, a=2)\n",
}

const errorScript = `
import sys, json
for src in json.load(sys.stdin):
    try:
        compile(src, 's.py', 'exec', dont_inherit=True)
        print(json.dumps(None))
    except SyntaxError as e:
        print(json.dumps([type(e).__name__, e.msg, e.lineno, e.offset]))
`

// TestSyntaxErrors compares type, message, line and offset of compiler
// SyntaxErrors with python3.11's compile().
func TestSyntaxErrors(t *testing.T) {
	py := oracle(t)
	in, _ := json.Marshal(syntaxErrorPrograms)
	cmd := exec.Command(py, "-c", errorScript)
	cmd.Stdin = strings.NewReader(string(in))
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	for i, src := range syntaxErrorPrograms {
		var want []any
		json.Unmarshal([]byte(lines[i]), &want)
		_, err := compiler.CompileSource([]byte(src), "s.py", parser.Exec, compiler.Options{})
		var got []any
		var se *source.Error
		if errors.As(err, &se) {
			got = []any{se.Type, se.Msg, float64(se.Lineno), float64(se.Offset)}
		} else if err != nil {
			got = []any{"?", err.Error()}
		}
		if gs, ws := jsonString(got), jsonString(want); gs != ws {
			t.Errorf("%q:\n got  %s\n want %s", src, gs, ws)
		}
	}
}

func jsonString(v any) string {
	b, _ := json.Marshal(v)
	return string(b)
}
