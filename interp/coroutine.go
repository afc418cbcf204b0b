package interp

// This file implements coroutines and async generators on top of the
// generator machinery (generator.go): a coroutine is a Generator of type
// coroutine (not iterable; awaited through SEND), an async generator is
// one of type async_generator whose values come out through the
// awaitables __anext__/asend/athrow/aclose return. The instructions
// GET_AWAITABLE, BEFORE_ASYNC_WITH, GET_AITER, GET_ANEXT, END_ASYNC_FOR
// and ASYNC_GEN_WRAP are implemented here (CPython's Objects/genobject.c
// and ceval.c).

import (
	"fmt"

	"github.com/pyjit/pyjit/bytecode"
)

// Coroutine and async generator types.
var (
	CoroutineType      = Type{Name: "coroutine"}
	CoroWrapperType    = Type{Name: "coroutine_wrapper"}
	AsyncGeneratorType = Type{Name: "async_generator"}
	asyncGenASendType  = Type{Name: "async_generator_asend"}
	asyncGenAThrowType = Type{Name: "async_generator_athrow"}
	asyncGenWrapType   = Type{Name: "async_generator_wrapped_value"}
)

// asyncGenWrapped marks a value an async generator yields (as opposed
// to a value an await inside it passes up to the event loop).
type asyncGenWrapped struct {
	Object
	v Value
}

// coroWrapper is coroutine.__await__(): an iterator driving the
// coroutine.
type coroWrapper struct {
	Object
	coro Value
}

// asyncGenOp is the awaitable of asend (throw nil) or athrow/aclose.
type asyncGenOp struct {
	Object
	gen     *Generator
	value   Value // asend's value
	exc     *Exception
	closing bool // aclose()
	state   uint8
}

const (
	opInit uint8 = iota
	opIter
	opClosed
)

// isAwaitableGen reports coroutines and generators decorated with
// types.coroutine (CO_ITERABLE_COROUTINE), which await directly.
func isAwaitableGen(v Value) bool {
	switch v.Type() {
	case &CoroutineType:
		return true
	case &GeneratorType:
		f := objectAs[Generator](v.ref).frame
		return f != nil && f.code.Code.Flags&bytecode.CoIterableCoroutine != 0
	}
	return false
}

