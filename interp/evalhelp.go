package interp

// This file holds the helpers of the evaluation loop that are too long to
// sit inside its switch: name lookups, method loading, unpacking, raising,
// calls with *args/**kwargs, and with statements.

import "github.com/pyjit/pyjit/frontend/literal"

func unboundLocal(co *CodeObject, i int) error {
	return NewError(&UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", co.varnames[i].s)
}

func unboundDeref(co *CodeObject, i int) error {
	name := co.varnames[i].s
	if co.Code.LocalsPlusKinds[i]&0x80 != 0 { // a free variable
		e := NewError(&NameErrorType, "cannot access free variable '%s' where it is not associated with a value in enclosing scope", name)
		return e
	}
	return NewError(&UnboundLocalErrorType, "cannot access local variable '%s' where it is not associated with a value", name)
}

func nameError(name *Str) error {
	e := NewError(&NameErrorType, "name '%s' is not defined", name.s)
	e.attrs.Set(nil, internStatic("name"), FromObject(&name.Object))
	return e
}

func reprName(n *Str) string { return literal.ReprStr(n.s) }

func (t *Thread) loadName(f *Frame, name *Str) (Value, error) {
	if f.locals != nil {
		if v, ok, err := f.locals.GetStr(t, name); err != nil || ok {
			return v, err
		}
	}
	return t.loadGlobal(f, name)
}

func (t *Thread) loadGlobal(f *Frame, name *Str) (Value, error) {
	if v, ok, err := f.globals.GetStr(t, name); err != nil || ok {
		return v, err
	}
	if v, ok, err := f.builtins.GetStr(t, name); err != nil || ok {
		return v, err
	}
	return Value{}, nameError(name)
}

// loadMethod is LOAD_ATTR's method form (CPython's _PyObject_GetMethod):
// it returns (function, self) when the attribute is a plain method found
// on the type, else (attribute, null).
func loadMethod(t *Thread, owner Value, name *Str) (Value, Value, error) {
	tp := owner.Type()
	if tp.Slots.GetAttr != nil {
		v, err := GetAttr(t, owner, name)
		return v, Value{}, err
	}
	descr := tp.Lookup(name)
	if descr.IsNull() || !isMethodDescr(descr) {
		v, err := GenericGetAttr(t, owner, name)
		return v, Value{}, err
	}
	if a := attrsOf(owner); a != nil {
		v, err := a.Get(t, name)
		if err != nil {
			return Value{}, Value{}, err
		}
		if !v.IsNull() {
			return v, Value{}, nil
		}
	}
	return descr, owner, nil
}

func mustTupleStrings(v Value) []string {
	tu := mustTuple(v)
	out := make([]string, len(tu.items))
	for i, x := range tu.items {
		out[i] = mustStr(x).s
	}
	return out
}

func listExtendFromStack(t *Thread, l *List, v Value) error {
	items, err := iterateToSlice(t, v)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ == &TypeErrorType && v.Type().Slots.Iter == nil && v.Type().Slots.GetItem == nil {
			return NewError(&TypeErrorType, "Value after * must be an iterable, not %s", typeName(v))
		}
		return err
	}
	l.items = append(l.items, items...)
	return nil
}

func dictUpdateFromStack(t *Thread, d *Dict, v Value) error {
	if _, ok := asDict(v); !ok {
		if m, _ := lookupMethod(t, v, "keys"); m.IsNull() {
			return NewError(&TypeErrorType, "'%s' object is not a mapping", typeName(v))
		}
	}
	return d.Update(t, v)
}

// dictMerge is DICT_MERGE: **update into the keyword dict of a call.
func dictMerge(t *Thread, d *Dict, update, callable Value) error {
	fname := func() string {
		if callable.IsNull() {
			return "function"
		}
		return callableName(t, callable)
	}
	src, ok := asDict(update)
	if !ok {
		if m, _ := lookupMethod(t, update, "keys"); m.IsNull() {
			return NewError(&TypeErrorType, "%s argument after ** must be a mapping, not %s", fname(), typeName(update))
		}
		src = NewDict()
		if err := src.Update(t, update); err != nil {
			return err
		}
	}
	for _, e := range src.entries {
		if e.key.IsNull() {
			continue
		}
		if !isStr(e.key) {
			return NewError(&TypeErrorType, "keywords must be strings")
		}
		if _, found, err := d.GetItem(t, e.key); err != nil {
			return err
		} else if found {
			return NewError(&TypeErrorType, "%s got multiple values for keyword argument '%s'", fname(), mustStr(e.key).s)
		}
		if err := d.setWithHash(t, e.key, e.hash, e.value); err != nil {
			return err
		}
	}
	return nil
}

