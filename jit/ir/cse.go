package ir

// Common-subexpression elimination: hash-consing of instructions. Pure
// ops and loads are shared (compiled code never stores to memory, so a
// load gives the same answer for the whole trace); a guard identical to an
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
	switch ins.Op {
	case LOOP, PHI, NOP:
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
