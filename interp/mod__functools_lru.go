package interp

// This file implements _functools._lru_cache_wrapper, the engine of
// functools.lru_cache and functools.cache: a callable that memoizes a
// function's results in a dict keyed like functools._make_key, with an
// LRU list when the cache is bounded. A hit on a single int or str
// argument allocates nothing.

// lruWrapperType is functools._lru_cache_wrapper.
var (
	lruWrapperType = Type{Name: "_lru_cache_wrapper"}
	lruLinkType    = Type{Name: "_lru_list_elem"}
	// lruKwdMark separates positional from keyword arguments in keys.
	lruKwdMark = FromObject(&Object{typ: &ObjectType})
)

// lruLink is one cached result in a bounded cache's LRU list.
type lruLink struct {
	Object
	key        Value
	result     Value
	prev, next *lruLink
}

type lruWrapper struct {
	Object
	fn            Value
	cache         *Dict
	maxsize       int // -1: unbounded
	typed         bool
	hits, misses  int64
	root          lruLink // sentinel: root.next is the oldest, root.prev the newest
	cacheInfoType Value
	attrs         Attrs
	// scratch is the reusable key tuple of lookups (see lookup).
	scratch     Tuple
	scratchBusy bool
}

func lruWrapperNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	spec := clinicSpec{fname: "_lru_cache_wrapper", names: []string{"user_function", "maxsize", "typed", "cache_info_type"}, required: 4, kwOnly: 4}
	vals, err := spec.parse(args, kwnames)
	if err != nil {
		return Value{}, err
	}
	fn := vals[0]
	if fn.Type().Slots.Call == nil {
		return Value{}, NewError(&TypeErrorType, "the first argument must be callable")
	}
	maxsize := -1
	if !vals[1].IsNone() {
		if !isIntLike(vals[1]) {
			return Value{}, NewError(&TypeErrorType, "maxsize should be integer or None")
		}
		n, err := ssizeArg(t, vals[1])
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			n = 0
		}
		maxsize = int(n)
	}
	typed, err := Truth(t, vals[2])
	if err != nil {
		return Value{}, err
	}
	w := &lruWrapper{Object: Object{typ: typ}, fn: fn, cache: NewDict(), maxsize: maxsize, typed: typed, cacheInfoType: vals[3]}
	w.scratch.typ = &TupleType
	w.root.prev, w.root.next = &w.root, &w.root
	return FromObject(&w.Object), nil
}

// lruSimpleKey is functools._make_key's shortcut: a single argument
// that is an exact int or str is its own key (when not typed).
func lruSimpleKey(args []Value, kwnames []string, typed bool) (Value, bool) {
	if len(kwnames) == 0 && !typed && len(args) == 1 {
		a := args[0]
		if a.ref == &IntTag || (a.ref != nil && (a.ref.typ == &StrType || a.ref.typ == &IntType)) {
			return a, true
		}
	}
	return Value{}, false
}

// lruKeyItems appends the items of functools._make_key's tuple to dst:
// the positional arguments, then a marker and the keyword names and
// values, then with typed=True the arguments' types.
func lruKeyItems(dst []Value, args []Value, kwnames []string, typed bool) []Value {
	npos := len(args) - len(kwnames)
	dst = append(dst, args[:npos]...)
	if len(kwnames) > 0 {
		dst = append(dst, lruKwdMark)
		for i, k := range kwnames {
			dst = append(dst, FromObject(&Intern(k).Object), args[npos+i])
		}
	}
	if typed {
		for _, a := range args {
			dst = append(dst, TypeValue(a.Type()))
		}
	}
	return dst
}

// lruHashItems is the hash of a tuple of items (tuple.__hash__), without
// making the tuple.
func lruHashItems(t *Thread, items []Value) (int64, error) {
	var buf [16]int64
	hs := buf[:0]
	for _, x := range items {
		h, err := Hash(t, x)
		if err != nil {
			return 0, err
		}
		hs = append(hs, h)
	}
	return HashTuple(hs), nil
}

// lookup finds the cache entry of a call. A key tuple is only made for
// a miss (to be stored): hits look up a scratch tuple reused across
// calls, unless a lookup is already using it (a key's __eq__ or __hash__
// calling the wrapper again).
func (w *lruWrapper) lookup(t *Thread, args []Value, kwnames []string) (key Value, hash int64, cached Value, found bool, err error) {
	if k, ok := lruSimpleKey(args, kwnames, w.typed); ok {
		if hash, err = Hash(t, k); err != nil {
			return
		}
		cached, found, err = w.cache.getWithHash(t, k, hash)
		return k, hash, cached, found, err
	}
	if w.scratchBusy {
		key = NewTupleValue(lruKeyItems(nil, args, kwnames, w.typed))
		if hash, err = Hash(t, key); err != nil {
			return
		}
		cached, found, err = w.cache.getWithHash(t, key, hash)
		return
	}
	w.scratchBusy = true
	items := lruKeyItems(w.scratch.items[:0], args, kwnames, w.typed)
	w.scratch.items = items
	hash, err = lruHashItems(t, items)
	if err == nil {
		cached, found, err = w.cache.getWithHash(t, FromObject(&w.scratch.Object), hash)
	}
	if err == nil && !found {
		key = NewTupleValue(append([]Value(nil), items...))
	}
	clear(items) // keep no references to the arguments
	w.scratchBusy = false
	return
}

