package interp

// This file builds the builtins module's namespace: the builtin
// functions (print, len, min, sorted, isinstance ...), the builtin types
// and the exception classes.

import (
	"math"
	"math/big"
	"strings"

	"github.com/pyjit/pyjit/bytecode"
	"github.com/pyjit/pyjit/frontend/literal"
)

// kwArgs splits a builtin call's arguments into positional ones and a
// map of keyword values, rejecting unknown keywords.
func kwArgs(fname string, args []Value, kwnames []string, allowed ...string) ([]Value, map[string]Value, error) {
	pos := args[:len(args)-len(kwnames)]
	var kw map[string]Value
	for i, k := range kwnames {
		ok := false
		for _, a := range allowed {
			if a == k {
				ok = true
			}
		}
		if !ok {
			return nil, nil, NewError(&TypeErrorType, "%s() got an unexpected keyword argument '%s'", fname, k)
		}
		if kw == nil {
			kw = map[string]Value{}
		}
		kw[k] = args[len(pos)+i]
	}
	return pos, kw, nil
}

func builtinPrint(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("print", args, kwnames, "sep", "end", "file", "flush")
	if err != nil {
		return Value{}, err
	}
	sep, end := " ", "\n"
	if v, ok := kw["sep"]; ok && !v.IsNone() {
		s, ok := asStr(v)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "sep must be None or a string, not %s", typeName(v))
		}
		sep = s.s
	}
	if v, ok := kw["end"]; ok && !v.IsNone() {
		s, ok := asStr(v)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "end must be None or a string, not %s", typeName(v))
		}
		end = s.s
	}
	var file Value
	if v, ok := kw["file"]; ok && !v.IsNone() {
		file = v
	} else if v, ok := t.in.sysStream(t, "stdout"); !ok {
		return Value{}, NewError(&RuntimeErrorType, "lost sys.stdout")
	} else if v.IsNone() {
		return None, nil
	} else {
		file = v
	}
	var b strings.Builder
	for i, a := range pos {
		if i > 0 {
			b.WriteString(sep)
		}
		s, err := StrString(t, a)
		if err != nil {
			return Value{}, err
		}
		b.WriteString(s)
	}
	b.WriteString(end)
	if err := writeTo(t, file, b.String()); err != nil {
		return Value{}, err
	}
	if v, ok := kw["flush"]; ok {
		if fl, _ := Truth(t, v); fl {
			if _, _, err := callMethod(t, file, "flush"); err != nil {
				return Value{}, err
			}
		}
	}
	return None, nil
}

// writeTo writes s to a file object (a text stream or anything with a
// write method).
func writeTo(t *Thread, file Value, s string) error {
	if ok, err := ioWriteFast(t, file, s); ok {
		return err
	}
	if file.Type() == &TextStreamType {
		ts := objectAs[textStream](file.ref)
		_, err := ts.w.WriteString(s)
		if ts.unbuffered {
			ts.w.Flush()
		}
		return err
	}
	w, err := GetAttrString(t, file, "write")
	if err != nil {
		return err
	}
	_, err = Call(t, w, []Value{StrValue(s)}, nil)
	return err
}

func builtinLen(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("len", args, kw, 1); err != nil {
		return Value{}, err
	}
	n, err := Len(t, args[0])
	return Int(int64(n)), err
}

func builtinRepr(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("repr", args, kw, 1); err != nil {
		return Value{}, err
	}
	return Repr(t, args[0])
}

// Ascii is ascii(v).
func Ascii(t *Thread, v Value) (Value, error) {
	r, err := Repr(t, v)
	if err != nil {
		return Value{}, err
	}
	s := mustStr(r)
	if s.ascii {
		return r, nil
	}
	var b strings.Builder
	for _, c := range s.codePoints() {
		switch {
		case c < 0x80:
			b.WriteRune(c)
		case c < 0x100:
			b.WriteString("\\x" + hex2(int(c), 2))
		case c < 0x10000:
			b.WriteString("\\u" + hex2(int(c), 4))
		default:
			b.WriteString("\\U" + hex2(int(c), 8))
		}
	}
	return StrValue(b.String()), nil
}

