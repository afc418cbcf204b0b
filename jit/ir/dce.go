package ir

// DCE removes instructions whose values nobody needs: pure ops and loads
// with no remaining use. Guards, LOOP and PHIs (with their operands) are
// always kept, and so is every value a kept guard's snapshot (or the loop
// snapshot) names, because an exit must be able to rebuild the frame.
// Snapshots that no guard uses are dropped and the rest renumbered.
func DCE(t *Trace) (*Trace, error) {
	live := make([]bool, len(t.Ins))
	snapUsed := make([]bool, len(t.Snaps))
	mark := func(r Ref) {
		if r > 0 && int(r) < len(live) {
			live[r] = true
		}
	}
	markSnap := func(i int) {
		if i < 0 || i >= len(t.Snaps) || snapUsed[i] {
			return
		}
		snapUsed[i] = true
		for _, e := range t.Snaps[i].Entries {
			mark(e.Ref)
		}
		for _, f := range t.Snaps[i].Frames {
			mark(f.Func)
		}
	}
	markSnap(t.LoopSnap)
	for i := len(t.Ins) - 1; i > 0; i-- {
		ins := t.Ins[i]
		info := ins.Op.Info()
		if info.Flags&(FGuard|FEffect) != 0 || ins.Op == PHI {
			live[i] = true
		}
		if !live[i] {
			continue
		}
		mark(ins.A)
		mark(ins.B)
		if info.Aux == AuxSnap {
			markSnap(int(ins.Aux))
		}
	}
	out := emptyLike(t)
	snapMap := make([]int, len(t.Snaps))
	for i, s := range t.Snaps {
		snapMap[i] = -1
		if snapUsed[i] {
			snapMap[i] = len(out.Snaps)
			out.Snaps = append(out.Snaps, s.clone())
		}
	}
	if t.LoopSnap >= 0 && t.LoopSnap < len(snapMap) {
		out.LoopSnap = snapMap[t.LoopSnap]
	}
	subst := make([]Ref, len(t.Ins))
	m := func(r Ref) Ref {
		if r > 0 {
			return subst[r]
		}
		return r
	}
	for i := 1; i < len(t.Ins); i++ {
		if !live[i] {
			continue
		}
		ins := t.Ins[i]
		ins.A, ins.B = m(ins.A), m(ins.B)
		if ins.Op.Info().Aux == AuxSnap && ins.Aux >= 0 && int(ins.Aux) < len(snapMap) {
			ins.Aux = int64(snapMap[ins.Aux])
		}
		subst[i] = out.Emit(ins)
	}
	for i := range out.Snaps {
		s := &out.Snaps[i]
		for j := range s.Entries {
			s.Entries[j].Ref = m(s.Entries[j].Ref)
		}
		for j := range s.Frames {
			s.Frames[j].Func = m(s.Frames[j].Func)
		}
	}
	return out, nil
}
