package interp

// This file implements the itertools module (CPython's
// Modules/itertoolsmodule.c): the module object, its type setup, the
// argument parsing shared by the constructors, and the simple lazy
// iterators (count, cycle, repeat, accumulate, chain, compress,
// dropwhile, takewhile, filterfalse, starmap, pairwise, zip_longest).
// islice, groupby and tee are in mod_itertools_more.go, the
// combinatoric iterators in mod_itertools_comb.go.

import (
	"sync"

	"github.com/pyjit/pyjit/bytecode"
)

// The itertools types. They live in the module, not in builtins, so they
// are set up on first import rather than by setupTypes.
var (
	itCountType       = Type{Name: "count"}
	itCycleType       = Type{Name: "cycle"}
	itRepeatType      = Type{Name: "repeat"}
	itAccumulateType  = Type{Name: "accumulate"}
	itChainType       = Type{Name: "chain"}
	itCompressType    = Type{Name: "compress"}
	itDropWhileType   = Type{Name: "dropwhile"}
	itTakeWhileType   = Type{Name: "takewhile"}
	itFilterFalseType = Type{Name: "filterfalse"}
	itStarmapType     = Type{Name: "starmap"}
	itPairwiseType    = Type{Name: "pairwise"}
	itZipLongestType  = Type{Name: "zip_longest"}
)

var itertoolsOnce sync.Once

func init() {
	builtinModules["itertools"] = makeItertoolsModule
	delete(cModules, "itertools")
}

// itertoolsTypes lists the module's public types in dir() order with
// their constructors.
func itertoolsTypes() []*Type {
	return []*Type{&itAccumulateType, &itChainType, &itCombinationsType, &itCWRType, &itCompressType,
		&itCountType, &itCycleType, &itDropWhileType, &itFilterFalseType, &itGroupByType, &itISliceType,
		&itPairwiseType, &itPermutationsType, &itProductType, &itRepeatType, &itStarmapType,
		&itTakeWhileType, &itZipLongestType}
}

func setupItertoolsTypes() {
	news := map[*Type]func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error){
		&itCountType: countNew, &itCycleType: cycleNew, &itRepeatType: repeatNew,
		&itAccumulateType: accumulateNew, &itChainType: chainNew, &itCompressType: compressNew,
		&itDropWhileType: predNew(&itDropWhileType), &itTakeWhileType: predNew(&itTakeWhileType),
		&itFilterFalseType: predNew(&itFilterFalseType), &itStarmapType: starmapNew,
		&itPairwiseType: pairwiseNew, &itZipLongestType: zipLongestNew, &itISliceType: isliceNew,
		&itGroupByType: groupbyNew, &itProductType: productNew, &itPermutationsType: permutationsNew,
		&itCombinationsType: combinationsNew(&itCombinationsType), &itCWRType: combinationsNew(&itCWRType),
		&itTeeType: teeTypeNew, &itTeeDataType: teeDataNew,
	}
	nexts := map[*Type]UnaryFunc{
		&itCountType: countNext, &itCycleType: cycleNext, &itRepeatType: repeatNext,
		&itAccumulateType: accumulateNext, &itChainType: chainNext, &itCompressType: compressNext,
		&itDropWhileType: dropWhileNext, &itTakeWhileType: takeWhileNext, &itFilterFalseType: filterFalseNext,
		&itStarmapType: starmapNext, &itPairwiseType: pairwiseNext, &itZipLongestType: zipLongestNext,
		&itISliceType: isliceNext, &itGroupByType: groupbyNext, &itGrouperType: grouperNext,
		&itProductType: productNext, &itPermutationsType: permutationsNext,
		&itCombinationsType: combinationsNext, &itCWRType: cwrNext, &itTeeType: teeNext,
	}
	all := append(itertoolsTypes(), &itGrouperType, &itTeeType, &itTeeDataType)
	for _, tp := range all {
		initBuiltinType(tp, itertoolsDocs[tp.Name])
		tp.Module = "itertools"
		tp.Slots = Slots{Iter: selfIter, Next: nexts[tp], New: subclassGuard(tp, news[tp])}
		if tp.Slots.New != nil {
			tp.Flags |= FlagBaseType
		}
	}
	itCountType.Slots.Repr = countRepr
	itRepeatType.Slots.Repr = repeatRepr
	addMethod(&itRepeatType, "__length_hint__", repeatLengthHint)
	addClassMethod(&itChainType, "from_iterable", chainFromIterable)
	if v, ok, _ := itChainType.Dict.GetStr(nil, Intern("from_iterable")); ok {
		objectAs[Builtin](v.ref).Doc = chainFromIterableDoc
	}
	addMethod(&itTeeType, "__copy__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__copy__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return teeCopy(self), nil
	})
	for _, tp := range all {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

// subclassGuard lets classes derive from the itertools types, as CPython
// does (retyped_subclass.go).
func subclassGuard(tp *Type, f func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error)) func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return retypedSubclassBase(tp, f)
}

