package abi

// Interrupted reports whether a signal handler is waiting to run (Ctrl-C
// raising KeyboardInterrupt). A driver asks after answering a preempt
// exit and, when it is true, leaves the trace through its loop-head exit
// so that the interpreter runs the handler at its next back-edge. The
// jit package installs the interpreter's check; it must be cheap.
var Interrupted = func() bool { return false }