func hex2(v, n int) string {
	const digits = "0123456789abcdef"
	out := make([]byte, n)
	for i := n - 1; i >= 0; i-- {
		out[i] = digits[v&15]
		v >>= 4
	}
	return string(out)
}

func builtinAbs(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("abs", args, kw, 1); err != nil {
		return Value{}, err
	}
	return Absolute(t, args[0])
}

// minMax implements min() and max().
func minMax(name string, wantLess bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
		pos, kw, err := kwArgs(name, args, kwnames, "key", "default")
		if err != nil {
			return Value{}, err
		}
		key := None
		if k, ok := kw["key"]; ok {
			key = k
		}
		def, hasDef := kw["default"]
		var items []Value
		switch len(pos) {
		case 0:
			return Value{}, NewError(&TypeErrorType, "%s expected at least 1 argument, got 0", name)
		case 1:
			if items, err = iterateToSlice(t, pos[0]); err != nil {
				return Value{}, err
			}
			if len(items) == 0 {
				if hasDef {
					return def, nil
				}
				return Value{}, NewError(&ValueErrorType, "%s() arg is an empty sequence", name)
			}
		default:
			if hasDef {
				return Value{}, NewError(&TypeErrorType, "Cannot specify a default for %s() with multiple positional arguments", name)
			}
			items = pos
		}
		best := items[0]
		bestKey := best
		if !key.IsNone() {
			if bestKey, err = Call(t, key, []Value{best}, nil); err != nil {
				return Value{}, err
			}
		}
		for _, x := range items[1:] {
			k := x
			if !key.IsNone() {
				if k, err = Call(t, key, []Value{x}, nil); err != nil {
					return Value{}, err
				}
			}
			var better bool
			if wantLess {
				better, err = lessThan(t, k, bestKey)
			} else {
				var r Value
				if r, err = RichCompare(t, k, bestKey, bytecode.CmpGT); err == nil {
					better, err = Truth(t, r)
				}
			}
			if err != nil {
				return Value{}, err
			}
			if better {
				best, bestKey = x, k
			}
		}
		return best, nil
	}
}

func builtinSum(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("sum", args, kwnames, "start")
	if err != nil {
		return Value{}, err
	}
	if len(pos) == 0 {
		return Value{}, NewError(&TypeErrorType, "sum() takes at least 1 positional argument (0 given)")
	}
	if len(pos) > 2 {
		return Value{}, NewError(&TypeErrorType, "sum() takes at most 2 arguments (%d given)", len(pos))
	}
	acc := Int(0)
	if len(pos) == 2 {
		acc = pos[1]
	}
	if s, ok := kw["start"]; ok {
		acc = s
	}
	if _, ok := asStr(acc); ok {
		return Value{}, NewError(&TypeErrorType, "sum() can't sum strings [use ''.join(seq) instead]")
	}
	it, err := Iter(t, pos[0])
	if err != nil {
		return Value{}, err
	}
	for {
		x, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if x.IsNull() {
			return acc, nil
		}
		if acc, err = BinaryOp(t, 0, acc, x); err != nil {
			return Value{}, err
		}
	}
}

func builtinSorted(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	if len(pos) != 1 {
		return Value{}, NewError(&TypeErrorType, "sorted expected 1 argument, got %d", len(pos))
	}
	items, err := iterateToSlice(t, pos[0])
	if err != nil {
		return Value{}, err
	}
	l := NewList(items)
	if _, err := listSort(t, l, args[1:], kwnames); err != nil {
		return Value{}, err
	}
	return FromObject(&l.Object), nil
}

func builtinIsInstance(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("isinstance", args, kw, 2); err != nil {
		if len(kw) == 0 {
			return Value{}, NewError(&TypeErrorType, "isinstance expected 2 arguments, got %d", len(args))
		}
		return Value{}, err
	}
	r, err := isInstanceOf(t, args[0], args[1], "isinstance() arg 2 must be a type, a tuple of types, or a union")
	return Bool(r), err
}

