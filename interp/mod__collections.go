package interp

// This file implements the _collections module (CPython's
// Modules/_collectionsmodule.c): the module object and the deque's
// storage. deque's Python face is in mod__collections_deque.go,
// defaultdict, _count_elements and _tuplegetter in
// mod__collections_dict.go, OrderedDict (Objects/odictobject.c) in
// mod__collections_odict.go.

import "sync"

// The _collections types, set up on first import.
var (
	dequeType            = Type{Name: "deque"}
	dequeIterType        = Type{Name: "_deque_iterator"}
	dequeReverseIterType = Type{Name: "_deque_reverse_iterator"}
	defaultDictType      = Type{Name: "defaultdict"}
	tupleGetterType      = Type{Name: "_tuplegetter"}
)

var collectionsOnce sync.Once

func init() {
	builtinModules["_collections"] = makeCollectionsModule
	delete(cModules, "_collections")
	subclassableBases[&dequeType] = true
	attrsHooks[&dequeType] = func(v Value) *Attrs {
		if v.Type().Flags&FlagHeap == 0 {
			return nil
		}
		return &objectAs[deque](v.ref).attrs
	}
	typesWithDict[&odictType] = true
	// OrderedDict instances have a __dict__ (dict's own do not).
	attrsHooks[&DictType] = func(v Value) *Attrs {
		if !v.Type().IsSubtype(&odictType) {
			return nil
		}
		d := mustDict(v)
		if d.attrs == nil {
			d.attrs = &Attrs{}
		}
		return d.attrs
	}
}

// deque is a double-ended queue: a ring buffer whose length is zero or a
// power of two. state changes on every mutation so that iterators and
// searches can detect one, as CPython's deque->state does.
type deque struct {
	Object
	buf    []Value
	head   int
	n      int
	maxlen int // -1 when unbounded
	state  uint64
	attrs  Attrs // instance attributes of subclass instances
}

func mustDeque(v Value) *deque { return objectAs[deque](v.ref) }

func asDeque(v Value) (*deque, bool) {
	if v.ref != nil && v.ref.typ.IsSubtype(&dequeType) {
		return objectAs[deque](v.ref), true
	}
	return nil, false
}

func newDeque(typ *Type, maxlen int) *deque {
	return &deque{Object: Object{typ: typ}, maxlen: maxlen}
}

// at returns item i (0 <= i < n).
func (d *deque) at(i int) Value { return d.buf[(d.head+i)&(len(d.buf)-1)] }

func (d *deque) set(i int, v Value) { d.buf[(d.head+i)&(len(d.buf)-1)] = v }

// items copies the deque's items in order.
func (d *deque) items() []Value {
	out := make([]Value, d.n)
	for i := range out {
		out[i] = d.at(i)
	}
	return out
}

func (d *deque) grow() {
	size := 2 * len(d.buf)
	if size < 8 {
		size = 8
	}
	nb := make([]Value, size)
	if d.n > 0 {
		k := copy(nb, d.buf[d.head:])
		if k < d.n {
			copy(nb[k:], d.buf[:d.n-k])
		}
	}
	d.buf, d.head = nb, 0
}

func (d *deque) pushBack(v Value) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.buf[(d.head+d.n)&(len(d.buf)-1)] = v
	d.n++
}

func (d *deque) pushFront(v Value) {
	if d.n == len(d.buf) {
		d.grow()
	}
	d.head = (d.head - 1) & (len(d.buf) - 1)
	d.buf[d.head] = v
	d.n++
}

func (d *deque) popBack() Value {
	d.n--
	i := (d.head + d.n) & (len(d.buf) - 1)
	v := d.buf[i]
	d.buf[i] = Value{}
	return v
}

func (d *deque) popFront() Value {
	v := d.buf[d.head]
	d.buf[d.head] = Value{}
	d.head = (d.head + 1) & (len(d.buf) - 1)
	d.n--
	return v
}

// appendRight is deque.append: with a maxlen, the leftmost item falls off.
func (d *deque) appendRight(v Value) {
	d.state++
	d.pushBack(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popFront()
	}
}

// appendLeft is deque.appendleft.
func (d *deque) appendLeft(v Value) {
	d.state++
	d.pushFront(v)
	if d.maxlen >= 0 && d.n > d.maxlen {
		d.popBack()
	}
}

func (d *deque) clear() {
	d.state++
	d.buf, d.head, d.n = nil, 0, 0
}

// rotate moves the last n items to the front (n < 0: the first -n to the
// back), reducing n modulo the length as CPython's _deque_rotate does.
func (d *deque) rotate(n int) {
	d.state++
	if d.n <= 1 {
		return
	}
	half := d.n >> 1
	if n > half || n < -half {
		n %= d.n
		if n > half {
			n -= d.n
		} else if n < -half {
			n += d.n
		}
	}
	for ; n > 0; n-- {
		d.pushFront(d.popBack())
	}
	for ; n < 0; n++ {
		d.pushBack(d.popFront())
	}
}

// insertAt inserts v before position i (0 <= i <= n).
func (d *deque) insertAt(i int, v Value) {
	d.state++
	d.pushBack(v)
	for j := d.n - 1; j > i; j-- {
		d.set(j, d.at(j-1))
	}
	d.set(i, v)
}

// deleteAt removes item i (0 <= i < n).
func (d *deque) deleteAt(i int) {
	d.state++
	for j := i; j < d.n-1; j++ {
		d.set(j, d.at(j+1))
	}
	d.popBack()
}

func makeCollectionsModule(in *Interpreter) *Module {
	collectionsOnce.Do(setupCollectionsTypes)
	m := NewModule("_collections")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("High performance data structures.\n- deque:        ordered collection accessible from endpoints only\n- defaultdict:  dict subclass with a default value factory\n"))
	set("deque", TypeValue(&dequeType))
	set("defaultdict", TypeValue(&defaultDictType))
	set("OrderedDict", TypeValue(&odictType))
	set("_deque_iterator", TypeValue(&dequeIterType))
	set("_deque_reverse_iterator", TypeValue(&dequeReverseIterType))
	set("_tuplegetter", TypeValue(&tupleGetterType))
	moduleFn(m, "_count_elements", countElements)
	return m
}

func setupCollectionsTypes() {
	setupDequeType()
	setupDefaultDictType()
	setupTupleGetterType()
	setupODictType()
}
