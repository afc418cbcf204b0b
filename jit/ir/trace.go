package ir

import (
	"fmt"
	"math"
)

// Ref names an IR value: a positive Ref is an index into Trace.Ins, a
// negative Ref -k is constant k-1 of Trace.K, and 0 (RefNone) is "no
// operand".
type Ref int32

// RefNone is the empty operand.
const RefNone Ref = 0

// IsConst reports whether r names a constant.
func (r Ref) IsConst() bool { return r < 0 }

// Ins is one instruction. Which of A, B and Aux are used, and what Aux
// means, depends on Op (see opTable).
type Ins struct {
	Op   Op
	Type Type
	A, B Ref
	Aux  int64
}

// Const is an interned constant: Bits holds the int64, the float64 bits or
// the address. Name, for pointers, is what the printer shows instead of
// the address (addresses differ from run to run; golden tests need names).
type Const struct {
	Op   Op // KINT, KFLOAT or KPTR
	Type Type
	Bits uint64
	Name string
}

// Trace is a linear SSA trace. Ins[0] is a NOP placeholder so that every
// real instruction has a positive Ref.
type Trace struct {
	Ins   []Ins
	K     []Const
	Snaps []Snapshot
	// LoopSnap is the snapshot describing the slots at the end of one
	// recorded loop iteration (the state the next iteration starts from);
	// -1 when there is none. The loop pass peels the loop with it; in the
	// peeled trace its pre-loop refs, after the back-edge's PHI moves,
	// hold the next iteration's values, so it describes the loop head at
	// the back-edge poll: the exit an interrupt request takes.
	LoopSnap int
	// Tags holds, per type, the constant that is the ref word of a slot
	// holding an unboxed value of that type (interp.IntTag's address for
	// TInt, ...). The loop pass needs it to forward a slot's ref word.
	Tags [numTypes]Ref

	kindex map[Const]Ref
}

// NewTrace returns an empty trace.
func NewTrace() *Trace {
	return &Trace{Ins: []Ins{{Op: NOP}}, LoopSnap: -1}
}

// Len returns the number of instruction slots including the placeholder,
// so valid instruction Refs are 1..Len()-1.
func (t *Trace) Len() int { return len(t.Ins) }

// At returns the instruction r (a zero NOP for constants or bad refs).
func (t *Trace) At(r Ref) Ins {
	if r > 0 && int(r) < len(t.Ins) {
		return t.Ins[r]
	}
	return Ins{}
}

// Const returns constant r, and whether r is a valid constant ref.
func (t *Trace) Const(r Ref) (Const, bool) {
	k := int(-r) - 1
	if r >= 0 || k >= len(t.K) {
		return Const{}, false
	}
	return t.K[k], true
}

// TypeOf returns the type of the value r (TVoid for none or bad refs).
func (t *Trace) TypeOf(r Ref) Type {
	if r < 0 {
		k, _ := t.Const(r)
		return k.Type
	}
	ins := t.At(r)
	if !ins.Op.HasValue() {
		return TVoid
	}
	return ins.Type
}

func (t *Trace) intern(k Const) Ref {
	if t.kindex == nil {
		t.kindex = make(map[Const]Ref, len(t.K))
		for i, c := range t.K {
			t.kindex[c] = Ref(-i - 1)
		}
	}
	if r, ok := t.kindex[k]; ok {
		return r
	}
	t.K = append(t.K, k)
	r := Ref(-len(t.K))
	t.kindex[k] = r
	return r
}

// KInt interns an int constant.
func (t *Trace) KInt(v int64) Ref { return t.intern(Const{Op: KINT, Type: TInt, Bits: uint64(v)}) }

// KFloat interns a float constant (by bit pattern: -0.0 and 0.0 differ).
func (t *Trace) KFloat(v float64) Ref {
	return t.intern(Const{Op: KFLOAT, Type: TFloat, Bits: math.Float64bits(v)})
}

// KBool interns a bool constant (0 or 1).
func (t *Trace) KBool(b bool) Ref {
	var bits uint64
	if b {
		bits = 1
	}
	return t.intern(Const{Op: KINT, Type: TBool, Bits: bits})
}

// KPtr interns a pointer constant; name is for printing.
func (t *Trace) KPtr(addr uintptr, name string) Ref {
	return t.intern(Const{Op: KPTR, Type: TPtr, Bits: uint64(addr), Name: name})
}

// kconst interns a constant of type typ with raw bits (pointer constants
// keep no name).
func (t *Trace) kconst(typ Type, bits uint64) Ref {
	switch typ {
	case TFloat:
		return t.KFloat(math.Float64frombits(bits))
	case TPtr:
		return t.intern(Const{Op: KPTR, Type: TPtr, Bits: bits})
	case TBool:
		return t.intern(Const{Op: KINT, Type: TBool, Bits: bits & 1})
	}
	return t.KInt(int64(bits))
}

// SetTag records the address of the tag object that marks unboxed values
// of typ in a slot's ref word.
func (t *Trace) SetTag(typ Type, addr uintptr, name string) {
	if typ < numTypes {
		t.Tags[typ] = t.KPtr(addr, name)
	}
}

// Emit appends ins unchanged and returns its Ref. Passes and the recorder
// use the optimizing emitters instead when they want folding or CSE.
func (t *Trace) Emit(ins Ins) Ref {
	t.Ins = append(t.Ins, ins)
	return Ref(len(t.Ins) - 1)
}

// SLoad appends a load of slot's bits word (typ int, float, bool) or ref
// word (typ ptr).
func (t *Trace) SLoad(typ Type, slot int) Ref {
	return t.Emit(Ins{Op: SLOAD, Type: typ, Aux: int64(slot)})
}

// Arith appends a non-guard op of A's type (ADD, NEG, CONV, ...).
func (t *Trace) Arith(op Op, a, b Ref) Ref {
	typ := t.TypeOf(a)
	if op.Info().Res == ResFloat {
		typ = TFloat
	}
	return t.Emit(Ins{Op: op, Type: typ, A: a, B: b})
}

// Guard appends a guard (compare or overflow-checked op) using snapshot
// snap. Its Type is the operands' type.
func (t *Trace) Guard(op Op, a, b Ref, snap int) Ref {
	return t.Emit(Ins{Op: op, Type: t.TypeOf(a), A: a, B: b, Aux: int64(snap)})
}

// Clone returns a deep copy of t.
func (t *Trace) Clone() *Trace {
	c := &Trace{
		Ins:      append([]Ins(nil), t.Ins...),
		K:        append([]Const(nil), t.K...),
		LoopSnap: t.LoopSnap,
		Tags:     t.Tags,
	}
	for _, s := range t.Snaps {
		c.Snaps = append(c.Snaps, s.clone())
	}
	return c
}

// LoopRef returns the Ref of the LOOP instruction, or RefNone.
func (t *Trace) LoopRef() Ref {
	for i, ins := range t.Ins {
		if ins.Op == LOOP {
			return Ref(i)
		}
	}
	return RefNone
}

func (r Ref) String() string {
	if r < 0 {
		return fmt.Sprintf("K%d", -r-1)
	}
	return fmt.Sprintf("%04d", int32(r))
}