// getAwaitable is GET_AWAITABLE's conversion (where: 0 await, 1
// __aenter__, 2 __aexit__ for the error messages).
func getAwaitable(t *Thread, v Value, where int) (Value, error) {
	if isAwaitableGen(v) {
		return v, nil
	}
	m, err := lookupMethod(t, v, "__await__")
	if err != nil {
		return Value{}, err
	}
	if m.IsNull() {
		switch where {
		case 1:
			return Value{}, NewError(&TypeErrorType, "'async with' received an object from __aenter__ that does not implement __await__: %s", typeName(v))
		case 2:
			return Value{}, NewError(&TypeErrorType, "'async with' received an object from __aexit__ that does not implement __await__: %s", typeName(v))
		}
		return Value{}, NewError(&TypeErrorType, "object %s can't be used in 'await' expression", typeName(v))
	}
	r, err := Call(t, m, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if isAwaitableGen(r) {
		return Value{}, NewError(&TypeErrorType, "__await__() returned a coroutine")
	}
	if r.Type().Slots.Next == nil {
		return Value{}, NewError(&TypeErrorType, "__await__() returned non-iterator of type '%s'", typeName(r))
	}
	return r, nil
}

// beforeAsyncWith is BEFORE_ASYNC_WITH: the bound __aexit__ and the
// result of __aenter__().
func beforeAsyncWith(t *Thread, mgr Value) (exit, res Value, err error) {
	enter, err := lookupMethod(t, mgr, "__aenter__")
	if err != nil {
		return Value{}, Value{}, err
	}
	if enter.IsNull() {
		return Value{}, Value{}, NewError(&TypeErrorType, "'%s' object does not support the asynchronous context manager protocol", typeName(mgr))
	}
	exit, err = lookupMethod(t, mgr, "__aexit__")
	if err != nil {
		return Value{}, Value{}, err
	}
	if exit.IsNull() {
		return Value{}, Value{}, NewError(&TypeErrorType, "'%s' object does not support the asynchronous context manager protocol (missed __aexit__ method)", typeName(mgr))
	}
	res, err = Call(t, enter, nil, nil)
	return exit, res, err
}

// getAIter is GET_AITER.
func getAIter(t *Thread, v Value) (Value, error) {
	m, err := lookupMethod(t, v, "__aiter__")
	if err != nil {
		return Value{}, err
	}
	if m.IsNull() {
		return Value{}, NewError(&TypeErrorType, "'async for' requires an object with __aiter__ method, got %s", typeName(v))
	}
	it, err := Call(t, m, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if it.Type().Lookup(Intern("__anext__")).IsNull() {
		return Value{}, NewError(&TypeErrorType, "'async for' received an object from __aiter__ that does not implement __anext__: %s", typeName(it))
	}
	return it, nil
}

// getANext is GET_ANEXT: the awaitable of aiter.__anext__().
func getANext(t *Thread, aiter Value) (Value, error) {
	if aiter.Type() == &AsyncGeneratorType {
		return newAsyncGenOp(objectAs[Generator](aiter.ref), None, nil, false), nil
	}
	m, err := lookupMethod(t, aiter, "__anext__")
	if err != nil {
		return Value{}, err
	}
	if m.IsNull() {
		return Value{}, NewError(&TypeErrorType, "'async for' requires an iterator with __anext__ method, got %s", typeName(aiter))
	}
	r, err := Call(t, m, nil, nil)
	if err != nil {
		return Value{}, err
	}
	aw, err := getAwaitable(t, r, 0)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == &TypeErrorType {
			return Value{}, NewError(&TypeErrorType, "'async for' received an invalid object from __anext__: %s", typeName(r))
		}
		return Value{}, err
	}
	return aw, nil
}

func newAsyncGenOp(g *Generator, value Value, exc *Exception, closing bool) Value {
	tp := &asyncGenASendType
	if exc != nil {
		tp = &asyncGenAThrowType
	}
	return FromObject(&(&asyncGenOp{Object: Object{typ: tp}, gen: g, value: value, exc: exc, closing: closing}).Object)
}

// unwrapAsyncGen interprets one step of an async generator: a wrapped
// value ends the awaitable with StopIteration(value); anything else is
// an await passing through.
func unwrapAsyncGen(r Value, done bool, err error) (Value, error) {
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(&StopAsyncIterationType) || e.typ.IsSubtype(&GeneratorExitType)) {
			return Value{}, err
		}
		return Value{}, err
	}
	if done {
		return Value{}, newException(&StopAsyncIterationType)
	}
	if r.ref != nil && r.ref.typ == &asyncGenWrapType {
		return Value{}, stopIteration(objectAs[asyncGenWrapped](r.ref).v)
	}
	return r, nil
}

