package jit

import (
	"fmt"
	"math"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit/ir"
)

// maxTraceLen bounds the bytecode instructions one recording follows.
const maxTraceLen = 1000

// Virtual slots after the frame's slots (see doc.go): the range
// iterator's next value, remaining count and step.
// For a list or tuple iterator vNext is the index and vSeq the sequence.
const (
	vNext = iota
	vCount
	vStep
	vSeq
	numVirtual
)

// tval is a value the recorder tracks: its IR ref, its type (TInt,
// TFloat, TBool, or TPtr for a heap object or None) and its concrete value
// in the recorded iteration (i for ints and bools, f for floats, v for
// every kind). A TPtr tval's type is guarded once, where it is loaded.
type tval struct {
	ref ir.Ref
	typ ir.Type
	i   int64
	f   float64
	v   interp.Value
	// null marks the NULL that LOAD_GLOBAL and LOAD_ATTR push for calls.
	null bool
}

// recording is the output of record: the unoptimized trace and what
// entering and leaving it needs.
type recording struct {
	ir       *ir.Trace
	nslots   int           // frame slots; virtual slots follow
	depth0   int           // stack depth at the head
	iterSlot int           // frame slot of the head's iterator, or -1
	iterKind iterKind      // what the iterator at iterSlot is
	depthAt  map[int32]int // stack depth at each snapshot pc
	// keep holds the objects whose addresses the trace embeds as
	// constants (types, functions, dicts), so that none of them can be
	// freed and its address reused while the trace exists.
	keep []any
	// helpers are the builtins CALLF number B calls.
	helpers []interp.Value
}

type iterState struct {
	kind              iterKind
	slot              int
	next, count, step tval
	advanced          bool
	startNext, startN int64
}

// recorder follows one iteration of a loop (see doc.go, "Recording").
type recorder struct {
	tr      *ir.Trace
	thread  *interp.Thread
	frame   *interp.Frame
	code    *interp.CodeObject
	words   []uint32
	nlocals int // of the code being recorded
	// nlocals0 is the loop frame's: snapshots and slots are its.
	nlocals0 int
	nslots   int
	head     int
	depth0   int
	locals   map[int]tval
	written  map[int]bool
	stack    []tval
	iter     *iterState
	depthAt  map[int32]int
	keep     []any
	stored   map[storedKey]interp.Value
	helpers  []interp.Value
	// globals and builtins are the dicts LOAD_GLOBAL reads in the code
	// being recorded; inl holds the callers' states while the recorder
	// is inside inlined calls (recinline.go).
	globals, builtins *interp.Dict
	inl               []inlineFrame
}

func abort(r Abort, format string, args ...any) error {
	return &abortError{Reason: r, Detail: fmt.Sprintf(format, args...)}
}

// record records one iteration of the loop whose head is at word index
// head of f's code, with f's current slots as the concrete values. It
// never modifies f.
func record(t *interp.Thread, f *interp.Frame, head int, tags tagSet) (*recording, error) {
	co := f.Code()
	r := &recorder{
		tr:       ir.NewTrace(),
		thread:   t,
		frame:    f,
		globals:  f.Globals(),
		builtins: f.Builtins(),
		code:     co,
		words:    co.Code.Words,
		nlocals:  co.NumLocals(),
		nlocals0: co.NumLocals(),
		nslots:   f.NumSlots(),
		head:     head,
		depth0:   f.StackDepth(),
		locals:   make(map[int]tval),
		written:  make(map[int]bool),
		depthAt:  make(map[int32]int),
	}
	tags.apply(r.tr)
	if r.depth0 < 0 || r.nlocals+r.depth0 > r.nslots {
		return nil, abort(AbortBadBytecode, "stack depth %d at the head", r.depth0)
	}
	if err := r.run(); err != nil {
		return nil, err
	}
	rec := &recording{ir: r.tr, nslots: r.nslots, depth0: r.depth0, iterSlot: -1, depthAt: r.depthAt, keep: r.keep, helpers: r.helpers}
	if r.iter != nil {
		rec.iterSlot, rec.iterKind = r.iter.slot, r.iter.kind
	}
	return rec, nil
}

// decode reads the instruction at pc: its opcode, argument (with
// EXTENDED_ARG prefixes) and the pc of the next instruction.
func (r *recorder) decode(pc int) (bytecode.Op, int, int, error) {
	if pc < 0 || pc >= len(r.words) {
		return 0, 0, 0, abort(AbortBadBytecode, "pc %d out of range", pc)
	}
	w := r.words[pc]
	op, arg := bytecode.Op(w&0xff), int(w>>8)
	pc++
	for op == bytecode.EXTENDED_ARG {
		if pc >= len(r.words) {
			return 0, 0, 0, abort(AbortBadBytecode, "EXTENDED_ARG at the end")
		}
		w = r.words[pc]
		op, arg = bytecode.Op(w&0xff), arg<<24|int(w>>8)
		pc++
	}
	if op.String() == "<invalid opcode>" {
		return 0, 0, 0, abort(AbortBadBytecode, "invalid opcode %d", op)
	}
	return op, arg, pc + op.CacheWords(), nil
}

