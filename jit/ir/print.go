package ir

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// String returns the trace in the -jdump style format described in the
// package documentation.
func (t *Trace) String() string {
	var sb strings.Builder
	sb.WriteString("---- TRACE IR\n")
	for i := 1; i < len(t.Ins); i++ {
		sb.WriteString(t.FormatIns(Ref(i)))
		sb.WriteByte('\n')
	}
	if len(t.Snaps) > 0 {
		sb.WriteString("---- TRACE SNAP\n")
		for i := range t.Snaps {
			sb.WriteString(t.FormatSnap(i))
			sb.WriteByte('\n')
		}
	}
	return sb.String()
}

// FormatIns formats instruction r as one line (no newline).
func (t *Trace) FormatIns(r Ref) string {
	ins := t.At(r)
	if ins.Op == LOOP {
		return fmt.Sprintf("%04d ------ LOOP ------------", int32(r))
	}
	info := ins.Op.Info()
	mark := " "
	if info.Flags&FGuard != 0 {
		mark = ">"
	}
	typ := ins.Type.String()
	if ins.Op == NOP {
		typ = ""
	}
	var ops []string
	if info.A == OpndRef {
		ops = append(ops, t.FormatRef(ins.A))
	}
	if info.B == OpndRef {
		ops = append(ops, t.FormatRef(ins.B))
	}
	switch info.Aux {
	case AuxSlot:
		ops = append(ops, fmt.Sprintf("#%d", ins.Aux))
	case AuxOfs:
		ops = append(ops, fmt.Sprintf("@%d", ins.Aux))
	case AuxSnap:
		ops = append(ops, fmt.Sprintf("S%d", ins.Aux))
	case AuxConv:
		ops = append(ops, "int.float")
	}
	line := fmt.Sprintf("%04d %s  %-5s %-6s", int32(r), mark, typ, info.Name)
	for _, o := range ops {
		line += fmt.Sprintf(" %-6s", o)
	}
	return strings.TrimRight(line, " ")
}

// FormatRef formats an operand: an instruction number or a constant's
// value (+5, -1, 1.5, [IntTag], [0xc000010000]).
func (t *Trace) FormatRef(r Ref) string {
	if r >= 0 {
		return fmt.Sprintf("%04d", int32(r))
	}
	k, ok := t.Const(r)
	if !ok {
		return "K?"
	}
	return k.String()
}

func (k Const) String() string {
	switch k.Type {
	case TInt:
		return fmt.Sprintf("%+d", int64(k.Bits))
	case TBool:
		if k.Bits != 0 {
			return "true"
		}
		return "false"
	case TFloat:
		return formatFloat(math.Float64frombits(k.Bits))
	case TPtr:
		if k.Name != "" {
			return "[" + k.Name + "]"
		}
		return fmt.Sprintf("[%#x]", k.Bits)
	}
	return "K?"
}

func formatFloat(f float64) string {
	s := strconv.FormatFloat(f, 'g', -1, 64)
	if !strings.ContainsAny(s, ".eIN") {
		s += ".0"
	}
	return s
}

// FormatSnap formats snapshot i as "S<i> pc=<pc> <slot>:<ref> ...", with
// "| <base>:<pc>" per inlined frame.
func (t *Trace) FormatSnap(i int) string {
	if i < 0 || i >= len(t.Snaps) {
		return fmt.Sprintf("S%d ?", i)
	}
	s := &t.Snaps[i]
	var sb strings.Builder
	fmt.Fprintf(&sb, "S%d  pc=%d", i, s.PC)
	if i == t.LoopSnap {
		sb.WriteString(" loop")
	}
	for _, e := range s.Entries {
		fmt.Fprintf(&sb, "  %d:%s", e.Slot, t.FormatRef(e.Ref))
	}
	for _, f := range s.Frames {
		fmt.Fprintf(&sb, "  | %d:%d %s", f.Base, f.PC, t.FormatRef(f.Func))
	}
	return sb.String()
}
