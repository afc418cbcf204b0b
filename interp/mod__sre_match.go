package interp

// This file defines re.Match, the scanner behind finditer and
// Pattern.scanner, and finditer's iterator.

import (
	"fmt"
)

// sreMatch is a re.Match: the spans of group 0 and every group (-1 when
// a group did not participate).
type sreMatch struct {
	Object
	pattern     *srePattern
	sub         sreSubject
	marks       []int // 2*(groups+1)
	pos, endpos int
	lastindex   int
}

// newMatch is pattern_new_match for a successful run.
func newMatch(p *srePattern, r *sreRunner) Value {
	c := r.c
	m := &sreMatch{Object: Object{typ: &sreMatchType}, pattern: p, sub: r.sub, pos: r.pos, endpos: r.endpos, lastindex: c.lastindex}
	m.marks = make([]int, 2*(p.groups+1))
	m.marks[0], m.marks[1] = c.start, c.ptr
	for i, j := 0, 0; i < p.groups; i, j = i+1, j+2 {
		if j+1 <= c.lastmark && c.marks[j] >= 0 && c.marks[j+1] >= 0 {
			m.marks[j+2], m.marks[j+3] = c.marks[j], c.marks[j+1]
		} else {
			m.marks[j+2], m.marks[j+3] = -1, -1
		}
	}
	return FromObject(&m.Object)
}

func mustMatch(v Value) *sreMatch { return objectAs[sreMatch](v.ref) }

// index is match_getindex: a group number or name to a group number.
func (m *sreMatch) index(t *Thread, g Value) (int, error) {
	i := int64(-1)
	if isIntLike(g) || g.Type().Slots.Index != nil {
		iv, err := indexValue(t, g, "")
		if err != nil {
			return 0, err
		}
		// Out-of-range ints clamp (PyNumber_AsSsize_t with no
		// exception) and so are "no such group".
		if n, ok := smallInt(iv); ok {
			i = n
		}
	} else if m.pattern.groupindex.Len() > 0 {
		// CPython keeps no groupindex when it is empty, so then no key
		// is even hashed.
		v, ok, err := m.pattern.groupindex.GetItem(t, g)
		if err != nil {
			return 0, err
		}
		if ok {
			if n, ok := smallInt(v); ok {
				i = n
			}
		}
	}
	if i < 0 || i > int64(m.pattern.groups) {
		return 0, NewError(&IndexErrorType, "no such group")
	}
	return int(i), nil
}

func (m *sreMatch) groupValue(i int, def Value) Value {
	if m.marks[2*i] < 0 {
		return def
	}
	return m.sub.slice(m.marks[2*i], m.marks[2*i+1])
}

func (m *sreMatch) getGroup(t *Thread, g Value, def Value) (Value, error) {
	i, err := m.index(t, g)
	if err != nil {
		return Value{}, err
	}
	return m.groupValue(i, def), nil
}

func matchGroup(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "group() takes no keyword arguments")
	}
	m := mustMatch(self)
	switch len(args) {
	case 0:
		return m.groupValue(0, None), nil
	case 1:
		return m.getGroup(t, args[0], None)
	}
	out := make([]Value, len(args))
	for i, a := range args {
		v, err := m.getGroup(t, a, None)
		if err != nil {
			return Value{}, err
		}
		out[i] = v
	}
	return NewTupleValue(out), nil
}

// spanArg parses the optional group argument of start/end/span.
func (m *sreMatch) spanArg(t *Thread, name string, args []Value, kw []string) (int, error) {
	if err := rangeArgs(name, args, kw, 0, 1); err != nil {
		return 0, err
	}
	if len(args) == 0 {
		return 0, nil
	}
	return m.index(t, args[0])
}

func matchRepr(t *Thread, v Value) (Value, error) {
	m := mustMatch(v)
	r, err := ReprString(t, m.groupValue(0, None))
	if err != nil {
		return Value{}, err
	}
	if rs := []rune(r); len(rs) > 50 {
		r = string(rs[:50])
	}
	return StrValue(fmt.Sprintf("<re.Match object; span=(%d, %d), match=%s>", m.marks[0], m.marks[1], r)), nil
}

