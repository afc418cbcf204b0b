package interp

// This file implements the instructions of structural pattern matching
// (PEP 634): MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS, as
// CPython 3.11's ceval.c does them.

// matchKind is what a class pattern's subject counts as for sequence and
// mapping patterns: CPython's Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING.
type matchKind uint8

const (
	matchNeither matchKind = iota
	matchSequence
	matchMapping
)

// The values collections.abc puts in __abc_tpflags__.
const (
	abcFlagSequence = 1 << 5
	abcFlagMapping  = 1 << 6
)

// builtinMatchKind lists the builtin types CPython flags as sequences or
// mappings. str, bytes and bytearray are deliberately neither.
func builtinMatchKind(tp *Type) matchKind {
	switch tp {
	case &ListType, &TupleType, &RangeType, &MemoryViewType, &dequeType, &arrayType:
		return matchSequence
	case &DictType:
		return matchMapping
	}
	return matchNeither
}

// matchKindOf finds the first class in v's MRO that carries a flag, as
// CPython's flag inheritance does. Classes take a flag from their own
// __abc_tpflags__ (collections.abc.Sequence and Mapping set it), or from
// being registered with one of the collections ABCs: pyjit runs _py_abc,
// which keeps neither flag, so the registries are consulted directly.
// Builtin types never take one from registration (CPython leaves immutable
// types alone), which keeps str, bytes and bytearray out.
func matchKindOf(t *Thread, v Value) (matchKind, error) {
	tp := v.Type()
	if k := builtinMatchKind(tp); k != matchNeither {
		return k, nil
	}
	for _, c := range tp.MRO {
		if c.Flags&FlagHeap == 0 {
			if k := builtinMatchKind(c); k != matchNeither {
				return k, nil
			}
			continue
		}
		if c.Dict != nil {
			if f, ok, err := c.Dict.GetStr(t, internStatic("__abc_tpflags__")); err != nil {
				return matchNeither, err
			} else if ok && f.IsInt() {
				switch n := f.AsInt(); {
				case n&abcFlagSequence != 0:
					return matchSequence, nil
				case n&abcFlagMapping != 0:
					return matchMapping, nil
				}
			}
		}
		k, err := abcRegisteredKind(t, c)
		if err != nil || k != matchNeither {
			return k, err
		}
	}
	return matchNeither, nil
}

// abcRegistries are the collections ABCs whose register() gives a class
// CPython's sequence or mapping flag.
var abcRegistries = []struct {
	name string
	kind matchKind
}{{"Sequence", matchSequence}, {"MutableSequence", matchSequence}, {"Mapping", matchMapping}, {"MutableMapping", matchMapping}}

// abcRegisteredKind reports whether c was registered with one of the
// collections ABCs (only possible once _collections_abc is loaded).
func abcRegisteredKind(t *Thread, c *Type) (matchKind, error) {
	mod, ok, err := t.in.Modules.GetStr(t, internStatic("_collections_abc"))
	if err != nil || !ok {
		return matchNeither, err
	}
	for _, r := range abcRegistries {
		abcv, err := GetAttr(t, mod, internStatic(r.name))
		if err != nil {
			return matchNeither, err
		}
		abc, ok := asType(abcv)
		if !ok || abc.Dict == nil {
			continue
		}
		reg, ok, err := abc.Dict.GetStr(t, internStatic("_abc_registry"))
		if err != nil || !ok {
			if err != nil {
				return matchNeither, err
			}
			continue
		}
		in, err := Contains(t, reg, TypeValue(c))
		if err != nil {
			return matchNeither, err
		}
		if in {
			return r.kind, nil
		}
	}
	return matchNeither, nil
}