func makeItertoolsModule(in *Interpreter) *Module {
	itertoolsOnce.Do(setupItertoolsTypes)
	m := NewModule("itertools")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue(itertoolsDoc))
	for _, tp := range append(itertoolsTypes(), &itGrouperType, &itTeeType, &itTeeDataType) {
		m.Dict.setStrNoErr(Intern(tp.Name), TypeValue(tp))
	}
	tee := NewBuiltin("tee", itertoolsTee)
	tee.Doc = itertoolsDocs["tee"]
	m.Dict.setStrNoErr(Intern("tee"), FromObject(&tee.Object))
	return m
}

// itertoolsDoc is CPython's module docstring.
const itertoolsDoc = "Functional tools for creating and using iterators.\n\nInfinite iterators:\ncount(start=0, step=1) --> start, start+step, start+2*step, ...\ncycle(p) --> p0, p1, ... plast, p0, p1, ...\nrepeat(elem [,n]) --> elem, elem, elem, ... endlessly or up to n times\n\nIterators terminating on the shortest input sequence:\naccumulate(p[, func]) --> p0, p0+p1, p0+p1+p2\nchain(p, q, ...) --> p0, p1, ... plast, q0, q1, ...\nchain.from_iterable([p, q, ...]) --> p0, p1, ... plast, q0, q1, ...\ncompress(data, selectors) --> (d[0] if s[0]), (d[1] if s[1]), ...\ndropwhile(pred, seq) --> seq[n], seq[n+1], starting when pred fails\ngroupby(iterable[, keyfunc]) --> sub-iterators grouped by value of keyfunc(v)\nfilterfalse(pred, seq) --> elements of seq where pred(elem) is False\nislice(seq, [start,] stop [, step]) --> elements from\n       seq[start:stop:step]\npairwise(s) --> (s[0],s[1]), (s[1],s[2]), (s[2], s[3]), ...\nstarmap(fun, seq) --> fun(*seq[0]), fun(*seq[1]), ...\ntee(it, n=2) --> (it1, it2 , ... itn) splits one iterator into n\ntakewhile(pred, seq) --> seq[0], seq[1], until pred fails\nzip_longest(p, q, ...) --> (p[0], q[0]), (p[1], q[1]), ...\n\nCombinatoric generators:\nproduct(p, q, ... [repeat=1]) --> cartesian product\npermutations(p[, r])\ncombinations(p, r)\ncombinations_with_replacement(p, r)\n"

