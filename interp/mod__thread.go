package interp

// This file implements the _thread module (CPython's
// Modules/_threadmodule.c) for a single-threaded interpreter: locks,
// reentrant locks, thread identity and the module constants, which is
// what threading, reprlib and functools need to import and run. Starting
// a thread raises NotImplementedError: pyjit runs one Python thread and
// never starts goroutines for Python code, so a lock that is already
// held can only be released by the code that holds it.

import (
	"fmt"
	"math"
	"os"
	"sync"
	"time"
)

// The _thread types, set up on first import.
var (
	threadLockType  = Type{Name: "lock"}
	threadRLockType = Type{Name: "RLock"}
)

var threadOnce sync.Once

func init() {
	builtinModules["_thread"] = makeThreadModule
	delete(cModules, "_thread")
}

// threadLock is a _thread.lock.
type threadLock struct {
	Object
	locked bool
}

// threadRLock is a _thread.RLock: owner is the owning thread's ident
// (0 when unowned) and count the recursion depth.
type threadRLock struct {
	Object
	owner int64
	count int64
}

// threadIdent is get_ident()'s value for the one Python thread: CPython
// returns pthread_self(), an address-like number, so a fixed value of
// that shape keeps programs printing "ident > 0" and the like honest.
var threadIdent = int64(0x7f0000000000) + int64(os.Getpid())<<12

// timeoutMax is TIMEOUT_MAX on 64-bit Linux (PY_TIMEOUT_MAX in seconds).
const timeoutMax = 9223372036.0

const threadDoc = "This module provides primitive operations to write multi-threaded programs.\nThe 'threading' module provides a more convenient interface."

func newThreadLock() Value {
	return FromObject(&(&threadLock{Object: Object{typ: &threadLockType}}).Object)
}