// callableName is the "f()" prefix CPython uses in call errors.
func callableName(t *Thread, v Value) string {
	switch v.Type() {
	case &FunctionType:
		q, _ := StrString(t, objectAs[Function](v.ref).qualname)
		return q + "()"
	case &MethodType:
		return callableName(t, objectAs[Method](v.ref).Func)
	case &BuiltinFunctionType, &MethodDescrType:
		return objectAs[Builtin](v.ref).Name + "()"
	}
	if tp, ok := asType(v); ok {
		return tp.Name + "()"
	}
	return typeName(v) + " object"
}

// callEx is CALL_FUNCTION_EX: callable(*args, **kwargs).
func callEx(t *Thread, callable, self, args, kwargs Value) (Value, error) {
	var pos []Value
	if tu, ok := asTuple(args); ok {
		pos = tu.items
	} else if l, ok := asList(args); ok {
		pos = l.items
	} else {
		items, err := iterateToSlice(t, args)
		if err != nil {
			if args.Type().Slots.Iter == nil && args.Type().Slots.GetItem == nil {
				return Value{}, NewError(&TypeErrorType, "%s argument after * must be an iterable, not %s", callableName(t, callable), typeName(args))
			}
			return Value{}, err
		}
		pos = items
	}
	all := make([]Value, 0, len(pos)+1)
	if !self.IsNull() {
		all = append(all, self)
	}
	all = append(all, pos...)
	var kwnames []string
	if !kwargs.IsNull() {
		d, ok := asDict(kwargs)
		if !ok {
			d = NewDict()
			if err := dictMerge(t, d, kwargs, callable); err != nil {
				return Value{}, err
			}
		}
		for _, e := range d.entries {
			if e.key.IsNull() {
				continue
			}
			ks, ok := asStr(e.key)
			if !ok {
				return Value{}, NewError(&TypeErrorType, "keywords must be strings")
			}
			kwnames = append(kwnames, ks.s)
			all = append(all, e.value)
		}
	}
	return Call(t, callable, all, kwnames)
}

// annotationsDict turns MAKE_FUNCTION's annotations tuple (name, value
// pairs) into a dict.
func annotationsDict(t *Thread, v Value) Value {
	if _, ok := asDict(v); ok {
		return v
	}
	d := NewDict()
	if tu, ok := asTuple(v); ok {
		for i := 0; i+1 < len(tu.items); i += 2 {
			_ = d.SetItem(t, tu.items[i], tu.items[i+1])
		}
	}
	return FromObject(&d.Object)
}

func unpackExact(t *Thread, v Value, n int) ([]Value, error) {
	var items []Value
	switch v.Type() {
	case &TupleType:
		items = mustTuple(v).items
	case &ListType:
		items = mustList(v).items
	default:
		if v.Type().Slots.Iter == nil && v.Type().Slots.GetItem == nil {
			return nil, NewError(&TypeErrorType, "cannot unpack non-iterable %s object", typeName(v))
		}
		it, err := Iter(t, v)
		if err != nil {
			return nil, err
		}
		for len(items) <= n {
			x, err := Next(t, it)
			if err != nil {
				return nil, err
			}
			if x.IsNull() {
				break
			}
			items = append(items, x)
		}
		if len(items) > n {
			return nil, NewError(&ValueErrorType, "too many values to unpack (expected %d)", n)
		}
	}
	if len(items) < n {
		return nil, NewError(&ValueErrorType, "not enough values to unpack (expected %d, got %d)", n, len(items))
	}
	if len(items) > n {
		return nil, NewError(&ValueErrorType, "too many values to unpack (expected %d)", n)
	}
	return items, nil
}

