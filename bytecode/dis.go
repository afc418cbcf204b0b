package bytecode

// This file is the disassembler: a listing of a code object in the format
// of CPython 3.11's `python3 -m dis`, adapted to pyjit's instruction set.
//
// Differences from CPython's output, all deliberate:
//   - offsets (instruction offsets, jump targets, exception table ranges)
//     count 32-bit words, not bytes;
//   - a code object is shown as <code object NAME, file "FILE", line N>,
//     without CPython's "at 0x..." address, so listings are deterministic
//     and can be compared with golden files;
//   - a Position line of 0 means "no line" (code.go), so an instruction
//     CPython would show on line 0 (a module's RESUME) has no line number.

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/pyjit/pyjit/bytecode/opdef"
	"github.com/pyjit/pyjit/frontend/ast"
)

// Column widths of CPython's dis (_OPNAME_WIDTH, _OPARG_WIDTH).
const (
	disNameWidth = 20
	disArgWidth  = 5
)

// Disassemble writes a listing of code and, after it, of every code object in its constants
// (recursively), in the spirit of CPython 3.11's `dis.dis` output.
//
// Malformed code (bad opcodes, out-of-range arguments, truncated caches)
// is listed as far as possible rather than rejected; the only errors are
// a nil code object and write errors.
func Disassemble(w io.Writer, code *Code) error {
	if code == nil {
		return errors.New("bytecode: cannot disassemble a nil code object")
	}
	d := &disassembler{w: w, onPath: map[*Code]bool{}}
	d.recursive(code)
	return d.err
}

type disassembler struct {
	w      io.Writer
	err    error
	onPath map[*Code]bool // code objects being listed, to survive cycles in hand-built code
}

func (d *disassembler) write(s string) {
	if d.err == nil {
		_, d.err = io.WriteString(d.w, s)
	}
}

func (d *disassembler) recursive(c *Code) {
	d.onPath[c] = true
	defer delete(d.onPath, c)
	var b strings.Builder
	disassembleCode(&b, c)
	d.write(b.String())
	for _, k := range c.Consts {
		sub, ok := k.(*Code)
		if !ok || sub == nil || d.onPath[sub] || d.err != nil {
			continue
		}
		d.write("\nDisassembly of " + codeRepr(sub) + ":\n")
		d.recursive(sub)
	}
}

// disInstr is one decoded instruction, EXTENDED_ARG words being
// instructions of their own as in CPython's listing.
type disInstr struct {
	offset int
	op     Op
	arg    int // including the bits of preceding EXTENDED_ARG words
	next   int // offset of the next instruction, after the cache words
}

// validOp reports whether op is a row of the opcode table; Op's methods
// must not be called on other values.
func validOp(op Op) bool { return int(op) < len(opdef.Table) }

// decodeInstrs splits words into instructions, skipping cache words. It
// never reads past the end, whatever the words are.
func decodeInstrs(words []uint32) []disInstr {
	var out []disInstr
	ext := 0
	for pc := 0; pc < len(words); {
		w := words[pc]
		in := disInstr{offset: pc, op: Op(w & 0xff), arg: int(w>>8) | ext}
		ext = 0
		caches := 0
		if validOp(in.op) {
			caches = in.op.CacheWords()
			if in.op == EXTENDED_ARG {
				ext = in.arg << 24
			}
		}
		in.next = pc + 1 + caches
		out = append(out, in)
		pc = in.next
	}
	return out
}

// jumpTarget is the absolute word offset a jump instruction goes to.
func (in *disInstr) jumpTarget() int {
	if in.op.Has(opdef.Backward) {
		return in.next - in.arg
	}
	return in.next + in.arg
}

// hasArg reports whether the listing shows the instruction's argument:
// CPython shows none for opcodes below HAVE_ARGUMENT, ours for ArgNone.
func (in *disInstr) hasArg() bool {
	return !validOp(in.op) || in.op.ArgKind() != opdef.ArgNone
}

func (in *disInstr) name() string {
	if !validOp(in.op) {
		return "<" + strconv.Itoa(int(in.op)) + ">"
	}
	return in.op.String()
}

// lineStarts maps the offset of each word that starts a new source line to
// that line, like CPython's dis.findlinestarts.
func lineStarts(c *Code) map[int]int {
	starts := map[int]int{}
	last := int32(-1)
	for i := 0; i < len(c.Words) && i < len(c.Positions); i++ {
		line := c.Positions[i].Line
		if line >= 0 && line != last {
			starts[i] = int(line)
			last = line
		}
	}
	return starts
}

