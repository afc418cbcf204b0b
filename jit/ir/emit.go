package ir

// emitter appends instructions to a trace, optionally folding each one
// (fold.go) and looking it up in a table of earlier identical
// instructions (cse.go) first. The fold and cse passes re-emit a whole
// trace through it; the loop pass emits the peeled copy through it, which
// is what hoists invariant work (LuaJIT does the same).
type emitter struct {
	out  *Trace
	fold bool
	cse  bool
	tab  map[cseKey]Ref
	// reuseGuard, when set, approves a CSE hit on an earlier guard; the
	// loop pass uses it to refuse guards whose operands vary per iteration.
	reuseGuard func(ins Ins, hit Ref) bool
}

func newEmitter(out *Trace, fold, cse bool) *emitter {
	return &emitter{out: out, fold: fold, cse: cse, tab: make(map[cseKey]Ref)}
}

// emit appends ins (or an equivalent) and returns the Ref holding its
// value. A guard that is proven to hold returns RefNone; one proven to
// fail returns an error wrapping ErrGuardFails.
func (e *emitter) emit(ins Ins) (Ref, error) {
	if e.fold {
		folded, res, done, err := foldIns(e.out, ins)
		if err != nil || done {
			return res, err
		}
		ins = folded
	}
	key, ok := cseKeyOf(ins)
	if e.cse && ok {
		if hit, found := e.tab[key]; found {
			if !ins.Op.IsGuard() || e.reuseGuard == nil || e.reuseGuard(ins, hit) {
				if ins.Op.HasValue() {
					return hit, nil
				}
				return RefNone, nil
			}
		}
	}
	r := e.out.Emit(ins)
	if e.cse && ok {
		e.tab[key] = r
	}
	if ins.Op.IsStore() {
		for k, hit := range e.tab {
			if clobbersLoad(e.out.Ins[hit]) {
				delete(e.tab, k)
			}
		}
	}
	return r, nil
}

// remember enters the existing instruction r into the CSE table.
func (e *emitter) remember(r Ref) {
	if key, ok := cseKeyOf(e.out.Ins[r]); ok {
		if _, dup := e.tab[key]; !dup {
			e.tab[key] = r
		}
	}
}

// rewrite re-emits every instruction of t through e (whose out must be a
// fresh trace sharing t's constants) and returns the new trace.
// Snapshots are copied with their refs renamed. The CSE table is reset at
// LOOP: matching a loop instruction against a pre-loop one is only sound
// while peeling (loop.go), where PHIs are created for it.
func rewrite(t *Trace, e *emitter) (*Trace, error) {
	out := e.out
	subst := make([]Ref, len(t.Ins))
	m := func(r Ref) Ref {
		if r > 0 {
			return subst[r]
		}
		return r
	}
	for i := 1; i < len(t.Ins); i++ {
		ins := t.Ins[i]
		ins.A, ins.B = m(ins.A), m(ins.B)
		var r Ref
		var err error
		switch ins.Op {
		case LOOP:
			clear(e.tab)
			r = out.Emit(ins)
		case PHI, NOP:
			r = out.Emit(ins)
		default:
			r, err = e.emit(ins)
		}
		if err != nil {
			return nil, err
		}
		subst[i] = r
	}
	for _, s := range t.Snaps {
		s = s.clone()
		for j := range s.Entries {
			s.Entries[j].Ref = m(s.Entries[j].Ref)
		}
		for j := range s.Frames {
			s.Frames[j].Func = m(s.Frames[j].Func)
		}
		out.Snaps = append(out.Snaps, s)
	}
	return out, nil
}

// emptyLike returns a trace with t's constants, tags and loop snapshot
// index but no instructions or snapshots.
func emptyLike(t *Trace) *Trace {
	out := NewTrace()
	out.K = append([]Const(nil), t.K...)
	out.Tags = t.Tags
	out.LoopSnap = t.LoopSnap
	return out
}