// send advances the awaitable with v (exc: thrown into it).
func (op *asyncGenOp) send(t *Thread, v Value, exc *Exception) (Value, error) {
	if op.state == opClosed {
		return Value{}, NewError(&RuntimeErrorType, "cannot reuse already awaited __anext__()/asend()")
	}
	g := op.gen
	if op.state == opInit {
		op.state = opIter
		if op.exc == nil && exc == nil {
			if v.IsNone() {
				v = op.value
			}
			r, done, err := g.resume(t, v, nil)
			r, err = unwrapAsyncGen(r, done, err)
			if err != nil {
				op.state = opClosed
			}
			return r, err
		}
		if exc == nil {
			exc = op.exc
		}
		if g.finished || !g.started && op.closing {
			op.state = opClosed
			g.finished = true
			if op.closing {
				return Value{}, stopIteration(None)
			}
			return Value{}, newException(&StopAsyncIterationType)
		}
	}
	var thrown error // a nil *Exception must not become a non-nil error
	if exc != nil {
		thrown = exc
	}
	r, done, err := g.resume(t, v, thrown)
	if op.closing {
		if err != nil {
			op.state = opClosed
			if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(&StopAsyncIterationType) || e.typ.IsSubtype(&GeneratorExitType)) {
				return Value{}, stopIteration(None)
			}
			return Value{}, err
		}
		if done {
			op.state = opClosed
			return Value{}, stopIteration(None)
		}
		if r.ref != nil && r.ref.typ == &asyncGenWrapType {
			op.state = opClosed
			return Value{}, NewError(&RuntimeErrorType, "async generator ignored GeneratorExit")
		}
		return r, nil
	}
	r, err = unwrapAsyncGen(r, done, err)
	if err != nil {
		op.state = opClosed
	}
	return r, err
}

func asyncGenOpNext(t *Thread, v Value) (Value, error) {
	r, err := objectAs[asyncGenOp](v.ref).send(t, None, nil)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == &StopIterationType && len(e.Args) == 0 {
			// next() ends quietly at a StopIteration without a value.
			return Value{}, nil
		}
	}
	return r, err
}

func coroRepr(kind string) func(t *Thread, v Value) (Value, error) {
	return func(t *Thread, v Value) (Value, error) {
		q, _ := StrString(t, objectAs[Generator](v.ref).qualname)
		return StrValue(fmt.Sprintf("<%s object %s at %#x>", kind, q, objectID(v))), nil
	}
}

