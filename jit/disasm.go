package jit

// Disasm returns the trace's machine code in GNU syntax, decoded by its
// backend (x86asm on amd64, arm64asm on arm64), one "offset: instruction"
// per line with the entry points marked; "" where there is no backend.
// pyjit --trace-jit=asm prints it.
func (t *Trace) Disasm() string {
	if t.native == nil {
		return ""
	}
	return t.native.disasm()
}
