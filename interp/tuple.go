package interp

// This file implements tuple, and the pieces tuple and list share:
// sequence comparison, repr of items, slice objects and index arguments.

import (
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

// TupleType is tuple.
var TupleType = Type{Name: "tuple"}

// Tuple is a tuple object.
type Tuple struct {
	Object
	items []Value
}

var emptyTuple = &Tuple{Object: Object{typ: &TupleType}}

// NewTuple makes a tuple owning items.
func NewTuple(items []Value) *Tuple {
	if len(items) == 0 {
		return emptyTuple
	}
	return &Tuple{Object: Object{typ: &TupleType}, items: items}
}

// NewTupleValue makes a tuple Value owning items.
func NewTupleValue(items []Value) Value { return FromObject(&NewTuple(items).Object) }

// Items returns the tuple's items (not to be modified).
func (tu *Tuple) Items() []Value { return tu.items }

func asTuple(v Value) (*Tuple, bool) {
	if v.ref != nil && v.ref.typ.IsSubtype(&TupleType) {
		return objectAs[Tuple](v.ref), true
	}
	return nil, false
}

func mustTuple(v Value) *Tuple { return objectAs[Tuple](v.ref) }

func tupleRepr(t *Thread, v Value) (Value, error) {
	tu := mustTuple(v)
	if len(tu.items) == 0 {
		return StrValue("()"), nil
	}
	if t.reprEnter(v) {
		return StrValue("(...)"), nil
	}
	defer t.reprLeave(v)
	s, err := joinReprs(t, tu.items)
	if err != nil {
		return Value{}, err
	}
	if len(tu.items) == 1 {
		return StrValue("(" + s + ",)"), nil
	}
	return StrValue("(" + s + ")"), nil
}

// joinReprs is ", ".join(map(repr, items)).
func joinReprs(t *Thread, items []Value) (string, error) {
	var b strings.Builder
	for i := 0; i < len(items); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		r, err := Repr(t, items[i])
		if err != nil {
			return "", err
		}
		b.WriteString(mustStr(r).s)
	}
	return b.String(), nil
}

func tupleHash(t *Thread, v Value) (int64, error) {
	tu := mustTuple(v)
	hs := make([]int64, len(tu.items))
	for i, x := range tu.items {
		h, err := Hash(t, x)
		if err != nil {
			return 0, err
		}
		hs[i] = h
	}
	return HashTuple(hs), nil
}

func tupleLen(t *Thread, v Value) (int, error) { return len(mustTuple(v).items), nil }

// seqCompare is the lexicographic comparison of two item slices
// (CPython's list_richcompare/tuplerichcompare).
func seqCompare(t *Thread, a, b []Value, op bytecode.CmpOp) (Value, error) {
	if len(a) != len(b) && (op == bytecode.CmpEQ || op == bytecode.CmpNE) {
		return Bool(op == bytecode.CmpNE), nil
	}
	i := 0
	for ; i < len(a) && i < len(b); i++ {
		eq, err := Equal(t, a[i], b[i])
		if err != nil {
			return Value{}, err
		}
		if !eq {
			break
		}
	}
	if i >= len(a) || i >= len(b) {
		c := len(a) - len(b)
		return Bool(cmpResult(sign(c), op)), nil
	}
	switch op {
	case bytecode.CmpEQ:
		return False, nil
	case bytecode.CmpNE:
		return True, nil
	}
	return RichCompare(t, a[i], b[i], op)
}

func sign(c int) int {
	switch {
	case c < 0:
		return -1
	case c > 0:
		return 1
	}
	return 0
}

func tupleCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := asTuple(a)
	y, ok2 := asTuple(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return seqCompare(t, x.items, y.items, op)
}

func tupleGetItem(t *Thread, v, key Value) (Value, error) {
	tu := mustTuple(v)
	if sl, ok := asSlice(key); ok {
		items, err := sliceItems(t, tu.items, sl)
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue(items), nil
	}
	i, err := indexArg(t, key, "tuple indices must be integers or slices, not %s")
	if err != nil {
		return Value{}, err
	}
	if i < 0 {
		i += len(tu.items)
	}
	if i < 0 || i >= len(tu.items) {
		return Value{}, NewError(&IndexErrorType, "tuple index out of range")
	}
	return tu.items[i], nil
}

func tupleContains(t *Thread, v, item Value) (bool, error) {
	return seqContains(t, mustTuple(v).items, item)
}

func seqContains(t *Thread, items []Value, item Value) (bool, error) {
	for i := 0; i < len(items); i++ {
		x := items[i]
		if x.Is(item) {
			return true, nil
		}
		eq, err := Equal(t, x, item)
		if err != nil || eq {
			return eq, err
		}
	}
	return false, nil
}

