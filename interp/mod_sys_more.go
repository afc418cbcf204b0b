package interp

// This file adds the rest of the sys module: the numeric info records
// (float_info, int_info, hash_info, thread_info), sys.exception,
// _getframe, the int string-conversion limit, and the hooks pyjit keeps
// but does not call (asyncgen hooks, audit hooks) or refuses (settrace,
// setprofile with a function).

import (
	"math"
	"sync"
)

var (
	sysInfoOnce                                     sync.Once
	floatInfoTyp, intInfoTyp, hashInfoTyp, thrInfoT *Type
	asyncgenHooksTyp                                *Type
)

func sysInfoTypes() {
	sysInfoOnce.Do(func() {
		floatInfoTyp = structSeqType("sys.float_info", []string{"max", "max_exp", "max_10_exp", "min", "min_exp",
			"min_10_exp", "dig", "mant_dig", "epsilon", "radix", "rounds"})
		intInfoTyp = structSeqType("sys.int_info", []string{"bits_per_digit", "sizeof_digit",
			"default_max_str_digits", "str_digits_check_threshold"})
		hashInfoTyp = structSeqType("sys.hash_info", []string{"width", "modulus", "inf", "nan", "imag",
			"algorithm", "hash_bits", "seed_bits", "cutoff"})
		thrInfoT = structSeqType("sys.thread_info", []string{"name", "lock", "version"})
		asyncgenHooksTyp = structSeqType("asyncgen_hooks", []string{"firstiter", "finalizer"})
	})
}

func sysRecord(tp *Type, items ...Value) Value {
	return FromObject(&(&Tuple{Object: Object{typ: tp}, items: items}).Object)
}

// intMaxStrDigits is sys.get_int_max_str_digits() (0: no limit).
var intMaxStrDigits = 4300