func setupSreMatchTypes() {
	initBuiltinType(&sreMatchType, "The result of re.match() and re.search().\nMatch objects always have a boolean value of True.")
	sreMatchType.Module = "re"
	sreMatchType.Slots = Slots{
		Repr: matchRepr,
		GetItem: func(t *Thread, v, key Value) (Value, error) {
			return mustMatch(v).getGroup(t, key, None)
		},
		New: func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
			return Value{}, NewError(&TypeErrorType, "cannot create 're.Match' instances")
		},
	}
	addMethod(&sreMatchType, "group", matchGroup)
	addMethod(&sreMatchType, "__getitem__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__getitem__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return mustMatch(self).getGroup(t, args[0], None)
	})
	addMethod(&sreMatchType, "groups", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("groups", args, kw, []string{"default"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		def := None
		if !a[0].IsNull() {
			def = a[0]
		}
		m := mustMatch(self)
		out := make([]Value, m.pattern.groups)
		for i := range out {
			out[i] = m.groupValue(i+1, def)
		}
		return NewTupleValue(out), nil
	})
	addMethod(&sreMatchType, "groupdict", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("groupdict", args, kw, []string{"default"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		def := None
		if !a[0].IsNull() {
			def = a[0]
		}
		m := mustMatch(self)
		d := NewDict()
		for _, k := range m.pattern.groupindex.Keys() {
			v, err := m.getGroup(t, k, def)
			if err != nil {
				return Value{}, err
			}
			if err := d.SetItem(t, k, v); err != nil {
				return Value{}, err
			}
		}
		return FromObject(&d.Object), nil
	})
	addMethod(&sreMatchType, "start", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		m := mustMatch(self)
		i, err := m.spanArg(t, "start", args, kw)
		if err != nil {
			return Value{}, err
		}
		return Int(int64(m.marks[2*i])), nil
	})
	addMethod(&sreMatchType, "end", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		m := mustMatch(self)
		i, err := m.spanArg(t, "end", args, kw)
		if err != nil {
			return Value{}, err
		}
		return Int(int64(m.marks[2*i+1])), nil
	})
	addMethod(&sreMatchType, "span", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		m := mustMatch(self)
		i, err := m.spanArg(t, "span", args, kw)
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{Int(int64(m.marks[2*i])), Int(int64(m.marks[2*i+1]))}), nil
	})
	addMethod(&sreMatchType, "expand", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("expand", args, kw, []string{"template"}, 1, 1)
		if err != nil {
			return Value{}, err
		}
		return sreCallRe(t, "_expand", FromObject(&mustMatch(self).pattern.Object), self, a[0])
	})
	addMethod(&sreMatchType, "__copy__", func(t *Thread, s Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__copy__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return s, nil
	})
	addMethod(&sreMatchType, "__deepcopy__", func(t *Thread, s Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__deepcopy__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return s, nil
	})
	addClassMethod(&sreMatchType, "__class_getitem__", classGetItem)
	get := func(name string, f func(m *sreMatch) Value) {
		addGetSet(&sreMatchType, name, func(t *Thread, v Value) (Value, error) { return f(mustMatch(v)), nil }, nil)
	}
	get("string", func(m *sreMatch) Value { return m.sub.v })
	get("re", func(m *sreMatch) Value { return FromObject(&m.pattern.Object) })
	get("pos", func(m *sreMatch) Value { return Int(int64(m.pos)) })
	get("endpos", func(m *sreMatch) Value { return Int(int64(m.endpos)) })
	get("lastindex", func(m *sreMatch) Value {
		if m.lastindex < 0 {
			return None
		}
		return Int(int64(m.lastindex))
	})
	get("lastgroup", func(m *sreMatch) Value {
		ig, ok := asTuple(m.pattern.indexgroup)
		if !ok || m.lastindex < 0 || m.lastindex >= len(ig.items) {
			return None
		}
		return ig.items[m.lastindex]
	})
	get("regs", func(m *sreMatch) Value {
		out := make([]Value, len(m.marks)/2)
		for i := range out {
			out[i] = NewTupleValue([]Value{Int(int64(m.marks[2*i])), Int(int64(m.marks[2*i+1]))})
		}
		return NewTupleValue(out)
	})

	initBuiltinType(&sreScannerType, "")
	sreScannerType.Module = "_sre"
	sreScannerType.Slots = Slots{New: func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
		return Value{}, NewError(&TypeErrorType, "cannot create '_sre.SRE_Scanner' instances")
	}}
	addMethod(&sreScannerType, "match", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("match", args, kw, 0); err != nil {
			return Value{}, err
		}
		return objectAs[sreScanner](self.ref).next(false)
	})
	addMethod(&sreScannerType, "search", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("search", args, kw, 0); err != nil {
			return Value{}, err
		}
		return objectAs[sreScanner](self.ref).next(true)
	})
	addGetSet(&sreScannerType, "pattern", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[sreScanner](v.ref).pattern.Object), nil
	}, nil)

	initBuiltinType(&sreIterType, "")
	sreIterType.Slots = Slots{
		Iter: selfIter,
		Next: func(t *Thread, v Value) (Value, error) {
			it := objectAs[sreIter](v.ref)
			if it.sc == nil {
				return Value{}, nil
			}
			m, err := it.sc.next(true)
			if err != nil || m.IsNone() {
				it.sc = nil
				return Value{}, err
			}
			return m, nil
		},
	}
}

// sreScanner is _sre.SRE_Scanner: a state that resumes after each match.
type sreScanner struct {
	Object
	pattern *srePattern
	r       *sreRunner
	done    bool
}

func newScanner(p *srePattern, r *sreRunner) Value {
	return FromObject(&(&sreScanner{Object: Object{typ: &sreScannerType}, pattern: p, r: r}).Object)
}

func (s *sreScanner) next(search bool) (Value, error) {
	if s.done {
		return None, nil
	}
	var ok bool
	var err error
	if search {
		ok, err = s.r.search()
	} else {
		ok, err = s.r.match()
	}
	if err != nil {
		return Value{}, err
	}
	if !ok {
		s.done = true
		return None, nil
	}
	m := newMatch(s.pattern, s.r)
	s.r.advance()
	return m, nil
}

// sreIter is finditer's iterator (iter(scanner.search, None) in CPython).
type sreIter struct {
	Object
	sc *sreScanner
}

func patternFinditer(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
	r, err := p.runnerArgs(t, "finditer", args, kw)
	if err != nil {
		return Value{}, err
	}
	sc := objectAs[sreScanner](newScanner(p, r).ref)
	return FromObject(&(&sreIter{Object: Object{typ: &sreIterType}, sc: sc}).Object), nil
}