func isInstanceOf(t *Thread, v, spec Value, msg string) (bool, error) {
	if r, ok, err := instanceCheckHook(t, v, spec); ok {
		return r, err
	}
	if tp, ok := asType(spec); ok {
		return v.Type().IsSubtype(tp), nil
	}
	if tu, ok := asTuple(spec); ok {
		for _, s := range tu.items {
			r, err := isInstanceOf(t, v, s, msg)
			if err != nil || r {
				return r, err
			}
		}
		return false, nil
	}
	return false, NewError(&TypeErrorType, "%s", msg)
}

func builtinIsSubclass(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 || len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "issubclass expected 2 arguments, got %d", len(args))
	}
	if r, ok, err := subclassCheckHook(t, args[0], args[1]); ok {
		return Bool(r), err
	}
	c, ok := asType(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "issubclass() arg 1 must be a class")
	}
	var check func(spec Value) (bool, error)
	check = func(spec Value) (bool, error) {
		if tp, ok := asType(spec); ok {
			return c.IsSubtype(tp), nil
		}
		if tu, ok := asTuple(spec); ok {
			for _, s := range tu.items {
				if r, err := check(s); err != nil || r {
					return r, err
				}
			}
			return false, nil
		}
		return false, NewError(&TypeErrorType, "issubclass() arg 2 must be a class, a tuple of classes, or a union")
	}
	r, err := check(args[1])
	return Bool(r), err
}

func builtinID(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("id", args, kw, 1); err != nil {
		return Value{}, err
	}
	return Int(int64(objectID(args[0]))), nil
}

func builtinHash(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("hash", args, kw, 1); err != nil {
		return Value{}, err
	}
	h, err := Hash(t, args[0])
	return Int(h), err
}

func builtinIter(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("iter", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	if len(args) == 2 {
		return iterCallable(args[0], args[1])
	}
	return Iter(t, args[0])
}

func builtinNext(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("next", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	it := args[0]
	if it.Type().Slots.Next == nil {
		return Value{}, NewError(&TypeErrorType, "'%s' object is not an iterator", typeName(it))
	}
	if it.Type() == &GeneratorType {
		r, done, err := objectAs[Generator](it.ref).resume(t, None, nil)
		if err != nil {
			return Value{}, err
		}
		if done {
			if len(args) == 2 {
				return args[1], nil
			}
			return Value{}, stopIteration(r)
		}
		return r, nil
	}
	// As CPython's builtin_next: the iterator's own StopIteration reaches
	// the caller (with its value) unless there is a default.
	r, err := it.Type().Slots.Next(t, it)
	if e, ok := err.(*Exception); ok && len(args) == 2 && e.typ.IsSubtype(&StopIterationType) {
		return args[1], nil
	}
	if err != nil {
		return Value{}, err
	}
	if r.IsNull() {
		if len(args) == 2 {
			return args[1], nil
		}
		return Value{}, stopIteration(None)
	}
	return r, nil
}

func attrName(v Value, fname string) (*Str, error) {
	s, ok := asStr(v)
	if !ok {
		return nil, NewError(&TypeErrorType, "attribute name must be string, not '%s'", typeName(v))
	}
	return Intern(s.s), nil
}

func builtinGetAttr(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) < 2 || len(args) > 3 || len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "getattr expected at least 2 arguments, got %d", len(args))
	}
	name, err := attrName(args[1], "getattr")
	if err != nil {
		return Value{}, err
	}
	r, err := GetAttr(t, args[0], name)
	if err != nil && len(args) == 3 {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&AttributeErrorType) {
			return args[2], nil
		}
	}
	return r, err
}

func builtinSetAttr(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 3 || len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "setattr expected 3 arguments, got %d", len(args))
	}
	name, err := attrName(args[1], "setattr")
	if err != nil {
		return Value{}, err
	}
	return None, SetAttr(t, args[0], name, args[2])
}

func builtinDelAttr(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 || len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "delattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName(args[1], "delattr")
	if err != nil {
		return Value{}, err
	}
	return None, SetAttr(t, args[0], name, Value{})
}

func builtinHasAttr(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 || len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "hasattr expected 2 arguments, got %d", len(args))
	}
	name, err := attrName(args[1], "hasattr")
	if err != nil {
		return Value{}, err
	}
	_, err = GetAttr(t, args[0], name)
	if err != nil {
		if e, ok := err.(*Exception); ok && e.typ.IsSubtype(&AttributeErrorType) {
			return False, nil
		}
		return Value{}, err
	}
	return True, nil
}

