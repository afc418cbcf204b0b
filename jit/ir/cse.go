package ir

// Common-subexpression elimination: hash-consing of instructions. Pure
// ops and loads are shared. Compiled code stores only scalar words
// (STORE), so a load of a pointer word or of a slot gives the same answer
// for the whole trace, and a scalar load until the next store
// (clobbersLoad); a guard identical to an
// earlier one (same op and operands, whatever its snapshot) is redundant,
// so the first is kept and the second dropped. ADDOV and friends are
// guards with a value: the second use takes the first one's value.

type cseKey struct {
	op   Op
	typ  Type
	a, b Ref
	aux  int64
}

// cseKeyOf returns the hash key of ins, or false if ins must never be
// shared (LOOP, PHI, NOP).
func cseKeyOf(ins Ins) (cseKey, bool) {
	switch {
	case ins.Op == LOOP, ins.Op == PHI, ins.Op == NOP, ins.Op.IsStore():
		return cseKey{}, false
	}
	k := cseKey{ins.Op, ins.Type, ins.A, ins.B, ins.Aux}
	if ins.Op.Commutative() && k.a > k.b {
		k.a, k.b = k.b, k.a
	}
	if ins.Op.Info().Aux == AuxSnap {
		k.aux = 0 // the snapshot does not change what a guard checks
	}
	return k, true
}

// CSE returns t with common subexpressions and redundant guards removed.
// Dropped instructions leave no trace; run DCE to remove what became
// unused.
func CSE(t *Trace) (*Trace, error) {
	return rewrite(t, newEmitter(emptyLike(t), false, true))
}

// clobbersLoad reports whether a store may change what load ins reads:
// stores write only the bits word of a Value, never a pointer word, and
// never the trace's private slot copy (SLOAD).
func clobbersLoad(ins Ins) bool {
	return ins.Op.Info().Flags&FLoad != 0 && ins.Op != SLOAD && ins.Type != TPtr
}
