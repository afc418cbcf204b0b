package interp

// This file implements the faulthandler module as far as a Go runtime
// allows: enable/disable/is_enabled keep the flag, and dump_traceback
// writes the current thread's Python stack in CPython's format. Go
// already prints every goroutine's stack on a fatal signal, so enabling
// installs nothing; dump_traceback_later and register are accepted and
// checked but never fire (CPython's test support only uses them as a
// watchdog).

import (
	"fmt"
	"strings"
	"sync/atomic"
)

func init() {
	builtinModules["faulthandler"] = makeFaulthandlerModule
	delete(cModules, "faulthandler")
}

var faulthandlerEnabled atomic.Bool

// faultFile is the file argument: sys.stderr when missing or None.
func faultFile(t *Thread, kw map[string]Value, pos []Value, i int) (Value, error) {
	f := Value{}
	if len(pos) > i {
		f = pos[i]
	} else if v, ok := kw["file"]; ok {
		f = v
	}
	if f.IsNull() || f.IsNone() {
		s, ok := t.in.sysStream(t, "stderr")
		if !ok || s.IsNone() {
			return Value{}, NewError(&RuntimeErrorType, "sys.stderr is None")
		}
		return s, nil
	}
	if _, ok := smallInt(f); ok {
		return f, nil
	}
	if _, _, err := callMethod(t, f, "fileno"); err != nil {
		return Value{}, err
	}
	return f, nil
}

// faultStack formats the current thread's stack, most recent call first.
func faultStack(t *Thread, header string) string {
	var b strings.Builder
	b.WriteString(header + " (most recent call first):\n")
	for f := t.frame; f != nil; f = f.back {
		co := f.code
		fmt.Fprintf(&b, "  File \"%s\", line %d in %s\n", co.filename, f.Line(), co.Code.Name)
	}
	return b.String()
}

func makeFaulthandlerModule(in *Interpreter) *Module {
	m := NewModule("faulthandler")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("faulthandler module."))
	moduleFn(m, "enable", func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwArgs("enable", args, kwnames, "file", "all_threads")
		if err != nil {
			return Value{}, err
		}
		if _, err := faultFile(t, kw, pos, 0); err != nil {
			return Value{}, err
		}
		faulthandlerEnabled.Store(true)
		return None, nil
	})
	moduleFn(m, "disable", func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs("disable", args, kwnames, 0); err != nil {
			return Value{}, err
		}
		return Bool(faulthandlerEnabled.Swap(false)), nil
	})
	moduleFn(m, "is_enabled", func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs("is_enabled", args, kwnames, 0); err != nil {
			return Value{}, err
		}
		return Bool(faulthandlerEnabled.Load()), nil
	})
	moduleFn(m, "dump_traceback", func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwArgs("dump_traceback", args, kwnames, "file", "all_threads")
		if err != nil {
			return Value{}, err
		}
		f, err := faultFile(t, kw, pos, 0)
		if err != nil {
			return Value{}, err
		}
		all := true
		if v, ok := kw["all_threads"]; ok {
			if all, err = Truth(t, v); err != nil {
				return Value{}, err
			}
		} else if len(pos) > 1 {
			if all, err = Truth(t, pos[1]); err != nil {
				return Value{}, err
			}
		}
		header := "Stack"
		if all {
			header = fmt.Sprintf("Current thread 0x%016x", threadIdent)
		}
		s := faultStack(t, header)
		if _, ok := smallInt(f); ok {
			write, err := importAttr(t, "os", "write")
			if err != nil {
				return Value{}, err
			}
			_, err = Call(t, write, []Value{f, BytesValue([]byte(s))}, nil)
			return None, err
		}
		if err := writeTo(t, f, s); err != nil {
			return Value{}, err
		}
		_, _, err = callMethod(t, f, "flush")
		return None, err
	})
	moduleFn(m, "dump_traceback_later", func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwArgs("dump_traceback_later", args, kwnames, "timeout", "repeat", "file", "exit")
		if err != nil {
			return Value{}, err
		}
		timeout, ok := kw["timeout"]
		if len(pos) > 0 {
			timeout, ok = pos[0], true
		}
		if !ok {
			return Value{}, NewError(&TypeErrorType, "dump_traceback_later() missing required argument 'timeout' (pos 1)")
		}
		secs, err := toFloatValue(t, timeout)
		if err != nil {
			return Value{}, err
		}
		if secs.AsFloat() <= 0 {
			return Value{}, NewError(&ValueErrorType, "timeout must be greater than 0")
		}
		if _, err := faultFile(t, kw, pos, 2); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	moduleFn(m, "cancel_dump_traceback_later", func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		return None, exactArgs("cancel_dump_traceback_later", args, kwnames, 0)
	})
	moduleFn(m, "register", func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwArgs("register", args, kwnames, "signum", "file", "all_threads", "chain")
		if err != nil {
			return Value{}, err
		}
		if len(pos) == 0 && kw["signum"].IsNull() {
			return Value{}, NewError(&TypeErrorType, "register() missing required argument 'signum' (pos 1)")
		}
		if _, err := faultFile(t, kw, pos, 1); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	moduleFn(m, "unregister", func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		if err := exactArgs("unregister", args, kwnames, 1); err != nil {
			return Value{}, err
		}
		return False, nil
	})
	return m
}
