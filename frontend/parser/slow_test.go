package parser

import (
	"strings"
	"testing"
	"time"
)

// TestPathologicalInputs guards against exponential backtracking.
func TestPathologicalInputs(t *testing.T) {
	inputs := []string{
		strings.Repeat("(", 100) + "a b" + strings.Repeat(")", 100),
		strings.Repeat("[", 100) + "a b",
		strings.Repeat("f(", 100) + "a b",
		strings.Repeat("{", 100) + "a:",
		strings.Repeat("(a, ", 100) + "*",
		strings.Repeat("lambda: ", 100) + "(",
		strings.Repeat("not ", 1000) + "(",
		strings.Repeat("a[", 100) + "1 2",
		strings.Repeat("(a for a in ", 50) + "b",
		strings.Repeat("-", 5000) + "1",
		strings.Repeat("x if y else ", 200) + "(",
		strings.Repeat("f'{", 10) + "a b",
		"(" + strings.Repeat("a = ", 100) + "1",
		strings.Repeat("def f(", 50) + "a=1, b",
		strings.Repeat("{**", 100) + "a",
		strings.Repeat("match x:\n case ", 50) + "(",
	}
	for _, src := range inputs {
		start := time.Now()
		ParseString(src, "<s>", Exec)
		if d := time.Since(start); d > 2*time.Second {
			t.Errorf("%.40q... took %v", src, d)
		}
	}
}
