package interp

// This file keeps weak references weak. pyjit has no reference counts:
// a referent dies when Go's garbage collector finds it unreachable. A
// weakRef holds a weak.Pointer to the referent's header; the first weak
// reference to an object registers a runtime.AddCleanup that, once the
// object is collected, queues the callbacks of its still-live weak
// references. The cleanup runs on the runtime's cleanup goroutine, so it
// never calls Python code: the queue is drained by runWeakCallbacks on
// the owning interpreter thread, at the next _weakref operation (making,
// calling or counting a weak reference or proxy). Callbacks therefore run
// later than in CPython, but never concurrently with the interpreter.

import (
	"runtime"
	"sync"
	"weak"
)

// weakTarget is a weak pointer to a referent plus the payload word of its
// Value (float subclass instances keep their float there).
type weakTarget struct {
	p    weak.Pointer[Object]
	bits uint64
}

// weakRegistry maps each referent to the weak references made to it, in
// creation order, and holds the queue of callbacks to run.
var weakRegistry = struct {
	mu      sync.Mutex
	refs    map[weak.Pointer[Object]][]weak.Pointer[weakRef]
	pending []*weakRef
}{refs: map[weak.Pointer[Object]][]weak.Pointer[weakRef]{}}

// get returns the referent, or false once it has been collected.
func (r *weakRef) get() (Value, bool) {
	obj := r.target.p.Value()
	if obj == nil {
		return Value{}, false
	}
	return Value{ref: obj, bits: r.target.bits}, true
}

// weakrefable reports whether CPython allows weak references to v's type
// (tp_weaklistoffset != 0).
func weakrefable(t *Thread, v Value) bool {
	if v.IsUnboxed() {
		return false
	}
	tp := v.Type()
	if tp.Flags&FlagHeap == 0 {
		switch tp {
		case &TypeType, &SetType, &FrozenSetType, &FunctionType, &ModuleType, &CodeType,
			&BuiltinFunctionType, &MethodType, &GeneratorType, &weakRefType, &dequeType, &partialType, &lruWrapperType, &odictType,
			&srePatternType, &CoroutineType, &AsyncGeneratorType:
			return true
		}
		return false
	}
	switch tp.Base {
	case &TupleType, &IntType:
		// Variable-sized bases get no __weakref__ slot.
		return false
	}
	if tp.Flags&flagNoDict == 0 {
		return true
	}
	// __slots__ without __dict__: only if some class lists __weakref__.
	for _, b := range tp.MRO {
		if b.Flags&FlagHeap == 0 || b.Dict == nil {
			continue
		}
		sv, ok, err := b.Dict.GetStr(t, internStatic("__slots__"))
		if err != nil || !ok {
			continue
		}
		items := []Value{sv}
		if _, isStr := asStr(sv); !isStr {
			if items, err = iterateToSlice(t, sv); err != nil {
				continue
			}
		}
		for _, it := range items {
			if s, ok := asStr(it); ok && s.s == "__weakref__" {
				return true
			}
		}
	}
	return false
}

// newWeakRef makes a weak reference (typ is ref, a ref subclass or a
// proxy type) to obj. Like CPython, a plain ref or proxy without a
// callback is shared: asking again returns the existing one.
func newWeakRef(t *Thread, typ *Type, obj, cb Value) (*weakRef, error) {
	if !weakrefable(t, obj) {
		return nil, NewError(&TypeErrorType, "cannot create weak reference to '%s' object", typeName(obj))
	}
	key := weak.Make(obj.ref)
	reg := &weakRegistry
	reg.mu.Lock()
	defer reg.mu.Unlock()
	list, seen := reg.refs[key]
	live := list[:0]
	for _, w := range list {
		if w.Value() != nil {
			live = append(live, w)
		}
	}
	list = live
	shareable := cb.IsNull() && (typ == &weakRefType || typ == &weakProxyType || typ == &weakCallableProxyType)
	if shareable {
		for _, w := range list {
			// Only within one interpreter: a ref to an object every
			// interpreter shares (a builtin type) must not be shared too.
			if r := w.Value(); r != nil && r.typ == typ && r.callback.IsNull() && r.owner != nil && r.owner.in == t.in {
				reg.refs[key] = list
				return r, nil
			}
		}
	}
	r := &weakRef{Object: Object{typ: typ}, target: weakTarget{p: key, bits: obj.bits}, callback: cb, owner: t}
	reg.refs[key] = append(list, weak.Make(r))
	if !seen {
		runtime.AddCleanup(obj.ref, referentDied, key)
	}
	return r, nil
}

// referentDied runs on the cleanup goroutine after a referent was
// collected: it forgets the referent and queues the callbacks of its
// weak references that are still alive.
func referentDied(key weak.Pointer[Object]) {
	reg := &weakRegistry
	reg.mu.Lock()
	defer reg.mu.Unlock()
	for _, w := range reg.refs[key] {
		if r := w.Value(); r != nil && !r.callback.IsNull() {
			reg.pending = append(reg.pending, r)
		}
	}
	delete(reg.refs, key)
}

// weakRefsTo lists the live weak references to obj, oldest first.
func weakRefsTo(obj Value) []*weakRef {
	if obj.IsUnboxed() {
		return nil
	}
	key := weak.Make(obj.ref)
	reg := &weakRegistry
	reg.mu.Lock()
	defer reg.mu.Unlock()
	var out []*weakRef
	for _, w := range reg.refs[key] {
		if r := w.Value(); r != nil {
			out = append(out, r)
		}
	}
	return out
}

// runWeakCallbacks calls the queued callbacks owned by t, each with its
// (now dead) weak reference. As in CPython, an exception in a callback
// is not propagated; it is dropped.
func runWeakCallbacks(t *Thread) {
	reg := &weakRegistry
	reg.mu.Lock()
	if len(reg.pending) == 0 {
		reg.mu.Unlock()
		return
	}
	var mine []*weakRef
	rest := reg.pending[:0]
	for _, r := range reg.pending {
		if r.owner == t {
			mine = append(mine, r)
		} else {
			rest = append(rest, r)
		}
	}
	reg.pending = rest
	reg.mu.Unlock()
	for _, r := range mine {
		cb := r.callback
		r.callback = Value{}
		_, _ = Call(t, cb, []Value{FromObject(&r.Object)}, nil)
	}
}