func builtinCallable(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("callable", args, kw, 1); err != nil {
		return Value{}, err
	}
	return Bool(args[0].Type().Slots.Call != nil), nil
}

func builtinChr(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("chr", args, kw, 1); err != nil {
		return Value{}, err
	}
	iv, err := indexValue(t, args[0], "'%s' object cannot be interpreted as an integer")
	if err != nil {
		return Value{}, err
	}
	i, ok := smallInt(iv)
	if !ok {
		return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	if i < 0 || i > 0x10ffff {
		return Value{}, NewError(&ValueErrorType, "chr() arg not in range(0x110000)")
	}
	if i < 128 {
		return asciiChar(byte(i)), nil
	}
	return StrValue(literal.EncodeRune(rune(i))), nil
}

func builtinOrd(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("ord", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, ok := asStr(args[0])
	if !ok {
		if b, isBytes := bytesData(args[0]); isBytes && (args[0].Type().IsSubtype(&BytesType) || args[0].Type().IsSubtype(&ByteArrayType)) {
			if len(b) != 1 {
				return Value{}, NewError(&TypeErrorType, "ord() expected a character, but string of length %d found", len(b))
			}
			return Int(int64(b[0])), nil
		}
		return Value{}, NewError(&TypeErrorType, "ord() expected string of length 1, but %s found", typeName(args[0]))
	}
	if s.Len() != 1 {
		return Value{}, NewError(&TypeErrorType, "ord() expected a character, but string of length %d found", s.Len())
	}
	r, _ := literal.DecodeRune(s.s)
	return Int(int64(r)), nil
}

func builtinDivmod(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if len(args) != 2 || len(kw) > 0 {
		return Value{}, NewError(&TypeErrorType, "divmod expected 2 arguments, got %d", len(args))
	}
	a, b := args[0], args[1]
	if isIntLike(a) && isIntLike(b) || (a.IsFloat() || isIntLike(a)) && (b.IsFloat() || isIntLike(b)) {
		q, err := BinaryOp(t, 2, a, b)
		if err != nil {
			if e, ok := err.(*Exception); ok && e.typ == &ZeroDivisionErrorType && (a.IsFloat() || b.IsFloat()) {
				return Value{}, NewError(&ZeroDivisionErrorType, "float divmod()")
			}
			return Value{}, err
		}
		r, err := BinaryOp(t, 6, a, b)
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{q, r}), nil
	}
	if r, found, err := callMethod(t, a, "__divmod__", b); found && (err != nil || !r.IsNotImplemented()) {
		return r, err
	}
	if r, found, err := callMethod(t, b, "__rdivmod__", a); found && (err != nil || !r.IsNotImplemented()) {
		return r, err
	}
	return Value{}, NewError(&TypeErrorType, "unsupported operand type(s) for divmod(): '%s' and '%s'", typeName(a), typeName(b))
}

func builtinPow(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("pow", args, kwnames, "base", "exp", "mod")
	if err != nil {
		return Value{}, err
	}
	vals := append([]Value(nil), pos...)
	for len(vals) < 3 {
		vals = append(vals, Value{})
	}
	for i, n := range []string{"base", "exp", "mod"} {
		if v, ok := kw[n]; ok {
			vals[i] = v
		}
	}
	if vals[0].IsNull() || vals[1].IsNull() {
		return Value{}, NewError(&TypeErrorType, "pow() missing required argument 'base' (pos 1)")
	}
	if vals[2].IsNull() || vals[2].IsNone() {
		return BinaryOp(t, 8, vals[0], vals[1])
	}
	if complexModulo(vals[0], vals[1]) {
		return Value{}, NewError(&ValueErrorType, "complex modulo")
	}
	if !isIntLike(vals[0]) || !isIntLike(vals[1]) || !isIntLike(vals[2]) {
		return Value{}, NewError(&TypeErrorType, "pow() 3rd argument not allowed unless all arguments are integers")
	}
	m := toBig(vals[2])
	if m.Sign() == 0 {
		return Value{}, NewError(&ValueErrorType, "pow() 3rd argument cannot be 0")
	}
	e := toBig(vals[1])
	base := new(big.Int).Set(toBig(vals[0]))
	if e.Sign() < 0 {
		inv := new(big.Int).ModInverse(new(big.Int).Mod(base, new(big.Int).Abs(m)), new(big.Int).Abs(m))
		if inv == nil {
			return Value{}, NewError(&ValueErrorType, "base is not invertible for the given modulus")
		}
		base, e = inv, new(big.Int).Neg(e)
	}
	r := new(big.Int).Exp(base, e, new(big.Int).Abs(m))
	if m.Sign() < 0 && r.Sign() != 0 {
		r.Add(r, m)
	}
	return bigValue(r), nil
}

func builtinRound(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("round", args, kwnames, "number", "ndigits")
	if err != nil {
		return Value{}, err
	}
	vals := append([]Value(nil), pos...)
	for len(vals) < 2 {
		vals = append(vals, Value{})
	}
	if v, ok := kw["number"]; ok {
		vals[0] = v
	}
	if v, ok := kw["ndigits"]; ok {
		vals[1] = v
	}
	x, nd := vals[0], vals[1]
	if x.IsNull() {
		return Value{}, NewError(&TypeErrorType, "round() missing required argument 'number' (pos 1)")
	}
	if nd.IsNone() {
		nd = Value{}
	}
	if x.IsFloat() {
		f := x.AsFloat()
		if nd.IsNull() {
			r := math.RoundToEven(f)
			return floatToInt(r)
		}
		n, ok := smallInt(nd)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(nd))
		}
		return Float(roundFloat(f, int(n))), nil
	}
	if isIntLike(x) {
		if nd.IsNull() {
			return intPos(t, x)
		}
		n, ok := smallInt(nd)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(nd))
		}
		if n >= 0 {
			return intPos(t, x)
		}
		// Round half to even at 10**-n.
		p := new(big.Int).Exp(big.NewInt(10), big.NewInt(-n), nil)
		v := toBig(x)
		q, r := new(big.Int).DivMod(v, p, new(big.Int))
		twice := new(big.Int).Lsh(r, 1)
		c := twice.Cmp(p)
		if c > 0 || c == 0 && q.Bit(0) == 1 {
			q.Add(q, big.NewInt(1))
		}
		return bigValue(q.Mul(q, p)), nil
	}
	args2 := []Value{}
	if !nd.IsNull() {
		args2 = append(args2, nd)
	}
	r, found, err := callMethod(t, x, "__round__", args2...)
	if !found && err == nil {
		return Value{}, NewError(&TypeErrorType, "type %s doesn't define __round__ method", typeName(x))
	}
	return r, err
}