// clinicArgs binds a constructor's arguments the way Argument Clinic's
// _PyArg_UnpackKeywords does: names are the parameters, the first maxpos
// may be positional, the first minpos are required. Missing optional
// arguments are null.
func clinicArgs(fname string, args []Value, kwnames []string, names []string, minpos, maxpos int) ([]Value, error) {
	npos := len(args) - len(kwnames)
	total := len(args)
	if total > len(names) {
		kwWord := ""
		if npos == 0 {
			kwWord = "keyword "
		}
		s := "s"
		if len(names) == 1 {
			s = ""
		}
		return nil, NewError(&TypeErrorType, "%s() takes at most %d %sargument%s (%d given)", fname, len(names), kwWord, s, total)
	}
	if npos > maxpos {
		s := "s"
		if maxpos == 1 {
			s = ""
		}
		if maxpos == 0 {
			return nil, NewError(&TypeErrorType, "%s() takes no positional arguments", fname)
		}
		how := "exactly"
		if minpos < maxpos {
			how = "at most"
		}
		return nil, NewError(&TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", fname, how, maxpos, s, npos)
	}
	out := make([]Value, len(names))
	copy(out, args[:npos])
	used := 0
	for i := npos; i < len(names); i++ {
		for j, k := range kwnames {
			if k == names[i] {
				out[i] = args[npos+j]
				used++
			}
		}
		if out[i].IsNull() && i < minpos {
			return nil, NewError(&TypeErrorType, "%s() missing required argument '%s' (pos %d)", fname, names[i], i+1)
		}
	}
	if used < len(kwnames) {
		for _, k := range kwnames {
			for i := 0; i < npos; i++ {
				if names[i] == k {
					return nil, NewError(&TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", fname, k, i+1)
				}
			}
		}
		for _, k := range kwnames {
			known := false
			for _, n := range names {
				known = known || n == k
			}
			if !known {
				return nil, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, fname)
			}
		}
	}
	return out, nil
}

// posArgs checks a positional-only constructor's arguments
// (_PyArg_NoKeywords then PyArg_UnpackTuple).
func posArgs(fname string, args []Value, kwnames []string, min, max int) error {
	if len(kwnames) > 0 {
		return NewError(&TypeErrorType, "%s() takes no keyword arguments", fname)
	}
	n := len(args)
	if n >= min && n <= max {
		return nil
	}
	s := "s"
	if min == max {
		if min == 1 {
			s = ""
		}
		return NewError(&TypeErrorType, "%s expected %d argument%s, got %d", fname, min, s, n)
	}
	if n < min {
		if min == 1 {
			s = ""
		}
		return NewError(&TypeErrorType, "%s expected at least %d argument%s, got %d", fname, min, s, n)
	}
	if max == 1 {
		s = ""
	}
	return NewError(&TypeErrorType, "%s expected at most %d argument%s, got %d", fname, max, s, n)
}

// ---- count ----

type itCount struct {
	Object
	cnt, step Value
}

// isNumber is PyNumber_Check (pyjit has no complex type).
func isNumber(v Value) bool {
	s := &v.Type().Slots
	return isIntLike(v) || v.IsFloat() || s.Index != nil || s.Int != nil || s.Float != nil
}

func countNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("count", args, kwnames, []string{"start", "step"}, 0, 2)
	if err != nil {
		return Value{}, err
	}
	start, step := a[0], a[1]
	if start.IsNull() {
		start = Int(0)
	}
	if step.IsNull() {
		step = Int(1)
	}
	if !isNumber(start) || !isNumber(step) {
		return Value{}, NewError(&TypeErrorType, "a number is required")
	}
	// CPython's "fast mode" (an int start that fits a Py_ssize_t, step
	// equal to 1) counts with a C integer, so int subclasses such as
	// True come out as plain ints.
	if n, ok := smallInt(step); ok && n == 1 && isIntLike(step) && isIntLike(start) {
		if s, ok := smallInt(start); ok {
			start, step = Int(s), Int(1)
		}
	}
	return FromObject(&(&itCount{Object: Object{typ: &itCountType}, cnt: start, step: step}).Object), nil
}

func countNext(t *Thread, v Value) (Value, error) {
	c := objectAs[itCount](v.ref)
	r := c.cnt
	n, err := BinaryOp(t, bytecode.BinOpAdd, c.cnt, c.step)
	if err != nil {
		return Value{}, err
	}
	c.cnt = n
	return r, nil
}

