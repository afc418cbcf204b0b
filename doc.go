// Package pyjit embeds pyjit, a Python 3.11 implementation with a tracing
// JIT, in Go programs: no cgo, no CPython library, one static binary.
//
// An Interpreter runs Python source or files in module namespaces,
// evaluates expressions, imports modules (pure-Python ones from the host's
// CPython 3.11 standard library, /usr/lib/python3.11 by default), reads and
// writes globals, and calls Python callables with Go arguments. Values
// convert both ways (see ValueOf and Value.Go); Python exceptions come back
// as *Error, carrying the exception's type, message and the traceback text
// CPython would print. Go functions (Func) can be called from Python, and
// Go-implemented modules (AddModule) imported by it.
//
// Every call into Python takes a context.Context: cancelling it (or its
// deadline passing) raises KeyboardInterrupt in the running Python code,
// including inside a loop the JIT compiled to machine code, and the call's
// *Error then wraps the context's error. context.WithTimeout therefore
// bounds execution time.
//
// # Interpreters and goroutines
//
// Each Interpreter has its own sys.modules, builtins module, sys.path,
// standard streams, recursion limit and JIT trace cache, so several may
// run in one process, in parallel on different goroutines. One
// Interpreter must be used by one goroutine at a time (Go functions it
// calls run on that goroutine and may call back in); only Interrupt may
// be called concurrently. What interpreters share is immutable in
// Python: the builtin types (int, str, ...: their attributes cannot be
// set) and the interned-string table. Process-wide state stays
// process-wide: the working directory, environment variables (os.environ
// is read at import), signal handlers (the last interpreter that imports
// signal owns them), and files.
//
// Python threads are not supported by pyjit yet, so Python code runs on
// the goroutine that called into it.
//
// The package lives at the module root so that its import path,
// github.com/pyjit/pyjit, is the project's name; it builds only on the
// exported surface of package interp (interp/embed*.go) and package jit.
package pyjit