// roundFloat rounds to n decimal digits, correctly rounded (half even on
// the exact decimal value), as CPython's double_round.
func roundFloat(f float64, n int) float64 {
	if math.IsInf(f, 0) || math.IsNaN(f) || f == 0 {
		return f
	}
	if n > 323 {
		return f
	}
	if n < -308 {
		return math.Copysign(0, f)
	}
	s := literal.FormatFloat(f, 'f', n)
	if n < 0 {
		p := math.Pow(10, float64(-n))
		r := math.RoundToEven(f/p) * p
		return r
	}
	var out float64
	if v, err := parseFloatString(s); err == nil {
		out = v.AsFloat()
	}
	return out
}

func builtinAnyAll(name string, any bool) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		it, err := Iter(t, args[0])
		if err != nil {
			return Value{}, err
		}
		for {
			x, err := Next(t, it)
			if err != nil {
				return Value{}, err
			}
			if x.IsNull() {
				return Bool(!any), nil
			}
			b, err := Truth(t, x)
			if err != nil {
				return Value{}, err
			}
			if b == any {
				return Bool(any), nil
			}
		}
	}
}

func builtinFormat(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("format", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	spec := Value{}
	if len(args) == 2 {
		spec = args[1]
	}
	return Format(t, args[0], spec)
}

func builtinBase(name string, base int, prefix string) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		iv, err := indexValue(t, args[0], "")
		if err != nil {
			return Value{}, err
		}
		b := toBig(iv)
		s := new(big.Int).Abs(b).Text(base)
		if b.Sign() < 0 {
			return StrValue("-" + prefix + s), nil
		}
		return StrValue(prefix + s), nil
	}
}

