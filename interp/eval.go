package interp

// This file is the evaluation loop: one function with a dense switch over
// the opcodes. Calls from Python to Python functions do not recurse on the
// Go stack: the loop pushes the callee's frame and continues, and
// RETURN_VALUE pops back to the caller (as CPython 3.11 does). Exceptions
// are routed through the code object's exception table; an exception
// without a handler unwinds the frames, adding a traceback entry for each.

import (
	"fmt"

	"github.com/pyjit/pyjit/bytecode"
)

// cacheWords[op] is the number of inline cache words after op.
var cacheWords [256]int

func init() {
	for op := 0; op < 256; op++ {
		if bytecode.Op(op).String() != "<invalid opcode>" {
			cacheWords[op] = bytecode.Op(op).CacheWords()
		}
	}
}

// run executes frame f (a new activation) to completion or to its next
// yield, from Go.
func (t *Thread) run(f *Frame) (res Value, err error) {
	if err := t.enterCall(); err != nil {
		return Value{}, err
	}
	saved := t.frame
	savedDepth := t.depth
	f.entry = true
	f.back = saved
	t.frame = f
	defer func() {
		if r := recover(); r != nil {
			err = internalError(r)
			res = Value{}
		}
		t.frame = saved
		t.depth = savedDepth - 1
	}()
	return t.eval(f)
}

// errUnwound marks a frame that finished by yielding (generators).
type frameState uint8

const (
	frameRunning frameState = iota
	frameYielded
	frameReturned
)

