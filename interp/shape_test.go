package interp

import (
	"fmt"
	"sync"
	"testing"
)

func TestShapeTransitions(t *testing.T) {
	a := EmptyShape.With("x").With("y")
	b := EmptyShape.With("x").With("y")
	if a != b {
		t.Fatal("equal attribute histories must share a shape")
	}
	c := EmptyShape.With("y").With("x")
	if c == a || c.ID() == a.ID() {
		t.Fatal("different orders must give different shapes")
	}
	if a.Lookup("x") != 0 || a.Lookup("y") != 1 || a.Lookup("z") != -1 || c.Lookup("x") != 1 {
		t.Fatal("lookups are wrong")
	}
	if EmptyShape.Len() != 0 || a.Len() != 2 || a.parent.Keys()[0] != "x" {
		t.Fatal("lengths or keys are wrong")
	}
}

func TestLargeShapes(t *testing.T) {
	s := EmptyShape
	for i := 0; i < MaxShapeKeys; i++ {
		s = s.With(fmt.Sprintf("a%d", i))
		if s == nil {
			t.Fatalf("shape ended at %d keys", i)
		}
		for j := 0; j <= i; j++ {
			if got := s.Lookup(fmt.Sprintf("a%d", j)); got != j {
				t.Fatalf("shape of %d keys: a%d at %d", i+1, j, got)
			}
		}
		if s.Lookup("missing") != -1 {
			t.Fatal("missing key found")
		}
	}
	if s.With("one_more") != nil {
		t.Fatal("a shape grew past MaxShapeKeys")
	}
}

func TestShapeTransitionsConcurrent(t *testing.T) {
	var wg sync.WaitGroup
	results := make([]*Shape, 8)
	for g := range results {
		wg.Add(1)
		go func() {
			defer wg.Done()
			s := EmptyShape
			for i := 0; i < 20; i++ {
				s = s.With(fmt.Sprintf("k%d", i))
			}
			results[g] = s
		}()
	}
	wg.Wait()
	for _, s := range results {
		if s != results[0] {
			t.Fatal("concurrent transitions built different shapes")
		}
	}
}
