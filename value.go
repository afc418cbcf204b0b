package pyjit

// This file defines Value, a Python object held by Go, with conversions
// from Go values (ValueOf) and back (Value.Go and the typed accessors).
// The conversion tables are in the doc comments of ValueOf and Value.Go.

import (
	"context"
	"errors"
	"fmt"
	"math/big"
	"reflect"
	"sort"

	"github.com/pyjit/pyjit/interp"
)

// Value is a Python object. The zero Value is invalid (IsValid reports
// false); Values belong to the interpreter that made them and must not be
// passed to another.
type Value struct {
	py *Interpreter
	v  interp.Value
}

// Tuple is the Go form of a Python tuple (ValueOf makes a tuple of it,
// Value.Go returns one for a tuple).
type Tuple []any

// maxDepth bounds the nesting of containers converted in either
// direction, which also stops recursive containers.
const maxDepth = 100

// ValueOf converts x to a Python value. Unsupported Go types are an
// error.
//
// Go to Python:
//
//	nil                          None
//	bool                         bool
//	int, int8..int64, uint..uint64, uintptr   int (any size)
//	*big.Int, big.Int            int
//	float32, float64             float
//	string                       str
//	[]byte                       bytes
//	Tuple                        tuple (items converted)
//	other slices and arrays      list (items converted)
//	maps                         dict (keys and values converted; keys in
//	                             sorted order when they are strings or numbers)
//	*Func                        a builtin function calling Go
//	Value                        itself
//	*Module                      the module object
func (py *Interpreter) ValueOf(x any) (Value, error) {
	v, err := py.toPy(x, 0)
	if err != nil {
		return Value{}, err
	}
	return Value{py: py, v: v}, nil
}

func (py *Interpreter) toPy(x any, depth int) (interp.Value, error) {
	if depth > maxDepth {
		return interp.Value{}, errors.New("pyjit: value nested too deeply to convert")
	}
	t := py.in.MainThread()
	switch x := x.(type) {
	case nil:
		return interp.None, nil
	case Value:
		if !x.IsValid() {
			return interp.Value{}, errors.New("pyjit: the zero Value has no Python value")
		}
		if x.py != py {
			return interp.Value{}, errors.New("pyjit: a Value of another interpreter")
		}
		return x.v, nil
	case *Module:
		if x.py != py {
			return interp.Value{}, errors.New("pyjit: a module of another interpreter")
		}
		return interp.FromObject(&x.m.Object), nil
	case *Func:
		return py.newBuiltin(x, ""), nil
	case bool:
		return interp.Bool(x), nil
	case int:
		return interp.Int(int64(x)), nil
	case int64:
		return interp.Int(x), nil
	case uint64:
		if x > 1<<63-1 {
			return interp.IntFromBig(new(big.Int).SetUint64(x)), nil
		}
		return interp.Int(int64(x)), nil
	case *big.Int:
		if x == nil {
			return interp.None, nil
		}
		return interp.IntFromBig(x), nil
	case big.Int:
		return interp.IntFromBig(&x), nil
	case float64:
		return interp.Float(x), nil
	case string:
		return interp.StrValue(x), nil
	case []byte:
		return interp.BytesValue(append([]byte(nil), x...)), nil
	case Tuple:
		items, err := py.toPySlice(reflect.ValueOf([]any(x)), depth)
		if err != nil {
			return interp.Value{}, err
		}
		return interp.NewTupleValue(items), nil
	}
	rv := reflect.ValueOf(x)
	switch rv.Kind() {
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return interp.Int(rv.Int()), nil
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		return py.toPy(rv.Uint(), depth)
	case reflect.Float32, reflect.Float64:
		return interp.Float(rv.Float()), nil
	case reflect.Bool:
		return interp.Bool(rv.Bool()), nil
	case reflect.String:
		return interp.StrValue(rv.String()), nil
	case reflect.Slice, reflect.Array:
		if rv.Kind() == reflect.Slice && rv.IsNil() {
			return interp.NewListValue(nil), nil
		}
		items, err := py.toPySlice(rv, depth)
		if err != nil {
			return interp.Value{}, err
		}
		return interp.NewListValue(items), nil
	case reflect.Map:
		d := interp.NewDict()
		keys := rv.MapKeys()
		sortKeys(keys)
		for _, k := range keys {
			kv, err := py.toPy(k.Interface(), depth+1)
			if err != nil {
				return interp.Value{}, err
			}
			vv, err := py.toPy(rv.MapIndex(k).Interface(), depth+1)
			if err != nil {
				return interp.Value{}, err
			}
			if err := d.SetItem(t, kv, vv); err != nil {
				return interp.Value{}, py.wrapErr(nil, err)
			}
		}
		return interp.FromObject(&d.Object), nil
	case reflect.Pointer:
		if rv.IsNil() {
			return interp.None, nil
		}
	}
	return interp.Value{}, fmt.Errorf("pyjit: cannot convert %T to a Python value", x)
}

