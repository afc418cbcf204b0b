package interp

// This file implements the _heapq module (CPython's Modules/_heapqmodule.c):
// the heap operations on lists that heapq.py imports over its pure-Python
// versions. Like CPython, every comparison is a plain `<`, and a list
// whose size changes during a comparison raises RuntimeError.

func init() {
	builtinModules["_heapq"] = makeHeapqModule
	delete(cModules, "_heapq")
}

const heapqDoc = "Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n"

// heapLess is a < b (or b < a for the max-heap variants).
func heapLess(t *Thread, a, b Value, max bool) (bool, error) {
	if max {
		a, b = b, a
	}
	return lessThan(t, a, b)
}

var errHeapSize = func() error { return NewError(&RuntimeErrorType, "list changed size during iteration") }

// heapSiftDown moves heap[pos] up towards startpos (CPython's siftdown).
func heapSiftDown(t *Thread, l *List, startpos, pos int, max bool) error {
	size := len(l.items)
	if pos >= size {
		return NewError(&IndexErrorType, "index out of range")
	}
	for pos > startpos {
		parentpos := (pos - 1) >> 1
		lt, err := heapLess(t, l.items[pos], l.items[parentpos], max)
		if err != nil {
			return err
		}
		if size != len(l.items) {
			return errHeapSize()
		}
		if !lt {
			break
		}
		l.items[pos], l.items[parentpos] = l.items[parentpos], l.items[pos]
		pos = parentpos
	}
	return nil
}

// heapSiftUp bubbles the smaller child up from pos to a leaf, then sifts
// the item there down (CPython's siftup).
func heapSiftUp(t *Thread, l *List, pos int, max bool) error {
	endpos := len(l.items)
	startpos := pos
	if pos >= endpos {
		return NewError(&IndexErrorType, "index out of range")
	}
	limit := endpos >> 1
	for pos < limit {
		childpos := 2*pos + 1
		if childpos+1 < endpos {
			lt, err := heapLess(t, l.items[childpos], l.items[childpos+1], max)
			if err != nil {
				return err
			}
			if !lt {
				childpos++
			}
			if endpos != len(l.items) {
				return errHeapSize()
			}
		}
		l.items[childpos], l.items[pos] = l.items[pos], l.items[childpos]
		pos = childpos
	}
	return heapSiftDown(t, l, startpos, pos, max)
}

func heapListArg(fname string, pos int, v Value) (*List, error) {
	l, ok := asList(v)
	if !ok {
		return nil, argTypeError(fname, pos, "list", v)
	}
	return l, nil
}

func heapPush(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := posArgs("heappush", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	l, err := heapListArg("heappush", 1, args[0])
	if err != nil {
		return Value{}, err
	}
	l.items = append(l.items, args[1])
	return None, heapSiftDown(t, l, 0, len(l.items)-1, false)
}

// heapPopGeneric is heappop and _heappop_max.
func heapPopGeneric(fname string, max bool) BuiltinFn {
	qual := "_heapq." + fname
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(qual, args, kw, 1); err != nil {
			return Value{}, err
		}
		l, err := heapListArg(fname, 0, args[0])
		if err != nil {
			return Value{}, err
		}
		n := len(l.items)
		if n == 0 {
			return Value{}, NewError(&IndexErrorType, "index out of range")
		}
		last := l.items[n-1]
		l.items[n-1] = Value{}
		l.items = l.items[:n-1]
		if n == 1 {
			return last, nil
		}
		ret := l.items[0]
		l.items[0] = last
		if err := heapSiftUp(t, l, 0, max); err != nil {
			return Value{}, err
		}
		return ret, nil
	}
}

// heapReplaceGeneric is heapreplace and _heapreplace_max.
func heapReplaceGeneric(fname string, max bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := posArgs(fname, args, kw, 2, 2); err != nil {
			return Value{}, err
		}
		l, err := heapListArg(fname, 1, args[0])
		if err != nil {
			return Value{}, err
		}
		if len(l.items) == 0 {
			return Value{}, NewError(&IndexErrorType, "index out of range")
		}
		ret := l.items[0]
		l.items[0] = args[1]
		if err := heapSiftUp(t, l, 0, max); err != nil {
			return Value{}, err
		}
		return ret, nil
	}
}

func heapPushPop(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := posArgs("heappushpop", args, kw, 2, 2); err != nil {
		return Value{}, err
	}
	l, err := heapListArg("heappushpop", 1, args[0])
	if err != nil {
		return Value{}, err
	}
	item := args[1]
	if len(l.items) == 0 {
		return item, nil
	}
	lt, err := lessThan(t, l.items[0], item)
	if err != nil {
		return Value{}, err
	}
	if !lt {
		return item, nil
	}
	if len(l.items) == 0 {
		return Value{}, NewError(&IndexErrorType, "index out of range")
	}
	ret := l.items[0]
	l.items[0] = item
	if err := heapSiftUp(t, l, 0, false); err != nil {
		return Value{}, err
	}
	return ret, nil
}

// heapifyGeneric is heapify and _heapify_max.
func heapifyGeneric(fname string, max bool) BuiltinFn {
	qual := "_heapq." + fname
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(qual, args, kw, 1); err != nil {
			return Value{}, err
		}
		l, err := heapListArg(fname, 0, args[0])
		if err != nil {
			return Value{}, err
		}
		for i := len(l.items)/2 - 1; i >= 0; i-- {
			if err := heapSiftUp(t, l, i, max); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	}
}

func makeHeapqModule(in *Interpreter) *Module {
	m := NewModule("_heapq")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue(heapqDoc))
	m.Dict.setStrNoErr(Intern("__about__"), StrValue(heapqAbout))
	moduleFn(m, "heappush", heapPush)
	moduleFn(m, "heappop", heapPopGeneric("heappop", false))
	moduleFn(m, "heapreplace", heapReplaceGeneric("heapreplace", false))
	moduleFn(m, "heappushpop", heapPushPop)
	moduleFn(m, "heapify", heapifyGeneric("heapify", false))
	moduleFn(m, "_heappop_max", heapPopGeneric("_heappop_max", true))
	moduleFn(m, "_heapreplace_max", heapReplaceGeneric("_heapreplace_max", true))
	moduleFn(m, "_heapify_max", heapifyGeneric("_heapify_max", true))
	return m
}

const heapqAbout = "Heap queues\n\n[explanation by Fran\u00e7ois Pinard]\n"
