package interp

// This file implements itertools' combinatoric iterators: product,
// permutations, combinations and combinations_with_replacement. Each
// materializes its input pools as CPython does (PySequence_Tuple) and
// steps an index vector, yielding tuples in lexicographic index order.

var (
	itProductType      = Type{Name: "product"}
	itPermutationsType = Type{Name: "permutations"}
	itCombinationsType = Type{Name: "combinations"}
	itCWRType          = Type{Name: "combinations_with_replacement"}
)

// itComb is the state of every combinatoric iterator.
type itComb struct {
	Object
	pools   [][]Value // product: one per factor; others: one pool
	indices []int
	cycles  []int // permutations only
	r       int
	first   bool
	stopped bool
}

func (c *itComb) result(pool func(i int) []Value) Value {
	items := make([]Value, len(c.indices))
	for i, x := range c.indices {
		items[i] = pool(i)[x]
	}
	return NewTupleValue(items)
}

func (c *itComb) tupleOf(idx []int) Value {
	items := make([]Value, len(idx))
	for i, x := range idx {
		items[i] = c.pools[0][x]
	}
	return NewTupleValue(items)
}

// ssizeArg converts an argument with the Py_ssize_t converter's errors.
func ssizeArg(t *Thread, v Value) (int64, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C ssize_t")
	}
	return n, nil
}

// ---- product ----

func productNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	npos := len(args) - len(kwnames)
	repeat := int64(1)
	if len(kwnames) > 1 {
		return Value{}, NewError(&TypeErrorType, "product() takes at most 1 keyword argument (%d given)", len(kwnames))
	}
	if len(kwnames) == 1 {
		if kwnames[0] != "repeat" {
			return Value{}, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for product()", kwnames[0])
		}
		var err error
		if repeat, err = ssizeArg(t, args[npos]); err != nil {
			return Value{}, err
		}
		if repeat < 0 {
			return Value{}, NewError(&ValueErrorType, "repeat argument cannot be negative")
		}
	}
	if repeat > 0 && int64(npos) > (1<<62)/repeat {
		return Value{}, NewError(&OverflowErrorType, "repeat argument too large")
	}
	// CPython would try to allocate the pools tuple; refuse sizes that
	// could not fit in memory instead of crashing the process.
	if int64(npos)*repeat > 1<<26 {
		return Value{}, NewError(&MemoryErrorType, "")
	}
	c := &itComb{Object: Object{typ: &itProductType}, first: true}
	base := make([][]Value, npos)
	for i, a := range args[:npos] {
		items, err := iterateToSlice(t, a)
		if err != nil {
			return Value{}, err
		}
		base[i] = items
	}
	for k := int64(0); k < repeat && npos > 0; k++ {
		c.pools = append(c.pools, base...)
	}
	c.indices = make([]int, len(c.pools))
	return FromObject(&c.Object), nil
}

func productNext(t *Thread, v Value) (Value, error) {
	c := objectAs[itComb](v.ref)
	if c.stopped {
		return Value{}, nil
	}
	pool := func(i int) []Value { return c.pools[i] }
	if c.first {
		c.first = false
		for _, p := range c.pools {
			if len(p) == 0 {
				c.stopped = true
				return Value{}, nil
			}
		}
		return c.result(pool), nil
	}
	for i := len(c.indices) - 1; i >= 0; i-- {
		c.indices[i]++
		if c.indices[i] < len(c.pools[i]) {
			return c.result(pool), nil
		}
		c.indices[i] = 0
	}
	c.stopped = true
	return Value{}, nil
}

// ---- permutations ----

func permutationsNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs("permutations", args, kwnames, []string{"iterable", "r"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	pool, err := iterateToSlice(t, a[0])
	if err != nil {
		return Value{}, err
	}
	n := len(pool)
	r := int64(n)
	if !a[1].IsNull() && !a[1].IsNone() {
		if !isIntLike(a[1]) {
			return Value{}, NewError(&TypeErrorType, "Expected int as r")
		}
		if r, err = ssizeArg(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	if r < 0 {
		return Value{}, NewError(&ValueErrorType, "r must be non-negative")
	}
	c := &itComb{Object: Object{typ: &itPermutationsType}, pools: [][]Value{pool}, first: true, stopped: r > int64(n)}
	if !c.stopped {
		c.r = int(r)
		c.indices = make([]int, n)
		for i := range c.indices {
			c.indices[i] = i
		}
		c.cycles = make([]int, c.r)
		for i := range c.cycles {
			c.cycles[i] = n - i
		}
	}
	return FromObject(&c.Object), nil
}

func permutationsNext(t *Thread, v Value) (Value, error) {
	c := objectAs[itComb](v.ref)
	if c.stopped {
		return Value{}, nil
	}
	if c.first {
		c.first = false
		return c.tupleOf(c.indices[:c.r]), nil
	}
	n := len(c.indices)
	for i := c.r - 1; i >= 0; i-- {
		c.cycles[i]--
		if c.cycles[i] == 0 {
			// Rotate indices[i:] left by one.
			x := c.indices[i]
			copy(c.indices[i:], c.indices[i+1:])
			c.indices[n-1] = x
			c.cycles[i] = n - i
			continue
		}
		j := c.cycles[i]
		c.indices[i], c.indices[n-j] = c.indices[n-j], c.indices[i]
		return c.tupleOf(c.indices[:c.r]), nil
	}
	c.stopped = true
	return Value{}, nil
}

// ---- combinations, combinations_with_replacement ----

func combinationsNew(tp *Type) func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	return func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		a, err := clinicArgs(tp.Name, args, kwnames, []string{"iterable", "r"}, 2, 2)
		if err != nil {
			return Value{}, err
		}
		r, err := ssizeArg(t, a[1])
		if err != nil {
			return Value{}, err
		}
		pool, err := iterateToSlice(t, a[0])
		if err != nil {
			return Value{}, err
		}
		if r < 0 {
			return Value{}, NewError(&ValueErrorType, "r must be non-negative")
		}
		n := int64(len(pool))
		c := &itComb{Object: Object{typ: tp}, pools: [][]Value{pool}, first: true}
		if tp == &itCombinationsType {
			c.stopped = r > n
		} else {
			c.stopped = n == 0 && r > 0
		}
		if !c.stopped {
			c.r = int(r)
			c.indices = make([]int, c.r)
			if tp == &itCombinationsType {
				for i := range c.indices {
					c.indices[i] = i
				}
			}
		}
		return FromObject(&c.Object), nil
	}
}

func combinationsNext(t *Thread, v Value) (Value, error) {
	c := objectAs[itComb](v.ref)
	if c.stopped {
		return Value{}, nil
	}
	if c.first {
		c.first = false
		return c.tupleOf(c.indices), nil
	}
	n, r := len(c.pools[0]), c.r
	i := r - 1
	for i >= 0 && c.indices[i] == i+n-r {
		i--
	}
	if i < 0 {
		c.stopped = true
		return Value{}, nil
	}
	c.indices[i]++
	for j := i + 1; j < r; j++ {
		c.indices[j] = c.indices[j-1] + 1
	}
	return c.tupleOf(c.indices), nil
}

func cwrNext(t *Thread, v Value) (Value, error) {
	c := objectAs[itComb](v.ref)
	if c.stopped {
		return Value{}, nil
	}
	if c.first {
		c.first = false
		return c.tupleOf(c.indices), nil
	}
	n := len(c.pools[0])
	i := c.r - 1
	for i >= 0 && c.indices[i] == n-1 {
		i--
	}
	if i < 0 {
		c.stopped = true
		return Value{}, nil
	}
	x := c.indices[i] + 1
	for j := i; j < c.r; j++ {
		c.indices[j] = x
	}
	return c.tupleOf(c.indices), nil
}