func tupleConcat(t *Thread, a, b Value) (Value, error) {
	y, ok := asTuple(b)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "can only concatenate tuple (not \"%s\") to tuple", typeName(b))
	}
	x := mustTuple(a)
	items := make([]Value, 0, len(x.items)+len(y.items))
	return NewTupleValue(append(append(items, x.items...), y.items...)), nil
}

func repeatItems(items []Value, n int) ([]Value, error) {
	if n <= 0 || len(items) == 0 {
		return nil, nil
	}
	if len(items)*n/n != len(items) || len(items)*n > 1<<31 {
		return nil, NewError(&MemoryErrorType, "")
	}
	out := make([]Value, 0, len(items)*n)
	for i := 0; i < n; i++ {
		out = append(out, items...)
	}
	return out, nil
}

func tupleRepeat(t *Thread, v Value, n int) (Value, error) {
	items, err := repeatItems(mustTuple(v).items, n)
	return NewTupleValue(items), err
}

func tupleNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "tuple() takes no keyword arguments")
	}
	if len(args) > 1 {
		return Value{}, NewError(&TypeErrorType, "tuple expected at most 1 argument, got %d", len(args))
	}
	if typ != &TupleType {
		return subtypeNew(t, typ, &TupleType, args, kwnames)
	}
	if len(args) == 0 {
		return NewTupleValue(nil), nil
	}
	if _, ok := asTuple(args[0]); ok && args[0].Type() == &TupleType {
		return args[0], nil
	}
	items, err := iterateToSlice(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return NewTupleValue(items), nil
}

// seqIter iterates a tuple or list by index.
type seqIter struct {
	Object
	seq Value
	i   int
}

// Iterator types.
var (
	TupleIterType   = Type{Name: "tuple_iterator"}
	ListIterType    = Type{Name: "list_iterator"}
	ListRevIterType = Type{Name: "list_reverseiterator"}
)

func tupleIter(t *Thread, v Value) (Value, error) {
	return FromObject(&(&seqIter{Object: Object{typ: &TupleIterType}, seq: v}).Object), nil
}

func tupleIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[seqIter](v.ref)
	items := mustTuple(it.seq).items
	if it.i >= len(items) {
		return Value{}, nil
	}
	it.i++
	return items[it.i-1], nil
}

func selfIter(t *Thread, v Value) (Value, error) { return v, nil }

// tupleMethods are tuple's methods.
func setupTuple() {
	tp := &TupleType
	initBuiltinType(tp, "Built-in immutable sequence.\n\nIf no argument is given, the constructor returns an empty tuple.\nIf iterable is specified the tuple is initialized from iterable's items.\n\nIf the argument is a tuple, the return value is the same object.")
	tp.Flags |= FlagBaseType
	tp.Slots = Slots{Repr: tupleRepr, Hash: tupleHash, Len: tupleLen, RichCompare: tupleCompare,
		GetItem: tupleGetItem, Contains: tupleContains, Concat: tupleConcat, Repeat: tupleRepeat,
		Iter: tupleIter, New: tupleNew}
	initBuiltinType(&TupleIterType, "")
	TupleIterType.Slots = Slots{Iter: selfIter, Next: tupleIterNext}
	addMethod(tp, "index", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("index", args, kw, 1, 3); err != nil {
			return Value{}, err
		}
		return seqIndex(t, mustTuple(self).items, args, "tuple.index(x): x not in tuple")
	})
	addMethod(tp, "count", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("count", args, kw, 1); err != nil {
			return Value{}, err
		}
		return seqCount(t, mustTuple(self).items, args[0])
	})
}

func seqIndex(t *Thread, items []Value, args []Value, msg string) (Value, error) {
	start, stop := 0, len(items)
	if len(args) > 1 {
		s, err := clampIndex(t, args[1], len(items))
		if err != nil {
			return Value{}, err
		}
		start = s
	}
	if len(args) > 2 {
		s, err := clampIndex(t, args[2], len(items))
		if err != nil {
			return Value{}, err
		}
		stop = s
	}
	for i := start; i < stop && i < len(items); i++ {
		if items[i].Is(args[0]) {
			return Int(int64(i)), nil
		}
		eq, err := Equal(t, items[i], args[0])
		if err != nil {
			return Value{}, err
		}
		if eq {
			return Int(int64(i)), nil
		}
	}
	return Value{}, NewError(&ValueErrorType, "%s", msg)
}

func clampIndex(t *Thread, v Value, n int) (int, error) {
	i, err := indexArg(t, v, "slice indices must be integers or have an __index__ method")
	if err != nil {
		return 0, err
	}
	if i < 0 {
		i += n
		if i < 0 {
			i = 0
		}
	}
	return i, nil
}

func seqCount(t *Thread, items []Value, x Value) (Value, error) {
	n := 0
	for i := 0; i < len(items); i++ {
		if items[i].Is(x) {
			n++
			continue
		}
		eq, err := Equal(t, items[i], x)
		if err != nil {
			return Value{}, err
		}
		if eq {
			n++
		}
	}
	return Int(int64(n)), nil
}
