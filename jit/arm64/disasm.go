package arm64

import (
	"encoding/binary"
	"fmt"
	"strings"

	"golang.org/x/arch/arm64/arm64asm"
)

// Disasm returns the code in GNU syntax, one "offset: instruction" per
// line, with the entry points and exit stubs marked and branch targets
// shown as offsets; for golden tests and --trace-jit dumps. Zero words
// are golang-asm's padding to 16 bytes.
func (c *Compiled) Disasm() string {
	var sb strings.Builder
	for pc := 0; pc+4 <= len(c.Code); pc += 4 {
		switch int64(pc) {
		case c.Entry:
			sb.WriteString("entry:\n")
		case c.Cont:
			sb.WriteString("cont:\n")
		}
		word := binary.LittleEndian.Uint32(c.Code[pc:])
		if word == 0 {
			fmt.Fprintf(&sb, "%4x: (padding)\n", pc)
			continue
		}
		inst, err := arm64asm.Decode(c.Code[pc:])
		if err != nil {
			fmt.Fprintf(&sb, "%4x: .inst %#08x\n", pc, word)
			continue
		}
		fmt.Fprintf(&sb, "%4x: %s\n", pc, gnuText(inst, pc))
	}
	return sb.String()
}

// gnuText is inst in GNU syntax with a PC-relative operand (".+0x..."
// there) replaced by the absolute offset in the code.
func gnuText(inst arm64asm.Inst, pc int) string {
	text := arm64asm.GNUSyntax(inst)
	for _, a := range inst.Args {
		if rel, ok := a.(arm64asm.PCRel); ok {
			if i := strings.Index(text, ".+"); i >= 0 {
				end := i + 2
				for end < len(text) && strings.IndexByte("0123456789abcdefx", text[end]) >= 0 {
					end++
				}
				text = text[:i] + fmt.Sprintf("%#x", pc+int(rel)) + text[end:]
			}
		}
	}
	return text
}
