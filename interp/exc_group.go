package interp

// This file is BaseExceptionGroup and ExceptionGroup (PEP 654): the
// constructor's checks, message and exceptions, str, derive, split and
// subgroup, and the two helpers behind except* (CHECK_EG_MATCH and
// PREP_RERAISE_STAR), all following CPython 3.11's Objects/exceptions.c.

// excGroup holds what BaseExceptionGroup.__new__ validated.
type excGroup struct {
	msg  Value  // a str
	excs *Tuple // the sub-exceptions, at least one
}

// isExcGroup reports whether e is a BaseExceptionGroup built by __new__.
func isExcGroup(e *Exception) bool { return e != nil && e.group != nil }

func setupExceptionGroups() {
	bg := &BaseExceptionGroupType
	bg.Slots.New = excGroupNew
	bg.Slots.Init = excGroupInit
	bg.Slots.Str = excGroupStr
	get := func(f func(g *excGroup) Value) func(*Thread, Value) (Value, error) {
		return func(_ *Thread, v Value) (Value, error) {
			if g := objectAs[Exception](v.ref).group; g != nil {
				return f(g), nil
			}
			return None, nil
		}
	}
	addGetSet(bg, "message", get(func(g *excGroup) Value { return g.msg }), nil)
	addGetSet(bg, "exceptions", get(func(g *excGroup) Value { return FromObject(&g.excs.Object) }), nil)
	addMethod(bg, "derive", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("derive", args, kw, 1); err != nil {
			return Value{}, err
		}
		g := objectAs[Exception](self.ref).group
		if g == nil {
			return Value{}, NewError(&TypeErrorType, "derive() called on an uninitialized exception group")
		}
		return Call(t, TypeValue(&BaseExceptionGroupType), []Value{g.msg, args[0]}, nil)
	})
	addMethod(bg, "split", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("split", args, kw, 1); err != nil {
			return Value{}, err
		}
		m, err := newEGMatcher(args[0])
		if err != nil {
			return Value{}, err
		}
		match, rest, err := egSplit(t, objectAs[Exception](self.ref), m, true)
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{excOrNone(match), excOrNone(rest)}), nil
	})
	addMethod(bg, "subgroup", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("subgroup", args, kw, 1); err != nil {
			return Value{}, err
		}
		m, err := newEGMatcher(args[0])
		if err != nil {
			return Value{}, err
		}
		match, _, err := egSplit(t, objectAs[Exception](self.ref), m, false)
		if err != nil {
			return Value{}, err
		}
		return excOrNone(match), nil
	})
}

func excOrNone(e *Exception) Value {
	if e == nil {
		return None
	}
	return e.Value()
}

// excGroupNew is BaseExceptionGroup.__new__(cls, message, exceptions).
func excGroupNew(t *Thread, cls *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "%s() takes no keyword arguments", cls.Name)
	}
	if len(args) != 2 {
		return Value{}, NewError(&TypeErrorType, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", len(args))
	}
	if !isStr(args[0]) {
		return Value{}, NewError(&TypeErrorType, "BaseExceptionGroup.__new__() argument 1 must be str, not %s", typeName(args[0]))
	}
	if !isSequence(args[1]) {
		return Value{}, NewError(&TypeErrorType, "second argument (exceptions) must be a sequence")
	}
	items, err := iterateToSlice(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(items) == 0 {
		return Value{}, NewError(&ValueErrorType, "second argument (exceptions) must be a non-empty sequence")
	}
	nestedBase := false
	for i, v := range items {
		e, ok := asException(v)
		if !ok {
			return Value{}, NewError(&ValueErrorType, "Item %d of second argument (exceptions) is not an exception", i)
		}
		if !e.typ.IsSubtype(&ExceptionType) {
			nestedBase = true
		}
	}
	switch {
	case cls == &BaseExceptionGroupType:
		if !nestedBase {
			cls = &ExceptionGroupType
		}
	case cls == &ExceptionGroupType:
		if nestedBase {
			return Value{}, NewError(&TypeErrorType, "Cannot nest BaseExceptions in an ExceptionGroup")
		}
	default:
		if nestedBase && cls.IsSubtype(&ExceptionType) {
			return Value{}, NewError(&TypeErrorType, "Cannot nest BaseExceptions in '%s'", cls.Name)
		}
	}
	v, err := exceptionNew(t, cls, args, nil)
	if err != nil {
		return Value{}, err
	}
	objectAs[Exception](v.ref).group = &excGroup{msg: args[0], excs: NewTuple(items)}
	return v, nil
}

func excGroupInit(t *Thread, self Value, args []Value, kwnames []string) error {
	e := objectAs[Exception](self.ref)
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", e.typ.Name)
	}
	e.Args = append([]Value(nil), args...)
	return nil
}

