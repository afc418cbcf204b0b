package interp

// This file implements list.

import (
	"github.com/pyjit/pyjit/bytecode"
)

// ListType is list.
var ListType = Type{Name: "list"}

// List is a list object (or an instance of a list subclass, which also
// has attributes).
type List struct {
	Object
	items []Value
	attrs *Attrs
}

// NewList makes a list owning items.
func NewList(items []Value) *List { return &List{Object: Object{typ: &ListType}, items: items} }

// NewListValue makes a list Value owning items.
func NewListValue(items []Value) Value { return FromObject(&NewList(items).Object) }

// Items returns the list's items (valid until the list changes).
func (l *List) Items() []Value { return l.items }

func asList(v Value) (*List, bool) {
	if v.ref != nil && v.ref.typ.IsSubtype(&ListType) {
		return objectAs[List](v.ref), true
	}
	return nil, false
}

func mustList(v Value) *List { return objectAs[List](v.ref) }

func listRepr(t *Thread, v Value) (Value, error) {
	l := mustList(v)
	if len(l.items) == 0 {
		return StrValue("[]"), nil
	}
	if t.reprEnter(v) {
		return StrValue("[...]"), nil
	}
	defer t.reprLeave(v)
	s, err := joinReprs(t, l.items)
	if err != nil {
		return Value{}, err
	}
	return StrValue("[" + s + "]"), nil
}

func unhashable(t *Thread, v Value) (int64, error) {
	return 0, NewError(&TypeErrorType, "unhashable type: '%s'", typeName(v))
}

func listLen(t *Thread, v Value) (int, error) { return len(mustList(v).items), nil }

func listCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := asList(a)
	y, ok2 := asList(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return seqCompare(t, x.items, y.items, op)
}

func listGetItem(t *Thread, v, key Value) (Value, error) {
	l := mustList(v)
	if key.ref == &IntTag {
		i := int(int64(key.bits))
		if i < 0 {
			i += len(l.items)
		}
		if i < 0 || i >= len(l.items) {
			return Value{}, NewError(&IndexErrorType, "list index out of range")
		}
		return l.items[i], nil
	}
	if sl, ok := asSlice(key); ok {
		items, err := sliceItems(t, l.items, sl)
		if err != nil {
			return Value{}, err
		}
		return NewListValue(items), nil
	}
	i, err := indexArg(t, key, "list indices must be integers or slices, not %s")
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		return Value{}, NewError(&IndexErrorType, "list index out of range")
	}
	return l.items[i], nil
}

func listSetItem(t *Thread, v, key, value Value) error {
	l := mustList(v)
	if sl, ok := asSlice(key); ok {
		return listAssignSlice(t, l, sl, value)
	}
	i, err := indexArg(t, key, "list indices must be integers or slices, not %s")
	if err != nil {
		return err
	}
	if i < 0 {
		i += len(l.items)
	}
	if i < 0 || i >= len(l.items) {
		if value.IsNull() {
			return NewError(&IndexErrorType, "list assignment index out of range")
		}
		return NewError(&IndexErrorType, "list assignment index out of range")
	}
	if value.IsNull() {
		l.items = append(l.items[:i], l.items[i+1:]...)
		return nil
	}
	l.items[i] = value
	return nil
}

