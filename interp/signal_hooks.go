package interp

// This file exports the little of the signal machinery (mod__signal.go)
// that the rest of pyjit needs: cmd/pyjit installs CPython's startup
// handlers, and the JIT asks whether a signal waits so that a long
// compiled loop can leave its trace.

// SignalPending reports whether a signal (or a profiler tick) waits for
// the interpreter's next check. The JIT asks it when a compiled loop
// exits for preemption, to leave the trace so that KeyboardInterrupt is
// raised promptly.
func SignalPending() bool { return anyTripped.Load() }

// InstallSignalHandlers gives the process CPython's startup signal
// handling, as if _signal had been imported: SIGINT raises
// KeyboardInterrupt in the main thread (unless SIGINT was ignored when
// the process started). cmd/pyjit calls it for the program it runs;
// in-process tests do not, so that they leave the test process's
// signals alone.
func (in *Interpreter) InstallSignalHandlers() {
	signalOnce.Do(setupSignal)
	startSignals(in)
}