func setupThreadTypes() {
	initBuiltinType(&threadLockType, "A lock object is a synchronization primitive.  To create a lock,\ncall threading.Lock().  Methods are:\n\nacquire() -- lock the lock, possibly blocking until it can be obtained\nrelease() -- unlock of the lock\nlocked() -- test whether the lock is currently locked\n\nA lock is not owned by the thread that locked it; another thread may\nunlock it.  A thread attempting to lock a lock that it has already locked\nwill block until another thread unlocks it.  Deadlocks may ensue.")
	threadLockType.Module = "_thread"
	// Locks come only from allocate_lock(), as in CPython 3.11.
	threadLockType.Slots = Slots{Repr: lockRepr, New: func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		return Value{}, NewError(&TypeErrorType, "cannot create '_thread.lock' instances")
	}}
	for _, n := range []string{"acquire", "acquire_lock"} {
		addMethod(&threadLockType, n, lockAcquire)
	}
	addMethod(&threadLockType, "__enter__", lockAcquire)
	for _, n := range []string{"release", "release_lock"} {
		addMethod(&threadLockType, n, noArgMethod("lock."+n, lockRelease))
	}
	addMethod(&threadLockType, "__exit__", lockRelease)
	for _, n := range []string{"locked", "locked_lock"} {
		addMethod(&threadLockType, n, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("lock."+n, args, kw, 0); err != nil {
				return Value{}, err
			}
			return Bool(objectAs[threadLock](self.ref).locked), nil
		})
	}
	addMethod(&threadLockType, "_at_fork_reinit", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("_at_fork_reinit", args, kw, 0); err != nil {
			return Value{}, err
		}
		objectAs[threadLock](self.ref).locked = false
		return None, nil
	})

	initBuiltinType(&threadRLockType, "")
	threadRLockType.Module = "_thread"
	threadRLockType.Slots = Slots{Repr: rlockRepr, New: rlockNew}
	threadRLockType.Flags |= FlagBaseType
	addMethod(&threadRLockType, "acquire", rlockAcquire)
	addMethod(&threadRLockType, "__enter__", rlockAcquire)
	addMethod(&threadRLockType, "release", noArgMethod("RLock.release", rlockRelease))
	addMethod(&threadRLockType, "__exit__", rlockRelease)
	addMethod(&threadRLockType, "_is_owned", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("_is_owned", args, kw, 0); err != nil {
			return Value{}, err
		}
		r := objectAs[threadRLock](self.ref)
		return Bool(r.count > 0 && r.owner == threadIdent), nil
	})
	addMethod(&threadRLockType, "_release_save", rlockReleaseSave)
	addMethod(&threadRLockType, "_acquire_restore", rlockAcquireRestore)
	addMethod(&threadRLockType, "_at_fork_reinit", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("_at_fork_reinit", args, kw, 0); err != nil {
			return Value{}, err
		}
		r := objectAs[threadRLock](self.ref)
		r.owner, r.count = 0, 0
		return None, nil
	})
	for _, tp := range []*Type{&threadLockType, &threadRLockType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func lockRepr(t *Thread, v Value) (Value, error) {
	state := "unlocked"
	if objectAs[threadLock](v.ref).locked {
		state = "locked"
	}
	return StrValue(fmt.Sprintf("<%s _thread.lock object at %#x>", state, objectID(v))), nil
}

func rlockRepr(t *Thread, v Value) (Value, error) {
	r := objectAs[threadRLock](v.ref)
	state := "unlocked"
	if r.count > 0 {
		state = "locked"
	}
	return StrValue(fmt.Sprintf("<%s %s.%s object owner=%d count=%d at %#x>", state,
		typeModule(t, v.Type()), typeQualName(v.Type()), r.owner, r.count, objectID(v))), nil
}

// acquireTimeout parses acquire(blocking=True, timeout=-1) as CPython's
// lock_acquire_parse_args does. wait is how long to wait for a held lock;
// forever means no limit.
func acquireTimeout(t *Thread, args []Value, kw []string) (blocking bool, wait time.Duration, forever bool, err error) {
	a, err := clinicArgs("acquire", args, kw, []string{"blocking", "timeout"}, 0, 2)
	if err != nil {
		return false, 0, false, err
	}
	blocking = true
	if !a[0].IsNull() {
		if blocking, err = Truth(t, a[0]); err != nil {
			return false, 0, false, err
		}
	}
	timeout := -1.0
	if !a[1].IsNull() {
		f, ok, err := toFloatOperand(a[1])
		if err != nil {
			return false, 0, false, err
		}
		if !ok {
			return false, 0, false, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(a[1]))
		}
		if math.IsNaN(f) {
			return false, 0, false, NewError(&ValueErrorType, "Invalid value NaN (not a number)")
		}
		if math.Abs(f) > timeoutMax {
			return false, 0, false, NewError(&OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		timeout = f
	}
	if !blocking && timeout != -1 {
		return false, 0, false, NewError(&ValueErrorType, "can't specify a timeout for a non-blocking call")
	}
	if timeout < 0 && timeout != -1 {
		return false, 0, false, NewError(&ValueErrorType, "timeout value must be positive")
	}
	if !blocking {
		return false, 0, false, nil
	}
	if timeout == -1 {
		return true, 0, true, nil
	}
	return true, time.Duration(math.Ceil(timeout * 1e9)), false, nil
}

// waitForever reports the deadlock CPython would hang in: with one
// thread nobody else can release the lock.
func waitForever(t *Thread, wait time.Duration, forever bool) error {
	if forever {
		return notImplemented("blocking forever on a held lock (single-threaded: it would deadlock)")
	}
	t.in.Flush()
	time.Sleep(wait)
	return nil
}

func lockAcquire(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	blocking, wait, forever, err := acquireTimeout(t, args, kw)
	if err != nil {
		return Value{}, err
	}
	l := objectAs[threadLock](self.ref)
	if !l.locked {
		l.locked = true
		return True, nil
	}
	if blocking {
		if err := waitForever(t, wait, forever); err != nil {
			return Value{}, err
		}
	}
	return False, nil
}

// noArgMethod checks that a method got no arguments before calling f,
// which __exit__ shares while ignoring its exc_info arguments.
func noArgMethod(name string, f BuiltinFn) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 0); err != nil {
			return Value{}, err
		}
		return f(t, self, args, kw)
	}
}

// lockRelease is release() and __exit__(*exc_info), which ignores its
// arguments.
func lockRelease(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	l := objectAs[threadLock](self.ref)
	if !l.locked {
		return Value{}, NewError(&RuntimeErrorType, "release unlocked lock")
	}
	l.locked = false
	return None, nil
}

func rlockNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if typ != &threadRLockType {
		return Value{}, notImplemented("subclasses of _thread.RLock")
	}
	return FromObject(&(&threadRLock{Object: Object{typ: &threadRLockType}}).Object), nil
}

func rlockAcquire(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	blocking, wait, forever, err := acquireTimeout(t, args, kw)
	if err != nil {
		return Value{}, err
	}
	r := objectAs[threadRLock](self.ref)
	if r.count == 0 || r.owner == threadIdent {
		if r.count == math.MaxInt64 {
			return Value{}, NewError(&OverflowErrorType, "Internal lock count overflowed")
		}
		r.owner = threadIdent
		r.count++
		return True, nil
	}
	if blocking {
		if err := waitForever(t, wait, forever); err != nil {
			return Value{}, err
		}
	}
	return False, nil
}

