package jit

// Abort is why recording or compiling a trace failed. abortNames is the
// one table of reasons (stats and tests print these names).
type Abort uint8

const (
	AbortNone           Abort = iota
	AbortUnsupported          // an instruction the recorder does not handle
	AbortSlotType             // a local that is not an int or float
	AbortConstType            // a constant that is not an int or float
	AbortOperandType          // an operation on types the recorder does not handle
	AbortBinOp                // a binary operator without an exact trace form
	AbortUnfusedCompare       // COMPARE_OP not followed by POP_JUMP_IF_*
	AbortOverflow             // the recorded iteration itself overflows int64
	AbortLoopExit             // the recorded iteration leaves the loop
	AbortInnerLoop            // a backward jump to another loop head
	AbortForIter              // FOR_ITER that is not the head or not over a range
	AbortTooLong              // the trace exceeds maxTraceLen instructions
	AbortBadBytecode          // undecodable bytecode (stack underflow, bad pc)
	AbortCompile              // the optimizer or backend refused the trace
	AbortNoBackend            // no machine backend for this architecture
	AbortCache                // an attribute or global without a usable inline cache
	AbortCall                 // a call the recorder does not trace
	numAborts
)

var abortNames = [numAborts]string{
	AbortNone:           "none",
	AbortUnsupported:    "unsupported instruction",
	AbortSlotType:       "local of unsupported type",
	AbortConstType:      "constant of unsupported type",
	AbortOperandType:    "operands of unsupported types",
	AbortBinOp:          "binary operator not traced",
	AbortUnfusedCompare: "compare not fused with a branch",
	AbortOverflow:       "int overflow while recording",
	AbortLoopExit:       "loop exit while recording",
	AbortInnerLoop:      "inner loop",
	AbortForIter:        "FOR_ITER not over a range at the head",
	AbortTooLong:        "trace too long",
	AbortBadBytecode:    "bad bytecode",
	AbortCompile:        "compile failed",
	AbortNoBackend:      "no backend",
	AbortCache:          "no usable inline cache",
	AbortCall:           "call not traced",
}

func (a Abort) String() string {
	if a < numAborts {
		return abortNames[a]
	}
	return "abort?"
}

// abortError is a recording abort with its reason and detail.
type abortError struct {
	Reason Abort
	Detail string
}

func (e *abortError) Error() string {
	if e.Detail == "" {
		return "jit: trace aborted: " + e.Reason.String()
	}
	return "jit: trace aborted: " + e.Reason.String() + ": " + e.Detail
}
