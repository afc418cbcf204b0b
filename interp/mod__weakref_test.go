package interp

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/pyjit/pyjit/internal/difftest"
)

// weakrefDeath lets referents die and waits (allocating, so that Go's GC
// runs) until their callbacks have run. CPython frees them at once, so
// its loops do not iterate; pyjit's end when the collector has run and
// the next _weakref operation (r()) has drained the callback queue. The
// printed result is the same either way.
const weakrefDeath = `
import _weakref
class C: pass
called = []
def cb(w):
    called.append(w is r)
o = C()
r = _weakref.ref(o, cb)
k = _weakref.ref(C())
p = _weakref.proxy(C())
keep = C()
rk = _weakref.ref(keep, cb)
h = hash(r)
del o
n = 0
while not called and n < 2000000:
    junk = [[n] for _ in range(50)]
    r()
    n += 1
print(r() is None, k() is None, called, r.__callback__, hash(r) == h)
try:
    p.x
except ReferenceError as e:
    print("ReferenceError", e)
try:
    hash(k)
except TypeError as e:
    print("TypeError", e)
print(repr(r).endswith("; dead>"), r == r, r != k, rk() is keep)
d = {"a": r, "b": _weakref.ref(C), "c": 1}
for key in "abcz":
    try:
        _weakref._remove_dead_weakref(d, key)
    except TypeError as e:
        print(key, e)
print(sorted(d), _weakref.getweakrefcount(keep))
`

// TestWeakrefDeath checks that weak references really are weak and that
// callbacks run on the interpreter thread, against CPython's output.
func TestWeakrefDeath(t *testing.T) {
	py, err := difftest.Oracle()
	if err != nil {
		t.Skip(err)
	}
	path := filepath.Join(t.TempDir(), "death.py")
	if err := os.WriteFile(path, []byte(weakrefDeath), 0o644); err != nil {
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
	if got != string(want) {
		t.Fatalf("pyjit:\n%s\nCPython:\n%s", got, want)
	}
}
