package interp

// This file defines the interpreter and thread state: *Interpreter holds
// what a Python process shares (builtins, sys.modules, standard streams,
// options), *Thread what one thread of execution owns (the frame chain,
// the exception being handled, the recursion depth). Every operation
// takes the *Thread first.

import (
	"bufio"
	"io"
	"os"
	"strconv"
	"sync"
)

// Interpreter is one Python interpreter.
type Interpreter struct {
	Builtins *Dict
	Modules  *Dict
	Stdout   *bufio.Writer
	Stderr   *bufio.Writer
	// RecursionLimit is sys.getrecursionlimit().
	RecursionLimit int
	// Argv is sys.argv.
	Argv []string
	// OpStats, when non-nil, receives dynamic instruction counts
	// (--stats).
	OpStats *OpStats
	// modState holds Go modules' per-interpreter state by key
	// (moduleState).
	modState map[string]any
	// Optimize is the -O level programs are compiled with.
	Optimize int
	// ImportConfig holds sys.path's sources and the cache switch
	// (import.go).
	ImportConfig
	// JIT is the tracing JIT called at hot loop back-edges (nil = off),
	// JITThreshold the back-edge count that makes a loop hot (0 = off);
	// see jithook.go.
	JIT          JIT
	JITThreshold int

	stdoutObj, stderrObj Value
	mu                   sync.Mutex
	main                 *Thread
	sources              map[string][]string

	// Unbuffered is -u / PYTHONUNBUFFERED: sys.stdout and sys.stderr
	// write through to the Go writers. Set it before running code.
	Unbuffered bool
	// stdinObj is sys.stdin; rawStdout and rawStderr are the writers
	// behind sys.stdout and sys.stderr (see mod__io_std.go).
	stdinObj             Value
	rawStdout, rawStderr io.Writer
}

// NewInterpreter makes an interpreter writing to stdout and stderr.
func NewInterpreter(stdout, stderr io.Writer) *Interpreter {
	in := &Interpreter{
		Modules:        NewDict(),
		Stdout:         bufio.NewWriter(stdout),
		Stderr:         bufio.NewWriter(stderr),
		RecursionLimit: 1000,
	}
	in.main = &Thread{in: in}
	in.rawStdout, in.rawStderr = stdout, stderr
	in.Builtins = makeBuiltins(in)
	return in
}

// MainThread returns the interpreter's main thread.
func (in *Interpreter) MainThread() *Thread { return in.main }

// Flush flushes the standard streams.
func (in *Interpreter) Flush() {
	in.flushStdStreams()
	flushAllWriters(in.main)
	in.Stdout.Flush()
	in.Stderr.Flush()
}

// Thread is the state of one thread of Python execution.
type Thread struct {
	in    *Interpreter
	frame *Frame
	// excInfo is the exception currently being handled (sys.exc_info()),
	// nil when none.
	excInfo *Exception
	depth   int
	// reprStack holds the containers whose repr is in progress, to print
	// recursive containers as [...] (CPython's Py_ReprEnter).
	reprStack []*Object
	// framePool holds free call frames by size class (frame_pool.go).
	framePool [len(frameClassCaps)][]*Frame
}

// Interpreter returns the thread's interpreter.
func (t *Thread) Interpreter() *Interpreter { return t.in }

// enterCall counts a nested call for the recursion limit.
func (t *Thread) enterCall() error {
	if t == nil {
		return nil
	}
	t.depth++
	if t.in != nil && t.depth > t.in.RecursionLimit {
		t.depth--
		return NewError(&RecursionErrorType, "maximum recursion depth exceeded")
	}
	return nil
}

func (t *Thread) leaveCall() {
	if t != nil {
		t.depth--
	}
}

// reprEnter reports whether v's repr is already in progress; if not it
// records it until reprLeave.
func (t *Thread) reprEnter(v Value) bool {
	if t == nil {
		return false
	}
	for _, o := range t.reprStack {
		if o == v.ref {
			return true
		}
	}
	t.reprStack = append(t.reprStack, v.ref)
	return false
}

func (t *Thread) reprLeave(v Value) {
	if t == nil {
		return
	}
	for i := len(t.reprStack) - 1; i >= 0; i-- {
		if t.reprStack[i] == v.ref {
			t.reprStack = append(t.reprStack[:i], t.reprStack[i+1:]...)
			return
		}
	}
}

// processHashKey is the SipHash key of str and bytes hashes, fixed at
// startup from PYTHONHASHSEED as CPython does (random when unset or
// "random"). It is process-wide because builtin type namespaces, built
// at init, hash their keys with it.
var processHashKey = hashKeyFromEnv()

func hashKeyFromEnv() HashKey {
	s := os.Getenv("PYTHONHASHSEED")
	if s != "" && s != "random" {
		if n, err := strconv.ParseUint(s, 10, 32); err == nil {
			return HashKeyFromSeed(uint32(n))
		}
	}
	var b [16]byte
	if f, err := os.Open("/dev/urandom"); err == nil {
		_, _ = io.ReadFull(f, b[:])
		f.Close()
	}
	return HashKeyFromBytes(b)
}
