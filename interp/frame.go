package interp

// This file defines frames and argument binding (CPython's
// initialize_locals with its exact TypeError messages).

import (
	"strings"

	"github.com/pyjit/pyjit/bytecode"
)

// FrameType is the type of frame objects (as seen in tracebacks).
var FrameType = Type{Name: "frame"}

// Frame is an activation of a code object. slots holds the fast locals
// (locals, cells, free variables) followed by the value stack, in one
// allocation.
type Frame struct {
	Object
	code     *CodeObject
	fn       *Function
	globals  *Dict
	builtins *Dict
	locals   *Dict // the namespace of module and class bodies; nil in functions
	slots    []Value
	sp       int // absolute index into slots of the next free stack slot
	pc       int // word index of the next instruction
	lasti    int // word index of the instruction being executed
	back     *Frame
	gen      *Generator
	// entry marks the first frame of an eval invocation: returning from it
	// returns to Go.
	entry bool
	state frameState
	// pendingErr is raised at the frame's current instruction when it
	// resumes (generator.throw).
	pendingErr error
	// pooled marks a frame from the call-frame pool (frame_pool.go);
	// escaped marks one that a traceback or generator refers to, which
	// must not be reused.
	pooled, escaped bool
	// retKind says what RETURN_VALUE does with the result (retNormal,
	// or retInit / retBinop for frames pushed by specialized class calls
	// and operators: call_class.go, call_binop.go).
	retKind uint8
}

// newFrame allocates a frame for co.
func newFrame(co *CodeObject, globals, builtins *Dict) *Frame {
	n := co.nlocalsplus + co.Code.StackSize + 1
	return &Frame{Object: Object{typ: &FrameType}, code: co, globals: globals, builtins: builtins,
		slots: make([]Value, n), sp: co.nlocalsplus}
}

// Line is the frame's current line number.
func (f *Frame) Line() int {
	pos := f.code.Code.Positions
	if f.lasti >= 0 && f.lasti < len(pos) {
		return int(pos[f.lasti].Line)
	}
	return f.code.Code.FirstLineNo
}

// callFunction runs a Python function from Go.
func callFunction(t *Thread, fn *Function, args []Value, kwnames []string) (Value, error) {
	f, err := t.frameForCall(fn, args, kwnames)
	if err != nil {
		return Value{}, err
	}
	if fn.code.isGenerator {
		return newGenerator(t, f), nil
	}
	r, err := t.run(f)
	t.releaseFrame(f)
	return r, err
}

// frameForCall makes the frame of a call to fn with its arguments bound.
func (t *Thread) frameForCall(fn *Function, args []Value, kwnames []string) (*Frame, error) {
	co := fn.code
	co.ensureCaches() // the eval loop indexes co.caches directly
	f := t.allocFrame(co, fn.globals, fn.builtins)
	f.fn = fn
	c := co.Code
	if len(kwnames) == 0 && len(args) == c.ArgCount && c.Flags&(bytecode.CoVarargs|bytecode.CoVarkeywords) == 0 && c.KwOnlyArgCount == 0 {
		copy(f.slots, args)
	} else if err := bindArgs(t, fn, f.slots, args, kwnames); err != nil {
		t.releaseFrame(f)
		return nil, err
	}
	if fn.closure != nil {
		// COPY_FREE_VARS would do this; doing it here keeps generator and
		// inline calls uniform.
		off := co.nlocalsplus - len(fn.closure)
		for i, cell := range fn.closure {
			f.slots[off+i] = FromObject(&cell.Object)
		}
	}
	return f, nil
}

