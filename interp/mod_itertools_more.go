package interp

// This file implements itertools.islice, groupby (with its _grouper
// sub-iterators sharing the parent's position) and tee (with its _tee
// iterators sharing one lazily filled linked buffer).

var (
	itISliceType  = Type{Name: "islice"}
	itGroupByType = Type{Name: "groupby"}
	itGrouperType = Type{Name: "_grouper"}
	itTeeType     = Type{Name: "_tee"}
	// itTeeDataType only names CPython's _tee_dataobject: pyjit's tee
	// buffer is a Go linked list that Python code cannot see.
	itTeeDataType = Type{Name: "_tee_dataobject"}
)

// ---- islice ----

type itISlice struct {
	Object
	it                    Value // null once exhausted
	next, stop, step, cnt int64 // stop -1: no limit
}

// isliceIndex is PyNumber_AsSsize_t with the error cleared, as islice
// does: -1 (with ok false) for anything that is not an index fitting in
// a Py_ssize_t.
func isliceIndex(t *Thread, v Value) (int64, bool) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return -1, false
	}
	n, ok := smallInt(iv)
	if !ok {
		return -1, false
	}
	return n, true
}

func isliceNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if err := posArgs("islice", args, kwnames, 2, 4); err != nil {
		return Value{}, err
	}
	const stopMsg = "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize."
	var start, stop, step int64 = 0, -1, 1
	if len(args) == 2 {
		if !args[1].IsNone() {
			stop, _ = isliceIndex(t, args[1])
			if stop == -1 {
				return Value{}, NewError(&ValueErrorType, stopMsg)
			}
		}
	} else {
		if !args[1].IsNone() {
			start, _ = isliceIndex(t, args[1])
		}
		if !args[2].IsNone() {
			stop, _ = isliceIndex(t, args[2])
			if stop == -1 {
				return Value{}, NewError(&ValueErrorType, stopMsg)
			}
		}
	}
	if start < 0 || stop < -1 {
		return Value{}, NewError(&ValueErrorType, "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.")
	}
	if len(args) == 4 && !args[3].IsNone() {
		step, _ = isliceIndex(t, args[3])
	}
	if step < 1 {
		return Value{}, NewError(&ValueErrorType, "Step for islice() must be a positive integer or None.")
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&itISlice{Object: Object{typ: &itISliceType}, it: it, next: start, stop: stop, step: step}).Object), nil
}

func isliceNext(t *Thread, v Value) (Value, error) {
	s := objectAs[itISlice](v.ref)
	if s.it.IsNull() {
		return Value{}, nil
	}
	for s.cnt < s.next {
		x, err := Next(t, s.it)
		if err != nil || x.IsNull() {
			s.it = Value{}
			return Value{}, err
		}
		s.cnt++
	}
	if s.stop != -1 && s.cnt >= s.stop {
		s.it = Value{}
		return Value{}, nil
	}
	x, err := Next(t, s.it)
	if err != nil || x.IsNull() {
		s.it = Value{}
		return Value{}, err
	}
	s.cnt++
	old := s.next
	s.next += s.step
	if s.next < old || (s.stop != -1 && s.next > s.stop) {
		s.next = s.stop
	}
	return x, nil
}

// ---- groupby ----

type itGroupBy struct {
	Object
	it, keyfn                  Value
	tgtkey, currkey, currvalue Value // null when not set
	currgrouper                *itGrouper
}

type itGrouper struct {
	Object
	parent *itGroupBy
	tgtkey Value
}

func groupbyNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("groupby", args, kwnames, []string{"iterable", "key"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	it, err := Iter(t, a[0])
	if err != nil {
		return Value{}, err
	}
	g := &itGroupBy{Object: Object{typ: &itGroupByType}, it: it, keyfn: a[1]}
	if g.keyfn.IsNone() {
		g.keyfn = Value{}
	}
	return FromObject(&g.Object), nil
}

// step advances the shared iterator; done reports exhaustion.
func (g *itGroupBy) step(t *Thread) (done bool, err error) {
	x, err := Next(t, g.it)
	if err != nil || x.IsNull() {
		return true, err
	}
	k := x
	if !g.keyfn.IsNull() {
		if k, err = Call(t, g.keyfn, []Value{x}, nil); err != nil {
			return true, err
		}
	}
	g.currvalue, g.currkey = x, k
	return false, nil
}

func groupbyNext(t *Thread, v Value) (Value, error) {
	g := objectAs[itGroupBy](v.ref)
	g.currgrouper = nil
	// Skip the rest of the current group.
	for {
		if !g.currkey.IsNull() {
			if g.tgtkey.IsNull() {
				break
			}
			eq, err := Equal(t, g.tgtkey, g.currkey)
			if err != nil {
				return Value{}, err
			}
			if !eq {
				break
			}
		}
		done, err := g.step(t)
		if done {
			return Value{}, err
		}
	}
	g.tgtkey = g.currkey
	gr := &itGrouper{Object: Object{typ: &itGrouperType}, parent: g, tgtkey: g.tgtkey}
	g.currgrouper = gr
	return NewTupleValue([]Value{g.currkey, FromObject(&gr.Object)}), nil
}

func grouperNext(t *Thread, v Value) (Value, error) {
	gr := objectAs[itGrouper](v.ref)
	g := gr.parent
	if g.currgrouper != gr {
		return Value{}, nil
	}
	if g.currvalue.IsNull() {
		if done, err := g.step(t); done {
			return Value{}, err
		}
	}
	eq, err := Equal(t, gr.tgtkey, g.currkey)
	if err != nil || !eq {
		return Value{}, err
	}
	r := g.currvalue
	g.currvalue = Value{}
	return r, nil
}

// ---- tee ----

// teeLink is one buffered item of a tee group; the last link of the
// chain is empty until some _tee reads past the end.
type teeLink struct {
	v      Value
	filled bool
	next   *teeLink
}

type teeShared struct {
	it      Value
	done    bool
	running bool
}

type itTee struct {
	Object
	shared *teeShared
	cur    *teeLink
}

func newTee(it Value) Value {
	return FromObject(&(&itTee{Object: Object{typ: &itTeeType}, shared: &teeShared{it: it}, cur: &teeLink{}}).Object)
}

func teeCopy(v Value) Value {
	o := objectAs[itTee](v.ref)
	return FromObject(&(&itTee{Object: Object{typ: &itTeeType}, shared: o.shared, cur: o.cur}).Object)
}

func teeNext(t *Thread, v Value) (Value, error) {
	o := objectAs[itTee](v.ref)
	if !o.cur.filled {
		sh := o.shared
		if sh.done {
			return Value{}, nil
		}
		if sh.running {
			return Value{}, NewError(&RuntimeErrorType, "cannot re-enter the tee iterator")
		}
		sh.running = true
		x, err := Next(t, sh.it)
		sh.running = false
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			sh.done = true
			return Value{}, nil
		}
		o.cur.v, o.cur.filled, o.cur.next = x, true, &teeLink{}
	}
	x := o.cur.v
	o.cur = o.cur.next
	return x, nil
}

// teeTypeNew is itertools._tee(iterable).
func teeTypeNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("_tee", args, kwnames, []string{"iterable"}, 1, 1)
	if err != nil {
		return Value{}, err
	}
	it, err := Iter(t, a[0])
	if err != nil {
		return Value{}, err
	}
	if it.Type() == &itTeeType {
		return teeCopy(it), nil
	}
	return newTee(it), nil
}

func teeDataNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if err := posArgs("teedataobject", args, kwnames, 3, 3); err != nil {
		return Value{}, err
	}
	return Value{}, notImplemented("itertools._tee_dataobject")
}

// itertoolsTee is itertools.tee(iterable, n=2).
func itertoolsTee(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "itertools.tee() takes no keyword arguments")
	}
	if err := posArgs("tee", args, nil, 1, 2); err != nil {
		return Value{}, err
	}
	n := int64(2)
	if len(args) == 2 {
		iv, err := indexValue(t, args[1], "")
		if err != nil {
			return Value{}, err
		}
		var ok bool
		if n, ok = smallInt(iv); !ok {
			return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
	}
	if n < 0 {
		return Value{}, NewError(&ValueErrorType, "n must be >= 0")
	}
	if n > 1<<26 {
		// CPython would try to allocate the tuple; a Go allocation
		// failure would kill the process instead.
		return Value{}, NewError(&MemoryErrorType, "")
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if n == 0 {
		return NewTupleValue(nil), nil
	}
	copyFn, err := getAttrOrNull(t, it, "__copy__")
	if err != nil {
		return Value{}, err
	}
	first := it
	if copyFn.IsNull() {
		if it.Type() == &itTeeType {
			first = teeCopy(it)
		} else {
			first = newTee(it)
		}
	}
	out := []Value{first}
	for i := int64(1); i < n; i++ {
		var c Value
		if first.Type() == &itTeeType {
			c = teeCopy(first)
		} else if c, err = Call(t, copyFn, nil, nil); err != nil {
			return Value{}, err
		}
		out = append(out, c)
	}
	return NewTupleValue(out), nil
}