func countRepr(t *Thread, v Value) (Value, error) {
	c := objectAs[itCount](v.ref)
	s, err := ReprString(t, c.cnt)
	if err != nil {
		return Value{}, err
	}
	// CPython omits the step when it is the int 1 (not 1.0 or True).
	if isIntLike(c.step) {
		if n, ok := smallInt(c.step); ok && n == 1 {
			return StrValue("count(" + s + ")"), nil
		}
	}
	st, err := ReprString(t, c.step)
	if err != nil {
		return Value{}, err
	}
	return StrValue("count(" + s + ", " + st + ")"), nil
}

// ---- cycle ----

type itCycle struct {
	Object
	it     Value
	saved  []Value
	index  int
	replay bool
}

func cycleNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if err := posArgs("cycle", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&itCycle{Object: Object{typ: &itCycleType}, it: it}).Object), nil
}

func cycleNext(t *Thread, v Value) (Value, error) {
	c := objectAs[itCycle](v.ref)
	if !c.replay {
		x, err := Next(t, c.it)
		if err != nil {
			return Value{}, err
		}
		if !x.IsNull() {
			c.saved = append(c.saved, x)
			return x, nil
		}
		c.replay = true
	}
	if len(c.saved) == 0 {
		return Value{}, nil
	}
	x := c.saved[c.index]
	c.index = (c.index + 1) % len(c.saved)
	return x, nil
}

// ---- repeat ----

type itRepeat struct {
	Object
	obj   Value
	times int64 // -1: forever
}

func repeatNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("repeat", args, kwnames, []string{"object", "times"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	r := &itRepeat{Object: Object{typ: &itRepeatType}, obj: a[0], times: -1}
	if !a[1].IsNull() {
		iv, err := indexValue(t, a[1], "")
		if err != nil {
			return Value{}, err
		}
		n, ok := smallInt(iv)
		if !ok {
			return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
		}
		r.times = max(n, 0)
	}
	return FromObject(&r.Object), nil
}

func repeatNext(t *Thread, v Value) (Value, error) {
	r := objectAs[itRepeat](v.ref)
	if r.times == 0 {
		return Value{}, nil
	}
	if r.times > 0 {
		r.times--
	}
	return r.obj, nil
}

func repeatRepr(t *Thread, v Value) (Value, error) {
	r := objectAs[itRepeat](v.ref)
	s, err := ReprString(t, r.obj)
	if err != nil {
		return Value{}, err
	}
	if r.times < 0 {
		return StrValue("repeat(" + s + ")"), nil
	}
	return StrValue("repeat(" + s + ", " + formatInt(r.times) + ")"), nil
}

func repeatLengthHint(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("__length_hint__", args, kw, 0); err != nil {
		return Value{}, err
	}
	r := objectAs[itRepeat](self.ref)
	if r.times < 0 {
		return Value{}, NewError(&TypeErrorType, "len() of unsized object")
	}
	return Int(r.times), nil
}

// ---- accumulate ----

type itAccumulate struct {
	Object
	it, fn, total, initial Value
}

func accumulateNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("accumulate", args, kwnames, []string{"iterable", "func", "initial"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	it, err := Iter(t, a[0])
	if err != nil {
		return Value{}, err
	}
	acc := &itAccumulate{Object: Object{typ: &itAccumulateType}, it: it, fn: a[1], initial: a[2]}
	if acc.fn.IsNone() {
		acc.fn = Value{}
	}
	if acc.initial.IsNone() {
		acc.initial = Value{}
	}
	return FromObject(&acc.Object), nil
}

func accumulateNext(t *Thread, v Value) (Value, error) {
	a := objectAs[itAccumulate](v.ref)
	if !a.initial.IsNull() {
		a.total, a.initial = a.initial, Value{}
		return a.total, nil
	}
	x, err := Next(t, a.it)
	if err != nil || x.IsNull() {
		return Value{}, err
	}
	if a.total.IsNull() {
		a.total = x
		return x, nil
	}
	var n Value
	if a.fn.IsNull() {
		n, err = BinaryOp(t, bytecode.BinOpAdd, a.total, x)
	} else {
		n, err = Call(t, a.fn, []Value{a.total, x}, nil)
	}
	if err != nil {
		return Value{}, err
	}
	a.total = n
	return n, nil
}

// ---- chain ----

type itChain struct {
	Object
	source, active Value // null when exhausted / between iterables
}

func chainNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "chain() takes no keyword arguments")
	}
	src, err := Iter(t, NewTupleValue(append([]Value(nil), args...)))
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&itChain{Object: Object{typ: &itChainType}, source: src}).Object), nil
}