// listAssignSlice is l[sl] = value (or del l[sl] for a null value).
func listAssignSlice(t *Thread, l *List, sl *Slice, value Value) error {
	start, stop, step, n, err := sl.indices(t, len(l.items))
	if err != nil {
		return err
	}
	var repl []Value
	if !value.IsNull() {
		if value.Is(FromObject(&l.Object)) {
			repl = append([]Value(nil), l.items...)
		} else if repl, err = iterateToSlice(t, value); err != nil {
			if e, ok := err.(*Exception); ok && e.typ == &TypeErrorType && value.Type().Slots.Iter == nil {
				return NewError(&TypeErrorType, "must assign iterable to extended slice")
			}
			return err
		}
	}
	if step == 1 {
		if stop < start {
			stop = start
		}
		out := make([]Value, 0, len(l.items)-(stop-start)+len(repl))
		out = append(out, l.items[:start]...)
		out = append(out, repl...)
		out = append(out, l.items[stop:]...)
		l.items = out
		return nil
	}
	if value.IsNull() {
		del := make(map[int]bool, n)
		for i := 0; i < n; i++ {
			del[start+i*step] = true
		}
		out := l.items[:0:0]
		for i, x := range l.items {
			if !del[i] {
				out = append(out, x)
			}
		}
		l.items = out
		return nil
	}
	if len(repl) != n {
		return NewError(&ValueErrorType, "attempt to assign sequence of size %d to extended slice of size %d", len(repl), n)
	}
	for i := 0; i < n; i++ {
		l.items[start+i*step] = repl[i]
	}
	return nil
}

func listContains(t *Thread, v, item Value) (bool, error) {
	return seqContains(t, mustList(v).items, item)
}

func listConcat(t *Thread, a, b Value) (Value, error) {
	y, ok := asList(b)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "can only concatenate list (not \"%s\") to list", typeName(b))
	}
	x := mustList(a)
	items := make([]Value, 0, len(x.items)+len(y.items))
	return NewListValue(append(append(items, x.items...), y.items...)), nil
}

func listInplaceConcat(t *Thread, a, b Value) (Value, error) {
	items, err := iterateToSlice(t, b)
	if err != nil {
		return Value{}, err
	}
	l := mustList(a)
	l.items = append(l.items, items...)
	return a, nil
}

func listRepeat(t *Thread, v Value, n int) (Value, error) {
	items, err := repeatItems(mustList(v).items, n)
	return NewListValue(items), err
}

func listInplaceRepeat(t *Thread, v Value, n int) (Value, error) {
	l := mustList(v)
	items, err := repeatItems(l.items, n)
	l.items = items
	return v, err
}

func listNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return FromObject(&(&List{Object: Object{typ: typ}}).Object), nil
}

func listInit(t *Thread, self Value, args []Value, kwnames []string) error {
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "list() takes no keyword arguments")
	}
	if len(args) > 1 {
		return NewError(&TypeErrorType, "list expected at most 1 argument, got %d", len(args))
	}
	l := mustList(self)
	l.items = nil
	if len(args) == 1 {
		items, err := iterateToSlice(t, args[0])
		if err != nil {
			return err
		}
		l.items = items
	}
	return nil
}

func listIter(t *Thread, v Value) (Value, error) {
	return FromObject(&(&seqIter{Object: Object{typ: &ListIterType}, seq: v}).Object), nil
}

func listIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[seqIter](v.ref)
	if it.i < 0 {
		return Value{}, nil
	}
	items := mustList(it.seq).items
	if it.i >= len(items) {
		it.i = -1
		return Value{}, nil
	}
	it.i++
	return items[it.i-1], nil
}

func listRevIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[seqIter](v.ref)
	items := mustList(it.seq).items
	if it.i < 0 || it.i >= len(items) {
		it.i = -1
		return Value{}, nil
	}
	it.i--
	return items[it.i+1], nil
}

