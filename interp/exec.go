package interp

// This file implements the builtins that run code given at run time:
// exec, eval and compile, and locals() (CPython's builtin_exec_impl,
// builtin_eval_impl, builtin_compile_impl and PyEval_GetLocals).

import (
	"errors"
	"fmt"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/bytecode/compiler"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
)

// compile() flag bits (Include/cpython/compile.h).
const (
	pyCFOnlyAST          = 0x0400
	pyCFTypeComments     = 0x1000
	pyCFAllowTopAwait    = 0x2000
	pyCFDontImplyDedent  = 0x0200
	pyCFAllowIncomplete  = 0x4000
	pyCFMaskFutureFlags  = 0x3fe0000 // CO_FUTURE_* bits (CO_NESTED excluded)
	pyCFSourceIsUTF8     = 0x0100
	pyCFIgnoreCookie     = 0x0800
	compileAcceptedFlags = pyCFMaskFutureFlags | pyCFOnlyAST | pyCFTypeComments | pyCFAllowTopAwait |
		pyCFDontImplyDedent | pyCFAllowIncomplete | pyCFSourceIsUTF8 | pyCFIgnoreCookie
)

// sourceArg returns the text of exec/eval/compile's source argument.
func sourceArg(v Value, fname, what string) ([]byte, error) {
	if s, ok := asStr(v); ok {
		return []byte(s.s), nil
	}
	if b, ok := bytesData(v); ok {
		return b, nil
	}
	return nil, NewError(&TypeErrorType, "%s() arg 1 must be %s", fname, what)
}

// compileString compiles program text the way exec/eval/compile do.
func compileString(t *Thread, src []byte, filename string, mode parser.Mode, optimize int) (*CodeObject, error) {
	if strings.IndexByte(string(src), 0) >= 0 {
		return nil, NewError(&ValueErrorType, "source code string cannot contain null bytes")
	}
	if optimize < 0 {
		optimize = t.in.Optimize
	}
	code, err := compiler.CompileSource(src, filename, mode, compiler.Options{Optimize: optimize})
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			return nil, newSyntaxError(se)
		}
		return nil, NewError(&SystemErrorType, "compile: %v", err)
	}
	return NewCodeObject(code)
}

// namespaces resolves exec/eval's globals and locals arguments.
func namespaces(t *Thread, fname string, globals, locals Value) (*Dict, *Dict, error) {
	if !globals.IsNull() && !globals.IsNone() {
		if _, ok := asDict(globals); !ok || globals.Type() != &DictType && fname == "exec" {
			if fname == "exec" {
				return nil, nil, NewError(&TypeErrorType, "exec() globals must be a dict, not %s", typeName(globals))
			}
			if !ok {
				msg := "globals must be a dict"
				if globals.Type().Slots.GetItem != nil {
					msg = "globals must be a real dict; try eval(expr, {}, mapping)"
				}
				return nil, nil, NewError(&TypeErrorType, "%s", msg)
			}
		}
	}
	if !locals.IsNull() && !locals.IsNone() {
		if _, ok := asDict(locals); !ok {
			if locals.Type().Slots.GetItem == nil {
				if fname == "exec" {
					return nil, nil, NewError(&TypeErrorType, "locals must be a mapping or None, not %s", typeName(locals))
				}
				return nil, nil, NewError(&TypeErrorType, "locals must be a mapping")
			}
			return nil, nil, notImplemented(fname + "() with a locals mapping that is not a dict")
		}
	}
	var g, l *Dict
	if globals.IsNull() || globals.IsNone() {
		if t.frame == nil {
			return nil, nil, NewError(&SystemErrorType, "%s(): no current frame", fname)
		}
		g = t.frame.globals
		if locals.IsNull() || locals.IsNone() {
			l = frameLocals(t.frame)
		}
	} else {
		g, _ = asDict(globals)
		if locals.IsNull() || locals.IsNone() {
			l = g
		}
	}
	if l == nil {
		l, _ = asDict(locals)
	}
	// Like CPython, make sure the code can find the builtins.
	if _, ok, err := g.GetStr(t, internStatic("__builtins__")); err != nil {
		return nil, nil, err
	} else if !ok {
		if err := g.SetItem(t, StrValue("__builtins__"), FromObject(&t.in.imp.builtinsMod.Object)); err != nil {
			return nil, nil, err
		}
	}
	return g, l, nil
}