// throwArgs builds the exception of a throw()/athrow() call:
// throw(type[, value[, traceback]]) or throw(instance). As CPython's
// _gen_throw: a value that is already an instance of type is thrown
// as is; another value is passed to type (a tuple as its arguments).
func throwArgs(t *Thread, name string, args []Value, kw []string) (*Exception, error) {
	if err := rangeArgs(name, args, kw, 1, 3); err != nil {
		return nil, err
	}
	typ, isType := asType(args[0])
	var exc *Exception
	if isType && len(args) > 1 && !args[1].IsNone() {
		if e, ok := asException(args[1]); ok && e.typ.IsSubtype(typ) {
			exc = e
		} else {
			cargs := []Value{args[1]}
			if tu, ok := asTuple(args[1]); ok {
				cargs = tu.items
			}
			inst, err := Call(t, args[0], cargs, nil)
			if err != nil {
				return nil, err
			}
			e, ok := asException(inst)
			if !ok {
				return nil, NewError(&TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", typ.Name, typeName(inst))
			}
			exc = e
		}
	} else {
		if !isType && len(args) > 1 && !args[1].IsNone() {
			return nil, NewError(&TypeErrorType, "instance exception may not have a separate value")
		}
		e, err := makeException(t, args[0], "exceptions")
		if err != nil {
			return nil, err
		}
		exc = e
	}
	if len(args) > 2 && !args[2].IsNone() {
		if args[2].Type() != &TracebackType {
			return nil, NewError(&TypeErrorType, "throw() third argument must be a traceback object")
		}
		exc.Traceback = objectAs[Traceback](args[2].ref)
	}
	return exc, nil
}

func setupCoroutines() {
	gt := &GeneratorType
	// Coroutines share the generator methods but are not iterable.
	ct := &CoroutineType
	initBuiltinType(ct, "")
	ct.Slots = Slots{Repr: coroRepr("coroutine")}
	for _, name := range []string{"send", "throw", "close"} {
		m, _, _ := gt.Dict.GetStr(nil, Intern(name))
		addMethod(ct, name, objectAs[Builtin](m.ref).Fn)
	}
	addMethod(ct, "__await__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__await__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return FromObject(&(&coroWrapper{Object: Object{typ: &CoroWrapperType}, coro: self}).Object), nil
	})
	gen := func(v Value) *Generator { return objectAs[Generator](v.ref) }
	at := &AsyncGeneratorType
	initBuiltinType(at, "")
	for _, tp := range []*Type{ct, at} {
		prefix := "cr_"
		if tp == &AsyncGeneratorType {
			prefix = "ag_"
		}
		addGetSet(tp, "__name__", func(t *Thread, v Value) (Value, error) { return gen(v).name, nil }, nil)
		addGetSet(tp, "__qualname__", func(t *Thread, v Value) (Value, error) { return gen(v).qualname, nil }, nil)
		addGetSet(tp, prefix+"running", func(t *Thread, v Value) (Value, error) { return Bool(gen(v).running), nil }, nil)
		addGetSet(tp, prefix+"frame", func(t *Thread, v Value) (Value, error) {
			if g := gen(v); g.frame != nil && !g.finished {
				g.frame.escaped = true
				return FromObject(&g.frame.Object), nil
			}
			return None, nil
		}, nil)
		addGetSet(tp, prefix+"code", func(t *Thread, v Value) (Value, error) {
			if g := gen(v); g.frame != nil {
				return FromObject(&g.frame.code.Object), nil
			}
			return None, nil
		}, nil)
	}
	addGetSet(ct, "cr_await", generatorYieldFrom, nil)
	addGetSet(ct, "cr_origin", func(t *Thread, v Value) (Value, error) { return None, nil }, nil)

	wt := &CoroWrapperType
	initBuiltinType(wt, "")
	wt.Slots = Slots{Iter: selfIter, Next: func(t *Thread, v Value) (Value, error) {
		return genIterNext(t, objectAs[coroWrapper](v.ref).coro)
	}}
	for _, name := range []string{"send", "throw", "close"} {
		name := name
		addMethod(wt, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			r, _, err := callMethod(t, objectAs[coroWrapper](self.ref).coro, name, args...)
			return r, err
		})
	}

	at.Slots = Slots{Repr: coroRepr("async_generator")}
	addMethod(at, "__aiter__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self, exactArgs("__aiter__", args, kw, 0)
	})
	addMethod(at, "__anext__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return newAsyncGenOp(gen(self), None, nil, false), exactArgs("__anext__", args, kw, 0)
	})
	addMethod(at, "asend", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("asend", args, kw, 1); err != nil {
			return Value{}, err
		}
		return newAsyncGenOp(gen(self), args[0], nil, false), nil
	})
	addMethod(at, "athrow", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		exc, err := throwArgs(t, "athrow", args, kw)
		if err != nil {
			return Value{}, err
		}
		return newAsyncGenOp(gen(self), None, exc, false), nil
	})
	addMethod(at, "aclose", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("aclose", args, kw, 0); err != nil {
			return Value{}, err
		}
		return newAsyncGenOp(gen(self), None, newException(&GeneratorExitType), true), nil
	})
	addGetSet(at, "ag_await", generatorYieldFrom, nil)

	for _, ot := range []*Type{&asyncGenASendType, &asyncGenAThrowType} {
		initBuiltinType(ot, "")
		ot.Slots = Slots{Iter: selfIter, Next: asyncGenOpNext}
		addMethod(ot, "__await__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return self, exactArgs("__await__", args, kw, 0)
		})
		addMethod(ot, "send", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("send", args, kw, 1); err != nil {
				return Value{}, err
			}
			return objectAs[asyncGenOp](self.ref).send(t, args[0], nil)
		})
		addMethod(ot, "throw", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			exc, err := throwArgs(t, "throw", args, kw)
			if err != nil {
				return Value{}, err
			}
			return objectAs[asyncGenOp](self.ref).send(t, None, exc)
		})
		addMethod(ot, "close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			objectAs[asyncGenOp](self.ref).state = opClosed
			return None, exactArgs("close", args, kw, 0)
		})
	}
	initBuiltinType(&asyncGenWrapType, "")
}
