package interp

// This file adds the builtins pyjit lacked: aiter, anext (with its
// default-catching awaitable), breakpoint with sys.breakpointhook, and
// what CPython's site module puts in builtins (exit, quit, help,
// copyright, credits, license: instances of the pure-Python
// _sitebuiltins classes, made the way site.py makes them).

import (
	"os"
	"strings"
)

const builtinsDoc = "Built-in functions, exceptions, and other objects.\n\nNoteworthy: None is the `nil' object; Ellipsis represents `...' in slices."

const sysCopyright = "Copyright (c) 2001-2023 Python Software Foundation.\nAll Rights Reserved.\n\nCopyright (c) 2000 BeOpen.com.\nAll Rights Reserved.\n\nCopyright (c) 1995-2001 Corporation for National Research Initiatives.\nAll Rights Reserved.\n\nCopyright (c) 1991-1995 Stichting Mathematisch Centrum, Amsterdam.\nAll Rights Reserved."

// anextAwaitableType is the awaitable anext(it, default) returns.
var anextAwaitableType = Type{Name: "anext_awaitable"}

type anextAwaitable struct {
	Object
	wrapped Value // the awaitable from __anext__
	iter    Value // its iterator, once started
	dflt    Value
}

func setupBuiltinsExtra() {
	at := &anextAwaitableType
	initBuiltinType(at, "")
	at.Slots = Slots{Iter: selfIter, Next: func(t *Thread, v Value) (Value, error) {
		r, err := anextProxy(t, v, "send", []Value{None})
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == &StopIterationType {
				// Next slots report exhaustion with a null value, but
				// StopIteration carries the default: keep it an error.
				return Value{}, err
			}
		}
		return r, err
	}}
	addMethod(at, "__await__", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return self, exactArgs("__await__", args, kw, 0)
	})
	addMethod(at, "send", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("send", args, kw, 1); err != nil {
			return Value{}, err
		}
		return anextProxy(t, self, "send", args)
	})
	addMethod(at, "throw", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		return anextProxy(t, self, "throw", args)
	})
	addMethod(at, "close", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		a := objectAs[anextAwaitable](self.ref)
		if a.iter.IsNull() {
			return None, nil
		}
		r, _, err := callMethod(t, a.iter, "close")
		return r, err
	})
	addSlotWrappers(at)
	inheritSlots(at)
}

// anextProxy forwards to the wrapped awaitable's iterator and turns its
// StopAsyncIteration into StopIteration(default), as CPython's
// anextawaitable_proxy does.
func anextProxy(t *Thread, self Value, method string, args []Value) (Value, error) {
	a := objectAs[anextAwaitable](self.ref)
	if a.iter.IsNull() {
		it := a.wrapped
		if m, err := lookupMethod(t, it, "__await__"); err != nil {
			return Value{}, err
		} else if !m.IsNull() {
			if it, err = Call(t, m, nil, nil); err != nil {
				return Value{}, err
			}
		} else if it.Type() != &GeneratorType {
			return Value{}, NewError(&TypeErrorType, "'%s' object can't be awaited", typeName(it))
		}
		a.iter = it
	}
	r, _, err := callMethod(t, a.iter, method, args...)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&StopAsyncIterationType) {
			return Value{}, stopIteration(a.dflt)
		}
	}
	return r, err
}

func builtinAiter(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("aiter", args, kw, 1); err != nil {
		return Value{}, err
	}
	m, err := lookupMethod(t, args[0], "__aiter__")
	if err != nil {
		return Value{}, err
	}
	if m.IsNull() {
		return Value{}, NewError(&TypeErrorType, "'%s' object is not an async iterable", typeName(args[0]))
	}
	it, err := Call(t, m, nil, nil)
	if err != nil {
		return Value{}, err
	}
	if it.Type().Lookup(Intern("__anext__")).IsNull() {
		return Value{}, NewError(&TypeErrorType, "aiter() returned not an async iterator of type '%s'", typeName(it))
	}
	return it, nil
}

func builtinAnext(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("anext", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	m, err := lookupMethod(t, args[0], "__anext__")
	if err != nil {
		return Value{}, err
	}
	if m.IsNull() {
		return Value{}, NewError(&TypeErrorType, "'%s' object is not an async iterator", typeName(args[0]))
	}
	aw, err := Call(t, m, nil, nil)
	if err != nil || len(args) == 1 {
		return aw, err
	}
	return FromObject(&(&anextAwaitable{Object: Object{typ: &anextAwaitableType}, wrapped: aw, dflt: args[1]}).Object), nil
}

func builtinBreakpoint(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	sys, ok, err := t.in.Modules.GetStr(t, Intern("sys"))
	if err != nil {
		return Value{}, err
	}
	var hook Value
	if ok {
		if hook, err = getAttrOrNull(t, sys, "breakpointhook"); err != nil {
			return Value{}, err
		}
	}
	if hook.IsNull() {
		return Value{}, NewError(&RuntimeErrorType, "lost sys.breakpointhook")
	}
	return Call(t, hook, args, kw)
}

// sysBreakpointhook is sys.breakpointhook's default: $PYTHONBREAKPOINT
// names the function to call (pdb.set_trace when unset, nothing when 0).
func sysBreakpointhook(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	name := ""
	if !t.in.ignoreEnvironment(t) {
		name = os.Getenv("PYTHONBREAKPOINT")
	}
	if name == "0" {
		return None, nil
	}
	if name == "" {
		name = "pdb.set_trace"
	}
	modName, attr := "builtins", name
	if i := strings.LastIndexByte(name, '.'); i >= 0 {
		modName, attr = name[:i], name[i+1:]
	}
	var fn Value
	mod, err := t.importAbs(modName)
	if err == nil {
		fn, err = GetAttrString(t, mod, attr)
	}
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.typ.IsSubtype(&ImportErrorType) || e.typ.IsSubtype(&AttributeErrorType)) {
			return None, warnRuntime(t, "Ignoring unimportable $PYTHONBREAKPOINT: \""+name+"\"")
		}
		return Value{}, err
	}
	return Call(t, fn, args, kw)
}

