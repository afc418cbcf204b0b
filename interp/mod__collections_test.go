package interp

import (
	"math/rand"
	"testing"
)

// TestDequeRingModel checks the deque's ring buffer against a slice
// model through random operations that wrap around and grow it.
func TestDequeRingModel(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	d := newDeque(&dequeType, -1)
	var model []int64
	for step := 0; step < 4000; step++ {
		switch op := r.Intn(8); {
		case op < 2:
			v := r.Int63n(1000)
			d.appendRight(Int(v))
			model = append(model, v)
		case op < 4:
			v := r.Int63n(1000)
			d.appendLeft(Int(v))
			model = append([]int64{v}, model...)
		case op == 4 && len(model) > 0:
			d.popBack()
			model = model[:len(model)-1]
		case op == 5 && len(model) > 0:
			d.popFront()
			model = model[1:]
		case op == 6:
			n := r.Intn(21) - 10
			d.rotate(n)
			if k := len(model); k > 0 {
				s := ((n % k) + k) % k
				model = append(model[k-s:], model[:k-s]...)
			}
		case op == 7 && len(model) > 0:
			i := r.Intn(len(model) + 1)
			if r.Intn(2) == 0 {
				d.insertAt(i, Int(-1))
				model = append(model[:i], append([]int64{-1}, model[i:]...)...)
			} else if i < len(model) {
				d.deleteAt(i)
				model = append(model[:i], model[i+1:]...)
			}
		}
		if d.n != len(model) {
			t.Fatalf("step %d: len %d, want %d", step, d.n, len(model))
		}
		if step%97 == 0 {
			for i, v := range d.items() {
				if v.AsInt() != model[i] {
					t.Fatalf("step %d: item %d is %d, want %d", step, i, v.AsInt(), model[i])
				}
			}
		}
	}
}

// TestDequeMaxlenTrim checks that appends past maxlen drop from the
// other end.
func TestDequeMaxlenTrim(t *testing.T) {
	d := newDeque(&dequeType, 3)
	for i := int64(0); i < 10; i++ {
		d.appendRight(Int(i))
	}
	d.appendLeft(Int(-1))
	got := d.items()
	want := []int64{-1, 7, 8}
	for i, v := range got {
		if v.AsInt() != want[i] {
			t.Fatalf("items %v, want %v", got, want)
		}
	}
}