// runCodeIn executes co with the given namespaces.
func runCodeIn(t *Thread, co *CodeObject, globals, locals *Dict) (Value, error) {
	if len(co.Code.Freevars()) > 0 {
		return Value{}, NewError(&TypeErrorType, "code object passed to exec() may not contain free variables")
	}
	builtins := t.in.Builtins
	if b, ok, _ := globals.GetStr(t, internStatic("__builtins__")); ok {
		if d, ok := asDict(b); ok {
			builtins = d
		} else if b.Type() == &ModuleType {
			builtins = objectAs[Module](b.ref).Dict
		}
	}
	f := newFrame(co, globals, builtins)
	f.locals = locals
	return t.run(f)
}

func builtinExec(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	return execOrEval(t, "exec", args, kw)
}

func builtinEval(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	return execOrEval(t, "eval", args, kw)
}

func execOrEval(t *Thread, fname string, args []Value, kw []string) (Value, error) {
	pos, kwv, err := kwArgs(fname, args, kw, "globals", "locals", "closure")
	if err != nil {
		return Value{}, err
	}
	if _, ok := kwv["closure"]; ok && fname == "eval" {
		return Value{}, NewError(&TypeErrorType, "eval() got an unexpected keyword argument 'closure'")
	}
	if len(pos) < 1 || len(pos) > 3 {
		if len(pos) < 1 {
			return Value{}, NewError(&TypeErrorType, "%s expected at least 1 argument, got 0", fname)
		}
		return Value{}, NewError(&TypeErrorType, "%s expected at most 3 arguments, got %d", fname, len(pos))
	}
	var globals, locals Value
	if len(pos) > 1 {
		globals = pos[1]
	}
	if len(pos) > 2 {
		locals = pos[2]
	}
	if v, ok := kwv["globals"]; ok {
		globals = v
	}
	if v, ok := kwv["locals"]; ok {
		locals = v
	}
	g, l, err := namespaces(t, fname, globals, locals)
	if err != nil {
		return Value{}, err
	}
	var co *CodeObject
	if pos[0].Type() == &CodeType {
		co = objectAs[CodeObject](pos[0].ref)
	} else {
		src, err := sourceArg(pos[0], fname, "a string, bytes or code object")
		if err != nil {
			return Value{}, err
		}
		mode := parser.Exec
		if fname == "eval" {
			mode = parser.Eval
			src = []byte(strings.TrimLeft(string(src), " \t"))
		}
		if co, err = compileString(t, src, "<string>", mode, -1); err != nil {
			return Value{}, err
		}
	}
	r, err := runCodeIn(t, co, g, l)
	if err != nil {
		return Value{}, err
	}
	if fname == "exec" {
		return None, nil
	}
	return r, nil
}