func setupList() {
	tp := &ListType
	initBuiltinType(tp, "Built-in mutable sequence.\n\nIf no argument is given, the constructor creates a new empty list.\nThe argument must be an iterable if specified.")
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{Repr: listRepr, Hash: unhashable, Len: listLen, RichCompare: listCompare,
		GetItem: listGetItem, SetItem: listSetItem, Contains: listContains, Concat: listConcat,
		Repeat: listRepeat, InplaceConcat: listInplaceConcat, InplaceRepeat: listInplaceRepeat,
		Iter: listIter, New: listNew, Init: listInit}
	initBuiltinType(&ListIterType, "")
	ListIterType.Slots = Slots{Iter: selfIter, Next: listIterNext}
	initBuiltinType(&ListRevIterType, "")
	ListRevIterType.Slots = Slots{Iter: selfIter, Next: listRevIterNext}
	m := func(name string, f func(t *Thread, l *List, args []Value, kw []string) (Value, error)) {
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return f(t, mustList(self), args, kw)
		})
	}
	m("append", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("append", args, kw, 1); err != nil {
			return Value{}, err
		}
		l.items = append(l.items, args[0])
		return None, nil
	})
	m("extend", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("extend", args, kw, 1); err != nil {
			return Value{}, err
		}
		items, err := iterateToSlice(t, args[0])
		if err != nil {
			return Value{}, err
		}
		l.items = append(l.items, items...)
		return None, nil
	})
	m("pop", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("pop", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		i := len(l.items) - 1
		if len(args) == 1 {
			j, err := indexArg(t, args[0], "")
			if err != nil {
				return Value{}, err
			}
			i = j
			if i < 0 {
				i += len(l.items)
			}
		}
		if len(l.items) == 0 {
			return Value{}, NewError(&IndexErrorType, "pop from empty list")
		}
		if i < 0 || i >= len(l.items) {
			return Value{}, NewError(&IndexErrorType, "pop index out of range")
		}
		v := l.items[i]
		l.items = append(l.items[:i], l.items[i+1:]...)
		return v, nil
	})
	m("insert", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("insert", args, kw, 2); err != nil {
			return Value{}, err
		}
		i, err := indexArg(t, args[0], "")
		if err != nil {
			return Value{}, err
		}
		n := len(l.items)
		if i < 0 {
			i += n
			if i < 0 {
				i = 0
			}
		}
		if i > n {
			i = n
		}
		l.items = append(l.items, Value{})
		copy(l.items[i+1:], l.items[i:])
		l.items[i] = args[1]
		return None, nil
	})
	m("remove", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("remove", args, kw, 1); err != nil {
			return Value{}, err
		}
		for i := 0; i < len(l.items); i++ {
			eq := l.items[i].Is(args[0])
			if !eq {
				var err error
				if eq, err = Equal(t, l.items[i], args[0]); err != nil {
					return Value{}, err
				}
			}
			if eq {
				l.items = append(l.items[:i], l.items[i+1:]...)
				return None, nil
			}
		}
		return Value{}, NewError(&ValueErrorType, "list.remove(x): x not in list")
	})
	m("index", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("index", args, kw, 1, 3); err != nil {
			return Value{}, err
		}
		r, err := seqIndex(t, l.items, args, "")
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == &ValueErrorType && len(e.Args) == 1 && mustStr(e.Args[0]).s == "" {
				r, _ := Repr(t, args[0])
				return Value{}, NewError(&ValueErrorType, "%s is not in list", mustStr(r).s)
			}
		}
		return r, err
	})
	m("count", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("count", args, kw, 1); err != nil {
			return Value{}, err
		}
		return seqCount(t, l.items, args[0])
	})
	m("clear", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("clear", args, kw, 0); err != nil {
			return Value{}, err
		}
		l.items = nil
		return None, nil
	})
	m("copy", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("copy", args, kw, 0); err != nil {
			return Value{}, err
		}
		return NewListValue(append([]Value(nil), l.items...)), nil
	})
	m("reverse", func(t *Thread, l *List, args []Value, kw []string) (Value, error) {
		if err := exactArgs("reverse", args, kw, 0); err != nil {
			return Value{}, err
		}
		for i, j := 0, len(l.items)-1; i < j; i, j = i+1, j-1 {
			l.items[i], l.items[j] = l.items[j], l.items[i]
		}
		return None, nil
	})
	m("sort", listSort)
	addMethod(tp, "__reversed__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		l := mustList(self)
		return FromObject(&(&seqIter{Object: Object{typ: &ListRevIterType}, seq: self, i: len(l.items) - 1}).Object), nil
	})
}
