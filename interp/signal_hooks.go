package interp

// This file exports the little of the signal machinery (mod__signal.go)
// that cmd/pyjit needs to install CPython's startup handlers. (The JIT
// asks Thread.InterruptRequested whether a signal waits.)

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