// eval runs f (whose frame is current) until the entry frame returns,
// yields or raises.
func (t *Thread) eval(f *Frame) (Value, error) {
	var (
		co    = f.code
		words = co.Code.Words
		s     = f.slots
		sp    = f.sp
		pc    = f.pc
		err   = f.pendingErr
		instr = f.lasti // the instruction for handler lookup (RERAISE may move f.lasti)
		addTB bool
		fresh bool
		op    bytecode.Op
		arg   int
		v, w  Value
		w32   uint32
		stats = t.in.OpStats
	)
	f.pendingErr = nil
	co.ensureCaches()
	if err != nil {
		// Entered with an exception to raise (generator.throw).
		goto fail
	}
	// The loop is written with labels and gotos rather than a for
	// statement so that nothing but the frame state is live at dispatch:
	// err is nil there by construction (saying so frees its registers),
	// and the error paths are reached only from inside an instruction.
	// That cut the register shuffling at the loop head: `for i in
	// range(n): a = b` went from 565 to 373 machine instructions per
	// iteration (valgrind --tool=cachegrind, GOGC=off, --jit=off).
dispatch:
	err = nil
	{
		w32 = words[pc]
		op = bytecode.Op(w32 & 0xff)
		arg = int(w32 >> 8)
		pc++
		for op == bytecode.EXTENDED_ARG {
			w32 = words[pc]
			op = bytecode.Op(w32 & 0xff)
			arg = arg<<24 | int(w32>>8)
			pc++
		}
		f.lasti = pc - 1
		instr = f.lasti
		pc += cacheWords[op]
		if stats != nil {
			stats.Ops[op]++
			stats.Pairs[stats.prev][op]++
			stats.prev = op
		}

		switch op {
		case bytecode.NOP, bytecode.CACHE:

		case bytecode.RESUME:
			// CPython checks the eval breaker here too (not after a
			// yield), so that recursion without loops sees signals
			// and profiler ticks.
			if arg < 2 && anyTripped.Load() {
				if err = signalCheck(t); err != nil {
					goto fail
				}
			}

		case bytecode.POP_TOP:
			sp--
			s[sp] = Value{}

		case bytecode.PUSH_NULL:
			s[sp] = Value{}
			sp++

		case bytecode.COPY:
			s[sp] = s[sp-arg]
			sp++

		case bytecode.SWAP:
			s[sp-1], s[sp-arg] = s[sp-arg], s[sp-1]

		case bytecode.LOAD_CONST:
			s[sp] = co.consts[arg]
			sp++

		case bytecode.LOAD_FAST:
			v = s[arg]
			if v.IsNull() {
				err = unboundLocal(co, arg)
				goto fail
			}
			s[sp] = v
			sp++
			// Opcode prediction: a LOAD_FAST is most often followed by
			// another LOAD_FAST or a LOAD_CONST (see --stats); run those
			// here without a trip through the dispatch. Neither can
			// raise once the local is known bound, so f.lasti may lag.
			for {
				w32 = words[pc]
				switch bytecode.Op(w32 & 0xff) {
				case bytecode.LOAD_FAST:
					if v = s[w32>>8]; v.IsNull() {
						goto predicted
					}
				case bytecode.LOAD_CONST:
					v = co.consts[w32>>8]
				case bytecode.LOAD_ATTR:
					// obj.attr and obj.method through a specialized
					// cache that needs no call (so nothing can raise).
					r, self, ok := quickAttr(&co.caches[words[pc+1]], s[sp-1])
					if !ok {
						goto predicted
					}
					if stats != nil {
						stats.Ops[w32&0xff]++
						stats.Pairs[stats.prev][w32&0xff]++
						stats.prev = bytecode.LOAD_ATTR
					}
					s[sp-1] = r
					if w32>>8&1 != 0 {
						s[sp] = self
						sp++
					}
					pc += 1 + cacheWords[bytecode.LOAD_ATTR]
					continue
				default:
					goto predicted
				}
				if stats != nil {
					stats.Ops[w32&0xff]++
					stats.Pairs[stats.prev][w32&0xff]++
					stats.prev = bytecode.Op(w32 & 0xff)
				}
				s[sp] = v
				sp++
				pc++
			}
		predicted:
			goto dispatch

		case bytecode.STORE_FAST:
			sp--
			s[arg] = s[sp]
			s[sp] = Value{}

		case bytecode.DELETE_FAST:
			if s[arg].IsNull() {
				err = unboundLocal(co, arg)
				goto fail
			}
			s[arg] = Value{}

		case bytecode.MAKE_CELL:
			s[arg] = FromObject(&NewCell(s[arg]).Object)

		case bytecode.COPY_FREE_VARS:
			// Done when the frame was made (frameForCall).

		case bytecode.LOAD_CLOSURE:
			s[sp] = s[arg]
			sp++

		case bytecode.LOAD_DEREF:
			v = objectAs[Cell](s[arg].ref).V
			if v.IsNull() {
				err = unboundDeref(co, arg)
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.LOAD_CLASSDEREF:
			name := co.varnames[arg]
			v, found, e := f.locals.GetStr(t, name)
			if e != nil {
				err = e
				goto fail
			}
			if !found {
				v = objectAs[Cell](s[arg].ref).V
				if v.IsNull() {
					err = unboundDeref(co, arg)
					goto fail
				}
			}
			s[sp] = v
			sp++

		case bytecode.STORE_DEREF:
			sp--
			objectAs[Cell](s[arg].ref).V = s[sp]
			s[sp] = Value{}

		case bytecode.DELETE_DEREF:
			c := objectAs[Cell](s[arg].ref)
			if c.V.IsNull() {
				err = unboundDeref(co, arg)
				goto fail
			}
			c.V = Value{}

		case bytecode.LOAD_NAME:
			v, err = t.loadName(f, co.names[arg])
			if err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.STORE_NAME:
			sp--
			if f.locals == nil {
				err = NewError(&SystemErrorType, "no locals found when storing %s", reprName(co.names[arg]))
				goto fail
			}
			err = storeName(t, f.locals, co.names[arg], s[sp])
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.DELETE_NAME:
			if err = deleteName(t, f.locals, co.names[arg]); err != nil {
				goto fail
			}

		case bytecode.LOAD_GLOBAL:
			v, err = loadGlobalCached(t, &co.caches[words[instr+1]], f, co.names[arg>>1])
			if err != nil {
				goto fail
			}
			s[sp] = v
			sp++
			if arg&1 != 0 {
				s[sp] = Value{}
				sp++
			}

		case bytecode.STORE_GLOBAL:
			sp--
			err = f.globals.SetItem(t, FromObject(&co.names[arg].Object), s[sp])
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.DELETE_GLOBAL:
			if err = deleteName(t, f.globals, co.names[arg]); err != nil {
				goto fail
			}

		case bytecode.LOAD_LOCALS:
			if f.locals == nil {
				err = NewError(&SystemErrorType, "no locals found")
				goto fail
			}
			s[sp] = FromObject(&f.locals.Object)
			sp++

		case bytecode.LOAD_ATTR:
			ic := &co.caches[words[instr+1]]
			owner := s[sp-1]
			v, self, ok := quickAttr(ic, owner)
			if !ok {
				v, self, err = loadAttrCached(t, ic, owner, co.names[arg>>1], arg&1 != 0)
			}
			if err != nil {
				goto fail
			}
			s[sp-1] = v
			if arg&1 != 0 {
				s[sp] = self
				sp++
			}

		case bytecode.STORE_ATTR:
			if ic := &co.caches[words[instr+1]]; !quickStore(ic, s[sp-1], s[sp-2]) {
				err = storeAttrCached(t, ic, s[sp-1], co.names[arg], s[sp-2])
			}
			sp -= 2
			s[sp], s[sp+1] = Value{}, Value{}
			if err != nil {
				goto fail
			}

		case bytecode.DELETE_ATTR:
			sp--
			err = SetAttr(t, s[sp], co.names[arg], Value{})
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.BINARY_SUBSCR:
			if r, ok, e := fastSubscr(t, s[sp-2], s[sp-1]); ok {
				if e != nil {
					err = e
					goto fail
				}
				sp--
				s[sp] = Value{}
				s[sp-1] = r
				break
			}
			v, err = GetItem(t, s[sp-2], s[sp-1])
			sp--
			s[sp] = Value{}
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.STORE_SUBSCR:
			if !fastStoreSubscr(s[sp-2], s[sp-1], s[sp-3]) {
				err = SetItem(t, s[sp-2], s[sp-1], s[sp-3])
			}
			sp -= 3
			clear(s[sp : sp+3])
			if err != nil {
				goto fail
			}

		case bytecode.DELETE_SUBSCR:
			err = DelItem(t, s[sp-2], s[sp-1])
			sp -= 2
			clear(s[sp : sp+2])
			if err != nil {
				goto fail
			}

		case bytecode.BINARY_SLICE:
			v, err = GetItem(t, s[sp-3], NewSliceValue(s[sp-2], s[sp-1], None))
			sp -= 2
			clear(s[sp : sp+2])
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.STORE_SLICE:
			err = SetItem(t, s[sp-3], NewSliceValue(s[sp-2], s[sp-1], None), s[sp-4])
			sp -= 4
			clear(s[sp : sp+4])
			if err != nil {
				goto fail
			}

		case bytecode.UNARY_POSITIVE:
			v, err = Positive(t, s[sp-1])
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.UNARY_NEGATIVE:
			v, err = Negative(t, s[sp-1])
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.UNARY_NOT:
			var b bool
			b, err = Truth(t, s[sp-1])
			if err != nil {
				goto fail
			}
			s[sp-1] = Bool(!b)

		case bytecode.UNARY_INVERT:
			v, err = Invert(t, s[sp-1])
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.BINARY_OP:
			v, w = s[sp-2], s[sp-1]
			if v.ref == &IntTag && w.ref == &IntTag {
				if r, ok, e := smallIntOp(bytecode.BinOp(arg), int64(v.bits), int64(w.bits)); ok {
					sp--
					s[sp] = Value{}
					s[sp-1] = r
					break
				} else if e != nil {
					err = e
					goto fail
				}
			} else if r, ok := quickBinaryOp(bytecode.BinOp(arg), v, w); ok {
				sp--
				s[sp] = Value{}
				s[sp-1] = r
				break
			} else if v.ref.typ == w.ref.typ && v.ref.typ.Flags&FlagHeap != 0 {
				if fn := binopMethod(&co.caches[words[instr+1]], bytecode.BinOp(arg), v, w); fn != nil {
					// The operands stay on this frame's stack until
					// the method returns (call_binop.go).
					var nf *Frame
					nf, err = t.frameForCall(fn, s[sp-2:sp], nil)
					if err == nil {
						err = t.enterCall()
					}
					if err != nil {
						goto fail
					}
					nf.retKind = retBinop
					f.sp, f.pc = sp, pc
					nf.back = f
					t.frame = nf
					f = nf
					co, words, s, sp, pc = f.code, f.code.Code.Words, f.slots, f.sp, 0
					goto dispatch
				}
			}
			v, err = BinaryOp(t, bytecode.BinOp(arg), v, w)
			if err != nil {
				goto fail
			}
			sp--
			s[sp] = Value{}
			s[sp-1] = v

		case bytecode.COMPARE_OP:
			if b, ok := quickCompare(s[sp-2], s[sp-1], bytecode.CmpOp(arg)); ok {
				sp--
				s[sp] = Value{}
				// Fused with a following conditional jump (the common
				// pair): no bool is pushed and no dispatch is spent.
				if nw := words[pc]; bytecode.Op(nw&0xff) == bytecode.POP_JUMP_IF_FALSE || bytecode.Op(nw&0xff) == bytecode.POP_JUMP_IF_TRUE {
					sp--
					s[sp] = Value{}
					pc++
					if b == (bytecode.Op(nw&0xff) == bytecode.POP_JUMP_IF_TRUE) {
						pc += int(nw >> 8)
					}
					break
				}
				s[sp-1] = Bool(b)
				break
			}
			v, err = RichCompare(t, s[sp-2], s[sp-1], bytecode.CmpOp(arg))
			if err != nil {
				goto fail
			}
			sp--
			s[sp] = Value{}
			s[sp-1] = v

		case bytecode.IS_OP:
			b := s[sp-2].Is(s[sp-1])
			sp--
			s[sp] = Value{}
			s[sp-1] = Bool(b != (arg == 1))

		case bytecode.CONTAINS_OP:
			b, ok, e := quickContains(t, s[sp-2], s[sp-1])
			if !ok {
				b, e = Contains(t, s[sp-1], s[sp-2])
			}
			err = e
			if err != nil {
				goto fail
			}
			sp--
			s[sp] = Value{}
			s[sp-1] = Bool(b != (arg == 1))

		case bytecode.BUILD_TUPLE:
			if arg == 2 {
				v = newTuple2(s[sp-2], s[sp-1])
				sp--
				s[sp] = Value{}
				s[sp-1] = v
				break
			}
			items := make([]Value, arg)
			copy(items, s[sp-arg:sp])
			clear(s[sp-arg : sp])
			sp -= arg
			s[sp] = NewTupleValue(items)
			sp++

		case bytecode.BUILD_LIST:
			items := make([]Value, arg)
			copy(items, s[sp-arg:sp])
			clear(s[sp-arg : sp])
			sp -= arg
			s[sp] = NewListValue(items)
			sp++

		case bytecode.BUILD_SET:
			v, err = newSetFrom(t, s[sp-arg:sp])
			if err != nil {
				goto fail
			}
			clear(s[sp-arg : sp])
			sp -= arg
			s[sp] = v
			sp++

		case bytecode.BUILD_MAP:
			d := NewDict()
			for i := sp - 2*arg; i < sp; i += 2 {
				if err = d.SetItem(t, s[i], s[i+1]); err != nil {
					goto fail
				}
			}
			clear(s[sp-2*arg : sp])
			sp -= 2 * arg
			s[sp] = FromObject(&d.Object)
			sp++

		case bytecode.BUILD_CONST_KEY_MAP:
			keys := mustTuple(s[sp-1]).items
			d := NewDict()
			for i, k := range keys {
				if err = d.SetItem(t, k, s[sp-1-arg+i]); err != nil {
					goto fail
				}
			}
			clear(s[sp-1-arg : sp])
			sp -= arg + 1
			s[sp] = FromObject(&d.Object)
			sp++

		case bytecode.BUILD_STRING:
			n := 0
			for _, x := range s[sp-arg : sp] {
				n += len(mustStr(x).s)
			}
			buf := make([]byte, 0, n)
			for _, x := range s[sp-arg : sp] {
				buf = append(buf, mustStr(x).s...)
			}
			clear(s[sp-arg : sp])
			sp -= arg
			s[sp] = StrValue(string(buf))
			sp++

		case bytecode.BUILD_SLICE:
			step := None
			if arg == 3 {
				sp--
				step = s[sp]
			}
			v = NewSliceValue(s[sp-2], s[sp-1], step)
			sp--
			s[sp] = Value{}
			s[sp-1] = v

		case bytecode.LIST_APPEND:
			sp--
			l := mustList(s[sp-arg])
			l.items = append(l.items, s[sp])
			s[sp] = Value{}

		case bytecode.SET_ADD:
			sp--
			err = objectAs[Set](s[sp-arg].ref).add(t, s[sp])
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.MAP_ADD:
			sp -= 2
			err = mustDict(s[sp-arg]).SetItem(t, s[sp], s[sp+1])
			s[sp], s[sp+1] = Value{}, Value{}
			if err != nil {
				goto fail
			}

		case bytecode.LIST_EXTEND:
			sp--
			err = listExtendFromStack(t, mustList(s[sp-arg]), s[sp])
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.SET_UPDATE:
			sp--
			err = objectAs[Set](s[sp-arg].ref).update(t, s[sp])
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.DICT_UPDATE:
			sp--
			err = dictUpdateFromStack(t, mustDict(s[sp-arg]), s[sp])
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.DICT_MERGE:
			sp--
			callable := Value{}
			if sp-arg-3 >= co.nlocalsplus {
				callable = s[sp-arg-3]
			}
			err = dictMerge(t, mustDict(s[sp-arg]), s[sp], callable)
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.LIST_TO_TUPLE:
			s[sp-1] = NewTupleValue(append([]Value(nil), mustList(s[sp-1]).items...))

		case bytecode.UNPACK_SEQUENCE:
			if arg == 2 {
				if a, b, ok := quickUnpack2(s[sp-1]); ok {
					s[sp-1], s[sp] = b, a
					sp++
					break
				}
			}
			var items []Value
			items, err = unpackExact(t, s[sp-1], arg)
			if err != nil {
				goto fail
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				s[sp] = items[i]
				sp++
			}

		case bytecode.UNPACK_EX:
			var items []Value
			items, err = unpackEx(t, s[sp-1], arg&0xff, arg>>8)
			if err != nil {
				goto fail
			}
			sp--
			for i := len(items) - 1; i >= 0; i-- {
				s[sp] = items[i]
				sp++
			}

		case bytecode.CALL, bytecode.CALL_KW:
			var kwnames []string
			nargs := arg
			base := sp - arg - 2
			if op == bytecode.CALL_KW {
				kwnames = mustTupleStrings(s[sp-1])
				base--
				sp--
				s[sp] = Value{}
			}
			callable := s[base]
			args := s[base+2 : sp]
			if !s[base+1].IsNull() {
				args = s[base+1 : sp]
				nargs++
			} else if callable.ref.typ == &TypeType {
				if fn, inst := classInitCall(&co.caches[words[instr+1]], callable); fn != nil {
					s[base+1] = inst
					var nf *Frame
					nf, err = t.frameForCall(fn, s[base+1:sp], kwnames)
					if err == nil {
						err = t.enterCall()
					}
					clear(s[base+1 : sp])
					s[base] = inst
					sp = base + 1
					if err != nil {
						goto fail
					}
					nf.retKind = retInit
					f.sp, f.pc = sp, pc
					nf.back = f
					t.frame = nf
					f = nf
					co, words, s, sp, pc = f.code, f.code.Code.Words, f.slots, f.sp, 0
					goto dispatch
				}
			} else if callable.Type() == &MethodType {
				m := objectAs[Method](callable.ref)
				callable = m.Func
				s[base], s[base+1] = callable, m.Self
				args = s[base+1 : sp]
			}
			if callable.Type() == &FunctionType {
				fn := objectAs[Function](callable.ref)
				if !fn.code.isGenerator {
					var nf *Frame
					nf, err = t.frameForCall(fn, args, kwnames)
					if err == nil {
						err = t.enterCall()
					}
					clear(s[base:sp])
					sp = base
					if err != nil {
						goto fail
					}
					f.sp, f.pc = sp, pc
					nf.back = f
					t.frame = nf
					f = nf
					co, words, s, sp, pc = f.code, f.code.Code.Words, f.slots, f.sp, 0
					goto dispatch
				}
			}
			v, err = Call(t, callable, args, kwnames)
			clear(s[base:sp])
			sp = base
			if err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.CALL_FUNCTION_EX:
			var kw Value
			if arg&1 != 0 {
				sp--
				kw = s[sp]
				s[sp] = Value{}
			}
			v, err = callEx(t, s[sp-3], s[sp-2], s[sp-1], kw)
			sp -= 3
			clear(s[sp : sp+3])
			if err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.MAKE_FUNCTION:
			sp--
			fn := newFunction(t, objectAs[CodeObject](s[sp].ref), f.globals)
			s[sp] = Value{}
			if arg&8 != 0 {
				sp--
				cells := mustTuple(s[sp]).items
				fn.closure = make([]*Cell, len(cells))
				for i, c := range cells {
					fn.closure[i] = objectAs[Cell](c.ref)
				}
				s[sp] = Value{}
			}
			if arg&4 != 0 {
				sp--
				fn.annotations = annotationsDict(t, s[sp])
				s[sp] = Value{}
			}
			if arg&2 != 0 {
				sp--
				fn.kwdefaults = mustDict(s[sp])
				s[sp] = Value{}
			}
			if arg&1 != 0 {
				sp--
				fn.defaults = mustTuple(s[sp]).items
				s[sp] = Value{}
			}
			s[sp] = FromObject(&fn.Object)
			sp++

		case bytecode.RETURN_VALUE:
			sp--
			v = s[sp]
			s[sp] = Value{}
			if f.entry {
				f.sp, f.pc = sp, pc
				f.state = frameReturned
				return v, nil
			}
			t.leaveCall()
			done := f
			f = f.back
			t.frame = f
			kind := done.retKind
			t.releaseFrame(done)
			co, words, s, sp, pc = f.code, f.code.Code.Words, f.slots, f.sp, f.pc
			if kind != retNormal {
				// The caller's stack holds the instance (call_class.go)
				// or the operands (call_binop.go).
				if kind == retInit {
					err = classInitDone(f, v)
				} else {
					err = binopDone(t, f, v)
					sp = f.sp
				}
				if err != nil {
					instr = f.lasti
					goto fail
				}
				break
			}
			s[sp] = v
			sp++

		case bytecode.RETURN_GENERATOR:
			// The generator was made by the call (callFunction); resuming
			// it runs on from here.

		case bytecode.YIELD_VALUE:
			sp--
			v = s[sp]
			s[sp] = Value{}
			f.sp, f.pc = sp, pc
			f.state = frameYielded
			return v, nil

		case bytecode.GET_AWAITABLE:
			if v, err = getAwaitable(t, s[sp-1], arg); err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.BEFORE_ASYNC_WITH:
			var exit Value
			if exit, v, err = beforeAsyncWith(t, s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = exit
			s[sp] = v
			sp++

		case bytecode.GET_AITER:
			if v, err = getAIter(t, s[sp-1]); err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.GET_ANEXT:
			if v, err = getANext(t, s[sp-1]); err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.END_ASYNC_FOR:
			if e, ok := asException(s[sp-1]); ok && e.typ.IsSubtype(&StopAsyncIterationType) {
				sp -= 2
				s[sp], s[sp+1] = Value{}, Value{}
				break
			}
			err = AsException(errFromValue(s[sp-1]))
			sp--
			s[sp] = Value{}
			goto unwind

		case bytecode.ASYNC_GEN_WRAP:
			s[sp-1] = FromObject(&(&asyncGenWrapped{Object: Object{typ: &asyncGenWrapType}, v: s[sp-1]}).Object)

		case bytecode.GET_YIELD_FROM_ITER:
			v = s[sp-1]
			if v.Type() != &GeneratorType {
				v, err = Iter(t, v)
				if err != nil {
					goto fail
				}
				s[sp-1] = v
			}

		case bytecode.SEND:
			var done bool
			v, done, err = genSend(t, s[sp-2], s[sp-1])
			if err != nil {
				sp--
				s[sp] = Value{}
				goto fail
			}
			if done {
				sp--
				s[sp] = Value{}
				s[sp-1] = v
				pc += arg
			} else {
				s[sp-1] = v
			}

		case bytecode.LOAD_BUILD_CLASS:
			v, found, e := f.builtins.GetStr(t, internStatic("__build_class__"))
			if e != nil || !found {
				err = e
				if err == nil {
					err = NewError(&NameErrorType, "__build_class__ not found")
				}
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.SETUP_ANNOTATIONS:
			if f.locals == nil {
				err = NewError(&SystemErrorType, "no locals found when setting up annotations")
				goto fail
			}
			if _, found, e := f.locals.GetStr(t, internStatic("__annotations__")); e != nil {
				err = e
				goto fail
			} else if !found {
				f.locals.setStrNoErr(internStatic("__annotations__"), NewDictValue())
			}

		case bytecode.FORMAT_VALUE:
			var spec Value
			if arg&4 != 0 {
				sp--
				spec = s[sp]
				s[sp] = Value{}
			}
			v = s[sp-1]
			switch arg & 3 {
			case 1:
				v, err = Str_(t, v)
			case 2:
				v, err = Repr(t, v)
			case 3:
				v, err = Ascii(t, v)
			}
			if err == nil {
				v, err = Format(t, v, spec)
			}
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.JUMP_FORWARD:
			pc += arg

		case bytecode.JUMP_BACKWARD, bytecode.JUMP_BACKWARD_NO_INTERRUPT:
			pc -= arg
			if anyTripped.Load() && op == bytecode.JUMP_BACKWARD {
				if err = signalCheck(t); err != nil {
					goto fail
				}
			}
			if t.in.JIT != nil && op == bytecode.JUMP_BACKWARD {
				f.sp = sp
				if t.jitBackEdge(f, pc) {
					pc, sp = f.pc, f.sp
				}
			}

		case bytecode.POP_JUMP_IF_FALSE, bytecode.POP_JUMP_IF_TRUE:
			sp--
			v = s[sp]
			s[sp] = Value{}
			var b bool
			if v.ref == &BoolTag {
				b = v.bits != 0
			} else if b, err = Truth(t, v); err != nil {
				goto fail
			}
			if b == (op == bytecode.POP_JUMP_IF_TRUE) {
				pc += arg
			}

		case bytecode.POP_JUMP_IF_NONE:
			sp--
			if s[sp].IsNone() {
				pc += arg
			}
			s[sp] = Value{}

		case bytecode.POP_JUMP_IF_NOT_NONE:
			sp--
			if !s[sp].IsNone() {
				pc += arg
			}
			s[sp] = Value{}

		case bytecode.JUMP_IF_FALSE_OR_POP, bytecode.JUMP_IF_TRUE_OR_POP:
			var b bool
			if b, err = Truth(t, s[sp-1]); err != nil {
				goto fail
			}
			if b == (op == bytecode.JUMP_IF_TRUE_OR_POP) {
				pc += arg
			} else {
				sp--
				s[sp] = Value{}
			}

		case bytecode.GET_ITER:
			v, err = Iter(t, s[sp-1])
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.FOR_ITER:
			it := s[sp-1]
			if it.ref.typ == &RangeIterType {
				ri := objectAs[rangeIter](it.ref)
				if ri.n > 0 {
					s[sp] = Int(ri.next)
					sp++
					ri.next += ri.step
					ri.n--
					break
				}
				v = Value{}
			} else if x, ok := seqIterNext(it); ok {
				v = x
			} else if nw := words[pc]; bytecode.Op(nw&0xff) == bytecode.UNPACK_SEQUENCE && nw>>8 == 2 {
				a, b, handled, done, e := forIterPair(t, it)
				if e != nil {
					err = e
					goto fail
				}
				if handled {
					if done {
						sp--
						s[sp] = Value{}
						pc += arg
						break
					}
					// The pair is unpacked as UNPACK_SEQUENCE would.
					s[sp] = b
					s[sp+1] = a
					sp += 2
					pc += 1 + cacheWords[bytecode.UNPACK_SEQUENCE]
					break
				}
				v, err = Next(t, it)
				if err != nil {
					goto fail
				}
			} else {
				v, err = Next(t, it)
				if err != nil {
					goto fail
				}
			}
			if v.IsNull() {
				sp--
				s[sp] = Value{}
				pc += arg
			} else {
				s[sp] = v
				sp++
			}

		case bytecode.RAISE_VARARGS:
			var reraise bool
			switch arg {
			case 0:
				err, reraise = t.bareRaise()
			case 1:
				sp--
				err = makeRaise(t, s[sp], Value{}, false)
				s[sp] = Value{}
			case 2:
				sp -= 2
				err = makeRaise(t, s[sp], s[sp+1], true)
				s[sp], s[sp+1] = Value{}, Value{}
			default:
				err = NewError(&SystemErrorType, "bad RAISE_VARARGS oparg")
			}
			if reraise {
				goto unwind
			}
			goto fail

		case bytecode.RERAISE:
			sp--
			v = s[sp]
			s[sp] = Value{}
			if arg != 0 {
				if li, ok := smallInt(s[sp-1]); ok {
					f.lasti = int(li)
				}
			}
			err = AsException(errFromValue(v))
			goto unwind

		case bytecode.PUSH_EXC_INFO:
			v = s[sp-1]
			if t.excInfo == nil {
				s[sp-1] = None
			} else {
				s[sp-1] = t.excInfo.Value()
			}
			t.excInfo, _ = asException(v)
			s[sp] = v
			sp++

		case bytecode.POP_EXCEPT:
			sp--
			t.excInfo, _ = asException(s[sp])
			s[sp] = Value{}

		case bytecode.CHECK_EXC_MATCH:
			if err = checkExceptClass(s[sp-1]); err != nil {
				goto fail
			}
			e, _ := asException(s[sp-2])
			s[sp-1] = Bool(e != nil && exceptionMatches(e, s[sp-1]))

		case bytecode.LOAD_ASSERTION_ERROR:
			s[sp] = TypeValue(&AssertionErrorType)
			sp++

		case bytecode.BEFORE_WITH:
			var exit, res Value
			exit, res, err = beforeWith(t, s[sp-1])
			if err != nil {
				goto fail
			}
			s[sp-1] = exit
			s[sp] = res
			sp++

		case bytecode.WITH_EXCEPT_START:
			exc := s[sp-1]
			var tb Value = None
			if e, ok := asException(exc); ok && e.Traceback != nil {
				tb = FromObject(&e.Traceback.Object)
			}
			v, err = Call(t, s[sp-4], []Value{TypeValue(exc.Type()), exc, tb}, nil)
			if err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.GET_LEN:
			var n int
			n, err = Len(t, s[sp-1])
			if err != nil {
				goto fail
			}
			s[sp] = Int(int64(n))
			sp++

		case bytecode.MATCH_SEQUENCE, bytecode.MATCH_MAPPING:
			var k matchKind
			if k, err = matchKindOf(t, s[sp-1]); err != nil {
				goto fail
			}
			s[sp] = Bool(k == matchSequence && op == bytecode.MATCH_SEQUENCE || k == matchMapping && op == bytecode.MATCH_MAPPING)
			sp++

		case bytecode.MATCH_KEYS:
			if v, err = matchKeys(t, s[sp-2], s[sp-1]); err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.MATCH_CLASS:
			v, err = matchClass(t, s[sp-3], s[sp-2], int(arg), s[sp-1])
			sp -= 2
			s[sp], s[sp+1] = Value{}, Value{}
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.IMPORT_NAME:
			v, err = t.importNameOp(f, co.names[arg], s[sp-1], s[sp-2])
			sp--
			s[sp] = Value{}
			if err != nil {
				goto fail
			}
			s[sp-1] = v

		case bytecode.IMPORT_FROM:
			v, err = t.importFrom(s[sp-1], co.names[arg])
			if err != nil {
				goto fail
			}
			s[sp] = v
			sp++

		case bytecode.PRINT_EXPR:
			err = printExpr(t, s[sp-1])
			sp--
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.CHECK_EG_MATCH:
			if err = t.checkEGMatch(s[sp-2 : sp]); err != nil {
				goto fail
			}

		case bytecode.PREP_RERAISE_STAR:
			sp--
			s[sp-1], err = prepReraiseStar(t, s[sp-1], mustList(s[sp]).items)
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		case bytecode.IMPORT_STAR:
			err = t.importStar(f, s[sp-1])
			sp--
			s[sp] = Value{}
			if err != nil {
				goto fail
			}

		default:
			err = notImplemented(fmt.Sprintf("the %s instruction", op))
			goto fail
		}
		goto dispatch
	}

fail:
	fresh = true
	addTB = true
	goto handleErr
unwind:
	fresh = false
	addTB = false
handleErr:
	{
		exc := AsException(err)
		if fresh {
			t.setContext(exc)
		}
		for {
			if addTB {
				f.escaped = true
				exc.Traceback = &Traceback{Object: Object{typ: &TracebackType}, Frame: f, Lasti: f.lasti, Line: f.Line(), Next: exc.Traceback}
			}
			if h, ok := findHandler(co.Code.ExceptionTable, instr); ok {
				for sp > co.nlocalsplus+h.Depth {
					sp--
					s[sp] = Value{}
				}
				if h.Lasti {
					s[sp] = Int(int64(f.lasti))
					sp++
				}
				s[sp] = exc.Value()
				sp++
				pc = h.Target
				err = nil
				break
			}
			clear(s[co.nlocalsplus:sp])
			sp = co.nlocalsplus
			if f.entry {
				f.sp, f.pc = sp, pc
				f.state = frameReturned
				return Value{}, exc
			}
			t.leaveCall()
			f = f.back
			t.frame = f
			co, words, s, sp, pc = f.code, f.code.Code.Words, f.slots, f.sp, f.pc
			instr = f.lasti
			addTB = true
		}
	}
	goto dispatch
}

// findHandler finds the innermost exception table entry covering lasti.
func findHandler(table []bytecode.ExceptEntry, lasti int) (bytecode.ExceptEntry, bool) {
	for _, e := range table {
		if e.Start <= lasti && lasti < e.End {
			return e, true
		}
	}
	return bytecode.ExceptEntry{}, false
}