func unpackEx(t *Thread, v Value, before, after int) ([]Value, error) {
	if v.Type().Slots.Iter == nil && v.Type().Slots.GetItem == nil {
		return nil, NewError(&TypeErrorType, "cannot unpack non-iterable %s object", typeName(v))
	}
	items, err := iterateToSlice(t, v)
	if err != nil {
		return nil, err
	}
	if len(items) < before+after {
		return nil, NewError(&ValueErrorType, "not enough values to unpack (expected at least %d, got %d)", before+after, len(items))
	}
	out := make([]Value, 0, before+after+1)
	out = append(out, items[:before]...)
	out = append(out, NewListValue(append([]Value(nil), items[before:len(items)-after]...)))
	out = append(out, items[len(items)-after:]...)
	return out, nil
}

// bareRaise is `raise` without an argument.
func (t *Thread) bareRaise() (error, bool) {
	if t.excInfo == nil {
		return NewError(&RuntimeErrorType, "No active exception to reraise"), false
	}
	return t.excInfo, true
}

// makeException instantiates an exception class or checks an instance.
func makeException(t *Thread, v Value, what string) (*Exception, error) {
	if tp, ok := isExceptionType(v); ok {
		inst, err := Call(t, v, nil, nil)
		if err != nil {
			return nil, err
		}
		e, ok := asException(inst)
		if !ok {
			return nil, NewError(&TypeErrorType, "calling %s should have returned an instance of BaseException, not %s", reprType(tp), typeName(inst))
		}
		return e, nil
	}
	if e, ok := asException(v); ok {
		return e, nil
	}
	return nil, NewError(&TypeErrorType, "%s must derive from BaseException", what)
}

func reprType(tp *Type) string {
	return "<class '" + typeFullName(tp) + "'>"
}

func typeFullName(tp *Type) string {
	mod := typeModule(nil, tp)
	if mod == "builtins" {
		return typeQualName(tp)
	}
	return mod + "." + typeQualName(tp)
}

func makeRaise(t *Thread, excV, causeV Value, hasCause bool) error {
	exc, err := makeException(t, excV, "exceptions")
	if err != nil {
		return err
	}
	if hasCause {
		if causeV.IsNone() {
			exc.Cause = nil
		} else {
			c, err := makeException(t, causeV, "exception causes")
			if err != nil {
				return err
			}
			exc.Cause = c
		}
		exc.SuppressContext = true
	}
	return exc
}

// errFromValue turns a value popped by RERAISE back into an error.
func errFromValue(v Value) error {
	if e, ok := asException(v); ok {
		return e
	}
	return NewError(&SystemErrorType, "RERAISE of a non-exception %s", typeName(v))
}

// setContext sets exc.__context__ to the exception being handled, breaking
// cycles as CPython's _PyErr_SetObject does.
func (t *Thread) setContext(exc *Exception) {
	cur := t.excInfo
	if cur == nil || cur == exc {
		return
	}
	o := cur
	for steps := 0; o != nil && steps < 100000; steps++ {
		c := o.Context
		if c == exc {
			o.Context = nil
			break
		}
		o = c
	}
	exc.Context = cur
}

// beforeWith is BEFORE_WITH: the bound __exit__ and the result of
// __enter__().
func beforeWith(t *Thread, mgr Value) (Value, Value, error) {
	enter, err := lookupMethod(t, mgr, "__enter__")
	if err != nil {
		return Value{}, Value{}, err
	}
	if enter.IsNull() {
		return Value{}, Value{}, NewError(&TypeErrorType, "'%s' object does not support the context manager protocol", typeName(mgr))
	}
	exit, err := lookupMethod(t, mgr, "__exit__")
	if err != nil {
		return Value{}, Value{}, err
	}
	if exit.IsNull() {
		return Value{}, Value{}, NewError(&TypeErrorType, "'%s' object does not support the context manager protocol (missed __exit__ method)", typeName(mgr))
	}
	res, err := Call(t, enter, nil, nil)
	if err != nil {
		return Value{}, Value{}, err
	}
	return exit, res, nil
}

// deleteName removes name from a namespace (DELETE_NAME, DELETE_GLOBAL),
// raising NameError when it is not there.
func deleteName(t *Thread, ns *Dict, name *Str) error {
	_, found, err := ns.Pop(t, FromObject(&name.Object))
	if err == nil && !found {
		err = nameError(name)
	}
	return err
}
