package compiler

// This file is the bytecode verifier: structural checks of a finished code
// object that the interpreter relies on.

import (
	"fmt"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/opdef"
)

// Verify checks code and, recursively, the code objects among its
// constants: every word decodes to a real opcode, arguments index valid
// constants, names and locals, jump targets are instruction starts inside
// the code, the stack depth at each instruction is the same along every
// path (exception handlers included) and within [0, StackSize], and the
// exception table is consistent with those depths. (StackSize may exceed
// the reachable maximum: like CPython, the compiler counts the depth of a
// handler whose protected range turned out empty, such as an except* body
// of `pass`, and so matches CPython's co_stacksize.)
func Verify(code *bytecode.Code) error {
	if err := verifyOne(code); err != nil {
		return fmt.Errorf("%s (line %d): %w", code.QualName, code.FirstLineNo, err)
	}
	for _, k := range code.Consts {
		if sub, ok := k.(*bytecode.Code); ok {
			if err := Verify(sub); err != nil {
				return err
			}
		}
	}
	return nil
}

type vinstr struct {
	pc, next int // start (first EXTENDED_ARG) and the word after the caches
	op       bytecode.Op
	arg      int
}

func verifyOne(code *bytecode.Code) error {
	words := code.Words
	if len(code.Positions) != len(words) {
		return fmt.Errorf("%d positions for %d words", len(code.Positions), len(words))
	}
	if len(code.LocalsPlusNames) != len(code.LocalsPlusKinds) {
		return fmt.Errorf("localsplus names and kinds differ in length")
	}
	if len(words) == 0 {
		return fmt.Errorf("empty code")
	}
	// Decode.
	var ins []vinstr
	start := map[int]int{} // pc -> index in ins
	for pc := 0; pc < len(words); {
		first := pc
		arg := 0
		var op bytecode.Op
		for {
			if pc >= len(words) {
				return fmt.Errorf("EXTENDED_ARG at the end of the code")
			}
			w := words[pc]
			op = bytecode.Op(w & 0xff)
			if int(op) >= bytecode.NumOps {
				return fmt.Errorf("invalid opcode %d at %d", op, pc)
			}
			arg = arg<<24 | int(w>>8)
			pc++
			if op != bytecode.EXTENDED_ARG {
				break
			}
		}
		if op == bytecode.CACHE || op.Has(opdef.Pseudo) {
			return fmt.Errorf("%s at %d", op, first)
		}
		next := pc + op.CacheWords()
		if next > len(words) {
			return fmt.Errorf("%s at %d: cache words past the end", op, first)
		}
		start[first] = len(ins)
		ins = append(ins, vinstr{pc: first, next: next, op: op, arg: arg})
		pc = next
	}
	if err := verifyArgs(code, ins); err != nil {
		return err
	}
	target := func(in vinstr) (int, error) {
		var t int
		if in.op.Has(opdef.Backward) {
			t = in.next - in.arg
		} else {
			t = in.next + in.arg
		}
		if _, ok := start[t]; !ok {
			return 0, fmt.Errorf("%s at %d jumps to %d, not an instruction start", in.op, in.pc, t)
		}
		return t, nil
	}
	// Exception table.
	handlerDepth := map[int]int{}
	for _, e := range code.ExceptionTable {
		if e.Start < 0 || e.Start >= e.End || e.End > len(words) {
			return fmt.Errorf("bad exception range [%d, %d)", e.Start, e.End)
		}
		if _, ok := start[e.Start]; !ok {
			return fmt.Errorf("exception range starts inside an instruction at %d", e.Start)
		}
		if _, ok := start[e.Target]; !ok {
			return fmt.Errorf("exception target %d is not an instruction start", e.Target)
		}
		if e.Depth < 0 {
			return fmt.Errorf("negative handler depth")
		}
		d := e.Depth + 1
		if e.Lasti {
			d++
		}
		if old, ok := handlerDepth[e.Target]; ok && old != d {
			return fmt.Errorf("handler %d entered with depths %d and %d", e.Target, old, d)
		}
		handlerDepth[e.Target] = d
	}
	// Stack depths by data flow.
	depth := make([]int, len(ins))
	for i := range depth {
		depth[i] = -1
	}
	var work []int
	set := func(pc, d int, from string) error {
		i, ok := start[pc]
		if !ok {
			return fmt.Errorf("flow to %d, not an instruction start", pc)
		}
		if d < 0 || d > code.StackSize {
			return fmt.Errorf("stack depth %d outside [0, %d] at %d (from %s)", d, code.StackSize, pc, from)
		}
		if depth[i] == -1 {
			depth[i] = d
			work = append(work, i)
			return nil
		}
		if depth[i] != d {
			return fmt.Errorf("stack depth at %d is %d and %d (from %s)", pc, depth[i], d, from)
		}
		return nil
	}
	if err := set(0, 0, "entry"); err != nil {
		return err
	}
	for t, d := range handlerDepth {
		if err := set(t, d, "exception table"); err != nil {
			return err
		}
	}
	for len(work) > 0 {
		i := work[len(work)-1]
		work = work[:len(work)-1]
		in := ins[i]
		d := depth[i]
		if in.op.Pops(in.arg, false) > d {
			return fmt.Errorf("%s at %d pops %d values from a stack of %d", in.op, in.pc, in.op.Pops(in.arg, false), d)
		}
		if in.op.Has(opdef.Jump) {
			t, err := target(in)
			if err != nil {
				return err
			}
			if err := set(t, d+in.op.StackEffect(in.arg, true), in.op.String()); err != nil {
				return err
			}
		}
		if in.op.Has(opdef.Uncond) {
			continue
		}
		if in.next >= len(words) {
			return fmt.Errorf("%s at %d falls off the end of the code", in.op, in.pc)
		}
		if err := set(in.next, d+in.op.StackEffect(in.arg, false), in.op.String()); err != nil {
			return err
		}
	}
	for _, e := range code.ExceptionTable {
		for pc := e.Start; pc < e.End; {
			i, ok := start[pc]
			if !ok {
				return fmt.Errorf("exception range end %d inside an instruction", e.End)
			}
			if depth[i] >= 0 && depth[i] < e.Depth {
				return fmt.Errorf("instruction at %d has depth %d below its handler's %d", pc, depth[i], e.Depth)
			}
			pc = ins[i].next
		}
	}
	return nil
}

func verifyArgs(code *bytecode.Code, ins []vinstr) error {
	nlp := len(code.LocalsPlusNames)
	for _, in := range ins {
		bad := false
		switch in.op.ArgKind() {
		case opdef.ArgConst:
			bad = in.arg >= len(code.Consts)
		case opdef.ArgName:
			bad = in.arg >= len(code.Names)
		case opdef.ArgGlobal, opdef.ArgAttr:
			bad = in.arg>>1 >= len(code.Names)
		case opdef.ArgLocal:
			bad = in.arg >= nlp || code.LocalsPlusKinds[in.arg]&bytecode.FastLocal == 0
		case opdef.ArgDeref:
			bad = in.arg >= nlp || code.LocalsPlusKinds[in.arg]&(bytecode.FastCell|bytecode.FastFree) == 0
		case opdef.ArgBinOp:
			bad = in.arg >= int(bytecode.NumBinOps)
		case opdef.ArgCmp:
			bad = in.arg >= int(bytecode.NumCmpOps)
		}
		if bad {
			return fmt.Errorf("%s at %d has invalid argument %d", in.op, in.pc, in.arg)
		}
	}
	return nil
}
