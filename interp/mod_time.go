package interp

// This file implements the time module's clocks and sleep (the parts
// without struct_time), with CPython's argument errors.

import (
	"math"
	"syscall"
	"time"
)

// processStart anchors the monotonic clocks: Go's monotonic reading is
// only exposed as differences between times.
var processStart = time.Now()

// moduleFn adds a builtin function to a Go-implemented module.
func moduleFn(m *Module, name string, f BuiltinFn) {
	b := NewBuiltin(name, f)
	b.Module = m.Name
	m.Dict.setStrNoErr(Intern(name), FromObject(&b.Object))
}

func makeTimeModule(in *Interpreter) *Module {
	m := NewModule("time")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("This module provides various functions to manipulate time values."))
	noArgs := func(name string, f func() Value) {
		moduleFn(m, name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := exactArgs("time."+name, args, kw, 0); err != nil {
				return Value{}, err
			}
			return f(), nil
		})
	}
	mono := func() time.Duration { return time.Since(processStart) + monotonicBase }
	noArgs("time", func() Value { return Float(float64(time.Now().UnixNano()) / 1e9) })
	noArgs("time_ns", func() Value { return Int(time.Now().UnixNano()) })
	noArgs("monotonic", func() Value { return Float(mono().Seconds()) })
	noArgs("monotonic_ns", func() Value { return Int(int64(mono())) })
	noArgs("perf_counter", func() Value { return Float(mono().Seconds()) })
	noArgs("perf_counter_ns", func() Value { return Int(int64(mono())) })
	noArgs("process_time", func() Value { return Float(float64(processTime()) / 1e9) })
	noArgs("process_time_ns", func() Value { return Int(processTime()) })
	moduleFn(m, "sleep", timeSleep)
	return m
}

// monotonicBase makes monotonic() positive and unrelated to zero, as
// CPython's CLOCK_MONOTONIC readings are.
const monotonicBase = time.Second

// processTime is the CPU time of the process in nanoseconds.
func processTime() int64 {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return ru.Utime.Nano() + ru.Stime.Nano()
}

// timeSleep is time.sleep(secs).
func timeSleep(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("time.sleep", args, kw, 1); err != nil {
		return Value{}, err
	}
	x := args[0]
	var d time.Duration
	switch {
	case x.IsFloat():
		f := x.AsFloat()
		if math.IsNaN(f) {
			return Value{}, NewError(&ValueErrorType, "Invalid value NaN (not a number)")
		}
		if math.Abs(f) > float64(math.MaxInt64)/1e9 {
			return Value{}, NewError(&OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		d = time.Duration(math.Ceil(f * 1e9))
	default:
		iv, err := indexValue(t, x, "")
		if err != nil {
			return Value{}, err
		}
		n, ok := smallInt(iv)
		if !ok || n > math.MaxInt64/int64(time.Second) || n < math.MinInt64/int64(time.Second) {
			return Value{}, NewError(&OverflowErrorType, "timestamp too large to convert to C _PyTime_t")
		}
		d = time.Duration(n) * time.Second
	}
	if d < 0 {
		return Value{}, NewError(&ValueErrorType, "sleep length must be non-negative")
	}
	t.in.Flush()
	return None, interruptibleSleep(t, d)
}
