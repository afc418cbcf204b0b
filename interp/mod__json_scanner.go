package interp

// This file implements _json.make_scanner (CPython's scanner type in
// Modules/_json.c): json's whole decoding loop in Go. A scanner is made
// from a JSONDecoder (its strict flag and hooks) and called as
// scanner(string, idx) -> (value, end); it raises StopIteration(idx)
// where no value starts, which JSONDecoder.raw_decode turns into
// "Expecting value".

import (
	"math/big"
	"strconv"
	"sync"
)

var jsonScannerType = Type{Name: "Scanner"}

type jsonScanner struct {
	Object
	strict                           bool
	objectHook, pairsHook            Value
	parseFloat, parseInt, parseConst Value
	memo                             *Dict
	s                                Value  // the string being scanned
	rs                               []rune // its code points
}

var jsonScannerOnce sync.Once

// setupJSONScanner fills the scanner type once per process (interpreters
// on other goroutines may import _json at the same time).
func setupJSONScanner() { jsonScannerOnce.Do(initJSONScannerType) }

func initJSONScannerType() {
	st := &jsonScannerType
	initBuiltinType(st, "JSON scanner object")
	st.Module = "_json"
	st.Slots = Slots{New: jsonScannerNew, Call: jsonScannerCall,
		Init: func(t *Thread, self Value, args []Value, kwnames []string) error { return nil }}
	inheritSlots(st)
}

func jsonScannerNew(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("Scanner", args, kwnames, "context")
	if err != nil {
		return Value{}, err
	}
	ctx, ok := kw["context"]
	if len(pos) == 1 {
		ctx, ok = pos[0], true
	}
	if !ok || len(pos) > 1 {
		return Value{}, NewError(&TypeErrorType, "Scanner() takes exactly 1 argument (%d given)", len(args))
	}
	sc := &jsonScanner{Object: Object{typ: typ}, memo: NewDict()}
	get := func(name string) (Value, error) { return GetAttrString(t, ctx, name) }
	sv, err := get("strict")
	if err != nil {
		return Value{}, err
	}
	if sc.strict, err = Truth(t, sv); err != nil {
		return Value{}, err
	}
	for _, f := range []struct {
		name string
		dst  *Value
	}{{"object_hook", &sc.objectHook}, {"object_pairs_hook", &sc.pairsHook}, {"parse_float", &sc.parseFloat},
		{"parse_int", &sc.parseInt}, {"parse_constant", &sc.parseConst}} {
		v, err := get(f.name)
		if err != nil {
			return Value{}, err
		}
		*f.dst = v
	}
	return FromObject(&sc.Object), nil
}

func jsonScannerCall(t *Thread, self Value, args []Value, kwnames []string) (Value, error) {
	pos, kw, err := kwArgs("scan_once", args, kwnames, "string", "idx")
	if err != nil {
		return Value{}, err
	}
	vals := make([]Value, 2)
	copy(vals, pos)
	if v, ok := kw["string"]; ok {
		vals[0] = v
	}
	if v, ok := kw["idx"]; ok {
		vals[1] = v
	}
	if vals[0].IsNull() || vals[1].IsNull() || len(pos) > 2 {
		return Value{}, NewError(&TypeErrorType, "scan_once() takes exactly 2 arguments (%d given)", len(args))
	}
	s, ok := asStr(vals[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "first argument must be a string, not %s", typeName(vals[0]))
	}
	idx, err := intArg(t, vals[1])
	if err != nil {
		return Value{}, err
	}
	sc := objectAs[jsonScanner](self.ref)
	sc.s, sc.rs = vals[0], s.codePoints()
	defer func() {
		sc.memo.Clear()
		sc.s, sc.rs = Value{}, nil
	}()
	v, end, err := sc.scanOnce(t, int(idx))
	if err != nil {
		return Value{}, err
	}
	return NewTupleValue([]Value{v, Int(int64(end))}), nil
}

func isJSONSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }

func (sc *jsonScanner) skipSpace(i int) int {
	for i < len(sc.rs) && isJSONSpace(sc.rs[i]) {
		i++
	}
	return i
}

// hasWord reports whether word starts at rs[i].
func (sc *jsonScanner) hasWord(i int, word string) bool {
	if i+len(word) > len(sc.rs) {
		return false
	}
	for k := 0; k < len(word); k++ {
		if sc.rs[i+k] != rune(word[k]) {
			return false
		}
	}
	return true
}

func (sc *jsonScanner) scanOnce(t *Thread, idx int) (Value, int, error) {
	if idx < 0 {
		return Value{}, 0, NewError(&ValueErrorType, "idx cannot be negative")
	}
	if idx >= len(sc.rs) {
		return Value{}, 0, stopIteration(Int(int64(idx)))
	}
	switch sc.rs[idx] {
	case '"':
		return jsonScan(t, sc.s, sc.rs, idx+1, sc.strict)
	case '{', '[':
		if err := t.enterCall(); err != nil {
			what := "object"
			if sc.rs[idx] == '[' {
				what = "array"
			}
			return Value{}, 0, NewError(&RecursionErrorType, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string", what)
		}
		defer t.leaveCall()
		if sc.rs[idx] == '{' {
			return sc.parseObject(t, idx+1)
		}
		return sc.parseArray(t, idx+1)
	case 'n':
		if sc.hasWord(idx, "null") {
			return None, idx + 4, nil
		}
	case 't':
		if sc.hasWord(idx, "true") {
			return True, idx + 4, nil
		}
	case 'f':
		if sc.hasWord(idx, "false") {
			return False, idx + 5, nil
		}
	case 'N':
		if sc.hasWord(idx, "NaN") {
			v, err := Call(t, sc.parseConst, []Value{StrValue("NaN")}, nil)
			return v, idx + 3, err
		}
	case 'I':
		if sc.hasWord(idx, "Infinity") {
			v, err := Call(t, sc.parseConst, []Value{StrValue("Infinity")}, nil)
			return v, idx + 8, err
		}
	case '-':
		if sc.hasWord(idx, "-Infinity") {
			v, err := Call(t, sc.parseConst, []Value{StrValue("-Infinity")}, nil)
			return v, idx + 9, err
		}
	}
	return sc.matchNumber(t, idx)
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// matchNumber parses -?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)? at start.
func (sc *jsonScanner) matchNumber(t *Thread, start int) (Value, int, error) {
	rs, i := sc.rs, start
	if i < len(rs) && rs[i] == '-' {
		i++
	}
	switch {
	case i < len(rs) && rs[i] >= '1' && rs[i] <= '9':
		for i < len(rs) && isDigit(rs[i]) {
			i++
		}
	case i < len(rs) && rs[i] == '0':
		i++
	default:
		return Value{}, 0, stopIteration(Int(int64(start)))
	}
	isFloat := false
	if i+1 < len(rs) && rs[i] == '.' && isDigit(rs[i+1]) {
		isFloat = true
		i += 2
		for i < len(rs) && isDigit(rs[i]) {
			i++
		}
	}
	if i < len(rs) && (rs[i] == 'e' || rs[i] == 'E') {
		e := i
		i++
		if i < len(rs) && (rs[i] == '-' || rs[i] == '+') {
			i++
		}
		d := i
		for i < len(rs) && isDigit(rs[i]) {
			i++
		}
		if i > d {
			isFloat = true
		} else {
			i = e
		}
	}
	text := string(rs[start:i])
	if isFloat {
		if sc.parseFloat.Is(TypeValue(&FloatType)) {
			f, err := strconv.ParseFloat(text, 64)
			if err != nil {
				if ne, ok := err.(*strconv.NumError); !ok || ne.Err != strconv.ErrRange {
					return Value{}, 0, NewError(&ValueErrorType, "could not convert string to float: '%s'", text)
				}
			}
			return Float(f), i, nil
		}
		v, err := Call(t, sc.parseFloat, []Value{StrValue(text)}, nil)
		return v, i, err
	}
	if sc.parseInt.Is(TypeValue(&IntType)) {
		if n, err := strconv.ParseInt(text, 10, 64); err == nil {
			return Int(n), i, nil
		}
		b, ok := new(big.Int).SetString(text, 10)
		if !ok {
			return Value{}, 0, NewError(&ValueErrorType, "invalid literal for int() with base 10: '%s'", text)
		}
		if limit := intMaxStrDigits; limit > 0 && len(text) > limit+1 {
			return Value{}, 0, NewError(&ValueErrorType, "Exceeds the limit (%d digits) for integer string conversion: value has %d digits; use sys.set_int_max_str_digits() to increase the limit", limit, len(text))
		}
		return bigValue(b), i, nil
	}
	v, err := Call(t, sc.parseInt, []Value{StrValue(text)}, nil)
	return v, i, err
}

func (sc *jsonScanner) errAt(t *Thread, msg string, pos int) error {
	return jsonDecodeError(t, msg, sc.s, pos)
}

func (sc *jsonScanner) parseObject(t *Thread, idx int) (Value, int, error) {
	rs := sc.rs
	usePairs := !sc.pairsHook.IsNone()
	var pairs []Value
	d := NewDict()
	idx = sc.skipSpace(idx)
	if idx >= len(rs) || rs[idx] != '}' {
		for {
			if idx >= len(rs) || rs[idx] != '"' {
				return Value{}, 0, sc.errAt(t, "Expecting property name enclosed in double quotes", idx)
			}
			key, end, err := jsonScan(t, sc.s, sc.rs, idx+1, sc.strict)
			if err != nil {
				return Value{}, 0, err
			}
			// Equal keys share one str object (the decoder's memo).
			if k, ok, err := sc.memo.GetItem(t, key); err != nil {
				return Value{}, 0, err
			} else if ok {
				key = k
			} else if err := sc.memo.SetItem(t, key, key); err != nil {
				return Value{}, 0, err
			}
			idx = sc.skipSpace(end)
			if idx >= len(rs) || rs[idx] != ':' {
				return Value{}, 0, sc.errAt(t, "Expecting ':' delimiter", idx)
			}
			idx = sc.skipSpace(idx + 1)
			val, next, err := sc.scanOnce(t, idx)
			if err != nil {
				return Value{}, 0, err
			}
			if usePairs {
				pairs = append(pairs, newTuple2(key, val))
			} else if err := d.SetItem(t, key, val); err != nil {
				return Value{}, 0, err
			}
			idx = sc.skipSpace(next)
			if idx < len(rs) && rs[idx] == '}' {
				break
			}
			if idx >= len(rs) || rs[idx] != ',' {
				return Value{}, 0, sc.errAt(t, "Expecting ',' delimiter", idx)
			}
			idx = sc.skipSpace(idx + 1)
		}
	}
	end := idx + 1
	if usePairs {
		v, err := Call(t, sc.pairsHook, []Value{NewListValue(pairs)}, nil)
		return v, end, err
	}
	if !sc.objectHook.IsNone() {
		v, err := Call(t, sc.objectHook, []Value{FromObject(&d.Object)}, nil)
		return v, end, err
	}
	return FromObject(&d.Object), end, nil
}

func (sc *jsonScanner) parseArray(t *Thread, idx int) (Value, int, error) {
	rs := sc.rs
	var items []Value
	idx = sc.skipSpace(idx)
	if idx >= len(rs) || rs[idx] != ']' {
		for {
			val, next, err := sc.scanOnce(t, idx)
			if err != nil {
				return Value{}, 0, err
			}
			items = append(items, val)
			idx = sc.skipSpace(next)
			if idx < len(rs) && rs[idx] == ']' {
				break
			}
			if idx >= len(rs) || rs[idx] != ',' {
				return Value{}, 0, sc.errAt(t, "Expecting ',' delimiter", idx)
			}
			idx = sc.skipSpace(idx + 1)
		}
	}
	return NewListValue(items), idx + 1, nil
}
