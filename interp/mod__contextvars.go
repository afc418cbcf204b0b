package interp

// This file implements the _contextvars module (CPython's
// Python/context.c): ContextVar, Token and Context. A Context is an
// immutable mapping from variables to values that is copied on write,
// so copy_context() is cheap and a copy never sees later changes; each
// thread has a current context, entered and left by Context.run.

import (
	"fmt"
	"sync"
)

func init() {
	builtinModules["_contextvars"] = makeContextvarsModule
	delete(cModules, "_contextvars")
}

var (
	contextVarType   = Type{Name: "ContextVar"}
	contextTokenType = Type{Name: "Token"}
	contextType      = Type{Name: "Context"}
	contextOnce      sync.Once
	// tokenMissing is Token.MISSING.
	tokenMissing      = &Object{}
	tokenMissingType  = Type{Name: "Token.MISSING"}
	contextMissingRef = Value{}
)

// contextVar is a ContextVar.
type contextVar struct {
	Object
	name  Value
	deflt Value // null when there is no default
}

// pyContext is a Context: vars in insertion order, never mutated once
// shared (set replaces them).
type pyContext struct {
	Object
	keys    []*contextVar
	vals    map[*contextVar]Value
	entered bool
	prev    *pyContext
}

// contextToken is a Token.
type contextToken struct {
	Object
	ctx  *pyContext
	v    *contextVar
	old  Value // null for Token.MISSING
	used bool
}

func newContext() *pyContext {
	return &pyContext{Object: Object{typ: &contextType}, vals: map[*contextVar]Value{}}
}

// copyContext returns an unentered copy of c.
func (c *pyContext) copy() *pyContext {
	n := newContext()
	n.keys = append(n.keys, c.keys...)
	for k, v := range c.vals {
		n.vals[k] = v
	}
	return n
}

// set and del change c in place: a context is only changed through its
// own variables while it is current, and copies are taken eagerly.
func (c *pyContext) set(v *contextVar, x Value) {
	if _, ok := c.vals[v]; !ok {
		c.keys = append(c.keys, v)
	}
	c.vals[v] = x
}

func (c *pyContext) del(v *contextVar) {
	if _, ok := c.vals[v]; !ok {
		return
	}
	delete(c.vals, v)
	for i, k := range c.keys {
		if k == v {
			c.keys = append(c.keys[:i:i], c.keys[i+1:]...)
			break
		}
	}
}

// currentContext is the thread's context, made on first use.
func currentContext(t *Thread) *pyContext {
	cur := threadContexts(t)
	c := (*cur)[t]
	if c == nil {
		c = newContext()
		c.entered = true
		(*cur)[t] = c
	}
	return c
}

func setCurrentContext(t *Thread, c *pyContext) {
	(*threadContexts(t))[t] = c
}

// threadContexts maps the interpreter's threads to their current
// contexts (only its own goroutine touches it).
func threadContexts(t *Thread) *map[*Thread]*pyContext {
	return moduleState(t.in, "_contextvars", func() *map[*Thread]*pyContext {
		m := map[*Thread]*pyContext{}
		return &m
	})
}

func asContextVar(v Value) (*contextVar, bool) {
	if v.ref != nil && v.Type() == &contextVarType {
		return objectAs[contextVar](v.ref), true
	}
	return nil, false
}

func contextKey(v Value) (*contextVar, error) {
	cv, ok := asContextVar(v)
	if !ok {
		return nil, NewError(&TypeErrorType, "a ContextVar key was expected, got %s", mustReprNoErrValue(v))
	}
	return cv, nil
}

func mustReprNoErrValue(v Value) string {
	return mustReprNoErr(&Thread{}, v)
}