// bindArgs fills the fast locals from a call's arguments.
func bindArgs(t *Thread, fn *Function, locals []Value, args []Value, kwnames []string) error {
	c := fn.code.Code
	co := fn.code
	qual, _ := StrString(t, fn.qualname)
	nargs := len(args) - len(kwnames)
	argcount := c.ArgCount
	total := argcount + c.KwOnlyArgCount
	var kwdict *Dict
	varargsSlot := total
	if c.Flags&bytecode.CoVarkeywords != 0 {
		kwdict = NewDict()
		slot := total
		if c.Flags&bytecode.CoVarargs != 0 {
			slot++
		}
		locals[slot] = FromObject(&kwdict.Object)
	}
	n := nargs
	if n > argcount {
		n = argcount
	}
	copy(locals, args[:n])
	if c.Flags&bytecode.CoVarargs != 0 {
		extra := []Value(nil)
		if nargs > n {
			extra = append(extra, args[n:nargs]...)
		}
		locals[varargsSlot] = NewTupleValue(extra)
	}
	var posOnlyAsKw []string
	for i, name := range kwnames {
		val := args[nargs+i]
		found := -1
		for j := c.PosOnlyArgCount; j < total; j++ {
			if co.varnames[j].s == name {
				found = j
				break
			}
		}
		if found < 0 {
			isPosOnly := false
			for j := 0; j < c.PosOnlyArgCount; j++ {
				if co.varnames[j].s == name {
					isPosOnly = true
				}
			}
			if kwdict != nil {
				if err := kwdict.SetItem(t, FromObject(&Intern(name).Object), val); err != nil {
					return err
				}
				continue
			}
			if isPosOnly {
				posOnlyAsKw = append(posOnlyAsKw, name)
				continue
			}
			return NewError(&TypeErrorType, "%s() got an unexpected keyword argument '%s'", qual, name)
		}
		if !locals[found].IsNull() {
			return NewError(&TypeErrorType, "%s() got multiple values for argument '%s'", qual, name)
		}
		locals[found] = val
	}
	if posOnlyAsKw != nil {
		return NewError(&TypeErrorType, "%s() got some positional-only arguments passed as keyword arguments: '%s'", qual, strings.Join(posOnlyAsKw, ", "))
	}
	if nargs > argcount && c.Flags&bytecode.CoVarargs == 0 {
		return tooManyPositional(qual, fn, locals, nargs)
	}
	defcount := len(fn.defaults)
	if nargs < argcount {
		m := argcount - defcount
		missing := 0
		for i := nargs; i < m; i++ {
			if locals[i].IsNull() {
				missing++
			}
		}
		if missing > 0 {
			return missingArgs(qual, co, locals, 0, m, "positional")
		}
		first := argcount - defcount
		for i := nargs; i < argcount; i++ {
			if i >= first && locals[i].IsNull() {
				locals[i] = fn.defaults[i-first]
			}
		}
	}
	if c.KwOnlyArgCount > 0 {
		missing := 0
		for i := argcount; i < total; i++ {
			if !locals[i].IsNull() {
				continue
			}
			if fn.kwdefaults != nil {
				if v, ok, err := fn.kwdefaults.GetStr(t, co.varnames[i]); err != nil {
					return err
				} else if ok {
					locals[i] = v
					continue
				}
			}
			missing++
		}
		if missing > 0 {
			return missingArgs(qual, co, locals, argcount, total, "keyword-only")
		}
	}
	return nil
}

func tooManyPositional(qual string, fn *Function, locals []Value, given int) error {
	c := fn.code.Code
	argcount := c.ArgCount
	defcount := len(fn.defaults)
	plural := argcount != 1
	var sig string
	if defcount > 0 {
		sig = formatInt(int64(argcount-defcount)) + " to " + formatInt(int64(argcount))
		sig = "from " + sig
		plural = true
	} else {
		sig = formatInt(int64(argcount))
	}
	kwonlyGiven := 0
	for i := argcount; i < argcount+c.KwOnlyArgCount; i++ {
		if !locals[i].IsNull() {
			kwonlyGiven++
		}
	}
	kwonlySig := ""
	if kwonlyGiven > 0 {
		kwonlySig = " positional argument" + pluralS(given != 1) + " (and " + formatInt(int64(kwonlyGiven)) + " keyword-only argument" + pluralS(kwonlyGiven != 1) + ")"
	}
	verb := "were"
	if given == 1 && kwonlyGiven == 0 {
		verb = "was"
	}
	return NewError(&TypeErrorType, "%s() takes %s positional argument%s but %d%s %s given", qual, sig, pluralS(plural), given, kwonlySig, verb)
}

func pluralS(b bool) string {
	if b {
		return "s"
	}
	return ""
}

func missingArgs(qual string, co *CodeObject, locals []Value, start, end int, kind string) error {
	var names []string
	for i := start; i < end; i++ {
		if locals[i].IsNull() {
			names = append(names, "'"+co.varnames[i].s+"'")
		}
	}
	var list string
	switch len(names) {
	case 1:
		list = names[0]
	case 2:
		list = names[0] + " and " + names[1]
	default:
		list = strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
	}
	return NewError(&TypeErrorType, "%s() missing %d required %s argument%s: %s", qual, len(names), kind, pluralS(len(names) != 1), list)
}