// matchKeys is MATCH_KEYS: a tuple of subject[key] for each key, or None
// when a key is missing. It asks subject.get(key, sentinel) so that
// defaultdict's __missing__ is not triggered.
func matchKeys(t *Thread, subject, keys Value) (Value, error) {
	ks, _ := asTuple(keys)
	if ks == nil || len(ks.items) == 0 {
		return NewTupleValue(nil), nil
	}
	get, err := GetAttr(t, subject, internStatic("get"))
	if err != nil {
		return Value{}, err
	}
	seen := NewDict()
	dummy := FromObject(&(&Instance{Object: Object{typ: &ObjectType}}).Object)
	values := make([]Value, len(ks.items))
	for i, k := range ks.items {
		if _, dup, err := seen.GetItem(t, k); err != nil {
			return Value{}, err
		} else if dup {
			r, err := ReprString(t, k)
			if err != nil {
				return Value{}, err
			}
			return Value{}, NewError(&ValueErrorType, "mapping pattern checks duplicate key (%s)", r)
		}
		if err := seen.SetItem(t, k, None); err != nil {
			return Value{}, err
		}
		v, err := Call(t, get, []Value{k, dummy}, nil)
		if err != nil {
			return Value{}, err
		}
		if v.Is(dummy) {
			return None, nil
		}
		values[i] = v
	}
	return NewTupleValue(values), nil
}

// matchSelfTypes are the builtin types (_Py_TPFLAGS_MATCH_SELF) whose
// class pattern takes one positional sub-pattern matched against the
// subject itself; their subclasses inherit that.
var matchSelfTypes = []*Type{&BoolType, &ByteArrayType, &BytesType, &DictType, &FloatType,
	&FrozenSetType, &IntType, &ListType, &SetType, &StrType, &TupleType}

func matchesSelf(tp *Type) bool {
	for _, s := range matchSelfTypes {
		if tp.IsSubtype(s) {
			return true
		}
	}
	return false
}

// matchClass is MATCH_CLASS: the tuple of attributes a class pattern
// cls(<nargs positional>, **names) extracts from subject, or None when the
// subject does not match.
func matchClass(t *Thread, subject, clsv Value, nargs int, names Value) (Value, error) {
	cls, ok := asType(clsv)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "called match pattern must be a type")
	}
	if is, err := isInstanceOf(t, subject, clsv, ""); err != nil || !is {
		return None, err
	}
	seen := map[string]bool{}
	var attrs []Value
	get := func(name *Str) (Value, bool, error) {
		if seen[name.s] {
			return Value{}, false, NewError(&TypeErrorType, "%s() got multiple sub-patterns for attribute %s", tpName(cls), pyStrRepr(t, name.s))
		}
		seen[name.s] = true
		v, err := GetAttr(t, subject, name)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&AttributeErrorType) {
				return Value{}, false, nil
			}
			return Value{}, false, err
		}
		return v, true, nil
	}
	if nargs > 0 {
		var matchArgs []Value
		matchSelf := false
		ma, err := GetAttr(t, clsv, internStatic("__match_args__"))
		switch {
		case err == nil:
			tu, ok := asTuple(ma)
			if !ok || ma.Type() != &TupleType {
				return Value{}, NewError(&TypeErrorType, "%s.__match_args__ must be a tuple (got %s)", tpName(cls), typeName(ma))
			}
			matchArgs = tu.items
		case isAttributeError(err):
			matchSelf = matchesSelf(cls)
		default:
			return Value{}, err
		}
		allowed := len(matchArgs)
		if matchSelf {
			allowed = 1
		}
		if allowed < nargs {
			plural := "s"
			if allowed == 1 {
				plural = ""
			}
			return Value{}, NewError(&TypeErrorType, "%s() accepts %d positional sub-pattern%s (%d given)", tpName(cls), allowed, plural, nargs)
		}
		if matchSelf {
			attrs = append(attrs, subject)
		} else {
			for _, n := range matchArgs[:nargs] {
				name, ok := asStr(n)
				if !ok || n.Type() != &StrType {
					return Value{}, NewError(&TypeErrorType, "__match_args__ elements must be strings (got %s)", typeName(n))
				}
				v, found, err := get(name)
				if err != nil || !found {
					return None, err
				}
				attrs = append(attrs, v)
			}
		}
	}
	if tu, ok := asTuple(names); ok {
		for _, n := range tu.items {
			name, _ := asStr(n)
			if name == nil {
				continue
			}
			v, found, err := get(name)
			if err != nil || !found {
				return None, err
			}
			attrs = append(attrs, v)
		}
	}
	return NewTupleValue(attrs), nil
}

func isAttributeError(err error) bool {
	e, ok := err.(*Exception)
	return ok && e.typ.IsSubtype(&AttributeErrorType)
}