func (py *Interpreter) toPySlice(rv reflect.Value, depth int) ([]interp.Value, error) {
	items := make([]interp.Value, rv.Len())
	for i := range items {
		v, err := py.toPy(rv.Index(i).Interface(), depth+1)
		if err != nil {
			return nil, err
		}
		items[i] = v
	}
	return items, nil
}

// sortKeys orders map keys of string or numeric kinds, so that a Go map
// becomes a dict with a reproducible order; other keys keep Go's order.
func sortKeys(keys []reflect.Value) {
	if len(keys) == 0 {
		return
	}
	switch keys[0].Kind() {
	case reflect.String:
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		sort.Slice(keys, func(i, j int) bool { return keys[i].Int() < keys[j].Int() })
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64, reflect.Uintptr:
		sort.Slice(keys, func(i, j int) bool { return keys[i].Uint() < keys[j].Uint() })
	case reflect.Float32, reflect.Float64:
		sort.Slice(keys, func(i, j int) bool { return keys[i].Float() < keys[j].Float() })
	}
}

// IsValid reports whether v holds a Python value (the zero Value does not).
func (v Value) IsValid() bool { return v.py != nil && !v.v.IsNull() }

// IsNone reports whether v is None.
func (v Value) IsNone() bool { return v.IsValid() && v.v.IsNone() }

// TypeName returns the name of v's class (type(v).__name__).
func (v Value) TypeName() string {
	if !v.IsValid() {
		return ""
	}
	return v.v.Type().Name
}

// Go converts v to a Go value.
//
// Python to Go (Value.Go):
//
//	None                         nil
//	bool                         bool
//	int                          int64, or *big.Int when it does not fit
//	float                        float64
//	str                          string
//	bytes, bytearray             []byte (a copy)
//	list                         []any (items converted)
//	tuple                        Tuple (items converted)
//	dict                         map[any]any (keys and values converted;
//	                             an error if a key becomes a slice)
//	set, frozenset               map[any]bool, every value true
//	anything else                the Value itself, unconverted
//
// Subclass instances (a bool is an int, an IntEnum member is an int)
// convert as their builtin base.
func (v Value) Go() (any, error) {
	if !v.IsValid() {
		return nil, errors.New("pyjit: the zero Value has no Go value")
	}
	return v.py.toGo(v.v, 0)
}

