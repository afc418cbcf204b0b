package interp

// This file implements struct sequences with hidden fields, as CPython's
// Objects/structseq.c: a tuple of the first nvis fields (what len,
// indexing and unpacking see) plus named attributes for every field, e.g.
// os.stat_result's st_atime (float) next to its tuple item 7 (int).

import "strings"

// structSeq is an instance: the visible items in the embedded tuple, the
// remaining fields in extra.
type structSeq struct {
	Tuple
	extra []Value
}

// newStructSeqType makes the type module.name with the given field names,
// of which the first nvis are tuple items.
func newStructSeqType(module, name, doc string, fields []string, nvis int) *Type {
	tp := &Type{Name: name}
	initBuiltinType(tp, doc, &TupleType)
	tp.Base = &TupleType
	tp.Module = module
	for i, f := range fields {
		i := i
		addGetSet(tp, f, func(t *Thread, v Value) (Value, error) {
			s := objectAs[structSeq](v.ref)
			if i < len(s.items) {
				return s.items[i], nil
			}
			if i-len(s.items) < len(s.extra) {
				return s.extra[i-len(s.items)], nil
			}
			return None, nil
		}, nil)
	}
	tp.Dict.setStrNoErr(Intern("n_sequence_fields"), Int(int64(nvis)))
	tp.Dict.setStrNoErr(Intern("n_fields"), Int(int64(len(fields))))
	tp.Dict.setStrNoErr(Intern("n_unnamed_fields"), Int(0))
	names := make([]Value, nvis)
	for i := range names {
		names[i] = StrValue(fields[i])
	}
	tp.Dict.setStrNoErr(Intern("__match_args__"), NewTupleValue(names))
	addSlotWrappers(tp)
	inheritSlots(tp)
	tp.Slots.Repr = func(t *Thread, v Value) (Value, error) {
		var b strings.Builder
		b.WriteString(module + "." + name + "(")
		for i, it := range mustTuple(v).items {
			if i > 0 {
				b.WriteString(", ")
			}
			r, err := ReprString(t, it)
			if err != nil {
				return Value{}, err
			}
			b.WriteString(fields[i] + "=" + r)
		}
		b.WriteString(")")
		return StrValue(b.String()), nil
	}
	tp.Slots.New = func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		return structSeqNew(t, typ, module+"."+name, fields, nvis, args, kwnames)
	}
	addMethod(tp, "__reduce__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		s := objectAs[structSeq](self.ref)
		d := NewDict()
		for i, x := range s.extra {
			d.setStrNoErr(Intern(fields[nvis+i]), x)
		}
		return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue([]Value{NewTupleValue(s.items), FromObject(&d.Object)})}), nil
	})
	return tp
}

// makeStructSeq builds an instance from all its field values.
func makeStructSeq(tp *Type, nvis int, vals []Value) Value {
	s := &structSeq{Tuple: Tuple{Object: Object{typ: tp}, items: vals[:nvis:nvis]}, extra: vals[nvis:]}
	return FromObject(&s.Object)
}

// structSeqNew is structseq_new: type(sequence, dict=None).
func structSeqNew(t *Thread, typ *Type, full string, fields []string, nvis int, args []Value, kwnames []string) (Value, error) {
	a, err := clinicArgs(full, args, kwnames, []string{"sequence", "dict"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	items, err := iterateToSlice(t, a[0])
	if err != nil {
		return Value{}, err
	}
	n, max := len(items), len(fields)
	switch {
	case n < nvis && nvis == max:
		return Value{}, NewError(&TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, nvis, n)
	case n < nvis:
		return Value{}, NewError(&TypeErrorType, "%s() takes an at least %d-sequence (%d-sequence given)", full, nvis, n)
	case n > max && nvis == max:
		return Value{}, NewError(&TypeErrorType, "%s() takes a %d-sequence (%d-sequence given)", full, nvis, n)
	case n > max:
		return Value{}, NewError(&TypeErrorType, "%s() takes an at most %d-sequence (%d-sequence given)", full, max, n)
	}
	vals := make([]Value, max)
	copy(vals, items)
	for i := n; i < max; i++ {
		vals[i] = None
		if !a[1].IsNull() && !a[1].IsNone() {
			if v, err := GetItem(t, a[1], StrValue(fields[i])); err == nil {
				vals[i] = v
			} else if e := AsException(err); !e.typ.IsSubtype(&KeyErrorType) {
				return Value{}, err
			}
		}
	}
	s := &structSeq{Tuple: Tuple{Object: Object{typ: typ}, items: vals[:nvis:nvis]}, extra: vals[nvis:]}
	return FromObject(&s.Object), nil
}