// warnRuntime is warnings.warn(msg, RuntimeWarning).
func warnRuntime(t *Thread, msg string) error {
	w, err := t.importAbs("warnings")
	if err != nil {
		return err
	}
	f, err := GetAttrString(t, w, "warn")
	if err != nil {
		return err
	}
	_, err = Call(t, f, []Value{StrValue(msg), TypeValue(&RuntimeWarningType)}, nil)
	return err
}

// ignoreEnvironment reports sys.flags.ignore_environment.
func (in *Interpreter) ignoreEnvironment(t *Thread) bool {
	return sysFlag(t, in, "ignore_environment")
}

func sysFlag(t *Thread, in *Interpreter, name string) bool {
	sys, ok, _ := in.Modules.GetStr(t, Intern("sys"))
	if !ok {
		return false
	}
	flags, err := getAttrOrNull(t, sys, "flags")
	if err != nil || flags.IsNull() {
		return false
	}
	v, err := getAttrOrNull(t, flags, name)
	if err != nil || v.IsNull() {
		return false
	}
	b, _ := Truth(t, v)
	return b
}

// addBuiltinsExtra adds aiter, anext, breakpoint and __doc__.
func addBuiltinsExtra(d *Dict) {
	fn := func(name string, f BuiltinFn) { d.setStrNoErr(Intern(name), FromObject(&NewBuiltin(name, f).Object)) }
	fn("aiter", builtinAiter)
	fn("anext", builtinAnext)
	fn("breakpoint", builtinBreakpoint)
	d.setStrNoErr(Intern("__doc__"), StrValue(builtinsDoc))
}

// initSiteBuiltins does what site.py's setquit, setcopyright and
// sethelper do (unless -S), and gives sys its breakpointhook and
// copyright. Failures leave the names out rather than stop startup.
func (in *Interpreter) initSiteBuiltins(t *Thread) {
	sys, ok, _ := in.Modules.GetStr(t, Intern("sys"))
	if !ok {
		return
	}
	setIfMissing := func(name string, v Value) {
		if cur, _ := getAttrOrNull(t, sys, name); cur.IsNull() {
			_ = SetAttr(t, sys, Intern(name), v)
		}
	}
	hook := FromObject(&NewBuiltin("breakpointhook", sysBreakpointhook).Object)
	setIfMissing("breakpointhook", hook)
	setIfMissing("__breakpointhook__", hook)
	setIfMissing("copyright", StrValue(sysCopyright))
	if sysFlag(t, in, "no_site") {
		return
	}
	sb, err := t.importAbs("_sitebuiltins")
	if err != nil {
		return
	}
	mk := func(class string, args ...Value) Value {
		c, err := GetAttrString(t, sb, class)
		if err != nil {
			return Value{}
		}
		v, err := Call(t, c, args, nil)
		if err != nil {
			return Value{}
		}
		return v
	}
	set := func(name string, v Value) {
		if !v.IsNull() {
			in.Builtins.setStrNoErr(Intern(name), v)
		}
	}
	eof := StrValue("Ctrl-D (i.e. EOF)")
	set("quit", mk("Quitter", StrValue("quit"), eof))
	set("exit", mk("Quitter", StrValue("exit"), eof))
	// _Printer.__init__ imports os only for os.path.join; build the
	// instances directly so startup does not import os.
	printer := func(name string, data Value, files, dirs []string) Value {
		c, err := GetAttrString(t, sb, "_Printer")
		if err != nil || data.IsNull() {
			return Value{}
		}
		newFn, err := GetAttrString(t, TypeValue(&ObjectType), "__new__")
		if err != nil {
			return Value{}
		}
		obj, err := Call(t, newFn, []Value{c}, nil)
		if err != nil {
			return Value{}
		}
		var names []Value
		for _, d := range dirs {
			for _, f := range files {
				sep := "/"
				if strings.HasSuffix(d, "/") {
					sep = ""
				}
				names = append(names, StrValue(d+sep+f))
			}
		}
		for k, v := range map[string]Value{"_Printer__name": StrValue(name), "_Printer__data": data,
			"_Printer__lines": None, "_Printer__filenames": NewListValue(names)} {
			if SetAttr(t, obj, Intern(k), v) != nil {
				return Value{}
			}
		}
		return obj
	}
	cr, _ := getAttrOrNull(t, sys, "copyright")
	set("copyright", printer("copyright", cr, nil, nil))
	set("credits", printer("credits", StrValue("    Thanks to CWI, CNRI, BeOpen.com, Zope Corporation and a cast of thousands\n    for supporting Python development.  See www.python.org for more information."), nil, nil))
	var files, dirs []string
	if here := in.stdlibDir(); here != "" {
		files = []string{"LICENSE.txt", "LICENSE"}
		sep := "/"
		if strings.HasSuffix(here, "/") {
			sep = ""
		}
		dirs = []string{here + sep + "..", here, "."}
	}
	set("license", printer("license", StrValue("See https://www.python.org/psf/license/"), files, dirs))
	set("help", mk("_Helper"))
}