func (py *Interpreter) toGo(v interp.Value, depth int) (any, error) {
	if depth > maxDepth {
		return nil, errors.New("pyjit: value nested too deeply (or recursive) to convert")
	}
	switch {
	case v.IsNone():
		return nil, nil
	case v.IsBool():
		return v.AsBool(), nil
	case v.IsInt():
		return v.AsInt(), nil
	case v.IsFloat():
		return v.AsFloat(), nil
	}
	if v.Type().IsSubtype(&interp.BoolType) {
		n, _, _ := v.AsIntValue()
		return n != 0, nil
	}
	if n, b, ok := v.AsIntValue(); ok {
		if b != nil {
			return b, nil
		}
		return n, nil
	}
	if v.Type().IsSubtype(&interp.FloatType) {
		return py.float64Of(v)
	}
	if s, ok := v.AsStr(); ok {
		return s, nil
	}
	if b, ok := v.AsBytesLike(); ok && !v.Type().IsSubtype(&interp.MemoryViewType) {
		return append([]byte{}, b...), nil
	}
	if items, ok := v.AsList(); ok {
		return py.toGoSlice(items, depth)
	}
	if items, ok := v.AsTuple(); ok {
		s, err := py.toGoSlice(items, depth)
		return Tuple(s), err
	}
	if d, ok := v.AsDict(); ok {
		m := make(map[any]any, d.Len())
		var err error
		d.Range(func(k, val interp.Value) bool {
			var gk, gv any
			if gk, err = py.toGo(k, depth+1); err != nil {
				return false
			}
			if gk != nil && !reflect.TypeOf(gk).Comparable() {
				err = fmt.Errorf("pyjit: dict key of type %s has no comparable Go form", k.Type().Name)
				return false
			}
			if gv, err = py.toGo(val, depth+1); err != nil {
				return false
			}
			m[gk] = gv
			return true
		})
		return m, err
	}
	if items, ok := v.AsSetItems(); ok {
		m := make(map[any]bool, len(items))
		for _, it := range items {
			g, err := py.toGo(it, depth+1)
			if err != nil {
				return nil, err
			}
			if g != nil && !reflect.TypeOf(g).Comparable() {
				return nil, fmt.Errorf("pyjit: set item of type %s has no comparable Go form", it.Type().Name)
			}
			m[g] = true
		}
		return m, nil
	}
	return Value{py: py, v: v}, nil
}

func (py *Interpreter) toGoSlice(items []interp.Value, depth int) ([]any, error) {
	out := make([]any, len(items))
	for i, it := range items {
		g, err := py.toGo(it, depth+1)
		if err != nil {
			return nil, err
		}
		out[i] = g
	}
	return out, nil
}

// typeError is the error of a typed accessor applied to the wrong type.
func (v Value) typeError(want string) error {
	return v.py.newError(nil, &interp.TypeErrorType, fmt.Sprintf("expected %s, got %s", want, v.TypeName()))
}

// Int64 returns the value of an int (or bool). An int that does not fit
// is an OverflowError, anything else a TypeError.
func (v Value) Int64() (int64, error) {
	if !v.IsValid() {
		return 0, errors.New("pyjit: Int64 of the zero Value")
	}
	n, b, ok := v.v.AsIntValue()
	if !ok {
		return 0, v.typeError("int")
	}
	if b != nil {
		return 0, v.py.newError(nil, &interp.OverflowErrorType, "Python int too large to convert to C long")
	}
	return n, nil
}

// BigInt returns the value of an int (or bool) of any size.
func (v Value) BigInt() (*big.Int, error) {
	if !v.IsValid() {
		return nil, errors.New("pyjit: BigInt of the zero Value")
	}
	n, b, ok := v.v.AsIntValue()
	if !ok {
		return nil, v.typeError("int")
	}
	if b == nil {
		b = big.NewInt(n)
	}
	return b, nil
}

// Float64 returns the value of a float, or of an int converted as
// float(v) would (a TypeError for other types).
func (v Value) Float64() (float64, error) {
	if !v.IsValid() {
		return 0, errors.New("pyjit: Float64 of the zero Value")
	}
	return v.py.float64Of(v.v)
}

func (py *Interpreter) float64Of(v interp.Value) (float64, error) {
	if v.IsFloat() {
		return v.AsFloat(), nil
	}
	if !v.Type().IsSubtype(&interp.FloatType) && !v.Type().IsSubtype(&interp.IntType) {
		return 0, Value{py: py, v: v}.typeError("float")
	}
	f, err := interp.Call(py.in.MainThread(), interp.TypeValue(&interp.FloatType), []interp.Value{v}, nil)
	if err != nil {
		return 0, py.wrapErr(nil, err)
	}
	return f.AsFloat(), nil
}