func builtinBuildClass(t *Thread, _ Value, args []Value, kwnames []string) (Value, error) {
	pos := args[:len(args)-len(kwnames)]
	if len(pos) < 2 {
		return Value{}, NewError(&TypeErrorType, "__build_class__: not enough arguments")
	}
	fn, ok := pos[0].ref, pos[0].Type() == &FunctionType
	if !ok {
		return Value{}, NewError(&TypeErrorType, "__build_class__: func must be a function")
	}
	name, ok := asStr(pos[1])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "__build_class__: name is not a string")
	}
	basesV := pos[2:]
	var meta Value
	var kwn []string
	var kwv []Value
	for i, k := range kwnames {
		if k == "metaclass" {
			meta = args[len(pos)+i]
			continue
		}
		kwn = append(kwn, k)
		kwv = append(kwv, args[len(pos)+i])
	}
	origBases := basesV
	basesV, err := updateBases(t, basesV)
	if err != nil {
		return Value{}, err
	}
	isClass := meta.IsNull()
	if meta.IsNull() {
		meta = TypeValue(&TypeType)
		if len(basesV) > 0 {
			meta = TypeValue(basesV[0].Type())
		}
	}
	if mt, ok := asType(meta); ok && (isClass || mt.IsSubtype(&TypeType)) {
		// Calculate the most derived metaclass.
		winner := mt
		for _, b := range basesV {
			bt := b.Type()
			if winner.IsSubtype(bt) {
				continue
			}
			if bt.IsSubtype(winner) {
				winner = bt
				continue
			}
			return Value{}, NewError(&TypeErrorType, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
		}
		meta = TypeValue(winner)
	}
	ns := NewDict()
	if prep, err := GetAttrString(t, meta, "__prepare__"); err == nil {
		pargs := append([]Value{pos[1], NewTupleValue(append([]Value(nil), basesV...))}, kwv...)
		r, err := Call(t, prep, pargs, kwn)
		if err != nil {
			return Value{}, err
		}
		d, ok := asDict(r)
		if !ok {
			return Value{}, notImplemented("__prepare__ returning a non-dict")
		}
		ns = d
	}
	f := objectAs[Function](fn)
	frame, err := t.frameForCall(f, nil, nil)
	if err != nil {
		return Value{}, err
	}
	frame.locals = ns
	cell, err := t.run(frame)
	if err != nil {
		return Value{}, err
	}
	if err := setOrigBases(t, ns, origBases, basesV); err != nil {
		return Value{}, err
	}
	margs := []Value{pos[1], NewTupleValue(append([]Value(nil), basesV...)), FromObject(&ns.Object)}
	margs = append(margs, kwv...)
	cls, err := Call(t, meta, margs, kwn)
	if err != nil {
		return Value{}, err
	}
	if cell.Type() == &CellType {
		c := objectAs[Cell](cell.ref)
		if c.V.IsNull() {
			c.V = cls
		} else if !c.V.Is(cls) {
			return Value{}, NewError(&TypeErrorType, "__class__ set to %s defining '%s' as %s", mustReprNoErr(t, c.V), name.s, mustReprNoErr(t, cls))
		}
	}
	return cls, nil
}

func mustReprNoErr(t *Thread, v Value) string {
	s, err := ReprString(t, v)
	if err != nil {
		return "?"
	}
	return s
}

func builtinGlobals(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if t.frame == nil {
		return NewDictValue(), nil
	}
	return FromObject(&t.frame.globals.Object), nil
}