func rlockRelease(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	r := objectAs[threadRLock](self.ref)
	if r.count == 0 || r.owner != threadIdent {
		return Value{}, NewError(&RuntimeErrorType, "cannot release un-acquired lock")
	}
	r.count--
	if r.count == 0 {
		r.owner = 0
	}
	return None, nil
}

// rlockReleaseSave is _release_save(): drop the lock entirely and return
// (count, owner) for _acquire_restore (threading.Condition.wait).
func rlockReleaseSave(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("_release_save", args, kw, 0); err != nil {
		return Value{}, err
	}
	r := objectAs[threadRLock](self.ref)
	if r.count == 0 {
		return Value{}, NewError(&RuntimeErrorType, "cannot release un-acquired lock")
	}
	st := NewTupleValue([]Value{Int(r.count), Int(r.owner)})
	r.owner, r.count = 0, 0
	return st, nil
}

func rlockAcquireRestore(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("_acquire_restore", args, kw, 1); err != nil {
		return Value{}, err
	}
	tup, ok := args[0].ref, args[0].ref != nil && args[0].Type().IsSubtype(&TupleType)
	if !ok || len(objectAs[Tuple](tup).items) != 2 {
		return Value{}, NewError(&TypeErrorType, "_acquire_restore() argument must be a (count, owner) tuple")
	}
	items := objectAs[Tuple](tup).items
	count, ok1 := smallInt(items[0])
	owner, ok2 := smallInt(items[1])
	if !ok1 || !ok2 {
		return Value{}, NewError(&TypeErrorType, "_acquire_restore() argument must be a (count, owner) tuple")
	}
	r := objectAs[threadRLock](self.ref)
	if r.count > 0 && r.owner != threadIdent {
		return Value{}, notImplemented("blocking forever on a held lock (single-threaded: it would deadlock)")
	}
	r.count, r.owner = count, owner
	return None, nil
}

func makeThreadModule(in *Interpreter) *Module {
	threadOnce.Do(setupThreadTypes)
	m := NewModule("_thread")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue(threadDoc))
	set("LockType", TypeValue(&threadLockType))
	set("RLock", TypeValue(&threadRLockType))
	set("TIMEOUT_MAX", Float(timeoutMax))
	set("error", TypeValue(&RuntimeErrorType))
	noArgs := func(name string, f func() Value) {
		moduleFn(m, name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("_thread."+name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(), nil
		})
	}
	for _, n := range []string{"allocate_lock", "allocate", "_set_sentinel"} {
		noArgs(n, newThreadLock)
	}
	noArgs("get_ident", func() Value { return Int(threadIdent) })
	// The main thread's native id is the process id on Linux.
	noArgs("get_native_id", func() Value { return Int(int64(os.Getpid())) })
	noArgs("_count", func() Value { return Int(0) })
	moduleFn(m, "stack_size", threadStackSize)
	for _, n := range []string{"start_new_thread", "start_new"} {
		moduleFn(m, n, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return Value{}, NewError(&NotImplementedErrorType, "pyjit does not support threads yet")
		})
	}
	for _, n := range []string{"exit", "exit_thread"} {
		moduleFn(m, n, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("_thread."+n, args, kw, 0); err != nil {
				return Value{}, err
			}
			return Value{}, newException(&SystemExitType, None)
		})
	}
	moduleFn(m, "interrupt_main", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Value{}, NewError(&NotImplementedErrorType, "pyjit does not support _thread.interrupt_main yet")
	})
	if local, err := makeThreadLocalType(in.main); err == nil {
		set("_local", local)
	}
	return m
}

// threadStackSize is stack_size([size]): pyjit keeps no per-thread stack
// setting, so it validates like CPython and always reports the default 0.
func threadStackSize(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("stack_size", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		iv, err := indexValue(t, args[0], "")
		if err != nil {
			return Value{}, err
		}
		n, ok := smallInt(iv)
		if !ok {
			return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		if n != 0 && n < 32768 {
			return Value{}, NewError(&ValueErrorType, "size not valid: %d bytes", n)
		}
		if n < 0 {
			return Value{}, NewError(&ValueErrorType, "size must be 0 or a positive value")
		}
	}
	return Int(0), nil
}

// makeThreadLocalType builds _thread._local as a plain class: with one
// thread, thread-local storage is an ordinary instance namespace.
func makeThreadLocalType(t *Thread) (Value, error) {
	ns := NewDict()
	ns.setStrNoErr(Intern("__module__"), StrValue("_thread"))
	ns.setStrNoErr(Intern("__doc__"), StrValue("Thread-local data"))
	return Call(t, TypeValue(&TypeType), []Value{StrValue("_local"), NewTupleValue([]Value{TypeValue(&ObjectType)}), FromObject(&ns.Object)}, nil)
}
