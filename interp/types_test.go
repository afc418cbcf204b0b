package interp

import (
	"os/exec"
	"strings"
	"testing"
)

func oracle(t *testing.T) string {
	for _, p := range []string{"/usr/bin/python3.11", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no python3.11 to compare with")
	return ""
}

// hierarchies are class statements; each class's MRO (or TypeError) is
// compared with CPython's.
var hierarchies = [][2]string{
	{"A", ""}, {"B", "A"}, {"C", "A"}, {"D", "B C"}, {"E", "C B"},
	{"F", "D E"}, // inconsistent
	{"O", ""}, {"WA", "O"}, {"WB", "O"}, {"WC", "O"}, {"WD", "O"}, {"WE", "O"},
	{"K1", "WA WB WC"}, {"K2", "WD WB WE"}, {"K3", "WD WA"}, {"Z", "K1 K2 K3"},
	{"G", "A A"}, // duplicate base
	{"H", "A B"}, // inconsistent: A before its subclass B
	{"I", "B A"}, {"J", "I D"}, {"L", "D I"},
}

func TestMROMatchesCPython(t *testing.T) {
	py := oracle(t)
	var script strings.Builder
	for _, h := range hierarchies {
		bases := strings.ReplaceAll(h[1], " ", ", ")
		script.WriteString("try:\n    class " + h[0] + "(" + bases + "): pass\n")
		script.WriteString("    print(' '.join(c.__name__ for c in " + h[0] + ".__mro__))\n")
		script.WriteString("except TypeError as e:\n    print('TypeError:', repr(str(e)))\n")
	}
	out, err := exec.Command(py, "-c", script.String()).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	want := strings.Split(strings.TrimSpace(string(out)), "\n")
	types := map[string]*Type{}
	for i, h := range hierarchies {
		var bases []*Type
		for _, b := range strings.Fields(h[1]) {
			bases = append(bases, types[b])
		}
		var got string
		ty, err := NewType(h[0], bases)
		if err != nil {
			got = "TypeError: " + pyQuote(err.Error())
		} else {
			types[h[0]] = ty
			var names []string
			for _, m := range ty.MRO {
				names = append(names, m.Name)
			}
			got = strings.Join(names, " ")
		}
		if got != want[i] {
			t.Errorf("class %s(%s): got %q, CPython %q", h[0], h[1], got, want[i])
		}
	}
}

// pyQuote is repr() of a simple str (no quotes or backslashes besides \n).
func pyQuote(s string) string { return "'" + strings.ReplaceAll(s, "\n", `\n`) + "'" }

func TestVersionTags(t *testing.T) {
	a, _ := NewType("A", nil)
	b, _ := NewType("B", []*Type{a})
	c, _ := NewType("C", []*Type{b})
	other, _ := NewType("Other", nil)
	va, vb, vc, vo := a.Version(), b.Version(), c.Version(), other.Version()
	if va == 0 || vb == 0 || vc == 0 || va == vb || vb == vc {
		t.Fatalf("versions not distinct: %d %d %d", va, vb, vc)
	}
	if a.Version() != va {
		t.Fatal("version changed without modification")
	}
	b.Modified()
	if a.Version() != va {
		t.Error("modifying a subclass invalidated its base")
	}
	if b.Version() == vb || c.Version() == vc {
		t.Error("modifying B did not invalidate B and its subclass C")
	}
	if other.Version() != vo {
		t.Error("an unrelated type was invalidated")
	}
	// Changing bases invalidates too, and the MRO follows.
	vc = c.Version()
	if err := c.SetBases([]*Type{other}); err != nil {
		t.Fatal(err)
	}
	if c.Version() == vc || c.IsSubtype(a) || !c.IsSubtype(other) {
		t.Error("SetBases did not take effect")
	}
	vc = c.Version()
	b.Modified()
	if c.Version() != vc {
		t.Error("a former base still invalidates C")
	}
	if got := len(other.Subclasses()); got != 1 {
		t.Errorf("Other has %d subclasses, want 1", got)
	}
	if err := a.SetBases([]*Type{b}); err == nil {
		t.Error("a cycle A -> B -> A was accepted")
	}
}

// TestLookupCacheInvalidation checks that Lookup's cache follows every
// kind of change to a class namespace, including direct dict writes.
func TestLookupCacheInvalidation(t *testing.T) {
	a, _ := NewType("A", nil)
	b, _ := NewType("B", []*Type{a})
	for _, tp := range []*Type{a, b} {
		tp.Dict = NewDict()
		tp.Dict.owner = tp
	}
	name := Intern("attr_for_cache_test")
	if !b.Lookup(name).IsNull() {
		t.Fatal("found an attribute that does not exist")
	}
	a.Dict.setStrNoErr(name, Int(1))
	if v := b.Lookup(name); !v.IsInt() || v.AsInt() != 1 {
		t.Fatalf("after setting A.attr, B.attr = %v", v)
	}
	b.Dict.setStrNoErr(name, Int(2))
	if v := b.Lookup(name); !v.IsInt() || v.AsInt() != 2 {
		t.Fatalf("after setting B.attr, B.attr = %v", v)
	}
	if _, _, err := b.Dict.Pop(nil, FromObject(&name.Object)); err != nil {
		t.Fatal(err)
	}
	if v := b.Lookup(name); !v.IsInt() || v.AsInt() != 1 {
		t.Fatalf("after deleting B.attr, B.attr = %v", v)
	}
	a.Dict.Clear()
	if !b.Lookup(name).IsNull() {
		t.Fatal("cleared namespace still answers")
	}
}