// excGroupStr is "message (N sub-exceptions)".
func excGroupStr(t *Thread, v Value) (Value, error) {
	g := objectAs[Exception](v.ref).group
	if g == nil {
		return exceptionStr(t, v)
	}
	n := len(g.excs.items)
	return StrValue(mustStr(g.msg).s + " (" + formatInt(int64(n)) + " sub-exception" + pluralS(n != 1) + ")"), nil
}

// egMatcher is split's and subgroup's condition: exception classes, a
// predicate, or (for PREP_RERAISE_STAR) a set of leaf identities.
type egMatcher struct {
	types Value // a class or a tuple of classes
	pred  Value // a callable
	ids   map[*Exception]bool
}

func newEGMatcher(v Value) (*egMatcher, error) {
	if _, isType := asType(v); !isType && isCallableValue(v) {
		return &egMatcher{pred: v}, nil
	}
	if _, ok := isExceptionType(v); ok {
		return &egMatcher{types: v}, nil
	}
	if tu, ok := asTuple(v); ok && v.Type() == &TupleType {
		for _, s := range tu.items {
			if _, ok := isExceptionType(s); !ok {
				return nil, NewError(&TypeErrorType, "expected a function, exception type or tuple of exception types")
			}
		}
		return &egMatcher{types: v}, nil
	}
	return nil, NewError(&TypeErrorType, "expected a function, exception type or tuple of exception types")
}

func (m *egMatcher) matches(t *Thread, e *Exception) (bool, error) {
	switch {
	case m.ids != nil:
		return m.ids[e], nil
	case !m.pred.IsNull():
		r, err := Call(t, m.pred, []Value{e.Value()}, nil)
		if err != nil {
			return false, err
		}
		return Truth(t, r)
	}
	return exceptionMatches(e, m.types), nil
}

// egSplit is CPython's exceptiongroup_split_recursive: the part of e that
// matches and (when withRest) the part that does not, nil for none.
func egSplit(t *Thread, e *Exception, m *egMatcher, withRest bool) (match, rest *Exception, err error) {
	ok, err := m.matches(t, e)
	if err != nil {
		return nil, nil, err
	}
	if ok {
		return e, nil, nil
	}
	if !isExcGroup(e) {
		if withRest {
			rest = e
		}
		return nil, rest, nil
	}
	var matched, rested []Value
	for _, sub := range e.group.excs.items {
		se, _ := asException(sub)
		mm, rr, err := egSplit(t, se, m, withRest)
		if err != nil {
			return nil, nil, err
		}
		if mm != nil {
			matched = append(matched, mm.Value())
		}
		if rr != nil {
			rested = append(rested, rr.Value())
		}
	}
	if match, err = egSubset(t, e, matched); err != nil {
		return nil, nil, err
	}
	if withRest {
		if rest, err = egSubset(t, e, rested); err != nil {
			return nil, nil, err
		}
	}
	return match, rest, nil
}

// egSubset derives a group holding excs from orig, carrying over its
// traceback, cause, context and (a copy of) its notes.
func egSubset(t *Thread, orig *Exception, excs []Value) (*Exception, error) {
	if len(excs) == 0 {
		return nil, nil
	}
	derive, err := GetAttrString(t, orig.Value(), "derive")
	if err != nil {
		return nil, err
	}
	r, err := Call(t, derive, []Value{NewListValue(excs)}, nil)
	if err != nil {
		return nil, err
	}
	eg, ok := asException(r)
	if !ok || !eg.typ.IsSubtype(&BaseExceptionGroupType) {
		return nil, NewError(&TypeErrorType, "derive must return an instance of BaseExceptionGroup")
	}
	eg.Traceback = orig.Traceback
	eg.Context = orig.Context
	eg.Cause, eg.causeSet = orig.Cause, orig.causeSet
	if !orig.Notes.IsNull() && isSequence(orig.Notes) {
		notes, err := iterateToSlice(t, orig.Notes)
		if err != nil {
			return nil, err
		}
		eg.Notes = NewListValue(notes)
	}
	return eg, nil
}

// newExceptionGroup is _PyExc_CreateExceptionGroup: BaseExceptionGroup(msg,
// excs), an ExceptionGroup when every member is an Exception.
// excs is the list or tuple the group's args will show.
func newExceptionGroup(t *Thread, msg string, excs Value) (*Exception, error) {
	v, err := Call(t, TypeValue(&BaseExceptionGroupType), []Value{StrValue(msg), excs}, nil)
	if err != nil {
		return nil, err
	}
	e, _ := asException(v)
	return e, nil
}

