package pyjit

// This file defines Error, the Go form of a Python exception, and the
// conversions between Go errors and Python exceptions in both
// directions.

import (
	"context"
	"errors"
	"fmt"

	"github.com/pyjit/pyjit/interp"
)

// Error is a Python exception that reached Go.
type Error struct {
	// Type is the exception class's name as the last line of a traceback
	// shows it: "ValueError", or "package.module.MyError" for a class
	// defined outside builtins and __main__.
	Type string
	// Message is str() of the exception ("" for a bare `raise KeyError`).
	Message string
	// Traceback is the whole report CPython would print for the
	// exception if it were uncaught: the chained exceptions, "Traceback
	// (most recent call last):", the frames with their source lines, and
	// the final "Type: Message" line, ending in a newline.
	Traceback string
	// Value is the exception object (zero for errors that did not come
	// from Python code).
	Value Value

	cause error
}

// Error returns the last line of the traceback: "Type: Message", or just
// the type when the message is empty.
func (e *Error) Error() string {
	if e.Message == "" {
		return e.Type
	}
	return e.Type + ": " + e.Message
}

// Unwrap returns the context error (context.Canceled,
// context.DeadlineExceeded or the cancellation cause) when the exception
// is the KeyboardInterrupt that cancelling a call's context raised, and
// the Go error a Go function returned when the exception was made from
// it; else nil.
func (e *Error) Unwrap() error { return e.cause }

// wrapErr turns what the interpreter returned into the error the API
// returns: nil, an *Error for a Python exception (wrapping ctx's error
// when cancellation raised it), or err itself.
func (py *Interpreter) wrapErr(ctx context.Context, err error) error {
	if err == nil {
		return nil
	}
	var pe *Error
	if errors.As(err, &pe) {
		return err
	}
	var exc *interp.Exception
	if !errors.As(err, &exc) {
		exc = interp.AsException(err)
	}
	e := &Error{
		Type:      py.in.ExceptionTypeName(exc),
		Message:   py.in.ExceptionMessage(exc),
		Traceback: py.in.FormatException(exc),
		Value:     Value{py: py, v: exc.Value()},
	}
	e.cause = py.goErrorOf(exc)
	if ctx != nil && ctx.Err() != nil && exc.Type().IsSubtype(&interp.KeyboardInterruptType) {
		e.cause = context.Cause(ctx)
	}
	return e
}

// newError makes the *Error of a new exception of typ raised from Go.
func (py *Interpreter) newError(ctx context.Context, typ *interp.Type, msg string) error {
	return py.wrapErr(ctx, interp.NewError(typ, "%s", msg))
}

// Raise returns an error that a Go function (Func) can return to raise
// the builtin exception called typeName (e.g. "ValueError") with the
// formatted message. An unknown name raises SystemError instead.
func Raise(typeName, format string, args ...any) error {
	return &raised{typeName: typeName, msg: fmt.Sprintf(format, args...)}
}

// raised is an exception requested with Raise.
type raised struct {
	typeName, msg string
}

func (r *raised) Error() string { return r.typeName + ": " + r.msg }

// pyException turns the error a Go function returned into the exception
// Python code sees: an *Error's own exception, a Raise'd one, and for any
// other Go error a RuntimeError with the error's text (the Go error stays
// reachable from Error.Unwrap if the exception comes back out to Go).
func (py *Interpreter) pyException(err error) *interp.Exception {
	var pe *Error
	if errors.As(err, &pe) {
		if exc, ok := pe.Value.v.AsException(); ok && pe.Value.py == py {
			return exc
		}
		return interp.NewError(&interp.RuntimeErrorType, "%s", pe.Error())
	}
	var r *raised
	if errors.As(err, &r) {
		if tp := py.in.ErrorTypeByName(r.typeName); tp != nil {
			return interp.NewError(tp, "%s", r.msg)
		}
		return interp.NewError(&interp.SystemErrorType, "unknown exception type %s: %s", r.typeName, r.msg)
	}
	exc := interp.NewError(&interp.RuntimeErrorType, "%s", err.Error())
	py.mu.Lock()
	py.goErrs[py.goErrNext%len(py.goErrs)] = goErr{exc, err}
	py.goErrNext++
	py.mu.Unlock()
	return exc
}

// goErr remembers the Go error behind a RuntimeError made by pyException.
// The interpreter keeps the last few (goErrs): enough for the exception
// to come back out through the call that raised it, without keeping
// every exception ever raised alive.
type goErr struct {
	exc *interp.Exception
	err error
}

func (py *Interpreter) goErrorOf(exc *interp.Exception) error {
	py.mu.Lock()
	defer py.mu.Unlock()
	for _, g := range py.goErrs {
		if g.exc == exc {
			return g.err
		}
	}
	return nil
}

func panicMessage(r any) string { return fmt.Sprintf("Go panic: %v", r) }
