package ir

import (
	"errors"
	"fmt"
)

// Loop peeling, after LuaJIT's lj_opt_loop. The input is one recorded
// iteration with no LOOP, plus LoopSnap: the slots at the end of the
// iteration. The output is
//
//	pre-loop: the recorded iteration, unchanged (it runs once)
//	LOOP
//	loop:     a copy of the iteration, emitted through fold and CSE
//	PHIs
//
// In the copy each SLOAD becomes the value LoopSnap gives its slot (the
// previous iteration's result), or stays the pre-loop SLOAD if the slot is
// unchanged: slots are never re-read inside the loop. Copies that fold or
// CSE to an existing pre-loop instruction cost nothing per iteration:
// that is how invariant loads, arithmetic and guards get hoisted.
//
// Meaning of a pre-loop ref x inside the loop: x's value from the previous
// iteration (from the pre-loop copy on the first pass). So when the copy
// of x (subst[x]) differs from x and the loop uses x, x is loop-carried:
// PHI x subst[x] tells the backend to move subst[x] into x's location at
// the back-edge, all PHIs in parallel. A pre-loop guard may only stand in
// for a copied guard whose operands are loop-invariant; otherwise the copy
// is kept.

// ErrNotLoop reports a trace the loop pass cannot peel.
var ErrNotLoop = errors.New("ir: not a peelable loop trace")

// PeelLoop peels t's loop. fold and cse select the optimizations applied
// to the copy; with both off the copy is literal (guards repeated, no
// hoisting), which is still correct.
func PeelLoop(t *Trace, fold, cse bool) (*Trace, error) {
	if t.LoopRef() != RefNone || t.LoopSnap < 0 || t.LoopSnap >= len(t.Snaps) {
		return nil, fmt.Errorf("%w: needs a loop snapshot and no LOOP", ErrNotLoop)
	}
	// out keeps LoopSnap (the same index in out.Snaps): in the peeled
	// trace it describes the loop head, where an interrupt exits (see
	// Trace.LoopSnap).
	out := t.Clone()
	e := newEmitter(out, fold, cse)
	if cse {
		// A scalar load in the copy may not reuse a pre-loop one when the
		// iteration stores: the store may have changed the word since.
		stores := false
		for _, ins := range out.Ins {
			stores = stores || ins.Op.IsStore()
		}
		for i := 1; i < len(out.Ins); i++ {
			if !stores || !clobbersLoad(out.Ins[i]) {
				e.remember(Ref(i))
			}
		}
	}
	n := len(t.Ins)
	loop := out.Emit(Ins{Op: LOOP})
	subst := make([]Ref, n)
	copied := make([]bool, n)
	m := func(r Ref) Ref {
		if r > 0 && int(r) < n {
			return subst[r]
		}
		return r
	}
	invariant := func(r Ref) bool {
		return r < 0 || r >= loop || int(r) < n && copied[r] && subst[r] == r
	}
	e.reuseGuard = func(ins Ins, hit Ref) bool {
		return hit >= loop || invariant(ins.A) && invariant(ins.B)
	}
	end := &t.Snaps[t.LoopSnap]
	for i := 1; i < n; i++ {
		ins := t.Ins[i]
		if ins.Op == SLOAD {
			r, err := forwardSlot(t, ins, end)
			if err != nil {
				return nil, err
			}
			subst[i], copied[i] = r, true
			if r == RefNone {
				subst[i] = Ref(i)
			}
			continue
		}
		ins.A, ins.B = m(ins.A), m(ins.B)
		if ins.Op.Info().Aux == AuxSnap {
			ins.Aux = int64(len(out.Snaps))
			out.Snaps = append(out.Snaps, loopSnap(t, int(t.Ins[i].Aux), end, m))
		}
		r, err := e.emit(ins)
		if err != nil {
			return nil, fmt.Errorf("peeled copy of %04d: %w", i, err)
		}
		subst[i], copied[i] = r, true
	}
	emitPhis(out, loop, n, m)
	return out, Verify(out)
}

// forwardSlot returns what SLOAD ins reads at the start of a later
// iteration: the loop snapshot's value for its slot (or that value's tag,
// for a ref-word load), or RefNone if the slot never changes.
func forwardSlot(t *Trace, ins Ins, end *Snapshot) (Ref, error) {
	v, ok := end.Lookup(int32(ins.Aux))
	if !ok {
		return RefNone, nil
	}
	vt := t.TypeOf(v)
	switch {
	case ins.Type == TPtr && vt == TPtr:
		return v, nil
	case ins.Type == TPtr:
		if t.Tags[vt] == RefNone {
			return RefNone, fmt.Errorf("%w: no tag constant for %v", ErrNotLoop, vt)
		}
		return t.Tags[vt], nil
	case ins.Type != vt:
		return RefNone, fmt.Errorf("%w: slot %d is %v on entry but %v at the back-edge",
			ErrNotLoop, ins.Aux, ins.Type, vt)
	}
	return v, nil
}

// loopSnap builds the snapshot of a copied guard: the slots as they are at
// the start of a loop iteration (the loop snapshot's pre-loop refs),
// overridden by the original snapshot's entries renamed into the copy.
func loopSnap(t *Trace, orig int, end *Snapshot, m func(Ref) Ref) Snapshot {
	s := end.clone()
	if orig < 0 || orig >= len(t.Snaps) {
		return s
	}
	o := &t.Snaps[orig]
	s.PC = o.PC
	s.Frames = nil
	for _, e := range o.Entries {
		s.Set(e.Slot, m(e.Ref))
	}
	for _, f := range o.Frames {
		f.Func = m(f.Func)
		s.Frames = append(s.Frames, f)
	}
	return s
}

// emitPhis adds PHI x subst[x] for every pre-loop x the loop uses whose
// next-iteration value differs, following chains (subst[x] may itself be a
// pre-loop ref that then needs its own PHI).
func emitPhis(out *Trace, loop Ref, n int, m func(Ref) Ref) {
	need := make([]bool, loop)
	var work []Ref
	use := func(r Ref) {
		if r > 0 && r < loop && !need[r] {
			need[r] = true
			work = append(work, r)
		}
	}
	for i := int(loop) + 1; i < len(out.Ins); i++ {
		use(out.Ins[i].A)
		use(out.Ins[i].B)
		if out.Ins[i].Op.Info().Aux == AuxSnap {
			for _, e := range out.Snaps[out.Ins[i].Aux].Entries {
				use(e.Ref)
			}
		}
	}
	// The loop snapshot's values must be current at the back-edge too:
	// an interrupt exits there through it.
	if out.LoopSnap >= 0 && out.LoopSnap < len(out.Snaps) {
		for _, e := range out.Snaps[out.LoopSnap].Entries {
			use(e.Ref)
		}
	}
	for len(work) > 0 {
		x := work[len(work)-1]
		work = work[:len(work)-1]
		if int(x) < n && m(x) != x {
			use(m(x))
		}
	}
	// Emit in ref order so the output is deterministic.
	for x := Ref(1); x < loop; x++ {
		if need[x] && int(x) < n && m(x) != x {
			out.Emit(Ins{Op: PHI, Type: out.TypeOf(x), A: x, B: m(x)})
		}
	}
}