func builtinCompile(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	names := []string{"source", "filename", "mode", "flags", "dont_inherit", "optimize", "_feature_version"}
	pos, kwv, err := kwArgs("compile", args, kw, names...)
	if err != nil {
		return Value{}, err
	}
	if len(pos) > 6 {
		return Value{}, NewError(&TypeErrorType, "compile() takes at most 6 arguments (%d given)", len(pos))
	}
	vals := make([]Value, len(names))
	copy(vals, pos)
	for i, n := range names {
		if v, ok := kwv[n]; ok {
			if i < len(pos) {
				return Value{}, NewError(&TypeErrorType, "argument for compile() given by name ('%s') and position (%d)", n, i+1)
			}
			vals[i] = v
		}
	}
	for i, n := range names[:3] {
		if vals[i].IsNull() {
			return Value{}, NewError(&TypeErrorType, "compile() missing required argument '%s' (pos %d)", n, i+1)
		}
	}
	filename, err := fsPathArg(t, vals[1], "compile")
	if err != nil {
		return Value{}, err
	}
	modeStr, ok := asStr(vals[2])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "compile() argument 'mode' must be str, not %s", typeName(vals[2]))
	}
	flags, optimize := int64(0), int64(-1)
	if !vals[3].IsNull() {
		if flags, err = intArg(t, vals[3]); err != nil {
			return Value{}, err
		}
	}
	if !vals[5].IsNull() {
		if optimize, err = intArg(t, vals[5]); err != nil {
			return Value{}, err
		}
	}
	if flags&^compileAcceptedFlags != 0 {
		return Value{}, NewError(&ValueErrorType, "compile(): unrecognised flags")
	}
	if optimize < -1 || optimize > 2 {
		return Value{}, NewError(&ValueErrorType, "compile(): invalid optimize value")
	}
	var mode parser.Mode
	switch modeStr.s {
	case "exec":
		mode = parser.Exec
	case "eval":
		mode = parser.Eval
	case "single":
		mode = parser.Single
	case "func_type":
		if flags&pyCFOnlyAST == 0 {
			return Value{}, NewError(&ValueErrorType, "compile() mode 'func_type' requires flag PyCF_ONLY_AST")
		}
		return Value{}, notImplemented("compile() in 'func_type' mode")
	default:
		msg := "compile() mode must be 'exec', 'eval' or 'single'"
		if flags&pyCFOnlyAST != 0 {
			msg = "compile() mode must be 'exec', 'eval', 'single' or 'func_type'"
		}
		return Value{}, NewError(&ValueErrorType, "%s", msg)
	}
	if isAST, err := isASTObject(t, vals[0]); err != nil {
		return Value{}, err
	} else if isAST {
		if flags&pyCFOnlyAST != 0 {
			return vals[0], nil // CPython validates the tree and returns it
		}
		return Value{}, notImplemented("compile() of an AST object")
	}
	if _, ok := asStr(vals[0]); !ok {
		if _, ok := bytesData(vals[0]); !ok {
			return Value{}, NewError(&TypeErrorType, "compile() arg 1 must be a string, bytes or AST object")
		}
	}
	src, err := sourceArg(vals[0], "compile", "a string, bytes or AST object")
	if err != nil {
		return Value{}, err
	}
	if flags&pyCFOnlyAST != 0 {
		return parseToAST(t, src, filename, mode)
	}
	co, err := compileString(t, src, filename, mode, int(optimize))
	if err != nil {
		return Value{}, err
	}
	return FromObject(&co.Object), nil
}

// fsPathArg accepts str, bytes or os.PathLike as a file name.
func fsPathArg(t *Thread, v Value, fname string) (string, error) {
	if s, ok := asStr(v); ok {
		return s.s, nil
	}
	if b, ok := bytesData(v); ok && v.Type() == &BytesType {
		return string(b), nil
	}
	if m, err := lookupMethod(t, v, "__fspath__"); err == nil && !m.IsNull() {
		r, err := Call(t, m, nil, nil)
		if err != nil {
			return "", err
		}
		return fsPathArg(t, r, fname)
	}
	return "", NewError(&TypeErrorType, "expected str, bytes or os.PathLike object, not %s", typeName(v))
}