// Text returns the contents of a str (a TypeError for other types; see
// String for str(v)).
func (v Value) Text() (string, error) {
	if !v.IsValid() {
		return "", errors.New("pyjit: Text of the zero Value")
	}
	s, ok := v.v.AsStr()
	if !ok {
		return "", v.typeError("str")
	}
	return s, nil
}

// Bytes returns a copy of the contents of a bytes or bytearray.
func (v Value) Bytes() ([]byte, error) {
	if !v.IsValid() {
		return nil, errors.New("pyjit: Bytes of the zero Value")
	}
	b, ok := v.v.AsBytesLike()
	if !ok || v.v.Type().IsSubtype(&interp.MemoryViewType) {
		return nil, v.typeError("bytes")
	}
	return append([]byte{}, b...), nil
}

// Truth returns bool(v), which may run Python code (__bool__, __len__).
func (v Value) Truth() (bool, error) {
	if !v.IsValid() {
		return false, errors.New("pyjit: Truth of the zero Value")
	}
	b, err := interp.Truth(v.py.in.MainThread(), v.v)
	return b, v.py.wrapErr(nil, err)
}

// String returns str(v), or a description of the failure if str raises.
func (v Value) String() string {
	if !v.IsValid() {
		return "<invalid pyjit.Value>"
	}
	s, err := interp.StrString(v.py.in.MainThread(), v.v)
	if err != nil {
		return "<" + v.TypeName() + " object; str() failed: " + v.py.wrapErr(nil, err).Error() + ">"
	}
	return s
}

// Repr returns repr(v), or a description of the failure if repr raises.
func (v Value) Repr() string {
	if !v.IsValid() {
		return "<invalid pyjit.Value>"
	}
	s, err := interp.ReprString(v.py.in.MainThread(), v.v)
	if err != nil {
		return "<" + v.TypeName() + " object; repr() failed: " + v.py.wrapErr(nil, err).Error() + ">"
	}
	return s
}

// Attr returns the attribute called name (getattr(v, name)).
func (v Value) Attr(name string) (Value, error) {
	if !v.IsValid() {
		return Value{}, errors.New("pyjit: Attr of the zero Value")
	}
	a, err := interp.GetAttrString(v.py.in.MainThread(), v.v, name)
	if err != nil {
		return Value{}, v.py.wrapErr(nil, err)
	}
	return Value{py: v.py, v: a}, nil
}

// Call calls v with args converted to Python (ValueOf) as positional
// arguments.
func (v Value) Call(ctx context.Context, args ...any) (Value, error) {
	return v.CallKw(ctx, args, nil)
}

// CallKw calls v with positional args and keyword arguments kwargs (passed
// in sorted name order, so that **kwargs sees a reproducible order).
func (v Value) CallKw(ctx context.Context, args []any, kwargs map[string]any) (Value, error) {
	if !v.IsValid() {
		return Value{}, errors.New("pyjit: Call of the zero Value")
	}
	py := v.py
	names := make([]string, 0, len(kwargs))
	for k := range kwargs {
		names = append(names, k)
	}
	sort.Strings(names)
	pargs := make([]interp.Value, 0, len(args)+len(names))
	for _, a := range args {
		pv, err := py.toPy(a, 0)
		if err != nil {
			return Value{}, err
		}
		pargs = append(pargs, pv)
	}
	for _, k := range names {
		pv, err := py.toPy(kwargs[k], 0)
		if err != nil {
			return Value{}, err
		}
		pargs = append(pargs, pv)
	}
	var kwnames []string
	if len(names) > 0 {
		kwnames = names
	}
	var res interp.Value
	err := py.run(ctx, func() error {
		var err error
		res, err = interp.Call(py.in.MainThread(), v.v, pargs, kwnames)
		return err
	})
	if err != nil {
		return Value{}, err
	}
	return Value{py: py, v: res}, nil
}