// checkExceptStarClass validates the class of an except* clause.
func checkExceptStarClass(spec Value) error {
	if err := checkExceptClass(spec); err != nil {
		return err
	}
	bad := func(v Value) bool {
		tp, ok := asType(v)
		return ok && tp.IsSubtype(&BaseExceptionGroupType)
	}
	isBad := bad(spec)
	if tu, ok := asTuple(spec); ok {
		for _, s := range tu.items {
			isBad = isBad || bad(s)
		}
	}
	if isBad {
		return NewError(&TypeErrorType, "catching ExceptionGroup with except* is not allowed. Use except instead.")
	}
	return nil
}

// exceptStarMatch is CHECK_EG_MATCH's work: the part of exc that spec
// catches and the rest. A naked exception that matches is wrapped in a
// group; no match gives (None, None).
func exceptStarMatch(t *Thread, exc, spec Value) (match, rest Value, err error) {
	e, ok := asException(exc)
	if !ok {
		return None, None, nil
	}
	if exceptionMatches(e, spec) {
		if isExcGroup(e) {
			return exc, None, nil
		}
		// CPython 3.11 wraps it with no traceback of its own.
		g, err := newExceptionGroup(t, "", NewTupleValue([]Value{exc}))
		if err != nil {
			return Value{}, Value{}, err
		}
		return g.Value(), None, nil
	}
	if isExcGroup(e) {
		m, r, err := egSplit(t, e, &egMatcher{types: spec}, true)
		if err != nil {
			return Value{}, Value{}, err
		}
		return excOrNone(m), excOrNone(r), nil
	}
	return None, None, nil
}

// prepReraiseStar is _PyExc_PrepReraiseStar: after the except* clauses
// ran, combine what they raised with what they re-raised (as a projection
// of the original group, keeping its structure) into the exception to
// raise, or None.
func prepReraiseStar(t *Thread, orig Value, excs []Value) (Value, error) {
	if len(excs) == 0 {
		return None, nil
	}
	oe, _ := asException(orig)
	if !isExcGroup(oe) {
		// A naked exception was wrapped: at most one clause ran.
		return excs[0], nil
	}
	var raised, reraised []Value
	for _, v := range excs {
		e, ok := asException(v)
		if !ok {
			continue
		}
		if sameExceptionMetadata(e, oe) {
			reraised = append(reraised, v)
		} else {
			raised = append(raised, v)
		}
	}
	var proj *Exception
	if len(reraised) > 0 {
		ids := map[*Exception]bool{}
		for _, v := range reraised {
			collectLeafIDs(v, ids)
		}
		var err error
		if proj, _, err = egSplit(t, oe, &egMatcher{ids: ids}, false); err != nil {
			return Value{}, err
		}
	}
	if len(raised) == 0 {
		return excOrNone(proj), nil
	}
	// What was raised goes into a new group, next to the re-raised part
	// of the original. (CPython 3.11.2 wraps even a single exception;
	// later 3.11 releases raise it bare.)
	if proj != nil {
		raised = append(raised, proj.Value())
	}
	g, err := newExceptionGroup(t, "", NewListValue(raised))
	if err != nil {
		return Value{}, err
	}
	return g.Value(), nil
}

// sameExceptionMetadata is how CPython tells a re-raised part of the
// original group from a new exception: split copies these four fields.
func sameExceptionMetadata(a, b *Exception) bool {
	return a.Notes == b.Notes && a.Traceback == b.Traceback && a.Cause == b.Cause && a.Context == b.Context
}

func collectLeafIDs(v Value, ids map[*Exception]bool) {
	e, ok := asException(v)
	if !ok {
		return
	}
	if !isExcGroup(e) {
		ids[e] = true
		return
	}
	for _, sub := range e.group.excs.items {
		collectLeafIDs(sub, ids)
	}
}

// checkEGMatch is CHECK_EG_MATCH on top = [exc, spec]: it leaves
// [exc, None] when nothing matches, else [rest, match] with match as the
// exception being handled.
func (t *Thread) checkEGMatch(top []Value) error {
	if err := checkExceptStarClass(top[1]); err != nil {
		return err
	}
	match, rest, err := exceptStarMatch(t, top[0], top[1])
	if err != nil {
		return err
	}
	if match.IsNone() {
		top[1] = None
		return nil
	}
	top[0], top[1] = rest, match
	t.excInfo, _ = asException(match)
	return nil
}