// intArg converts an int-like argument to int64.
func intArg(t *Thread, v Value) (int64, error) {
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok || n != int64(int32(n)) {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	return n, nil
}

// frameLocals is f's locals() dict: the namespace of module and class
// bodies, or for a function a fresh dict of its bound fast locals, cells
// and free variables.
func frameLocals(f *Frame) *Dict {
	if f.locals != nil {
		return f.locals
	}
	d := NewDict()
	kinds := f.code.Code.LocalsPlusKinds
	for i, name := range f.code.varnames {
		v := f.slots[i]
		if kinds[i]&(bytecode.FastCell|bytecode.FastFree) != 0 && v.ref != nil && v.ref.typ == &CellType {
			v = objectAs[Cell](v.ref).V
		}
		if v.IsNull() {
			continue
		}
		d.setStrNoErr(name, v)
	}
	return d
}

func builtinLocals(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("locals", args, kw, 0); err != nil {
		return Value{}, err
	}
	if t.frame == nil {
		return NewDictValue(), nil
	}
	return FromObject(&frameLocals(t.frame).Object), nil
}

// sysAttr returns sys.<name>, or null when sys or the attribute is gone.
func sysAttr(t *Thread, name string) Value {
	sys, ok, _ := t.in.Modules.GetStr(t, Intern("sys"))
	if !ok {
		return Value{}
	}
	v, err := GetAttrString(t, sys, name)
	if err != nil {
		return Value{}
	}
	return v
}

// printExpr is PRINT_EXPR: the interactive echo through sys.displayhook.
func printExpr(t *Thread, v Value) error {
	hook := sysAttr(t, "displayhook")
	if hook.IsNull() {
		return NewError(&RuntimeErrorType, "lost sys.displayhook")
	}
	_, err := Call(t, hook, []Value{v}, nil)
	return err
}

// sysDisplayHook is sys.displayhook: print repr(value) to sys.stdout and
// keep it in builtins._ (CPython's sys_displayhook).
func sysDisplayHook(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("displayhook", args, kw, 1); err != nil {
		return Value{}, err
	}
	v := args[0]
	if v.IsNone() {
		return None, nil
	}
	under := Intern("_")
	t.in.Builtins.setStrNoErr(under, None)
	r, err := ReprString(t, v)
	if err != nil {
		return Value{}, err
	}
	out := sysAttr(t, "stdout")
	if out.IsNull() || out.IsNone() {
		return Value{}, NewError(&RuntimeErrorType, "lost sys.stdout")
	}
	if err := writeTo(t, out, r+"\n"); err != nil {
		return Value{}, err
	}
	t.in.Builtins.setStrNoErr(under, v)
	return None, nil
}

// syntaxErrorStr is SyntaxError.__str__: the message followed by the
// base name of the file and the line number when they are known.
func syntaxErrorStr(t *Thread, e *Exception) (Value, error) {
	msg := None
	if v, _ := e.attrs.Get(t, internStatic("msg")); !v.IsNull() {
		msg = v
	} else if len(e.Args) > 0 {
		msg = e.Args[0]
	}
	ms, err := StrString(t, msg)
	if err != nil {
		return Value{}, err
	}
	var file string
	if v, _ := e.attrs.Get(t, internStatic("filename")); !v.IsNull() {
		if s, ok := asStr(v); ok {
			file = s.s
			if i := strings.LastIndexByte(file, '/'); i >= 0 {
				file = file[i+1:]
			}
		}
	}
	line, haveLine := int64(0), false
	if v, _ := e.attrs.Get(t, internStatic("lineno")); isIntLike(v) {
		line, haveLine = smallInt(v)
	}
	switch {
	case file != "" && haveLine:
		return StrValue(fmt.Sprintf("%s (%s, line %d)", ms, file, line)), nil
	case file != "":
		return StrValue(fmt.Sprintf("%s (%s)", ms, file)), nil
	case haveLine:
		return StrValue(fmt.Sprintf("%s (line %d)", ms, line)), nil
	}
	return StrValue(ms), nil
}

// codeReplace is code.replace(**changes) for the fields that do not
// alter the instructions' meaning (flags, names, file, first line,
// argument counts); others raise NotImplementedError.
func codeReplace(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if len(args) != len(kw) {
		return Value{}, NewError(&TypeErrorType, "replace() takes no positional arguments")
	}
	old := objectAs[CodeObject](self.ref).Code
	c := *old
	for i, k := range kw {
		v := args[i]
		intField := func(p *int) error {
			n, err := intArg(t, v)
			*p = int(n)
			return err
		}
		strField := func(p *string) error {
			s, ok := asStr(v)
			if !ok {
				return NewError(&TypeErrorType, "replace() argument '%s' must be str, not %s", k, typeName(v))
			}
			*p = s.s
			return nil
		}
		var err error
		switch k {
		case "co_flags":
			err = intField(&c.Flags)
		case "co_argcount":
			err = intField(&c.ArgCount)
		case "co_posonlyargcount":
			err = intField(&c.PosOnlyArgCount)
		case "co_kwonlyargcount":
			err = intField(&c.KwOnlyArgCount)
		case "co_firstlineno":
			err = intField(&c.FirstLineNo)
		case "co_stacksize":
			err = intField(&c.StackSize)
		case "co_name":
			err = strField(&c.Name)
		case "co_qualname":
			err = strField(&c.QualName)
		case "co_filename":
			err = strField(&c.Filename)
		default:
			return Value{}, notImplemented("code.replace(" + k + "=...)")
		}
		if err != nil {
			return Value{}, err
		}
	}
	co, err := NewCodeObject(&c)
	if err != nil {
		return Value{}, err
	}
	return FromObject(&co.Object), nil
}
