package amd64

import (
	"fmt"
	"strings"

	"golang.org/x/arch/x86/x86asm"
)

// Disasm returns the code in GNU syntax, one "offset: instruction" per
// line, with the entry points and exit stubs marked; for golden tests
// and --trace-jit dumps.
func (c *Compiled) Disasm() string {
	var sb strings.Builder
	for pc := 0; pc < len(c.Code); {
		switch int64(pc) {
		case c.Entry:
			sb.WriteString("entry:\n")
		case c.Cont:
			sb.WriteString("cont:\n")
		}
		inst, err := x86asm.Decode(c.Code[pc:], 64)
		if err != nil {
			fmt.Fprintf(&sb, "%4x: (bad %#x)\n", pc, c.Code[pc])
			pc++
			continue
		}
		fmt.Fprintf(&sb, "%4x: %s\n", pc, x86asm.GNUSyntax(inst, uint64(pc), nil))
		pc += inst.Len
	}
	return sb.String()
}
