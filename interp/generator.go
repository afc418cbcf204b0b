package interp

// This file implements generators: a generator owns the frame of its
// function; each resumption runs the eval loop on that frame until the
// next YIELD_VALUE or the end.

import (
	"fmt"

	"github.com/pyjit/pyjit/bytecode"
)

// GeneratorType is the type of generator objects.
var GeneratorType = Type{Name: "generator"}

// Generator is a generator object.
type Generator struct {
	Object
	frame    *Frame
	started  bool
	running  bool
	finished bool
	excState *Exception
	name     Value
	qualname Value
	code     *CodeObject // gi_code, also after the frame is gone
}

func newGenerator(t *Thread, f *Frame) Value {
	typ := &GeneratorType
	switch flags := f.code.Code.Flags; {
	case flags&bytecode.CoCoroutine != 0:
		typ = &CoroutineType
	case flags&bytecode.CoAsyncGenerator != 0:
		typ = &AsyncGeneratorType
	}
	g := &Generator{Object: Object{typ: typ}, frame: f, code: f.code}
	if f.fn != nil {
		g.name, g.qualname = f.fn.name, f.fn.qualname
	} else {
		g.name, g.qualname = StrValue(f.code.Code.Name), StrValue(f.code.Code.QualName)
	}
	f.gen = g
	return FromObject(&g.Object)
}

// resume runs the generator with value sent in (or exc thrown in). done
// reports that it returned (the result is its return value).
func (g *Generator) resume(t *Thread, value Value, exc error) (Value, bool, error) {
	if g.running {
		return Value{}, false, NewError(&ValueErrorType, "generator already executing")
	}
	if g.finished {
		if exc != nil {
			return Value{}, false, exc
		}
		if g.typ == &CoroutineType {
			return Value{}, false, NewError(&RuntimeErrorType, "cannot reuse already awaited coroutine")
		}
		return None, true, nil
	}
	f := g.frame
	if !g.started && exc == nil && !value.IsNone() {
		return Value{}, false, NewError(&TypeErrorType, "can't send non-None value to a just-started generator")
	}
	g.started = true
	if exc == nil {
		f.slots[f.sp] = value
		f.sp++
	} else {
		f.pendingErr = exc
	}
	outer := t.excInfo
	if g.excState != nil {
		t.excInfo = g.excState
	}
	g.running = true
	f.state = frameRunning
	r, err := t.run(f)
	g.running = false
	if t.excInfo != outer {
		g.excState = t.excInfo
	} else {
		g.excState = nil
	}
	t.excInfo = outer
	if err != nil {
		g.finished = true
		g.frame = nil
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&StopIterationType) {
			re := NewError(&RuntimeErrorType, "generator raised StopIteration")
			re.Cause, re.Context, re.SuppressContext = e, e, true
			return Value{}, false, re
		}
		return Value{}, false, err
	}
	if f.state == frameYielded {
		return r, false, nil
	}
	g.finished = true
	g.frame = nil
	// A generator that returned normally no longer needs its frame.
	f.gen = nil
	t.releaseFrame(f)
	return r, true, nil
}

func genIterNext(t *Thread, v Value) (Value, error) {
	g := objectAs[Generator](v.ref)
	r, done, err := g.resume(t, None, nil)
	if err != nil || done {
		return Value{}, err
	}
	return r, nil
}

// genSend is SEND: send value into receiver; done reports that it
// finished with result r.
func genSend(t *Thread, receiver, value Value) (Value, bool, error) {
	switch receiver.Type() {
	case &GeneratorType, &CoroutineType:
		return objectAs[Generator](receiver.ref).resume(t, value, nil)
	case &asyncGenASendType, &asyncGenAThrowType:
		r, err := objectAs[asyncGenOp](receiver.ref).send(t, value, nil)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == &StopIterationType {
				return stopValue(e), true, nil
			}
			return Value{}, false, err
		}
		return r, false, nil
	}
	if value.IsNone() {
		r, err := Next(t, receiver)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&StopIterationType) {
				return stopValue(e), true, nil
			}
			return Value{}, false, err
		}
		if r.IsNull() {
			return None, true, nil
		}
		return r, false, nil
	}
	r, _, err := callMethod(t, receiver, "send", value)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&StopIterationType) {
			return stopValue(e), true, nil
		}
		return Value{}, false, err
	}
	return r, false, nil
}

// stopValue is StopIteration.value.
func stopValue(e *Exception) Value {
	if v, _ := e.attrs.Get(nil, internStatic("value")); !v.IsNull() {
		return v
	}
	if len(e.Args) > 0 {
		return e.Args[0]
	}
	return None
}

func stopIteration(v Value) error {
	e := newException(&StopIterationType)
	if !v.IsNone() {
		e.Args = []Value{v}
	}
	e.attrs.Set(nil, internStatic("value"), v)
	return e
}

func genRepr(t *Thread, v Value) (Value, error) {
	g := objectAs[Generator](v.ref)
	q, _ := StrString(t, g.qualname)
	return StrValue(fmt.Sprintf("<generator object %s at %#x>", q, objectID(v))), nil
}

func setupGenerator() {
	gt := &GeneratorType
	initBuiltinType(gt, "")
	gt.Slots = Slots{Iter: selfIter, Next: genIterNext, Repr: genRepr}
	addMethod(gt, "send", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("send", args, kw, 1); err != nil {
			return Value{}, err
		}
		r, done, err := objectAs[Generator](self.ref).resume(t, args[0], nil)
		if err != nil {
			return Value{}, err
		}
		if done {
			return Value{}, stopIteration(r)
		}
		return r, nil
	})
	addMethod(gt, "throw", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		exc, err := throwArgs(t, "throw", args, kw)
		if err != nil {
			return Value{}, err
		}
		r, done, err := objectAs[Generator](self.ref).resume(t, None, exc)
		if err != nil {
			return Value{}, err
		}
		if done {
			return Value{}, stopIteration(r)
		}
		return r, nil
	})
	addMethod(gt, "close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		g := objectAs[Generator](self.ref)
		if g.finished || !g.started {
			g.finished = true
			g.frame = nil
			return None, nil
		}
		_, done, err := g.resume(t, None, newException(&GeneratorExitType))
		if err != nil {
			if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(&GeneratorExitType) || e.typ.IsSubtype(&StopIterationType)) {
				return None, nil
			}
			return Value{}, err
		}
		if !done {
			return Value{}, NewError(&RuntimeErrorType, "generator ignored GeneratorExit")
		}
		return None, nil
	})
	addGetSet(gt, "__name__", func(t *Thread, v Value) (Value, error) { return objectAs[Generator](v.ref).name, nil }, nil)
	addGetSet(gt, "__qualname__", func(t *Thread, v Value) (Value, error) { return objectAs[Generator](v.ref).qualname, nil }, nil)
	addGetSet(gt, "gi_running", func(t *Thread, v Value) (Value, error) { return Bool(objectAs[Generator](v.ref).running), nil }, nil)
}
