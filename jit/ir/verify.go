package ir

import (
	"errors"
	"fmt"
)

// Verify checks that t is well formed: every operand is defined before
// its use (SSA dominance in a linear trace) or is a valid constant, types
// follow the op table, guards name valid snapshots whose refs are defined
// before the guard, LOOP appears at most once, PHIs come last and join a
// pre-loop value, and no SLOAD follows LOOP (slots are only read on
// entry: inside the loop they would show stale entry values).
func Verify(t *Trace) error {
	v := verifier{t: t}
	v.run()
	if len(v.errs) == 0 {
		return nil
	}
	return errors.Join(v.errs...)
}

type verifier struct {
	t    *Trace
	errs []error
}

const maxVerifyErrors = 10

func (v *verifier) errorf(format string, args ...any) {
	if len(v.errs) < maxVerifyErrors {
		v.errs = append(v.errs, fmt.Errorf("ir: "+format, args...))
	}
}

// value checks that operand r of instruction at is usable: a constant or
// an earlier instruction with a value. It returns r's type.
func (v *verifier) value(at, r Ref, what string) Type {
	t := v.t
	if r < 0 {
		if _, ok := t.Const(r); !ok {
			v.errorf("%04d: %s: bad constant %d", at, what, r)
			return TVoid
		}
		return t.TypeOf(r)
	}
	if r == 0 || r >= at || int(r) >= len(t.Ins) {
		v.errorf("%04d: %s: %v is not defined before use", at, what, r)
		return TVoid
	}
	typ := t.TypeOf(r)
	if typ == TVoid {
		v.errorf("%04d: %s: %v has no value", at, what, r)
	}
	return typ
}

func (v *verifier) run() {
	t := v.t
	if len(t.Ins) == 0 || t.Ins[0].Op != NOP {
		v.errorf("Ins[0] must be a NOP placeholder")
		return
	}
	if int(int32(len(t.Ins))) != len(t.Ins) {
		v.errorf("trace too long")
		return
	}
	for i, k := range t.K {
		if !k.Op.Valid() || k.Op.Info().Flags&FConst == 0 || !k.Op.Info().Types.has(k.Type) {
			v.errorf("K%d: bad constant %v %v", i, k.Op, k.Type)
		}
	}
	for typ, r := range t.Tags {
		if r != RefNone && t.TypeOf(r) != TPtr {
			v.errorf("tag of %v is not a pointer constant", Type(typ))
		}
	}
	if t.LoopSnap < -1 || t.LoopSnap >= len(t.Snaps) {
		v.errorf("LoopSnap %d out of range", t.LoopSnap)
	}
	loop, phis := RefNone, false
	for i := 1; i < len(t.Ins); i++ {
		at := Ref(i)
		ins := t.Ins[i]
		if !ins.Op.Valid() {
			v.errorf("%04d: invalid op %d", i, ins.Op)
			continue
		}
		info := ins.Op.Info()
		if info.Flags&FConst != 0 {
			v.errorf("%04d: constant op %v in the instruction stream", i, ins.Op)
			continue
		}
		if phis && ins.Op != PHI {
			v.errorf("%04d: %v after a PHI", i, ins.Op)
		}
		switch ins.Op {
		case LOOP:
			if loop != RefNone {
				v.errorf("%04d: second LOOP", i)
			}
			loop = at
		case PHI:
			phis = true
			if loop == RefNone {
				v.errorf("%04d: PHI without LOOP", i)
			} else if ins.A <= 0 || ins.A >= loop {
				v.errorf("%04d: PHI left operand must be a pre-loop instruction", i)
			}
		case SLOAD:
			if loop != RefNone {
				v.errorf("%04d: SLOAD inside the loop", i)
			}
		}
		var ta, tb Type
		if info.A == OpndRef {
			ta = v.value(at, ins.A, "A")
		} else if ins.A != RefNone {
			v.errorf("%04d: unused A operand set", i)
		}
		if info.B == OpndRef {
			tb = v.value(at, ins.B, "B")
		} else if ins.B != RefNone {
			v.errorf("%04d: unused B operand set", i)
		}
		v.checkTypes(at, ins, info, ta, tb)
		v.checkAux(at, ins, info)
	}
	for i := range t.Snaps {
		v.checkSnap(i)
	}
}

func (v *verifier) checkTypes(at Ref, ins Ins, info OpInfo, ta, tb Type) {
	if ta == TVoid && info.A == OpndRef || tb == TVoid && info.B == OpndRef {
		return // already reported
	}
	bad := func() { v.errorf("%04d: %v: bad types %v(%v, %v)", at, ins.Op, ins.Type, ta, tb) }
	switch info.Res {
	case ResVoid:
		if ins.Type != TVoid || info.Flags&FStore != 0 && (ta != TPtr || tb == TPtr) {
			bad()
		}
	case ResA:
		if ins.Type != ta || !info.Types.has(ta) || info.B == OpndRef && tb != ta {
			bad()
		}
	case ResFloat:
		if ins.Type != TFloat || !info.Types.has(ta) {
			bad()
		}
	case ResCmp:
		if ins.Type != ta || tb != ta || !info.Types.has(ta) {
			bad()
		}
	case ResIns:
		if !info.Types.has(ins.Type) {
			bad()
		}
		if info.A == OpndRef && ta != TPtr || info.B == OpndRef && tb != TInt {
			bad()
		}
	}
}

func (v *verifier) checkAux(at Ref, ins Ins, info OpInfo) {
	switch info.Aux {
	case AuxNone, AuxConv:
		if ins.Aux != 0 {
			v.errorf("%04d: unused Aux set", at)
		}
	case AuxSlot:
		if ins.Aux < 0 || ins.Aux >= 1<<24 {
			v.errorf("%04d: bad slot %d", at, ins.Aux)
		}
	case AuxOfs:
		if ins.Aux < -1<<31 || ins.Aux >= 1<<31 {
			v.errorf("%04d: offset %d out of range", at, ins.Aux)
		}
	case AuxSnap:
		if ins.Aux < 0 || ins.Aux >= int64(len(v.t.Snaps)) {
			v.errorf("%04d: bad snapshot %d", at, ins.Aux)
			return
		}
		for _, e := range v.t.Snaps[ins.Aux].Entries {
			v.value(at, e.Ref, fmt.Sprintf("S%d slot %d", ins.Aux, e.Slot))
		}
	}
}

func (v *verifier) checkSnap(i int) {
	s := &v.t.Snaps[i]
	end := Ref(len(v.t.Ins))
	for j, e := range s.Entries {
		if e.Slot < 0 || e.Slot >= 1<<24 || j > 0 && e.Slot <= s.Entries[j-1].Slot {
			v.errorf("S%d: slots must be non-negative, sorted and unique", i)
			return
		}
		v.value(end, e.Ref, fmt.Sprintf("S%d slot %d", i, e.Slot))
	}
	for _, f := range s.Frames {
		if f.Func != RefNone {
			v.value(end, f.Func, fmt.Sprintf("S%d frame", i))
		}
	}
}
