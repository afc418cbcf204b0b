package interp

// This file implements slice objects and the index conversions sequences
// share (CPython's PySlice_GetIndicesEx and PyNumber_AsSsize_t).

import (
	"math"

	"github.com/pyjit/pyjit/bytecode"
)

// SliceType is slice.
var SliceType = Type{Name: "slice"}

// Slice is a slice object.
type Slice struct {
	Object
	Start, Stop, Step Value
}

// NewSliceValue makes slice(start, stop, step).
func NewSliceValue(start, stop, step Value) Value {
	return FromObject(&(&Slice{Object: Object{typ: &SliceType}, Start: start, Stop: stop, Step: step}).Object)
}

func asSlice(v Value) (*Slice, bool) {
	if v.ref != nil && v.ref.typ == &SliceType {
		return objectAs[Slice](v.ref), true
	}
	return nil, false
}

// indexArg converts an index to int, with msg (containing one %s for the
// type name) when v is not an integer.
func indexArg(t *Thread, v Value, msg string) (int, error) {
	if v.ref == &IntTag || v.ref == &BoolTag {
		return int(int64(v.bits)), nil
	}
	iv, err := indexValue(t, v, msg)
	if err != nil {
		return 0, err
	}
	if i, ok := smallInt(iv); ok {
		return int(i), nil
	}
	return 0, NewError(&IndexErrorType, "cannot fit '%s' into an index-sized integer", typeName(v))
}

// indexValue is operator.index(v), with msg for non-integers (a %s for the
// type name; empty means the default message).
func indexValue(t *Thread, v Value, msg string) (Value, error) {
	if isIntLike(v) {
		return v, nil
	}
	if f := v.Type().Slots.Index; f != nil {
		r, err := f(t, v)
		if err != nil {
			return Value{}, err
		}
		if !isIntLike(r) {
			return Value{}, NewError(&TypeErrorType, "__index__ returned non-int (type %s)", typeName(r))
		}
		return r, nil
	}
	if msg == "" {
		msg = "'%s' object cannot be interpreted as an integer"
	}
	return Value{}, NewError(&TypeErrorType, msg, typeName(v))
}

// sliceIndex converts a slice bound, clamping huge values as CPython's
// _PyEval_SliceIndex does.
func sliceIndex(t *Thread, v Value) (int, error) {
	const msg = "slice indices must be integers or None or have an __index__ method"
	if v.ref == &IntTag {
		return int(int64(v.bits)), nil
	}
	if !isIntLike(v) && v.Type().Slots.Index == nil {
		return 0, NewError(&TypeErrorType, msg)
	}
	iv, err := indexValue(t, v, msg)
	if err != nil {
		return 0, err
	}
	if i, ok := smallInt(iv); ok {
		return int(i), nil
	}
	if toBig(iv).Sign() < 0 {
		return math.MinInt64, nil
	}
	return math.MaxInt64, nil
}

// indices resolves the slice against a length: start, stop, step and the
// number of items selected.
func (s *Slice) indices(t *Thread, n int) (start, stop, step, count int, err error) {
	step = 1
	if !s.Step.IsNone() && !s.Step.IsNull() {
		if step, err = sliceIndex(t, s.Step); err != nil {
			return
		}
		if step == 0 {
			err = NewError(&ValueErrorType, "slice step cannot be zero")
			return
		}
		if step < -math.MaxInt64 {
			step = -math.MaxInt64
		}
	}
	if s.Start.IsNone() || s.Start.IsNull() {
		if step < 0 {
			start = math.MaxInt64
		} else {
			start = 0
		}
	} else if start, err = sliceIndex(t, s.Start); err != nil {
		return
	}
	if s.Stop.IsNone() || s.Stop.IsNull() {
		if step < 0 {
			stop = math.MinInt64
		} else {
			stop = math.MaxInt64
		}
	} else if stop, err = sliceIndex(t, s.Stop); err != nil {
		return
	}
	start, stop, count = adjustIndices(n, start, stop, step)
	return
}

// adjustIndices is PySlice_AdjustIndices.
func adjustIndices(length, start, stop, step int) (int, int, int) {
	if start < 0 {
		start += length
		if start < 0 {
			if step < 0 {
				start = -1
			} else {
				start = 0
			}
		}
	} else if start >= length {
		if step < 0 {
			start = length - 1
		} else {
			start = length
		}
	}
	if stop < 0 {
		stop += length
		if stop < 0 {
			if step < 0 {
				stop = -1
			} else {
				stop = 0
			}
		}
	} else if stop >= length {
		if step < 0 {
			stop = length - 1
		} else {
			stop = length
		}
	}
	if step < 0 {
		if stop < start {
			return start, stop, (start-stop-1)/(-step) + 1
		}
	} else if start < stop {
		return start, stop, (stop-start-1)/step + 1
	}
	return start, stop, 0
}

// sliceItems returns items[slice] as a new slice.
func sliceItems(t *Thread, items []Value, sl *Slice) ([]Value, error) {
	start, _, step, n, err := sl.indices(t, len(items))
	if err != nil {
		return nil, err
	}
	if step == 1 {
		// stop may lie before start (items[5:0]): n is the length.
		return append([]Value(nil), items[start:start+n]...), nil
	}
	out := make([]Value, n)
	for i := range out {
		out[i] = items[start+i*step]
	}
	return out, nil
}

func sliceRepr(t *Thread, v Value) (Value, error) {
	s := objectAs[Slice](v.ref)
	r, err := joinReprs(t, []Value{s.Start, s.Stop, s.Step})
	if err != nil {
		return Value{}, err
	}
	return StrValue("slice(" + r + ")"), nil
}

func sliceCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	x, ok1 := asSlice(a)
	y, ok2 := asSlice(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	return seqCompare(t, []Value{x.Start, x.Stop, x.Step}, []Value{y.Start, y.Stop, y.Step}, op)
}

func sliceNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	if len(kwnames) > 0 {
		return Value{}, NewError(&TypeErrorType, "slice() takes no keyword arguments")
	}
	switch len(args) {
	case 1:
		return NewSliceValue(None, args[0], None), nil
	case 2:
		return NewSliceValue(args[0], args[1], None), nil
	case 3:
		return NewSliceValue(args[0], args[1], args[2]), nil
	case 0:
		return Value{}, NewError(&TypeErrorType, "slice expected at least 1 argument, got 0")
	}
	return Value{}, NewError(&TypeErrorType, "slice expected at most 3 arguments, got %d", len(args))
}

func setupSlice() {
	initBuiltinType(&SliceType, "slice(stop)\nslice(start, stop[, step])\n\nCreate a slice object.  This is used for extended slicing (e.g. a[0:10:2]).")
	SliceType.Slots = Slots{Repr: sliceRepr, RichCompare: sliceCompare, New: sliceNew}
	for _, f := range []struct {
		name string
		get  func(*Slice) Value
	}{{"start", func(s *Slice) Value { return s.Start }}, {"stop", func(s *Slice) Value { return s.Stop }}, {"step", func(s *Slice) Value { return s.Step }}} {
		get := f.get
		addGetSet(&SliceType, f.name, func(t *Thread, v Value) (Value, error) { return get(objectAs[Slice](v.ref)), nil }, nil)
	}
}
