package interp

// This file implements the gc module over Go's garbage collector, which
// finds cycles by itself: collect() runs a Go collection (and the weak
// reference callbacks it made due) and reports 0 objects, the
// thresholds and debug flags are kept only to be read back, and
// is_tracked follows CPython's rules for which objects its collector
// would track.

import (
	"runtime"
)

func init() {
	builtinModules["gc"] = makeGCModule
	delete(cModules, "gc")
}

const gcDoc = "This module provides access to the garbage collector for reference cycles.\n\nenable() -- Enable automatic garbage collection.\ndisable() -- Disable automatic garbage collection.\nisenabled() -- Returns true if automatic collection is enabled.\ncollect() -- Do a full collection right now.\nget_count() -- Return the current collection counts.\nget_stats() -- Return list of dictionaries containing per-generation stats.\nset_debug() -- Set debugging flags.\nget_debug() -- Get debugging flags.\nset_threshold() -- Set the collection thresholds.\nget_threshold() -- Return the current the collection thresholds.\nget_objects() -- Return a list of all objects tracked by the collector.\nis_tracked() -- Returns true if a given object is tracked.\nis_finalized() -- Returns true if a given object has been already finalized.\nget_referrers() -- Return the list of objects that refer to an object.\nget_referents() -- Return the list of objects that an object refers to.\nfreeze() -- Freeze all tracked objects and ignore them for future collections.\nunfreeze() -- Unfreeze all objects in the permanent generation.\nget_freeze_count() -- Return the number of objects in the permanent generation.\n"

// gcState is one interpreter's gc settings.
type gcState struct {
	enabled     bool
	debug       int64
	thresholds  [3]int64
	collections [3]int64
}

