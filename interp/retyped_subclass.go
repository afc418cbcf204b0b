package interp

// This file lets classes derive from builtin iterator types whose Go
// structs have no room for an instance dict (enumerate, map, filter, zip,
// reversed and the itertools types). An instance of such a subclass is
// the base's own struct with its type word set to the subclass; its
// __dict__ lives in a side table keyed by a weak pointer and dropped by a
// cleanup when the object dies. (An attribute that refers back to its own
// object keeps both alive: the table is a GC root.)

import (
	"runtime"
	"sync"
	"weak"
)

var sideAttrs struct {
	sync.Mutex
	m map[weak.Pointer[Object]]*Attrs
}

// sideAttrsOf returns the side-table attributes of obj, creating them.
func sideAttrsOf(obj *Object) *Attrs {
	wp := weak.Make(obj)
	sideAttrs.Lock()
	defer sideAttrs.Unlock()
	if a := sideAttrs.m[wp]; a != nil {
		return a
	}
	if sideAttrs.m == nil {
		sideAttrs.m = map[weak.Pointer[Object]]*Attrs{}
	}
	a := &Attrs{}
	sideAttrs.m[wp] = a
	runtime.AddCleanup(obj, func(wp weak.Pointer[Object]) {
		sideAttrs.Lock()
		delete(sideAttrs.m, wp)
		sideAttrs.Unlock()
	}, wp)
	return a
}

type newFunc = func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error)

// retypedSubclassBase makes base subclassable this way and returns the
// __new__ to install on it: the base's own constructor, whose result is
// re-typed when a subclass is being instantiated.
func retypedSubclassBase(base *Type, orig newFunc) newFunc {
	if orig == nil {
		return nil
	}
	subclassableBases[base] = true
	attrsHooks[base] = func(v Value) *Attrs {
		if v.Type() == base {
			return nil
		}
		return sideAttrsOf(v.ref)
	}
	return func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		// Like CPython, a constructor that takes no keywords ignores them
		// for a subclass with its own __init__, which gets them instead.
		if len(kwnames) > 0 && typ != base && noKeywordBases[base.Name] &&
			!typ.Lookup(internStatic("__init__")).Is(base.Lookup(internStatic("__init__"))) {
			args, kwnames = args[:len(args)-len(kwnames)], nil
		}
		v, err := orig(t, base, args, kwnames)
		// reversed() may return the sequence's own __reversed__ result,
		// which stays what it is.
		if err == nil && typ != base && v.ref != nil && v.ref.typ == base {
			v.ref.typ = typ
		}
		return v, err
	}
}

// noKeywordBases name the retyped bases whose constructors take no
// keyword arguments.
var noKeywordBases = map[string]bool{"map": true, "filter": true, "reversed": true, "chain": true,
	"cycle": true, "dropwhile": true, "takewhile": true, "filterfalse": true, "starmap": true,
	"islice": true, "pairwise": true}

func setupRetypedSubclasses() {
	for _, tp := range []*Type{&EnumerateType, &MapType, &FilterType, &ZipType, &ReversedType} {
		tp.Slots.New = retypedSubclassBase(tp, tp.Slots.New)
	}
}