func chainFromIterable(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("chain.from_iterable", args, kw, 1); err != nil {
		return Value{}, err
	}
	src, err := Iter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&itChain{Object: Object{typ: &itChainType}, source: src}).Object), nil
}

func chainNext(t *Thread, v Value) (Value, error) {
	c := objectAs[itChain](v.ref)
	for !c.source.IsNull() {
		if c.active.IsNull() {
			iterable, err := Next(t, c.source)
			if err != nil {
				return Value{}, err
			}
			if iterable.IsNull() {
				c.source = Value{}
				return Value{}, nil
			}
			if c.active, err = Iter(t, iterable); err != nil {
				return Value{}, err
			}
		}
		x, err := Next(t, c.active)
		if err != nil || !x.IsNull() {
			return x, err
		}
		c.active = Value{}
	}
	return Value{}, nil
}

// ---- compress ----

type itCompress struct {
	Object
	data, selectors Value
}

func compressNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("compress", args, kwnames, []string{"data", "selectors"}, 2, 2)
	if err != nil {
		return Value{}, err
	}
	d, err := Iter(t, a[0])
	if err != nil {
		return Value{}, err
	}
	s, err := Iter(t, a[1])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&itCompress{Object: Object{typ: &itCompressType}, data: d, selectors: s}).Object), nil
}

func compressNext(t *Thread, v Value) (Value, error) {
	c := objectAs[itCompress](v.ref)
	for {
		x, err := Next(t, c.data)
		if err != nil || x.IsNull() {
			return Value{}, err
		}
		s, err := Next(t, c.selectors)
		if err != nil || s.IsNull() {
			return Value{}, err
		}
		ok, err := Truth(t, s)
		if err != nil {
			return Value{}, err
		}
		if ok {
			return x, nil
		}
	}
}

// ---- dropwhile, takewhile, filterfalse ----

type itPred struct {
	Object
	fn, it Value
	done   bool // dropwhile: done dropping; takewhile: stopped
}

func predNew(tp *Type) func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		if err := posArgs(tp.Name, args, kwnames, 2, 2); err != nil {
			return Value{}, err
		}
		it, err := Iter(t, args[1])
		if err != nil {
			return Value{}, err
		}
		return FromObject(&(&itPred{Object: Object{typ: tp}, fn: args[0], it: it}).Object), nil
	}
}

func (p *itPred) test(t *Thread, x Value) (bool, error) {
	r := x
	if !(p.typ == &itFilterFalseType && (p.fn.IsNone() || p.fn.Is(TypeValue(&BoolType)))) {
		var err error
		if r, err = Call(t, p.fn, []Value{x}, nil); err != nil {
			return false, err
		}
	}
	return Truth(t, r)
}

func dropWhileNext(t *Thread, v Value) (Value, error) {
	p := objectAs[itPred](v.ref)
	for {
		x, err := Next(t, p.it)
		if err != nil || x.IsNull() || p.done {
			return x, err
		}
		ok, err := p.test(t, x)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			p.done = true
			return x, nil
		}
	}
}

func takeWhileNext(t *Thread, v Value) (Value, error) {
	p := objectAs[itPred](v.ref)
	if p.done {
		return Value{}, nil
	}
	x, err := Next(t, p.it)
	if err != nil || x.IsNull() {
		return Value{}, err
	}
	ok, err := p.test(t, x)
	if err != nil {
		return Value{}, err
	}
	if ok {
		return x, nil
	}
	p.done = true
	return Value{}, nil
}

