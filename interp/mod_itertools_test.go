package interp

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/internal/difftest"
)

// itertoolsSweep exercises every itertools function over a grid of sizes
// and argument forms, printing one line per case; errors print their type
// and message, so argument checking is compared too.
const itertoolsSweep = `
import itertools as it
def show(label, f, *a, **k):
    try:
        r = f(*a, **k)
        out = list(it.islice(r, 60))
    except Exception as e:
        out = type(e).__name__ + ': ' + str(e)
    print(label, out)

vals = [None, -2, -1, 0, 1, 2, 3, 5, 9, 'x', 2.0, True]
for n in range(5):
    seq = range(n)
    for r in [None, -1, 0, 1, 2, 3, 5, 'r', 1.5, False]:
        show('perm', it.permutations, seq, r)
        show('comb', it.combinations, seq, r)
        show('cwr', it.combinations_with_replacement, seq, r)
        show('prod', it.product, seq, 'ab'[:n % 3], repeat=r)
for a in vals:
    show('isl2', it.islice, 'abcdefghij', a)
    for b in vals:
        show('isl3', it.islice, 'abcdefghij', a, b)
        for c in vals[:9]:
            show('isl4', it.islice, range(12), a, b, c)
for s in ['', 'a', 'aab', 'abba', 'aaabbbcccaaa', 'AbBa']:
    show('gb', lambda x: [(k, ''.join(g)) for k, g in it.groupby(x)], s)
    show('gbk', lambda x: [(k, ''.join(g)) for k, g in it.groupby(x, key=str.lower)], s)
    show('gbskip', lambda x: [k for k, g in it.groupby(x)], s)
    show('pw', it.pairwise, s)
    show('zl', it.zip_longest, s, s[1:], 'xy', fillvalue='.')
    show('acc', it.accumulate, s)
    show('acci', it.accumulate, s, initial='>')
    show('cyc', it.cycle, s)
    show('tee', lambda x: [list(t) for t in it.tee(x, len(x))], s)
    show('dw', it.dropwhile, lambda c: c == 'a', s)
    show('tw', it.takewhile, lambda c: c == 'a', s)
    show('ff', it.filterfalse, lambda c: c == 'a', s)
    show('cmp', it.compress, s, [1, 0, 1])
    show('ch', it.chain, s, s, s)
    show('chf', it.chain.from_iterable, [s, s])
    show('sm', it.starmap, lambda *a: a, [s, s])
for a in [0, 1, -3, 2.5, 10**20, True, 'a', None]:
    for b in [None, 1, -1, 0.5, 10**20, 'a']:
        k = {} if b is None else {'step': b}
        show('cnt', it.count, a, **k)
        try:
            print(repr(it.count(a, **k)))
        except TypeError as e:
            print('TypeError', e)
    show('rep', it.repeat, 'r', a)
`

// TestItertoolsSweep compares the sweep's output with CPython's.
func TestItertoolsSweep(t *testing.T) {
	py, err := difftest.Oracle()
	if err != nil {
		t.Skip(err)
	}
	path := filepath.Join(t.TempDir(), "sweep.py")
	if err := os.WriteFile(path, []byte(itertoolsSweep), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(py, path).Output()
	if err != nil {
		t.Fatalf("python: %v", err)
	}
	got, errs, code := runPyjit(t, path)
	if code != 0 {
		t.Fatalf("pyjit exit %d: %s", code, errs)
	}
	wl, gl := strings.Split(string(want), "\n"), strings.Split(got, "\n")
	for i := range wl {
		if i >= len(gl) || wl[i] != gl[i] {
			g := "<missing>"
			if i < len(gl) {
				g = gl[i]
			}
			t.Fatalf("line %d differs:\nCPython: %s\npyjit:   %s", i+1, wl[i], g)
		}
	}
	if len(gl) != len(wl) {
		t.Fatalf("pyjit printed %d lines, CPython %d", len(gl), len(wl))
	}
}
