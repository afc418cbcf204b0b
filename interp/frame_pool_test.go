package interp

import "testing"

// TestFrameClass checks the size-class arithmetic against the table.
func TestFrameClass(t *testing.T) {
	for n := 1; n <= 300; n++ {
		want := -1
		for c, max := range frameClassCaps {
			if n <= max {
				want = c
				break
			}
		}
		if got := frameClass(n); got != want {
			t.Errorf("frameClass(%d) = %d, want %d", n, got, want)
		}
	}
}