// loopEnd returns the word index of the last JUMP_BACKWARD to the head
// (the loop body is the code between the head and it), or -1.
func (r *recorder) loopEnd() int {
	end := -1
	for pc := 0; pc < len(r.words); {
		op, arg, next, err := r.decode(pc)
		if err != nil {
			return -1
		}
		if op == bytecode.JUMP_BACKWARD && next-arg == r.head {
			end = pc
		}
		pc = next
	}
	return end
}

// run follows the bytecode from the head until the back-edge to it.
func (r *recorder) run() error {
	pc := r.head
	end := r.loopEnd()
	for steps := 0; ; steps++ {
		if steps >= maxTraceLen {
			return abort(AbortTooLong, "")
		}
		if end >= 0 && len(r.inl) == 0 && (pc < r.head || pc > end) {
			// The recorded iteration leaves the loop (its last one):
			// the driver records again at the next back-edge.
			return abort(AbortLoopExit, "left the loop at %d", pc)
		}
		start := pc
		op, arg, next, err := r.decode(pc)
		if err != nil {
			return err
		}
		pc = next
		switch op {
		case bytecode.NOP, bytecode.RESUME:
		case bytecode.LOAD_FAST:
			v, err := r.local(arg, start)
			if err != nil {
				return err
			}
			r.push(v)
		case bytecode.STORE_FAST:
			v, err := r.pop()
			if err != nil {
				return err
			}
			if arg >= r.nlocals {
				return abort(AbortBadBytecode, "STORE_FAST %d", arg)
			}
			r.locals[arg] = v
			r.written[arg] = true
		case bytecode.LOAD_CONST:
			v, err := r.constant(arg)
			if err != nil {
				return err
			}
			r.push(v)
		case bytecode.POP_TOP:
			if _, err := r.pop(); err != nil {
				return err
			}
		case bytecode.BINARY_OP:
			if err := r.binaryOp(bytecode.BinOp(arg), start); err != nil {
				return err
			}
		case bytecode.SWAP, bytecode.COPY:
			// Stack shuffles of values pushed in this iteration only:
			// values below the head's stack are not tracked.
			k := len(r.stack) - arg
			if arg < 1 || k < 0 {
				return abort(AbortUnsupported, "%s %d below the traced stack", op, arg)
			}
			if op == bytecode.SWAP {
				r.stack[k], r.stack[len(r.stack)-1] = r.stack[len(r.stack)-1], r.stack[k]
			} else {
				r.push(r.stack[k])
			}
		case bytecode.UNARY_NEGATIVE, bytecode.UNARY_POSITIVE, bytecode.UNARY_INVERT:
			if err := r.unaryOp(op, start); err != nil {
				return err
			}
		case bytecode.COMPARE_OP:
			if pc, err = r.compare(bytecode.CmpOp(arg), start, pc); err != nil {
				return err
			}
		case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
			taken, err := r.truth(op == bytecode.POP_JUMP_IF_TRUE, start)
			if err != nil {
				return err
			}
			if taken {
				pc += arg
			}
		case bytecode.POP_JUMP_IF_NONE, bytecode.POP_JUMP_IF_NOT_NONE:
			v, err := r.pop()
			if err != nil {
				return err
			}
			// Every value's kind is guarded where it was loaded, so
			// whether it is None is known.
			if v.null {
				return abort(AbortBadBytecode, "%s on NULL", op)
			}
			if (v.typ == ir.TPtr && v.v.IsNone()) == (op == bytecode.POP_JUMP_IF_NONE) {
				pc += arg
			}
		case bytecode.IS_OP:
			if pc, err = r.isOp(arg != 0, start, pc); err != nil {
				return err
			}
		case bytecode.BINARY_SUBSCR:
			if err := r.subscr(start); err != nil {
				return err
			}
		case bytecode.STORE_SUBSCR:
			if len(r.inl) > 0 {
				return abort(AbortCall, "store in an inlined call")
			}
			if err := r.storeSubscr(start); err != nil {
				return err
			}
		case bytecode.UNPACK_SEQUENCE:
			if err := r.unpack(arg, start); err != nil {
				return err
			}
		case bytecode.LOAD_GLOBAL:
			if err := r.loadGlobal(arg, start); err != nil {
				return err
			}
		case bytecode.LOAD_ATTR:
			if err := r.loadAttr(arg, start); err != nil {
				return err
			}
		case bytecode.STORE_ATTR:
			if len(r.inl) > 0 {
				return abort(AbortCall, "store in an inlined call")
			}
			if err := r.storeAttr(start); err != nil {
				return err
			}
		case bytecode.CALL:
			if pc, err = r.call(arg, start, pc); err != nil {
				return err
			}
		case bytecode.RETURN_VALUE:
			if pc, err = r.inlineReturn(); err != nil {
				return err
			}
		case bytecode.JUMP_FORWARD:
			pc += arg
		case bytecode.JUMP_BACKWARD:
			if pc-arg != r.head || len(r.inl) > 0 {
				return abort(AbortInnerLoop, "jump to %d", pc-arg)
			}
			return r.closeLoop()
		case bytecode.FOR_ITER:
			if err := r.forIter(start); err != nil {
				return err
			}
		default:
			return abort(AbortUnsupported, "%s", op)
		}
	}
}