func builtinVars(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("vars", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	if len(args) == 0 {
		return builtinLocals(t, Value{}, nil, nil)
	}
	r, err := GetAttrString(t, args[0], "__dict__")
	if err != nil {
		return Value{}, NewError(&TypeErrorType, "vars() argument must have __dict__ attribute")
	}
	return r, nil
}

func dirDefault(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("dir", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	var names []Value
	seen := map[string]bool{}
	add := func(d *Dict) {
		if d == nil {
			return
		}
		for _, k := range d.Keys() {
			if s, ok := asStr(k); ok && !seen[s.s] {
				seen[s.s] = true
				names = append(names, k)
			}
		}
	}
	if len(args) == 0 {
		if t.frame != nil && t.frame.locals != nil {
			add(t.frame.locals)
		}
	} else {
		v := args[0]
		if tp, ok := asType(v); ok {
			for _, m := range tp.MRO {
				add(m.Dict)
			}
		} else if v.Type() == &ModuleType {
			add(objectAs[Module](v.ref).Dict)
		} else {
			if a := attrsOf(v); a != nil {
				add(a.Dict())
			}
			for _, m := range v.Type().MRO {
				add(m.Dict)
			}
		}
	}
	l := NewList(names)
	if err := sortValues(t, l, None, false); err != nil {
		return Value{}, err
	}
	return FromObject(&l.Object), nil
}

func builtinInput(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	return Value{}, notImplemented("input()")
}

// makeBuiltins builds the builtins namespace for an interpreter.
func makeBuiltins(in *Interpreter) *Dict {
	d := NewDict()
	set := func(name string, v Value) { d.setStrNoErr(Intern(name), v) }
	fn := func(name string, f BuiltinFn) {
		b := NewBuiltin(name, f)
		b.Module = "builtins"
		set(name, FromObject(&b.Object))
	}
	fn("print", builtinPrint)
	set("open", FromObject(&ioOpenBuiltin.Object))
	fn("len", builtinLen)
	fn("repr", builtinRepr)
	fn("ascii", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("ascii", args, kw, 1); err != nil {
			return Value{}, err
		}
		return Ascii(t, args[0])
	})
	fn("abs", builtinAbs)
	fn("min", minMax("min", true))
	fn("max", minMax("max", false))
	fn("sum", builtinSum)
	fn("sorted", builtinSorted)
	fn("isinstance", builtinIsInstance)
	fn("issubclass", builtinIsSubclass)
	fn("id", builtinID)
	fn("hash", builtinHash)
	fn("iter", builtinIter)
	fn("next", builtinNext)
	fn("getattr", builtinGetAttr)
	fn("setattr", builtinSetAttr)
	fn("delattr", builtinDelAttr)
	fn("hasattr", builtinHasAttr)
	fn("callable", builtinCallable)
	fn("chr", builtinChr)
	fn("ord", builtinOrd)
	fn("divmod", builtinDivmod)
	fn("pow", builtinPow)
	fn("round", builtinRound)
	fn("any", builtinAnyAll("any", true))
	fn("all", builtinAnyAll("all", false))
	fn("format", builtinFormat)
	fn("bin", builtinBase("bin", 2, "0b"))
	fn("oct", builtinBase("oct", 8, "0o"))
	fn("hex", builtinBase("hex", 16, "0x"))
	fn("__build_class__", builtinBuildClass)
	fn("globals", builtinGlobals)
	fn("locals", builtinLocals)
	fn("exec", builtinExec)
	fn("eval", builtinEval)
	fn("compile", builtinCompile)
	fn("vars", builtinVars)
	fn("dir", builtinDir)
	fn("input", ioInput)
	for _, tp := range []*Type{&ObjectType, &TypeType, &IntType, &BoolType, &FloatType, &StrType, &TupleType,
		&ListType, &DictType, &SetType, &FrozenSetType, &RangeType, &EnumerateType, &ZipType, &MapType,
		&FilterType, &ReversedType, &SliceType, &PropertyType, &ClassMethodType, &StaticMethodType, &SuperType, &BytesType, &ByteArrayType, &MemoryViewType} {
		set(tp.Name, TypeValue(tp))
	}
	for _, row := range exceptionTable {
		set(row.typ.Name, TypeValue(row.typ))
	}
	set("EnvironmentError", TypeValue(&OSErrorType))
	set("IOError", TypeValue(&OSErrorType))
	set("None", None)
	set("True", True)
	set("False", False)
	set("Ellipsis", Ellipsis)
	set("NotImplemented", NotImplemented)
	set("__debug__", True)
	set("__name__", StrValue("builtins"))
	addBTypesBuiltins(in, d)
	return d
}