func setupContextTypes() {
	initBuiltinType(&contextVarType, "")
	contextVarType.Module = "_contextvars"
	contextVarType.Slots = Slots{New: contextVarNew, Repr: contextVarRepr, Hash: func(t *Thread, v Value) (int64, error) {
		return int64(objectID(v) >> 4), nil
	}}
	addGetSet(&contextVarType, "name", func(t *Thread, v Value) (Value, error) {
		return objectAs[contextVar](v.ref).name, nil
	}, nil)
	addMethod(&contextVarType, "get", contextVarGet)
	addMethod(&contextVarType, "set", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("set", args, kw, 1); err != nil {
			return Value{}, err
		}
		cv := objectAs[contextVar](self.ref)
		ctx := currentContext(t)
		old, ok := ctx.vals[cv]
		if !ok {
			old = Value{}
		}
		ctx.set(cv, args[0])
		tok := &contextToken{Object: Object{typ: &contextTokenType}, ctx: ctx, v: cv, old: old}
		return FromObject(&tok.Object), nil
	})
	addMethod(&contextVarType, "reset", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("reset", args, kw, 1); err != nil {
			return Value{}, err
		}
		cv := objectAs[contextVar](self.ref)
		if args[0].ref == nil || args[0].Type() != &contextTokenType {
			return Value{}, NewError(&TypeErrorType, "expected an instance of Token, got %s", mustReprNoErr(t, args[0]))
		}
		tok := objectAs[contextToken](args[0].ref)
		if tok.used {
			return Value{}, NewError(&RuntimeErrorType, "%s has already been used once", mustReprNoErr(t, args[0]))
		}
		if tok.v != cv {
			return Value{}, NewError(&ValueErrorType, "%s was created by a different ContextVar", mustReprNoErr(t, args[0]))
		}
		ctx := currentContext(t)
		if tok.ctx != ctx {
			return Value{}, NewError(&ValueErrorType, "%s was created in a different Context", mustReprNoErr(t, args[0]))
		}
		tok.used = true
		if tok.old.IsNull() {
			ctx.del(cv)
		} else {
			ctx.set(cv, tok.old)
		}
		return None, nil
	})
	addClassMethod(&contextVarType, "__class_getitem__", classGetItem)

	initBuiltinType(&tokenMissingType, "")
	tokenMissingType.Slots = Slots{Repr: func(t *Thread, v Value) (Value, error) { return StrValue("<Token.MISSING>"), nil }}
	tokenMissing.typ = &tokenMissingType
	contextMissingRef = FromObject(tokenMissing)

	initBuiltinType(&contextTokenType, "")
	contextTokenType.Module = "_contextvars"
	contextTokenType.Slots = Slots{Repr: tokenRepr, New: func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
		return Value{}, NewError(&RuntimeErrorType, "Tokens can only be created by ContextVars")
	}}
	addGetSet(&contextTokenType, "var", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[contextToken](v.ref).v.Object), nil
	}, nil)
	addGetSet(&contextTokenType, "old_value", func(t *Thread, v Value) (Value, error) {
		if o := objectAs[contextToken](v.ref).old; !o.IsNull() {
			return o, nil
		}
		return contextMissingRef, nil
	}, nil)
	contextTokenType.Dict.setStrNoErr(Intern("MISSING"), contextMissingRef)
	addClassMethod(&contextTokenType, "__class_getitem__", classGetItem)

	initBuiltinType(&contextType, "")
	contextType.Module = "_contextvars"
	contextType.Slots = Slots{
		New: func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
			if len(args) > 0 {
				return Value{}, NewError(&TypeErrorType, "Context() does not accept any arguments")
			}
			return FromObject(&newContext().Object), nil
		},
		Len: func(t *Thread, v Value) (int, error) { return len(objectAs[pyContext](v.ref).keys), nil },
		GetItem: func(t *Thread, v, key Value) (Value, error) {
			cv, err := contextKey(key)
			if err != nil {
				return Value{}, err
			}
			if x, ok := objectAs[pyContext](v.ref).vals[cv]; ok {
				return x, nil
			}
			return Value{}, newException(&KeyErrorType, key)
		},
		Contains: func(t *Thread, v, key Value) (bool, error) {
			cv, err := contextKey(key)
			if err != nil {
				return false, err
			}
			_, ok := objectAs[pyContext](v.ref).vals[cv]
			return ok, nil
		},
		Iter: func(t *Thread, v Value) (Value, error) {
			return Iter(t, NewListValue(contextItems(v, 'k')))
		},
	}
	addMethod(&contextType, "get", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("get", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		cv, err := contextKey(args[0])
		if err != nil {
			return Value{}, err
		}
		if x, ok := objectAs[pyContext](self.ref).vals[cv]; ok {
			return x, nil
		}
		if len(args) == 2 {
			return args[1], nil
		}
		return None, nil
	})
	for _, kind := range []byte{'k', 'v', 'i'} {
		kind := kind
		name := map[byte]string{'k': "keys", 'v': "values", 'i': "items"}[kind]
		addMethod(&contextType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return NewListValue(contextItems(self, kind)), nil
		})
	}
	addMethod(&contextType, "copy", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		return FromObject(&objectAs[pyContext](self.ref).copy().Object), nil
	})
	addMethod(&contextType, "run", contextRun)
	for _, tp := range []*Type{&contextVarType, &contextTokenType, &contextType, &tokenMissingType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func contextItems(v Value, kind byte) []Value {
	c := objectAs[pyContext](v.ref)
	out := make([]Value, len(c.keys))
	for i, k := range c.keys {
		kv := FromObject(&k.Object)
		switch kind {
		case 'k':
			out[i] = kv
		case 'v':
			out[i] = c.vals[k]
		default:
			out[i] = NewTupleValue([]Value{kv, c.vals[k]})
		}
	}
	return out
}

func contextRun(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args)-len(kw) < 1 {
		return Value{}, NewError(&TypeErrorType, "run() missing 1 required positional argument")
	}
	c := objectAs[pyContext](self.ref)
	if c.entered {
		return Value{}, NewError(&RuntimeErrorType, "cannot enter context: %s is already entered", mustReprNoErr(t, self))
	}
	prev := currentContext(t)
	c.entered, c.prev = true, prev
	setCurrentContext(t, c)
	r, err := Call(t, args[0], args[1:], kw)
	setCurrentContext(t, prev)
	c.entered, c.prev = false, nil
	return r, err
}