func makeGCModule(in *Interpreter) *Module {
	st := &gcState{enabled: true, thresholds: [3]int64{700, 10, 10}}
	m := NewModule("gc")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue(gcDoc))
	for k, v := range map[string]int64{"DEBUG_STATS": 1, "DEBUG_COLLECTABLE": 2, "DEBUG_UNCOLLECTABLE": 4,
		"DEBUG_SAVEALL": 32, "DEBUG_LEAK": 38} {
		set(k, Int(v))
	}
	set("garbage", NewListValue(nil))
	set("callbacks", NewListValue(nil))
	noArgs := func(name string, f func(t *Thread) Value) {
		moduleFn(m, name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(t), nil
		})
	}
	noArgs("enable", func(*Thread) Value { st.enabled = true; return None })
	noArgs("disable", func(*Thread) Value { st.enabled = false; return None })
	noArgs("isenabled", func(*Thread) Value { return Bool(st.enabled) })
	noArgs("get_debug", func(*Thread) Value { return Int(st.debug) })
	noArgs("get_threshold", func(*Thread) Value {
		return NewTupleValue([]Value{Int(st.thresholds[0]), Int(st.thresholds[1]), Int(st.thresholds[2])})
	})
	noArgs("get_count", func(*Thread) Value { return NewTupleValue([]Value{Int(0), Int(0), Int(0)}) })
	noArgs("freeze", func(*Thread) Value { return None })
	noArgs("unfreeze", func(*Thread) Value { return None })
	noArgs("get_freeze_count", func(*Thread) Value { return Int(0) })
	noArgs("get_stats", func(*Thread) Value {
		out := make([]Value, 3)
		for i := range out {
			d := NewDict()
			d.setStrNoErr(Intern("collections"), Int(st.collections[i]))
			d.setStrNoErr(Intern("collected"), Int(0))
			d.setStrNoErr(Intern("uncollectable"), Int(0))
			out[i] = FromObject(&d.Object)
		}
		return NewListValue(out)
	})
	moduleFn(m, "collect", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("collect", args, kw, []string{"generation"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		gen := int64(2)
		if !a[0].IsNull() {
			if a[0].IsFloat() || !isIntLike(a[0]) {
				return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(a[0]))
			}
			g, ok := smallInt(a[0])
			if !ok || g < 0 || g > 2 {
				return Value{}, NewError(&ValueErrorType, "invalid generation")
			}
			gen = g
		}
		st.collections[gen]++
		runtime.GC()
		// Cleanups run on their own goroutine after the collection.
		runtime.Gosched()
		runWeakCallbacks(t)
		return Int(0), nil
	})
	moduleFn(m, "set_debug", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("set_debug", args, kw, 1); err != nil {
			return Value{}, err
		}
		if args[0].IsFloat() || !isIntLike(args[0]) {
			return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		st.debug, _ = smallInt(args[0])
		return None, nil
	})
	moduleFn(m, "set_threshold", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "set_threshold() takes no keyword arguments")
		}
		if len(args) < 1 || len(args) > 3 {
			return Value{}, NewError(&TypeErrorType, "set_threshold() takes at least 1 argument (%d given)", len(args))
		}
		for i, v := range args {
			if v.IsFloat() || !isIntLike(v) {
				return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v))
			}
			st.thresholds[i], _ = smallInt(v)
		}
		return None, nil
	})
	moduleFn(m, "is_tracked", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("is_tracked", args, kw, 1); err != nil {
			return Value{}, err
		}
		return Bool(gcTracked(args[0], 0)), nil
	})
	moduleFn(m, "is_finalized", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("is_finalized", args, kw, 1); err != nil {
			return Value{}, err
		}
		return False, nil
	})
	moduleFn(m, "get_objects", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("get_objects", args, kw, []string{"generation"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		if !a[0].IsNull() && !a[0].IsNone() {
			g, ok := smallInt(a[0])
			if !ok || g >= 3 {
				return Value{}, NewError(&ValueErrorType, "generation parameter must be less than the number of available generations (3)")
			}
			if g < 0 {
				return Value{}, NewError(&ValueErrorType, "generation parameter cannot be negative")
			}
		}
		// Go's collector keeps no list of live objects.
		return NewListValue(nil), nil
	})
	moduleFn(m, "get_referents", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if len(kw) > 0 {
			return Value{}, NewError(&TypeErrorType, "get_referents() takes no keyword arguments")
		}
		var out []Value
		for _, v := range args {
			switch {
			case v.Type().IsSubtype(&ListType):
				out = append(out, objectAs[List](v.ref).items...)
			case v.Type().IsSubtype(&TupleType):
				out = append(out, objectAs[Tuple](v.ref).items...)
			case v.Type().IsSubtype(&DictType):
				objectAs[Dict](v.ref).Range(func(k, val Value) bool {
					out = append(out, k, val)
					return true
				})
			case !gcTracked(v, 0):
			default:
				return Value{}, notImplemented("gc.get_referents of " + typeName(v) + " objects")
			}
		}
		return NewListValue(out), nil
	})
	moduleFn(m, "get_referrers", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Value{}, notImplemented("gc.get_referrers")
	})
	return m
}

// gcTracked is gc.is_tracked: false for atomic objects, and for tuples
// and dicts that hold only untracked ones (CPython untracks those).
func gcTracked(v Value, depth int) bool {
	if v.IsUnboxed() {
		return false
	}
	tp := v.Type()
	switch tp {
	case &StrType, &BytesType, &IntType, &ObjectType, &FloatType, &BoolType, &NoneType:
		return false
	case &TupleType:
		if depth > 100 {
			return true
		}
		for _, it := range objectAs[Tuple](v.ref).items {
			if gcTracked(it, depth+1) {
				return true
			}
		}
		return false
	case &DictType:
		tracked := false
		objectAs[Dict](v.ref).Range(func(k, val Value) bool {
			tracked = gcTracked(k, depth+1) || gcTracked(val, depth+1)
			return !tracked
		})
		return tracked
	}
	return tp.Name != "complex" || tp.Flags&FlagHeap != 0
}