func filterFalseNext(t *Thread, v Value) (Value, error) {
	p := objectAs[itPred](v.ref)
	for {
		x, err := Next(t, p.it)
		if err != nil || x.IsNull() {
			return Value{}, err
		}
		ok, err := p.test(t, x)
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return x, nil
		}
	}
}

// ---- starmap ----

type itStarmap struct {
	Object
	fn, it Value
}

func starmapNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if err := posArgs("starmap", args, kwnames, 2, 2); err != nil {
		return Value{}, err
	}
	it, err := Iter(t, args[1])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&itStarmap{Object: Object{typ: &itStarmapType}, fn: args[0], it: it}).Object), nil
}

func starmapNext(t *Thread, v Value) (Value, error) {
	s := objectAs[itStarmap](v.ref)
	x, err := Next(t, s.it)
	if err != nil || x.IsNull() {
		return Value{}, err
	}
	var items []Value
	if tu, ok := asTuple(x); ok && x.Type() == &TupleType {
		items = tu.items
	} else if items, err = iterateToSlice(t, x); err != nil {
		return Value{}, err
	}
	return Call(t, s.fn, append([]Value(nil), items...), nil)
}

// ---- pairwise ----

type itPairwise struct {
	Object
	it, old Value
}

func pairwiseNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if err := posArgs("pairwise", args, kwnames, 1, 1); err != nil {
		return Value{}, err
	}
	it, err := Iter(t, args[0])
	if err != nil {
		return Value{}, err
	}
	return FromObject(&(&itPairwise{Object: Object{typ: &itPairwiseType}, it: it}).Object), nil
}

func pairwiseNext(t *Thread, v Value) (Value, error) {
	p := objectAs[itPairwise](v.ref)
	if p.it.IsNull() {
		return Value{}, nil
	}
	if p.old.IsNull() {
		x, err := Next(t, p.it)
		if err != nil || x.IsNull() {
			p.it = Value{}
			return Value{}, err
		}
		p.old = x
	}
	x, err := Next(t, p.it)
	if err != nil || x.IsNull() {
		p.it, p.old = Value{}, Value{}
		return Value{}, err
	}
	r := NewTupleValue([]Value{p.old, x})
	p.old = x
	return r, nil
}

// ---- zip_longest ----

type itZipLongest struct {
	Object
	its       []Value // null entries are exhausted
	fill      Value
	numActive int
}

func zipLongestNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	z := &itZipLongest{Object: Object{typ: &itZipLongestType}, fill: None}
	npos := len(args) - len(kwnames)
	if len(kwnames) > 0 {
		if len(kwnames) > 1 || kwnames[0] != "fillvalue" {
			return Value{}, NewError(&TypeErrorType, "zip_longest() got an unexpected keyword argument")
		}
		z.fill = args[npos]
	}
	for _, a := range args[:npos] {
		it, err := Iter(t, a)
		if err != nil {
			return Value{}, err
		}
		z.its = append(z.its, it)
	}
	z.numActive = len(z.its)
	return FromObject(&z.Object), nil
}

func zipLongestNext(t *Thread, v Value) (Value, error) {
	z := objectAs[itZipLongest](v.ref)
	if len(z.its) == 0 || z.numActive == 0 {
		return Value{}, nil
	}
	items := make([]Value, len(z.its))
	for i, it := range z.its {
		if it.IsNull() {
			items[i] = z.fill
			continue
		}
		x, err := Next(t, it)
		if err != nil {
			z.numActive = 0
			return Value{}, err
		}
		if x.IsNull() {
			z.numActive--
			if z.numActive == 0 {
				return Value{}, nil
			}
			z.its[i] = Value{}
			x = z.fill
		}
		items[i] = x
	}
	return NewTupleValue(items), nil
}