func contextVarNew(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("ContextVar", args, kw, []string{"name", "default"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	if !isStr(a[0]) {
		return Value{}, NewError(&TypeErrorType, "context variable name must be a str")
	}
	cv := &contextVar{Object: Object{typ: &contextVarType}, name: a[0], deflt: a[1]}
	return FromObject(&cv.Object), nil
}

func contextVarGet(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("get", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	cv := objectAs[contextVar](self.ref)
	if x, ok := currentContext(t).vals[cv]; ok {
		return x, nil
	}
	if len(args) == 1 {
		return args[0], nil
	}
	if !cv.deflt.IsNull() {
		return cv.deflt, nil
	}
	return Value{}, newException(&LookupErrorType, self)
}

func contextVarRepr(t *Thread, v Value) (Value, error) {
	cv := objectAs[contextVar](v.ref)
	name, err := Repr(t, cv.name)
	if err != nil {
		return Value{}, err
	}
	s := "<ContextVar name=" + mustStr(name).s
	if !cv.deflt.IsNull() {
		d, err := Repr(t, cv.deflt)
		if err != nil {
			return Value{}, err
		}
		s += " default=" + mustStr(d).s
	}
	return StrValue(fmt.Sprintf("%s at %#x>", s, objectID(v))), nil
}

func tokenRepr(t *Thread, v Value) (Value, error) {
	tok := objectAs[contextToken](v.ref)
	used := ""
	if tok.used {
		used = " used"
	}
	r, err := Repr(t, FromObject(&tok.v.Object))
	if err != nil {
		return Value{}, err
	}
	return StrValue(fmt.Sprintf("<Token%s var=%s at %#x>", used, mustStr(r).s, objectID(v))), nil
}

func makeContextvarsModule(in *Interpreter) *Module {
	contextOnce.Do(setupContextTypes)
	m := NewModule("_contextvars")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("Context Variables"))
	set("ContextVar", TypeValue(&contextVarType))
	set("Token", TypeValue(&contextTokenType))
	set("Context", TypeValue(&contextType))
	moduleFn(m, "copy_context", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("copy_context", args, kw, 0); err != nil {
			return Value{}, err
		}
		return FromObject(&currentContext(t).copy().Object), nil
	})
	return m
}