func (r *recorder) push(v tval) { r.stack = append(r.stack, v) }

func (r *recorder) pop() (tval, error) {
	if len(r.stack) == 0 {
		return tval{}, abort(AbortBadBytecode, "pop below the head's stack")
	}
	v := r.stack[len(r.stack)-1]
	r.stack = r.stack[:len(r.stack)-1]
	return v, nil
}

// snapshot records the state before the instruction at pc: the locals
// written so far, the values pushed since the head and the iterator's
// position. An exit with it resumes at pc. Inside an inlined call it
// records the loop frame's state before the outermost inlined CALL
// instead: the interpreter redoes the whole call (recinline.go).
func (r *recorder) snapshot(pc int) (int, error) {
	locals, written, stack := r.locals, r.written, r.stack
	if len(r.inl) > 0 {
		out := &r.inl[0]
		pc, locals, written, stack = out.callPC, out.locals, out.written, out.stack
	}
	var es []ir.SnapEntry
	for slot := range written {
		es = append(es, ir.SnapEntry{Slot: int32(slot), Ref: locals[slot].ref})
	}
	base := r.nlocals0 + r.depth0
	for k, v := range stack {
		es = append(es, ir.SnapEntry{Slot: int32(base + k), Ref: v.ref})
	}
	if it := r.iter; it != nil && it.advanced {
		es = append(es, ir.SnapEntry{Slot: int32(r.nslots + vNext), Ref: it.next.ref})
		if it.kind == iterRange {
			es = append(es, ir.SnapEntry{Slot: int32(r.nslots + vCount), Ref: it.count.ref})
		}
	}
	depth := r.depth0 + len(stack)
	if d, ok := r.depthAt[int32(pc)]; ok && d != depth {
		return 0, abort(AbortBadBytecode, "stack depth at %d is %d and %d", pc, d, depth)
	}
	r.depthAt[int32(pc)] = depth
	return r.tr.AddSnap(int32(pc), es...), nil
}

// local returns local slot, emitting its type guard and load on the
// first read.
func (r *recorder) local(slot, pc int) (tval, error) {
	if v, ok := r.locals[slot]; ok {
		return v, nil
	}
	if slot >= r.nlocals || len(r.inl) > 0 {
		return tval{}, abort(AbortBadBytecode, "LOAD_FAST %d", slot)
	}
	val := r.frame.Slot(slot)
	if val.IsNull() {
		return tval{}, abort(AbortSlotType, "unbound local %d", slot)
	}
	snap, err := r.snapshot(pc)
	if err != nil {
		return tval{}, err
	}
	v, err := r.typed(val, r.tr.SLoad(ir.TPtr, slot), func(typ ir.Type) ir.Ref { return r.tr.SLoad(typ, slot) }, snap)
	if err != nil {
		return tval{}, err
	}
	r.locals[slot] = v
	return v, nil
}

func (r *recorder) constant(i int) (tval, error) {
	c := r.code.Const(i)
	switch {
	case c.IsInt():
		return tval{ref: r.tr.KInt(c.AsInt()), typ: ir.TInt, i: c.AsInt()}, nil
	case c.IsFloat():
		return tval{ref: r.tr.KFloat(c.AsFloat()), typ: ir.TFloat, f: c.AsFloat()}, nil
	case c.IsBool():
		return tval{ref: r.tr.KBool(c.AsBool()), typ: ir.TBool, i: c.AsInt(), v: c}, nil
	case c.IsNull():
		return tval{}, abort(AbortBadBytecode, "LOAD_CONST %d", i)
	}
	// The code object, which the trace keeps, holds the constant.
	return r.objConst(c), nil
}

// closeLoop ends the recording at the back-edge to the head.
func (r *recorder) closeLoop() error {
	if len(r.stack) != 0 {
		return abort(AbortBadBytecode, "stack not balanced at the back-edge")
	}
	snap, err := r.snapshot(r.head)
	if err != nil {
		return err
	}
	r.tr.LoopSnap = snap
	return nil
}

// asFloat converts an int operand to float (CONV is correctly rounded, as
// Python's int-to-float conversion is).
func (r *recorder) asFloat(v tval) tval {
	if v.typ == ir.TFloat {
		return v
	}
	return tval{ref: r.tr.Arith(ir.CONV, v.ref, ir.RefNone), typ: ir.TFloat, f: float64(v.i)}
}

// isNaN reports whether a concrete float is NaN (kept here so the
// recorder's concrete arithmetic reads like the IR it emits).
func isNaN(f float64) bool { return math.IsNaN(f) }