func disassembleCode(b *strings.Builder, c *Code) {
	instrs := decodeInstrs(c.Words)
	labels := map[int]bool{}
	for i := range instrs {
		in := &instrs[i]
		if validOp(in.op) && in.op.Has(opdef.Jump) {
			labels[in.jumpTarget()] = true
		}
	}
	for _, e := range c.ExceptionTable {
		if e.End > e.Start {
			labels[e.Target] = true
		}
	}

	starts := lineStarts(c)
	lineWidth := 0
	if len(starts) > 0 {
		maxLine := 0
		for _, l := range starts {
			maxLine = max(maxLine, l)
		}
		lineWidth = 3
		if maxLine >= 1000 {
			lineWidth = len(strconv.Itoa(maxLine))
		}
	}
	offsetWidth := 4
	if maxOffset := len(c.Words) - 1; maxOffset >= 10000 {
		offsetWidth = len(strconv.Itoa(maxOffset))
	}

	for i := range instrs {
		in := &instrs[i]
		line, startsLine := starts[in.offset]
		if lineWidth > 0 && startsLine && in.offset > 0 {
			b.WriteByte('\n')
		}
		var fields []string
		if lineWidth > 0 {
			if startsLine {
				fields = append(fields, fmt.Sprintf("%*d", lineWidth, line))
			} else {
				fields = append(fields, strings.Repeat(" ", lineWidth))
			}
		}
		fields = append(fields, "   ") // CPython's current-instruction marker column
		if labels[in.offset] {
			fields = append(fields, ">>")
		} else {
			fields = append(fields, "  ")
		}
		fields = append(fields, fmt.Sprintf("%*d", offsetWidth, in.offset))
		fields = append(fields, fmt.Sprintf("%-*s", disNameWidth, in.name()))
		if in.hasArg() {
			fields = append(fields, fmt.Sprintf("%*d", disArgWidth, in.arg))
			if r := argRepr(c, in); r != "" {
				fields = append(fields, "("+r+")")
			}
		}
		b.WriteString(strings.TrimRight(strings.Join(fields, " "), " "))
		b.WriteByte('\n')
	}

	if len(c.ExceptionTable) > 0 {
		b.WriteString("ExceptionTable:\n")
		for _, e := range c.ExceptionTable {
			lasti := ""
			if e.Lasti {
				lasti = " lasti"
			}
			// CPython prints the last code unit of the range, not its end.
			fmt.Fprintf(b, "  %d to %d -> %d [%d]%s\n", e.Start, e.End-1, e.Target, e.Depth, lasti)
		}
	}
}

// argRepr is the meaning of an instruction's argument, shown in
// parentheses; "" when there is nothing to add to the number.
func argRepr(c *Code, in *disInstr) string {
	if !validOp(in.op) {
		return ""
	}
	arg := in.arg
	switch in.op.ArgKind() {
	case opdef.ArgConst:
		if arg >= 0 && arg < len(c.Consts) {
			return constRepr(c.Consts[arg])
		}
	case opdef.ArgName:
		return lookup(c.Names, arg)
	case opdef.ArgGlobal:
		return withNullPrefix(lookup(c.Names, arg>>1), arg, "NULL + ")
	case opdef.ArgAttr:
		return withNullPrefix(lookup(c.Names, arg>>1), arg, "NULL|self + ")
	case opdef.ArgLocal, opdef.ArgDeref:
		// Both index the localsplus array, as in CPython 3.11.
		return lookup(c.LocalsPlusNames, arg)
	case opdef.ArgJump:
		return "to " + strconv.Itoa(in.jumpTarget())
	case opdef.ArgBinOp:
		if arg >= 0 && arg < NumBinOps {
			return BinOp(arg).Symbol()
		}
	case opdef.ArgCmp:
		if arg >= 0 && arg < NumCmpOps {
			return CmpOp(arg).String()
		}
	case opdef.ArgFlags:
		switch in.op {
		case MAKE_FUNCTION:
			return makeFunctionRepr(arg)
		case FORMAT_VALUE:
			return formatValueRepr(arg)
		}
	}
	return ""
}

// withNullPrefix marks a name whose load also pushes NULL (or self) when
// the argument's low bit is set.
func withNullPrefix(name string, arg int, prefix string) string {
	if name != "" && arg&1 != 0 {
		return prefix + name
	}
	return name
}

func lookup(names []string, i int) string {
	if i >= 0 && i < len(names) {
		return names[i]
	}
	return ""
}

var makeFunctionFlags = [...]string{"defaults", "kwdefaults", "annotations", "closure"}

func makeFunctionRepr(arg int) string {
	var parts []string
	for i, s := range makeFunctionFlags {
		if arg&(1<<i) != 0 {
			parts = append(parts, s)
		}
	}
	return strings.Join(parts, ", ")
}

var formatValueConversions = [...]string{"", "str", "repr", "ascii"}

func formatValueRepr(arg int) string {
	s := formatValueConversions[arg&3]
	if arg&4 != 0 {
		if s != "" {
			s += ", "
		}
		s += "with format"
	}
	return s
}

// constRepr is repr() of a constant, with code objects shown by codeRepr.
func constRepr(v Const) string {
	switch v := v.(type) {
	case *Code:
		if v == nil {
			return "<nil code object>"
		}
		return codeRepr(v)
	case ast.TupleValue:
		if len(v) == 1 {
			return "(" + constRepr(v[0]) + ",)"
		}
		return "(" + constReprs(v) + ")"
	case ast.FrozenSetValue:
		if len(v) == 0 {
			return "frozenset()"
		}
		return "frozenset({" + constReprs(v) + "})"
	}
	return ast.ReprValue(v)
}

func constReprs(vs []Const) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = constRepr(v)
	}
	return strings.Join(parts, ", ")
}

// codeRepr is CPython's repr of a code object without the address.
func codeRepr(c *Code) string {
	return fmt.Sprintf("<code object %s, file \"%s\", line %d>", c.Name, c.Filename, c.FirstLineNo)
}