func lruCall(t *Thread, callable Value, args []Value, kwnames []string) (Value, error) {
	w := objectAs[lruWrapper](callable.ref)
	if w.maxsize == 0 {
		w.misses++
		return Call(t, w.fn, args, kwnames)
	}
	key, hash, cached, ok, err := w.lookup(t, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if ok {
		w.hits++
		if w.maxsize < 0 {
			return cached, nil
		}
		link := objectAs[lruLink](cached.ref)
		link.unlink()
		w.root.append(link)
		return link.result, nil
	}
	w.misses++
	result, err := Call(t, w.fn, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if w.maxsize < 0 {
		return result, w.cache.setWithHash(t, key, hash, result)
	}
	// The call may have cached this key already (recursion).
	if _, ok, err := w.cache.getWithHash(t, key, hash); err != nil || ok {
		return result, err
	}
	if w.cache.Len() >= w.maxsize && w.root.next != &w.root {
		oldest := w.root.next
		oldest.unlink()
		if _, _, err := w.cache.Pop(t, oldest.key); err != nil {
			return Value{}, err
		}
	}
	link := &lruLink{Object: Object{typ: &lruLinkType}, key: key, result: result}
	w.root.append(link)
	return result, w.cache.setWithHash(t, key, hash, FromObject(&link.Object))
}

func (l *lruLink) unlink() {
	l.prev.next, l.next.prev = l.next, l.prev
	l.prev, l.next = nil, nil
}

// append puts l at the newest end of the list rooted at root.
func (root *lruLink) append(l *lruLink) {
	last := root.prev
	last.next, l.prev = l, last
	l.next, root.prev = root, l
}

func lruDescrGet(t *Thread, descr, obj Value, typ *Type) (Value, error) {
	if obj.IsNull() || obj.IsNone() {
		return descr, nil
	}
	return newMethod(descr, obj), nil
}

func setupLRUWrapperType() {
	initBuiltinType(&lruLinkType, "")
	lruLinkType.Module = "functools"
	tp := &lruWrapperType
	initBuiltinType(tp, "Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n")
	tp.Module = "functools"
	// A heap type in CPython 3.11, with __module__ in its namespace.
	tp.Dict.setStrNoErr(Intern("__module__"), StrValue("functools"))
	tp.Slots = Slots{New: lruWrapperNew, Call: lruCall, DescrGet: lruDescrGet}
	m := func(name string, f func(t *Thread, w *lruWrapper, self Value) (Value, error)) {
		qual := "_lru_cache_wrapper." + name
		addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(qual, args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(t, objectAs[lruWrapper](self.ref), self)
		})
	}
	m("cache_info", func(t *Thread, w *lruWrapper, self Value) (Value, error) {
		maxsize := None
		if w.maxsize >= 0 {
			maxsize = Int(int64(w.maxsize))
		}
		return Call(t, w.cacheInfoType, []Value{Int(w.hits), Int(w.misses), maxsize, Int(int64(w.cache.Len()))}, nil)
	})
	m("cache_clear", func(t *Thread, w *lruWrapper, self Value) (Value, error) {
		w.hits, w.misses = 0, 0
		w.cache.Clear()
		w.root.prev, w.root.next = &w.root, &w.root
		return None, nil
	})
	m("__reduce__", func(t *Thread, w *lruWrapper, self Value) (Value, error) {
		return GetAttrString(t, self, "__qualname__")
	})
	m("__copy__", func(t *Thread, w *lruWrapper, self Value) (Value, error) { return self, nil })
	addMethod(tp, "__deepcopy__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__deepcopy__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return self, nil
	})
	addGetSetDict(tp)
	addDescrWrappers(tp)
	addSlotWrappers(tp)
	inheritSlots(tp)
}

// getWithHash is GetItem with the key's hash already known.
func (d *Dict) getWithHash(t *Thread, key Value, h int64) (Value, bool, error) {
	_, ix, err := d.lookup(t, key, h)
	if err != nil || ix < 0 {
		return Value{}, false, err
	}
	return d.entries[ix].value, true, nil
}