// addSysExtras fills the parts of sys defined in this file.
func addSysExtras(in *Interpreter, m *Module) {
	sysInfoTypes()
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	fn := func(name string, f BuiltinFn) { set(name, FromObject(&NewBuiltin(name, f).Object)) }
	set("float_info", sysRecord(floatInfoTyp, Float(math.MaxFloat64), Int(1024), Int(308),
		Float(2.2250738585072014e-308), Int(-1021), Int(-307), Int(15), Int(53),
		Float(2.220446049250313e-16), Int(2), Int(1)))
	set("int_info", sysRecord(intInfoTyp, Int(30), Int(4), Int(4300), Int(640)))
	set("hash_info", sysRecord(hashInfoTyp, Int(64), Int(hashModulus), Int(314159), Int(0), Int(1000003),
		StrValue("siphash13"), Int(64), Int(128), Int(0)))
	set("thread_info", sysRecord(thrInfoT, StrValue("pthread"), StrValue("semaphore"), None))
	set("float_repr_style", StrValue("short"))
	set("abiflags", StrValue(""))
	set("platlibdir", StrValue("lib"))
	set("_git", NewTupleValue([]Value{StrValue("CPython"), StrValue(""), StrValue("")}))
	set("_framework", StrValue(""))
	set("_base_executable", StrValue(in.executable()))
	fn("exception", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("exception", args, kw, 0); err != nil {
			return Value{}, err
		}
		if t.excInfo == nil {
			return None, nil
		}
		return t.excInfo.Value(), nil
	})
	fn("_getframe", sysGetFrame)
	fn("get_int_max_str_digits", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Int(int64(intMaxStrDigits)), exactArgs("get_int_max_str_digits", args, kw, 0)
	})
	fn("set_int_max_str_digits", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		pos, kwv, err := kwArgs("set_int_max_str_digits", args, kw, "maxdigits")
		if err != nil {
			return Value{}, err
		}
		v, ok := kwv["maxdigits"]
		if len(pos) == 1 {
			v, ok = pos[0], true
		}
		if !ok || len(pos) > 1 {
			return Value{}, NewError(&TypeErrorType, "set_int_max_str_digits() takes exactly one argument (%d given)", len(args))
		}
		n, err := intArg(t, v)
		if err != nil {
			return Value{}, err
		}
		if n != 0 && n < 640 {
			return Value{}, NewError(&ValueErrorType, "maxdigits must be 0 or larger than 640")
		}
		intMaxStrDigits = int(n)
		return None, nil
	})
	traceSetter := func(name string) BuiltinFn {
		return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs(name, args, kw, 1); err != nil {
				return Value{}, err
			}
			if !args[0].IsNone() {
				return Value{}, notImplemented("sys." + name + "() with a function")
			}
			return None, nil
		}
	}
	fn("settrace", traceSetter("settrace"))
	fn("setprofile", traceSetter("setprofile"))
	for _, name := range []string{"gettrace", "getprofile"} {
		name := name
		fn(name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			return None, exactArgs(name, args, kw, 0)
		})
	}
	fn("is_finalizing", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return False, exactArgs("is_finalizing", args, kw, 0)
	})
	switchInterval := 0.005
	fn("getswitchinterval", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Float(switchInterval), exactArgs("getswitchinterval", args, kw, 0)
	})
	fn("setswitchinterval", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("setswitchinterval", args, kw, 1); err != nil {
			return Value{}, err
		}
		f, err := Call(t, TypeValue(&FloatType), []Value{args[0]}, nil)
		if err != nil {
			return Value{}, err
		}
		if f.AsFloat() <= 0 {
			return Value{}, NewError(&ValueErrorType, "switch interval must be strictly positive")
		}
		switchInterval = f.AsFloat()
		return None, nil
	})
	fn("call_tracing", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("call_tracing", args, kw, 2); err != nil {
			return Value{}, err
		}
		tu, ok := asTuple(args[1])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "call_tracing() argument 2 must be tuple, not %s", typeName(args[1]))
		}
		return Call(t, args[0], tu.items, nil)
	})
	fn("_clear_type_cache", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		for i := range typeLookupCache {
			typeLookupCache[i].Store(nil)
		}
		return None, exactArgs("_clear_type_cache", args, kw, 0)
	})
	// asyncio installs these; pyjit keeps them (shutdown_asyncgens sees
	// no generators: the hooks are not called yet).
	hooks := [2]Value{None, None}
	fn("get_asyncgen_hooks", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return sysRecord(asyncgenHooksTyp, hooks[0], hooks[1]), exactArgs("get_asyncgen_hooks", args, kw, 0)
	})
	fn("set_asyncgen_hooks", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		pos, kwv, err := kwArgs("set_asyncgen_hooks", args, kw, "firstiter", "finalizer")
		if err != nil {
			return Value{}, err
		}
		if len(pos) > 2 {
			return Value{}, NewError(&TypeErrorType, "set_asyncgen_hooks() takes at most 2 arguments (%d given)", len(pos))
		}
		vals := [2]Value{}
		copy(vals[:], pos)
		for i, n := range []string{"firstiter", "finalizer"} {
			if v, ok := kwv[n]; ok {
				vals[i] = v
			}
		}
		for i, n := range []string{"firstiter", "finalizer"} {
			v := vals[i]
			if v.IsNull() {
				continue
			}
			if !v.IsNone() && !isCallableValue(v) {
				return Value{}, NewError(&TypeErrorType, "callable %s expected, got %s", n, typeName(v))
			}
		}
		for i := range vals {
			if !vals[i].IsNull() {
				hooks[i] = vals[i]
			}
		}
		return None, nil
	})
	depth := int64(0)
	fn("get_coroutine_origin_tracking_depth", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		return Int(depth), exactArgs("get_coroutine_origin_tracking_depth", args, kw, 0)
	})
	fn("set_coroutine_origin_tracking_depth", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		pos, kwv, err := kwArgs("set_coroutine_origin_tracking_depth", args, kw, "depth")
		if err != nil {
			return Value{}, err
		}
		v, ok := kwv["depth"]
		if len(pos) == 1 {
			v, ok = pos[0], true
		}
		if !ok {
			return Value{}, NewError(&TypeErrorType, "set_coroutine_origin_tracking_depth() missing required argument 'depth' (pos 1)")
		}
		n, err := intArg(t, v)
		if err != nil {
			return Value{}, err
		}
		if n < 0 {
			return Value{}, NewError(&ValueErrorType, "depth must be >= 0")
		}
		depth = n
		return None, nil
	})
}

// sysGetFrame is sys._getframe([depth]). The frames it hands out (and
// their callers, reachable through f_back) escape the call-frame pool.
func sysGetFrame(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("_getframe", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	depth := int64(0)
	if len(args) == 1 {
		n, err := intArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		depth = n
	}
	f := t.frame
	for ; depth > 0 && f != nil; depth-- {
		f = f.back
	}
	if f == nil {
		return Value{}, NewError(&ValueErrorType, "call stack is not deep enough")
	}
	for g := f; g != nil; g = g.back {
		g.escaped = true
	}
	return FromObject(&f.Object), nil
}
