package interp

// This file implements set and frozenset with CPython's hash table
// (setobject.c: linear probing in runs of 9, then perturbation), so that
// iteration order, and so printed sets, match CPython's.

import (
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

// Set types.
var (
	SetType       = Type{Name: "set"}
	FrozenSetType = Type{Name: "frozenset"}
	SetIterType   = Type{Name: "set_iterator"}
)

const (
	setMinSize      = 8
	setLinearProbes = 9
)

type setEntry struct {
	hash  int64
	key   Value // null: empty; dummy: deleted
	dummy bool
}

// Set is a set or frozenset.
type Set struct {
	Object
	table []setEntry
	fill  int // active + dummy
	used  int // active
}

func newSet(typ *Type) *Set {
	typ = setBaseType(typ) // results of set operations are plain sets
	return &Set{Object: Object{typ: typ}, table: make([]setEntry, setMinSize)}
}

func asSet(v Value) (*Set, bool) {
	if v.ref != nil && (v.ref.typ.IsSubtype(&SetType) || v.ref.typ.IsSubtype(&FrozenSetType)) {
		return objectAs[Set](v.ref), true
	}
	return nil, false
}

// newSetFrom builds a set from items (BUILD_SET).
func newSetFrom(t *Thread, items []Value) (Value, error) {
	s := newSet(&SetType)
	for _, x := range items {
		if err := s.add(t, x); err != nil {
			return Value{}, err
		}
	}
	return FromObject(&s.Object), nil
}

func newFrozenSetFrom(t *Thread, items []Value) (Value, error) {
	s := newSet(&FrozenSetType)
	for _, x := range items {
		if err := s.add(t, x); err != nil {
			return Value{}, err
		}
	}
	return FromObject(&s.Object), nil
}

func (s *Set) mask() int { return len(s.table) - 1 }

// lookup returns the index of key's entry, or -1.
func (s *Set) lookup(t *Thread, key Value, hash int64) (int, error) {
restart:
	mask := s.mask()
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if e.key.IsNull() && !e.dummy {
				return -1, nil
			}
			if !e.dummy && e.hash == hash {
				if e.key.Is(key) {
					return j, nil
				}
				if isStr(e.key) && isStr(key) {
					if mustStr(e.key).s == mustStr(key).s {
						return j, nil
					}
					continue
				}
				start, table := e.key, s.table
				eq, err := Equal(t, start, key)
				if err != nil {
					return -1, err
				}
				if &table[0] != &s.table[0] || !s.table[j].key.Is(start) {
					goto restart
				}
				if eq {
					return j, nil
				}
				mask = s.mask()
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

func (s *Set) add(t *Thread, key Value) error {
	h, err := Hash(t, key)
	if err != nil {
		return err
	}
	return s.addHash(t, key, h)
}

func (s *Set) addHash(t *Thread, key Value, hash int64) error {
restart:
	mask := s.mask()
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	free := -1
	for {
		probes := 0
		if i+setLinearProbes <= mask {
			probes = setLinearProbes
		}
		for j := i; j <= i+probes; j++ {
			e := &s.table[j]
			if e.key.IsNull() && !e.dummy {
				if free >= 0 {
					s.table[free] = setEntry{hash: hash, key: key}
					s.used++
					return nil
				}
				*e = setEntry{hash: hash, key: key}
				s.fill++
				s.used++
				if s.fill*5 < mask*3 {
					return nil
				}
				if s.used > 50000 {
					s.resize(s.used * 2)
				} else {
					s.resize(s.used * 4)
				}
				return nil
			}
			if e.dummy {
				if free < 0 {
					free = j
				}
				continue
			}
			if e.hash == hash {
				if e.key.Is(key) {
					return nil
				}
				if isStr(e.key) && isStr(key) {
					if mustStr(e.key).s == mustStr(key).s {
						return nil
					}
					continue
				}
				start, table := e.key, s.table
				eq, err := Equal(t, start, key)
				if err != nil {
					return err
				}
				if eq {
					return nil
				}
				if &table[0] != &s.table[0] || !s.table[j].key.Is(start) {
					goto restart
				}
				mask = s.mask()
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

func (s *Set) resize(minUsed int) {
	size := setMinSize
	for size <= minUsed {
		size <<= 1
	}
	old := s.table
	s.table = make([]setEntry, size)
	s.fill = s.used
	for _, e := range old {
		if !e.key.IsNull() && !e.dummy {
			s.insertClean(e.key, e.hash)
		}
	}
}

func (s *Set) insertClean(key Value, hash int64) {
	mask := s.mask()
	perturb := uint64(hash)
	i := int(uint64(hash) & uint64(mask))
	for {
		if s.table[i].key.IsNull() && !s.table[i].dummy {
			s.table[i] = setEntry{hash: hash, key: key}
			return
		}
		if i+setLinearProbes <= mask {
			for j := i + 1; j <= i+setLinearProbes; j++ {
				if s.table[j].key.IsNull() && !s.table[j].dummy {
					s.table[j] = setEntry{hash: hash, key: key}
					return
				}
			}
		}
		perturb >>= 5
		i = int((uint64(i)*5 + 1 + perturb) & uint64(mask))
	}
}

func (s *Set) contains(t *Thread, key Value) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	return i >= 0, err
}

func (s *Set) discard(t *Thread, key Value) (bool, error) {
	h, err := Hash(t, key)
	if err != nil {
		return false, err
	}
	i, err := s.lookup(t, key, h)
	if err != nil || i < 0 {
		return false, err
	}
	s.table[i] = setEntry{hash: -1, dummy: true}
	s.used--
	return true, nil
}

// items returns the members in table order.
func (s *Set) items() []Value {
	out := make([]Value, 0, s.used)
	for _, e := range s.table {
		if !e.key.IsNull() && !e.dummy {
			out = append(out, e.key)
		}
	}
	return out
}

// merge adds every member of other (set_merge).
func (s *Set) merge(t *Thread, o *Set) error {
	if o.used == 0 {
		return nil
	}
	if (s.fill+o.used)*5 >= s.mask()*3 {
		s.resize((s.used + o.used) * 2)
	}
	if s.fill == 0 && s.mask() == o.mask() && o.fill == o.used {
		copy(s.table, o.table)
		s.fill, s.used = o.fill, o.used
		return nil
	}
	if s.fill == 0 {
		s.fill, s.used = o.used, o.used
		for _, e := range o.table {
			if !e.key.IsNull() && !e.dummy {
				s.insertClean(e.key, e.hash)
			}
		}
		return nil
	}
	for _, e := range o.table {
		if !e.key.IsNull() && !e.dummy {
			if err := s.addHash(t, e.key, e.hash); err != nil {
				return err
			}
		}
	}
	return nil
}

// update adds the items of an iterable (set_update_internal).
func (s *Set) update(t *Thread, v Value) error {
	if o, ok := asSet(v); ok {
		return s.merge(t, o)
	}
	if d, ok := asDict(v); ok && v.Type() == &DictType {
		if (s.fill+d.used)*5 >= s.mask()*3 {
			s.resize((s.used + d.used) * 2)
		}
		for _, e := range d.entries {
			if !e.key.IsNull() {
				if err := s.addHash(t, e.key, e.hash); err != nil {
					return err
				}
			}
		}
		return nil
	}
	it, err := Iter(t, v)
	if err != nil {
		return err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return err
		}
		if x.IsNull() {
			return nil
		}
		if err := s.add(t, x); err != nil {
			return err
		}
	}
}

func (s *Set) copyAs(typ *Type) *Set {
	n := newSet(typ)
	_ = n.merge(nil, s)
	return n
}

func setRepr(t *Thread, v Value) (Value, error) {
	s := objectAs[Set](v.ref)
	name := v.Type().Name
	if s.used == 0 {
		return StrValue(name + "()"), nil
	}
	if t.reprEnter(v) {
		return StrValue(name + "(...)"), nil
	}
	defer t.reprLeave(v)
	r, err := joinReprs(t, s.items())
	if err != nil {
		return Value{}, err
	}
	if v.Type() == &SetType {
		return StrValue("{" + r + "}"), nil
	}
	return StrValue(name + "({" + r + "})"), nil
}

func setLen(t *Thread, v Value) (int, error) { return objectAs[Set](v.ref).used, nil }

func setContains(t *Thread, v, key Value) (bool, error) {
	ok, err := objectAs[Set](v.ref).contains(t, key)
	if err != nil {
		if e, isExc := err.(*Exception); isExc && e.typ == &TypeErrorType {
			if ks, isSet := asSet(key); isSet && key.Type().IsSubtype(&SetType) {
				return objectAs[Set](v.ref).contains(t, FromObject(&ks.copyAs(&FrozenSetType).Object))
			}
		}
	}
	return ok, err
}

type setIter struct {
	Object
	s    *Set
	i    int
	used int
}

func setIterate(t *Thread, v Value) (Value, error) {
	s := objectAs[Set](v.ref)
	return FromObject(&(&setIter{Object: Object{typ: &SetIterType}, s: s, used: s.used}).Object), nil
}

func setIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[setIter](v.ref)
	if it.s == nil {
		return Value{}, nil
	}
	if it.s.used != it.used {
		it.s = nil
		return Value{}, NewError(&RuntimeErrorType, "Set changed size during iteration")
	}
	for it.i < len(it.s.table) {
		e := it.s.table[it.i]
		it.i++
		if !e.key.IsNull() && !e.dummy {
			return e.key, nil
		}
	}
	it.s = nil
	return Value{}, nil
}

func setCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := asSet(a)
	y, ok2 := asSet(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	sub := func(p, q *Set) (bool, error) {
		if p.used > q.used {
			return false, nil
		}
		for _, k := range p.items() {
			in, err := q.contains(t, k)
			if err != nil || !in {
				return false, err
			}
		}
		return true, nil
	}
	var r bool
	var err error
	switch op {
	case bytecode.CmpEQ, bytecode.CmpNE:
		r = x.used == y.used
		if r {
			r, err = sub(x, y)
		}
		if op == bytecode.CmpNE {
			r = !r
		}
	case bytecode.CmpLE:
		r, err = sub(x, y)
	case bytecode.CmpGE:
		r, err = sub(y, x)
	case bytecode.CmpLT:
		r, err = sub(x, y)
		r = r && x.used < y.used
	case bytecode.CmpGT:
		r, err = sub(y, x)
		r = r && x.used > y.used
	}
	return Bool(r), err
}

func setHash(t *Thread, v Value) (int64, error) {
	s := objectAs[Set](v.ref)
	// CPython's frozenset_hash.
	var hash uint64
	shuffle := func(h uint64) uint64 { return ((h ^ 89869747) ^ (h << 16)) * 3644798167 }
	for _, e := range s.table {
		if !e.key.IsNull() && !e.dummy {
			hash ^= shuffle(uint64(e.hash))
		}
	}
	if (s.used & 1) != 0 {
		hash ^= shuffle(0)
	}
	hash ^= (uint64(s.used) + 1) * 1927868237
	hash ^= (hash >> 11) ^ (hash >> 25)
	hash = hash*69069 + 907133923
	h := int64(hash)
	if h == -1 {
		h = 590923713
	}
	return h, nil
}

// setBinary implements |, &, -, ^ for sets.
func setBinary(op bytecode.BinOp) BinaryFunc {
	return func(t *Thread, a, b Value) (Value, error) {
		x, ok1 := asSet(a)
		y, ok2 := asSet(b)
		if !ok1 || !ok2 {
			return NotImplemented, nil
		}
		inplace := op.Inplace()
		base := op
		if inplace {
			base = op - bytecode.BinOpInplaceAdd
		}
		var res *Set
		var err error
		switch base {
		case bytecode.BinOpOr:
			res = x.copyAs(a.Type())
			err = res.merge(t, y)
		case bytecode.BinOpAnd:
			res, err = setIntersection(t, x, y, a.Type())
		case bytecode.BinOpSubtract:
			res = newSet(a.Type())
			for _, k := range x.items() {
				in, e := y.contains(t, k)
				if e != nil {
					return Value{}, e
				}
				if !in {
					if err = res.add(t, k); err != nil {
						break
					}
				}
			}
		case bytecode.BinOpXor:
			res = y.copyAs(a.Type())
			for _, k := range x.items() {
				found, e := res.discard(t, k)
				if e != nil {
					return Value{}, e
				}
				if !found {
					if err = res.add(t, k); err != nil {
						break
					}
				}
			}
		default:
			return NotImplemented, nil
		}
		if err != nil {
			return Value{}, err
		}
		if inplace {
			*x = Set{Object: x.Object, table: res.table, fill: res.fill, used: res.used}
			return a, nil
		}
		return FromObject(&res.Object), nil
	}
}

func setIntersection(t *Thread, x, y *Set, typ *Type) (*Set, error) {
	res := newSet(typ)
	small, big := y, x
	if x.used < y.used {
		small, big = x, y
	}
	for _, e := range small.table {
		if e.key.IsNull() || e.dummy {
			continue
		}
		i, err := big.lookup(t, e.key, e.hash)
		if err != nil {
			return nil, err
		}
		if i >= 0 {
			if err := res.addHash(t, e.key, e.hash); err != nil {
				return nil, err
			}
		}
	}
	return res, nil
}

func setNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if v, ok := setSubclassNew(typ); ok {
		return v, nil
	}
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "%s() takes no keyword arguments", typ.Name)
	}
	if len(args) > 1 {
		return Value{}, NewError(&TypeErrorType, "%s expected at most 1 argument, got %d", typ.Name, len(args))
	}
	s := newSetOf(typ)
	if len(args) == 1 {
		if err := s.update(t, args[0]); err != nil {
			return Value{}, err
		}
	}
	return FromObject(&s.Object), nil
}

func setupSet() {
	for _, tp := range []*Type{&SetType, &FrozenSetType} {
		initBuiltinType(tp, "")
		tp.Flags |= FlagBaseType
		tp.Slots = Slots{Repr: setRepr, Len: setLen, Contains: setContains, Iter: setIterate,
			RichCompare: setCompare, New: setNew}
		for _, op := range []bytecode.BinOp{bytecode.BinOpOr, bytecode.BinOpAnd, bytecode.BinOpSubtract, bytecode.BinOpXor} {
			tp.Slots.Number[op] = setBinary(op)
		}
		m := func(name string, f func(t *Thread, s *Set, self Value, args []Value) (Value, error), nargs int) {
			addMethod(tp, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
				if nargs >= 0 {
					if err := exactArgs(name, args, kw, nargs); err != nil {
						return Value{}, err
					}
				}
				return f(t, objectAs[Set](self.ref), self, args)
			})
		}
		m("copy", func(t *Thread, s *Set, self Value, args []Value) (Value, error) {
			return FromObject(&s.copyAs(self.Type()).Object), nil
		}, 0)
		for name, op := range map[string]bytecode.BinOp{"union": bytecode.BinOpOr, "intersection": bytecode.BinOpAnd,
			"difference": bytecode.BinOpSubtract, "symmetric_difference": bytecode.BinOpXor} {
			f := setBinary(op)
			m(name, func(t *Thread, s *Set, self Value, args []Value) (Value, error) {
				res := self
				for _, a := range args {
					o, ok := asSet(a)
					if !ok {
						on := newSet(&SetType)
						if err := on.update(t, a); err != nil {
							return Value{}, err
						}
						o = on
					}
					r, err := f(t, res, FromObject(&o.Object))
					if err != nil {
						return Value{}, err
					}
					res = r
				}
				if len(args) == 0 {
					return FromObject(&s.copyAs(self.Type()).Object), nil
				}
				return res, nil
			}, -1)
		}
		m("issubset", func(t *Thread, s *Set, self Value, args []Value) (Value, error) {
			o, err := toSet(t, args[0])
			if err != nil {
				return Value{}, err
			}
			return setCompare(t, self, o, bytecode.CmpLE)
		}, 1)
		m("issuperset", func(t *Thread, s *Set, self Value, args []Value) (Value, error) {
			o, err := toSet(t, args[0])
			if err != nil {
				return Value{}, err
			}
			return setCompare(t, self, o, bytecode.CmpGE)
		}, 1)
		m("isdisjoint", func(t *Thread, s *Set, self Value, args []Value) (Value, error) {
			items, err := iterateToSlice(t, args[0])
			if err != nil {
				return Value{}, err
			}
			for _, k := range items {
				in, err := s.contains(t, k)
				if err != nil || in {
					return Bool(!in), err
				}
			}
			return True, nil
		}, 1)
	}
	SetType.Slots.Hash = unhashable
	FrozenSetType.Slots.Hash = setHash
	for _, op := range []bytecode.BinOp{bytecode.BinOpInplaceOr, bytecode.BinOpInplaceAnd, bytecode.BinOpInplaceSubtract, bytecode.BinOpInplaceXor} {
		SetType.Slots.Number[op] = setBinary(op)
	}
	initBuiltinType(&SetIterType, "")
	SetIterType.Slots = Slots{Iter: selfIter, Next: setIterNext}
	m := func(name string, nargs int, f func(t *Thread, s *Set, args []Value) (Value, error)) {
		addMethod(&SetType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			if nargs >= 0 {
				if err := exactArgs(name, args, kw, nargs); err != nil {
					return Value{}, err
				}
			}
			return f(t, objectAs[Set](self.ref), args)
		})
	}
	m("add", 1, func(t *Thread, s *Set, args []Value) (Value, error) { return None, s.add(t, args[0]) })
	m("discard", 1, func(t *Thread, s *Set, args []Value) (Value, error) {
		_, err := s.discardKey(t, args[0])
		return None, err
	})
	m("remove", 1, func(t *Thread, s *Set, args []Value) (Value, error) {
		found, err := s.discardKey(t, args[0])
		if err == nil && !found {
			return Value{}, newException(&KeyErrorType, args[0])
		}
		return None, err
	})
	m("pop", 0, func(t *Thread, s *Set, args []Value) (Value, error) {
		for i, e := range s.table {
			if !e.key.IsNull() && !e.dummy {
				s.table[i] = setEntry{hash: -1, dummy: true}
				s.used--
				return e.key, nil
			}
		}
		return Value{}, NewError(&KeyErrorType, "pop from an empty set")
	})
	m("clear", 0, func(t *Thread, s *Set, args []Value) (Value, error) {
		s.table, s.fill, s.used = make([]setEntry, setMinSize), 0, 0
		return None, nil
	})
	m("update", -1, func(t *Thread, s *Set, args []Value) (Value, error) {
		for _, a := range args {
			if err := s.update(t, a); err != nil {
				return Value{}, err
			}
		}
		return None, nil
	})
}

func toSet(t *Thread, v Value) (Value, error) {
	if _, ok := asSet(v); ok {
		return v, nil
	}
	return setNew(t, &SetType, []Value{v}, nil)
}

var _ = strings.Join
