package interp

// This file implements the _bisect module (CPython's Modules/_bisectmodule.c):
// bisect_left/right and insort_left/right with lo, hi and key, which
// bisect.py imports over its pure-Python versions.

func init() {
	builtinModules["_bisect"] = makeBisectModule
	delete(cModules, "_bisect")
}

const bisectDoc = "Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n"

// bisectArgs parses (a, x, lo=0, hi=None, *, key=None).
func bisectArgs(t *Thread, fname string, args []Value, kw []string) (a, x Value, lo, hi int, key Value, err error) {
	spec := clinicSpec{fname: fname, names: []string{"a", "x", "lo", "hi", "key"}, required: 2, posOnly: 0, kwOnly: 4}
	vals, err := spec.parse(args, kw)
	if err != nil {
		return
	}
	a, x, key, hi = vals[0], vals[1], vals[4], -1
	if !vals[2].IsNull() {
		n, e := ssizeArg(t, vals[2])
		if e != nil {
			err = e
			return
		}
		lo = int(n)
	}
	if !vals[3].IsNull() && !vals[3].IsNone() {
		if !isIntLike(vals[3]) && vals[3].Type().Slots.Index == nil {
			err = NewError(&TypeErrorType, "argument should be integer or None, not '%s'", typeName(vals[3]))
			return
		}
		iv, e := indexValue(t, vals[3], "")
		if e != nil {
			err = e
			return
		}
		n, ok := smallInt(iv)
		if !ok {
			err = NewError(&OverflowErrorType, "cannot fit '%s' into an index-sized integer", typeName(vals[3]))
			return
		}
		hi = int(n)
	}
	if key.IsNull() {
		key = None
	}
	return
}

// bisectSearch is CPython's internal_bisect_right / internal_bisect_left.
func bisectSearch(t *Thread, a, x Value, lo, hi int, key Value, right bool) (int, error) {
	if lo < 0 {
		return 0, NewError(&ValueErrorType, "lo must be non-negative")
	}
	if hi == -1 {
		if _, isDict := asDict(a); isDict {
			return 0, NewError(&TypeErrorType, "%s is not a sequence", typeName(a))
		}
		n, err := Len(t, a)
		if err != nil {
			return 0, err
		}
		hi = n
	}
	l, isList := asList(a)
	isList = isList && a.Type() == &ListType
	for lo < hi {
		mid := int(uint(lo+hi) / 2)
		var item Value
		if isList && mid < len(l.items) {
			item = l.items[mid]
		} else {
			var err error
			if item, err = GetItem(t, a, Int(int64(mid))); err != nil {
				return 0, err
			}
		}
		if !key.IsNone() {
			var err error
			if item, err = Call(t, key, []Value{item}, nil); err != nil {
				return 0, err
			}
		}
		var lt bool
		var err error
		if right {
			lt, err = lessThan(t, x, item)
		} else {
			lt, err = lessThan(t, item, x)
		}
		if err != nil {
			return 0, err
		}
		if lt == right {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return lo, nil
}

func bisectFn(fname string, right bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, x, lo, hi, key, err := bisectArgs(t, fname, args, kw)
		if err != nil {
			return Value{}, err
		}
		i, err := bisectSearch(t, a, x, lo, hi, key, right)
		return Int(int64(i)), err
	}
}

func insortFn(fname string, right bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, x, lo, hi, key, err := bisectArgs(t, fname, args, kw)
		if err != nil {
			return Value{}, err
		}
		kx := x
		if !key.IsNone() {
			if kx, err = Call(t, key, []Value{x}, nil); err != nil {
				return Value{}, err
			}
		}
		i, err := bisectSearch(t, a, kx, lo, hi, key, right)
		if err != nil {
			return Value{}, err
		}
		if l, ok := asList(a); ok && a.Type() == &ListType {
			if i > len(l.items) {
				i = len(l.items)
			}
			l.items = append(l.items, Value{})
			copy(l.items[i+1:], l.items[i:])
			l.items[i] = x
			return None, nil
		}
		m, err := GetAttrString(t, a, "insert")
		if err != nil {
			return Value{}, err
		}
		_, err = Call(t, m, []Value{Int(int64(i)), x}, nil)
		return None, err
	}
}

func makeBisectModule(in *Interpreter) *Module {
	m := NewModule("_bisect")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue(bisectDoc))
	moduleFn(m, "bisect_right", bisectFn("bisect_right", true))
	moduleFn(m, "bisect_left", bisectFn("bisect_left", false))
	moduleFn(m, "insort_right", insortFn("insort_right", true))
	moduleFn(m, "insort_left", insortFn("insort_left", false))
	return m
}
