package interp

// This file adds time's clock functions (clock_gettime, get_clock_info,
// thread_time, the CLOCK_* ids), tzset and strptime (delegated to the
// _strptime module, as CPython does) to the module mod_time.go builds.

import (
	"time"
)

func init() {
	base := builtinModules["time"]
	builtinModules["time"] = func(in *Interpreter) *Module {
		m := base(in)
		addTimeClocks(m)
		return m
	}
}

// Linux's clock ids.
var clockIDs = map[string]int64{"CLOCK_REALTIME": 0, "CLOCK_MONOTONIC": 1, "CLOCK_PROCESS_CPUTIME_ID": 2,
	"CLOCK_THREAD_CPUTIME_ID": 3, "CLOCK_MONOTONIC_RAW": 4, "CLOCK_BOOTTIME": 7, "CLOCK_TAI": 11}

// clockNanos reads clock id in nanoseconds.
func clockNanos(id int64) (int64, bool) {
	switch id {
	case 0, 11:
		return time.Now().UnixNano(), true
	case 1, 4, 7:
		return int64(time.Since(processStart) + monotonicBase), true
	case 2, 3:
		return processTime(), true
	}
	return 0, false
}

func addTimeClocks(m *Module) {
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	for k, v := range clockIDs {
		set(k, Int(v))
	}
	set("_STRUCT_TM_ITEMS", Int(11))
	clockArg := func(name string, args []Value, kw []string) (int64, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return 0, err
		}
		if args[0].IsFloat() || !isIntLike(args[0]) {
			return 0, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		id, _ := smallInt(args[0])
		if _, ok := clockNanos(id); !ok {
			return 0, newException(&OSErrorType, Int(22), StrValue("Invalid argument"))
		}
		return id, nil
	}
	moduleFn(m, "clock_gettime", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		id, err := clockArg("clock_gettime", args, kw)
		if err != nil {
			return Value{}, err
		}
		ns, _ := clockNanos(id)
		return Float(float64(ns) / 1e9), nil
	})
	moduleFn(m, "clock_gettime_ns", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		id, err := clockArg("clock_gettime_ns", args, kw)
		if err != nil {
			return Value{}, err
		}
		ns, _ := clockNanos(id)
		return Int(ns), nil
	})
	moduleFn(m, "clock_getres", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if _, err := clockArg("clock_getres", args, kw); err != nil {
			return Value{}, err
		}
		return Float(1e-09), nil
	})
	moduleFn(m, "thread_time", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("thread_time", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Float(float64(processTime()) / 1e9), nil
	})
	moduleFn(m, "thread_time_ns", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("thread_time_ns", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Int(processTime()), nil
	})
	moduleFn(m, "tzset", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("tzset", args, kw, 0); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	moduleFn(m, "strptime", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		mod, err := t.importAbs("_strptime")
		if err != nil {
			return Value{}, err
		}
		f, err := GetAttrString(t, mod, "_strptime_time")
		if err != nil {
			return Value{}, err
		}
		return Call(t, f, args, kw)
	})
	moduleFn(m, "get_clock_info", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("get_clock_info", args, kw, 1); err != nil {
			return Value{}, err
		}
		name, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "get_clock_info() argument must be str, not %s", typeName(args[0]))
		}
		impl := map[string]string{"time": "CLOCK_REALTIME", "monotonic": "CLOCK_MONOTONIC", "perf_counter": "CLOCK_MONOTONIC",
			"process_time": "CLOCK_PROCESS_CPUTIME_ID", "thread_time": "CLOCK_THREAD_CPUTIME_ID"}[name.s]
		if impl == "" {
			return Value{}, NewError(&ValueErrorType, "unknown clock")
		}
		sys, err := t.importAbs("sys")
		if err != nil {
			return Value{}, err
		}
		ns, err := GetAttrString(t, sys, "implementation")
		if err != nil {
			return Value{}, err
		}
		info, err := Call(t, TypeValue(ns.Type()), nil, nil)
		if err != nil {
			return Value{}, err
		}
		for _, kv := range []struct {
			k string
			v Value
		}{{"implementation", StrValue("clock_gettime(" + impl + ")")}, {"monotonic", Bool(name.s != "time")},
			{"adjustable", Bool(name.s == "time")}, {"resolution", Float(1e-09)}} {
			if err := SetAttr(t, info, Intern(kv.k), kv.v); err != nil {
				return Value{}, err
			}
		}
		return info, nil
	})
}
