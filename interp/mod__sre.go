package interp

// This file is the _sre module (CPython's Modules/_sre/sre.c): compile()
// turns the opcode list that re/_compiler.py produced into a Pattern,
// whose methods run the engine of mod__sre_engine.go and mod__sre_run.go
// and build Match objects (mod__sre_match.go).

import (
	"fmt"
	"runtime"
	"strings"
	"sync"
	"unsafe"

	"github.com/pyjit/pyjit/bytecode"
)

var (
	srePatternType = Type{Name: "Pattern"}
	sreMatchType   = Type{Name: "Match"}
	sreScannerType = Type{Name: "SRE_Scanner"}
	sreIterType    = Type{Name: "callable_iterator"}
)

var sreOnce sync.Once

func init() {
	builtinModules["_sre"] = makeSreModule
	delete(cModules, "_sre")
}

// srePattern is a compiled regular expression (re.Pattern).
type srePattern struct {
	Object
	code       []uint32
	groups     int
	groupindex *Dict
	indexgroup Value // tuple of names (None for unnamed groups)
	pattern    Value // the source: str, bytes or None
	flags      int64
	isBytes    int // -1: pattern is None, 0: str, 1: bytes

	cache *sreRunner // taken while in use
	first []int      // sreFirstItems after the INFO block
	// firstMap and setMap hold first and the INFO charset for codes
	// below 256.
	firstMap, setMap [4]uint64
}

func asPattern(v Value) (*srePattern, bool) {
	if v.ref != nil && v.ref.typ == &srePatternType {
		return objectAs[srePattern](v.ref), true
	}
	return nil, false
}

// sreSubject is the string a state runs over.
type sreSubject struct {
	v       Value
	str     *Str   // a str subject
	data    []byte // a bytes-like subject (or an ASCII str's bytes)
	runes   []rune // a non-ASCII str's code points
	isBytes bool
	length  int
}

func sreGetSubject(v Value) (sreSubject, error) {
	if s, ok := asStr(v); ok {
		sub := sreSubject{v: v, str: s}
		if s.ascii {
			sub.data = unsafe.Slice(unsafe.StringData(s.s), len(s.s))
			sub.length = len(s.s)
		} else {
			sub.runes = s.codePoints()
			sub.length = len(sub.runes)
		}
		return sub, nil
	}
	if b, ok := bytesData(v); ok {
		return sreSubject{v: v, data: b, isBytes: true, length: len(b)}, nil
	}
	return sreSubject{}, NewError(&TypeErrorType, "expected string or bytes-like object, got '%s'", typeName(v))
}

// slice is getslice(): the subject's [i:j] as str or bytes.
func (sub *sreSubject) slice(i, j int) Value {
	if sub.isBytes {
		if sub.v.Type() == &BytesType && i == 0 && j == len(sub.data) {
			return sub.v
		}
		b := make([]byte, j-i)
		copy(b, sub.data[i:j])
		return BytesValue(b)
	}
	if i == 0 && j == sub.length && sub.v.Type() == &StrType {
		return sub.v
	}
	if sub.runes == nil {
		if j-i == 1 {
			return asciiChar(sub.data[i])
		}
		// A piece of an ASCII str is ASCII: skip NewStr's scan.
		return FromObject(&(&Str{Object: Object{typ: &StrType}, s: sub.str.s[i:j], n: j - i, ascii: true}).Object)
	}
	return StrValue(sub.str.substr(i, j))
}

// sreRunner is one SRE_STATE: an engine over a subject with its bounds.
// A pattern keeps its last finished runner for the next call, so that
// repeated matching allocates no stacks.
type sreRunner struct {
	eng         sreEngine
	c           *sreCore
	sub         sreSubject
	pos, endpos int
	byteSt      *sreState[byte]
	runeSt      *sreState[rune]
}

// newRunner is state_init: checks the subject's type against the
// pattern's and clamps pos and endpos.
func (p *srePattern) newRunner(v Value, pos, endpos int64) (*sreRunner, error) {
	sub, err := sreGetSubject(v)
	if err != nil {
		return nil, err
	}
	if p.isBytes == 0 && sub.isBytes {
		return nil, NewError(&TypeErrorType, "cannot use a string pattern on a bytes-like object")
	}
	if p.isBytes == 1 && !sub.isBytes {
		return nil, NewError(&TypeErrorType, "cannot use a bytes pattern on a string-like object")
	}
	n := int64(sub.length)
	pos = max(0, min(pos, n))
	endpos = max(0, min(endpos, n))
	// A nested call (a sub() callback using the same pattern) finds the
	// cache empty and makes its own runner.
	r := p.cache
	p.cache = nil
	if r == nil {
		r = &sreRunner{}
	}
	r.sub, r.pos, r.endpos = sub, int(pos), int(endpos)
	var c *sreCore
	if sub.runes != nil {
		if r.runeSt == nil {
			r.runeSt = &sreState[rune]{}
		}
		r.runeSt.str = sub.runes
		r.eng, c = r.runeSt, &r.runeSt.sreCore
	} else {
		if r.byteSt == nil {
			r.byteSt = &sreState[byte]{}
		}
		r.byteSt.str = sub.data
		r.eng, c = r.byteSt, &r.byteSt.sreCore
	}
	r.c = c
	c.code = p.code
	c.first, c.firstMap, c.setMap = p.first, p.firstMap, p.setMap
	c.start, c.end, c.pos, c.ptr = int(pos), int(endpos), int(pos), int(pos)
	if cap(c.marks) < 2*p.groups {
		c.marks = make([]int, 2*p.groups)
	}
	c.marks = c.marks[:2*p.groups]
	c.matchAll, c.mustAdvance = false, false
	c.reset()
	return r, nil
}

// release hands a finished runner back to its pattern.
func (p *srePattern) release(r *sreRunner) {
	if r.byteSt != nil {
		r.byteSt.str = nil
	}
	if r.runeSt != nil {
		r.runeSt.str = nil
	}
	r.sub = sreSubject{}
	p.cache = r
}

// run runs the engine (search or match), turning an internal failure on
// malformed code into the RuntimeError CPython raises for
// SRE_ERROR_ILLEGAL.
func (r *sreRunner) run(search bool) (ok bool, err error) {
	defer func() {
		if x := recover(); x != nil {
			switch x.(type) {
			case sreEngineError, runtime.Error:
				ok, err = false, NewError(&RuntimeErrorType, "internal error in regular expression engine")
			default:
				panic(x)
			}
		}
	}()
	if search {
		return r.eng.search(), nil
	}
	return r.eng.match(), nil
}

func (r *sreRunner) match() (bool, error)  { return r.run(false) }
func (r *sreRunner) search() (bool, error) { return r.run(true) }

// group is state_getslice: group i (1-based) of the current match, or
// the empty string / None when it did not participate.
func (r *sreRunner) group(i int, empty bool) Value {
	c := r.c
	j := (i - 1) * 2
	if j >= c.lastmark || c.marks[j] < 0 || c.marks[j+1] < 0 {
		if empty {
			return r.sub.slice(0, 0)
		}
		return None
	}
	return r.sub.slice(c.marks[j], c.marks[j+1])
}

// advance moves past the current match for the next iteration, refusing
// a second empty match at the same place.
func (r *sreRunner) advance() {
	c := r.c
	c.mustAdvance = c.ptr == c.start
	c.start = c.ptr
}

func makeSreModule(in *Interpreter) *Module {
	sreOnce.Do(setupSreTypes)
	m := NewModule("_sre")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("MAGIC", Int(sreMagic))
	set("CODESIZE", Int(4))
	set("MAXREPEAT", Int(sreMaxRepeat))
	set("MAXGROUPS", Int(sreMaxGroups))
	set("copyright", StrValue(" SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB "))
	moduleFn(m, "getcodesize", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getcodesize", args, kw, 0); err != nil {
			return Value{}, err
		}
		return Int(4), nil
	})
	charFn := func(name string, f func(uint32) Value) {
		moduleFn(m, name, func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			a, err := clinicArgs(name, args, kw, []string{"character"}, 1, 1)
			if err != nil {
				return Value{}, err
			}
			ch, err := sreIntArg(t, a[0], "int")
			if err != nil {
				return Value{}, err
			}
			return f(uint32(ch)), nil
		})
	}
	charFn("ascii_iscased", func(ch uint32) Value {
		return Bool(ch < 128 && (ch >= 'a' && ch <= 'z' || ch >= 'A' && ch <= 'Z'))
	})
	charFn("unicode_iscased", func(ch uint32) Value {
		return Bool(ch != sreLowerUnicode(ch) || ch != sreUpperUnicode(ch))
	})
	charFn("ascii_tolower", func(ch uint32) Value { return Int(int64(sreLowerASCII(ch))) })
	charFn("unicode_tolower", func(ch uint32) Value { return Int(int64(sreLowerUnicode(ch))) })
	moduleFn(m, "compile", sreCompile)
	return m
}

// sreIntArg converts an int argument that must fit a C int.
func sreIntArg(t *Thread, v Value, _ string) (int64, error) {
	if !isIntLike(v) {
		if v.Type().Slots.Index == nil {
			return 0, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v))
		}
	}
	iv, err := indexValue(t, v, "")
	if err != nil {
		return 0, err
	}
	n, ok := smallInt(iv)
	if !ok || n > 1<<31-1 || n < -(1<<31) {
		return 0, NewError(&OverflowErrorType, "Python int too large to convert to C int")
	}
	return n, nil
}

// sreCompile is _sre.compile(pattern, flags, code, groups, groupindex,
// indexgroup).
func sreCompile(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("compile", args, kw, []string{"pattern", "flags", "code", "groups", "groupindex", "indexgroup"}, 6, 6)
	if err != nil {
		return Value{}, err
	}
	flags, err := sreIntArg(t, a[1], "int")
	if err != nil {
		return Value{}, err
	}
	lst, ok := asList(a[2])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "compile() argument 'code' must be list, not %s", typeName(a[2]))
	}
	groups, err := ssizeArg(t, a[3])
	if err != nil {
		return Value{}, err
	}
	gi, ok := asDict(a[4])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "compile() argument 'groupindex' must be dict, not %s", typeName(a[4]))
	}
	if _, ok := asTuple(a[5]); !ok {
		return Value{}, NewError(&TypeErrorType, "compile() argument 'indexgroup' must be tuple, not %s", typeName(a[5]))
	}
	p := &srePattern{Object: Object{typ: &srePatternType}, groups: int(groups), groupindex: gi.Copy(), indexgroup: a[5], pattern: a[0], flags: flags}
	p.code = make([]uint32, len(lst.items))
	for i, c := range lst.items {
		n, ok := smallInt(c)
		if !ok || n < 0 || n > 0xFFFFFFFF {
			if !isIntLike(c) {
				return Value{}, NewError(&TypeErrorType, "an integer is required")
			}
			return Value{}, NewError(&OverflowErrorType, "regular expression code size limit exceeded")
		}
		p.code[i] = uint32(n)
	}
	switch {
	case a[0].IsNone():
		p.isBytes = -1
	default:
		if _, ok := asStr(a[0]); ok {
			p.isBytes = 0
		} else if _, ok := bytesData(a[0]); ok {
			p.isBytes = 1
		} else {
			return Value{}, NewError(&TypeErrorType, "expected string or bytes-like object, got '%s'", typeName(a[0]))
		}
	}
	if groups < 0 || groups > sreMaxGroups || len(p.code) == 0 {
		return Value{}, NewError(&RuntimeErrorType, "invalid SRE code")
	}
	body := 0
	if p.code[0] == sreInfo && len(p.code) > 1 {
		body = 1 + int(p.code[1])
	}
	p.first = sreFirstItems(p.code, body, nil)
	if p.first != nil {
		m, ok := sreByteMap(func(ch uint32) bool {
			for _, pc := range p.first {
				if sreOne(p.code, pc, ch) {
					return true
				}
			}
			return false
		})
		if ok {
			p.firstMap = m
		} else {
			p.first = nil
		}
	}
	if p.code[0] == sreInfo && len(p.code) > 5 && p.code[2]&(sreInfoPrefix|sreInfoCharset) == sreInfoCharset {
		m, ok := sreByteMap(func(ch uint32) bool { return sreInCharset(p.code, 5, ch) })
		if !ok {
			return Value{}, NewError(&RuntimeErrorType, "invalid SRE code")
		}
		p.setMap = m
	}
	return FromObject(&p.Object), nil
}

func setupSreTypes() {
	initBuiltinType(&srePatternType, "Compiled regular expression object.")
	srePatternType.Module = "re"
	srePatternType.Slots = Slots{
		Repr:        patternRepr,
		Hash:        patternHash,
		RichCompare: patternCompare,
		New: func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
			return Value{}, NewError(&TypeErrorType, "cannot create 're.Pattern' instances")
		},
	}
	pm := func(name string, f func(t *Thread, p *srePattern, args []Value, kw []string) (Value, error)) {
		addMethod(&srePatternType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return f(t, objectAs[srePattern](self.ref), args, kw)
		})
	}
	pm("match", func(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
		return p.matchOp(t, "match", args, kw, 0)
	})
	pm("fullmatch", func(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
		return p.matchOp(t, "fullmatch", args, kw, 1)
	})
	pm("search", func(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
		return p.matchOp(t, "search", args, kw, 2)
	})
	pm("findall", patternFindall)
	pm("finditer", patternFinditer)
	pm("scanner", func(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
		r, err := p.runnerArgs(t, "scanner", args, kw)
		if err != nil {
			return Value{}, err
		}
		return newScanner(p, r), nil
	})
	pm("split", patternSplit)
	pm("sub", func(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
		return patternSub(t, p, "sub", args, kw, false)
	})
	pm("subn", func(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
		return patternSub(t, p, "subn", args, kw, true)
	})
	addMethod(&srePatternType, "__copy__", func(t *Thread, s Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__copy__", args, kw, 0); err != nil {
			return Value{}, err
		}
		return s, nil
	})
	addMethod(&srePatternType, "__deepcopy__", func(t *Thread, s Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("__deepcopy__", args, kw, 1); err != nil {
			return Value{}, err
		}
		return s, nil
	})
	addClassMethod(&srePatternType, "__class_getitem__", classGetItem)
	get := func(name string, f func(p *srePattern) Value) {
		addGetSet(&srePatternType, name, func(t *Thread, v Value) (Value, error) { return f(objectAs[srePattern](v.ref)), nil }, nil)
	}
	get("pattern", func(p *srePattern) Value { return p.pattern })
	get("flags", func(p *srePattern) Value { return Int(p.flags) })
	get("groups", func(p *srePattern) Value { return Int(int64(p.groups)) })
	// CPython returns a mappingproxy; pyjit has none yet, so a fresh
	// copy keeps the pattern's own mapping immutable.
	get("groupindex", func(p *srePattern) Value { return FromObject(&p.groupindex.Copy().Object) })

	setupSreMatchTypes()
	for _, tp := range []*Type{&srePatternType, &sreMatchType, &sreScannerType, &sreIterType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

// runnerArgs parses (string, pos=0, endpos=sys.maxsize) into a runner.
func (p *srePattern) runnerArgs(t *Thread, name string, args []Value, kw []string) (*sreRunner, error) {
	a, err := clinicArgs(name, args, kw, []string{"string", "pos", "endpos"}, 1, 3)
	if err != nil {
		return nil, err
	}
	pos, endpos := int64(0), int64(1<<63-1)
	if !a[1].IsNull() {
		if pos, err = ssizeArg(t, a[1]); err != nil {
			return nil, err
		}
	}
	if !a[2].IsNull() {
		if endpos, err = ssizeArg(t, a[2]); err != nil {
			return nil, err
		}
	}
	return p.newRunner(a[0], pos, endpos)
}

// matchOp is match (mode 0), fullmatch (1) and search (2).
func (p *srePattern) matchOp(t *Thread, name string, args []Value, kw []string, mode int) (Value, error) {
	r, err := p.runnerArgs(t, name, args, kw)
	if err != nil {
		return Value{}, err
	}
	var ok bool
	switch mode {
	case 0:
		ok, err = r.match()
	case 1:
		r.c.matchAll = true
		ok, err = r.match()
	default:
		ok, err = r.search()
	}
	if err != nil || !ok {
		p.release(r)
		return None, err
	}
	m := newMatch(p, r)
	p.release(r)
	return m, nil
}

func patternFindall(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
	r, err := p.runnerArgs(t, "findall", args, kw)
	if err != nil {
		return Value{}, err
	}
	var out []Value
	c := r.c
	for c.start <= c.end {
		ok, err := r.search()
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		switch p.groups {
		case 0:
			out = append(out, r.sub.slice(c.start, c.ptr))
		case 1:
			out = append(out, r.group(1, true))
		default:
			items := make([]Value, p.groups)
			for i := range items {
				items[i] = r.group(i+1, true)
			}
			out = append(out, NewTupleValue(items))
		}
		r.advance()
	}
	p.release(r)
	return NewListValue(out), nil
}

func patternSplit(t *Thread, p *srePattern, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("split", args, kw, []string{"string", "maxsplit"}, 1, 2)
	if err != nil {
		return Value{}, err
	}
	maxsplit := int64(0)
	if !a[1].IsNull() {
		if maxsplit, err = ssizeArg(t, a[1]); err != nil {
			return Value{}, err
		}
	}
	r, err := p.newRunner(a[0], 0, 1<<63-1)
	if err != nil {
		return Value{}, err
	}
	c := r.c
	var out []Value
	n := int64(0)
	last := c.start
	for maxsplit == 0 || n < maxsplit {
		ok, err := r.search()
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		out = append(out, r.sub.slice(last, c.start))
		for i := 0; i < p.groups; i++ {
			out = append(out, r.group(i+1, false))
		}
		n++
		r.advance()
		last = c.start
	}
	out = append(out, r.sub.slice(last, r.endpos))
	p.release(r)
	return NewListValue(out), nil
}

// sreCallRe calls re.<name>(args...), as sre.c's call() does.
func sreCallRe(t *Thread, name string, args ...Value) (Value, error) {
	mod, err := t.importAbs("re")
	if err != nil {
		return Value{}, err
	}
	f, err := GetAttrString(t, mod, name)
	if err != nil {
		return Value{}, err
	}
	return Call(t, f, args, nil)
}

func isCallable(v Value) bool {
	if v.Type().Slots.Call != nil {
		return true
	}
	return false
}

func patternSub(t *Thread, p *srePattern, name string, args []Value, kw []string, subn bool) (Value, error) {
	a, err := clinicArgs(name, args, kw, []string{"repl", "string", "count"}, 2, 3)
	if err != nil {
		return Value{}, err
	}
	count := int64(0)
	if !a[2].IsNull() {
		if count, err = ssizeArg(t, a[2]); err != nil {
			return Value{}, err
		}
	}
	filter := a[0]
	callable := isCallable(filter)
	if !callable {
		literal := false
		if s, ok := asStr(filter); ok {
			literal = !strings.Contains(s.s, "\\")
		} else if b, ok := bytesData(filter); ok {
			literal = !strings.Contains(string(b), "\\")
		}
		if !literal {
			if filter, err = sreCallRe(t, "_subx", FromObject(&p.Object), filter); err != nil {
				return Value{}, err
			}
			callable = isCallable(filter)
		}
	}
	r, err := p.newRunner(a[1], 0, 1<<63-1)
	if err != nil {
		return Value{}, err
	}
	c := r.c
	// The result is built directly from the subject's segments, which
	// makes no str objects for the unchanged text.
	var sb strings.Builder
	var buf []byte
	sub := &sreSubject{}
	*sub = r.sub
	add := func(v Value, item int) error {
		if sub.isBytes {
			b, ok := bytesData(v)
			if !ok {
				return NewError(&TypeErrorType, "sequence item %d: expected a bytes-like object, %s found", item, typeName(v))
			}
			buf = append(buf, b...)
			return nil
		}
		s, ok := asStr(v)
		if !ok {
			return NewError(&TypeErrorType, "sequence item %d: expected str instance, %s found", item, typeName(v))
		}
		sb.WriteString(s.s)
		return nil
	}
	segment := func(i, j int) {
		switch {
		case sub.isBytes:
			buf = append(buf, sub.data[i:j]...)
		case sub.runes == nil:
			sb.WriteString(sub.str.s[i:j])
		default:
			sb.WriteString(sub.str.substr(i, j))
		}
	}
	n := int64(0)
	i, items := 0, 0
	for count == 0 || n < count {
		ok, err := r.search()
		if err != nil {
			return Value{}, err
		}
		if !ok {
			break
		}
		b, e := c.start, c.ptr
		if i < b {
			segment(i, b)
			items++
		}
		if callable {
			item, err := Call(t, filter, []Value{newMatch(p, r)}, nil)
			if err != nil {
				return Value{}, err
			}
			if !item.IsNone() {
				if err := add(item, items); err != nil {
					return Value{}, err
				}
				items++
			}
		} else if !filter.IsNone() {
			if err := add(filter, items); err != nil {
				return Value{}, err
			}
			items++
		}
		i = e
		n++
		r.advance()
	}
	if i < r.endpos {
		segment(i, r.endpos)
	}
	p.release(r)
	var res Value
	switch {
	case sub.isBytes:
		if buf == nil {
			buf = []byte{}
		}
		res = BytesValue(buf)
	case n == 0 && sub.v.Type() == &StrType:
		res = sub.v
	default:
		res = StrValue(sb.String())
	}
	if subn {
		return NewTupleValue([]Value{res, Int(n)}), nil
	}
	return res, nil
}

var sreFlagNames = []struct {
	name string
	flag int64
}{
	{"re.TEMPLATE", 1}, {"re.IGNORECASE", 2}, {"re.LOCALE", 4}, {"re.MULTILINE", 8},
	{"re.DOTALL", 16}, {"re.UNICODE", 32}, {"re.VERBOSE", 64}, {"re.DEBUG", 128}, {"re.ASCII", 256},
}

func patternRepr(t *Thread, v Value) (Value, error) {
	p := objectAs[srePattern](v.ref)
	flags := p.flags
	if p.isBytes == 0 && flags&(4|32|256) == 32 {
		flags &^= 32
	}
	var names []string
	for _, f := range sreFlagNames {
		if flags&f.flag != 0 {
			names = append(names, f.name)
			flags &^= f.flag
		}
	}
	if flags != 0 {
		names = append(names, fmt.Sprintf("0x%x", flags))
	}
	pr, err := ReprString(t, p.pattern)
	if err != nil {
		return Value{}, err
	}
	if rs := []rune(pr); len(rs) > 200 {
		pr = string(rs[:200])
	}
	if len(names) > 0 {
		return StrValue("re.compile(" + pr + ", " + strings.Join(names, "|") + ")"), nil
	}
	return StrValue("re.compile(" + pr + ")"), nil
}

func patternHash(t *Thread, v Value) (int64, error) {
	p := objectAs[srePattern](v.ref)
	h, err := Hash(t, p.pattern)
	if err != nil {
		return 0, err
	}
	// FNV-1a over the code words stands in for _Py_HashBytes.
	h2 := uint64(14695981039346656037)
	for _, c := range p.code {
		h2 = (h2 ^ uint64(c)) * 1099511628211
	}
	h ^= int64(h2) ^ p.flags ^ int64(p.isBytes) ^ int64(len(p.code))
	if h == -1 {
		h = -2
	}
	return h, nil
}

func patternCompare(t *Thread, a, b Value, op bytecode.CmpOp) (Value, error) {
	if op != bytecode.CmpEQ && op != bytecode.CmpNE {
		return NotImplemented, nil
	}
	pa, ok1 := asPattern(a)
	pb, ok2 := asPattern(b)
	if !ok1 || !ok2 {
		return NotImplemented, nil
	}
	eq := a.Is(b)
	if !eq && pa.flags == pb.flags && pa.isBytes == pb.isBytes && len(pa.code) == len(pb.code) {
		eq = true
		for i := range pa.code {
			if pa.code[i] != pb.code[i] {
				eq = false
				break
			}
		}
		if eq {
			e, err := Equal(t, pa.pattern, pb.pattern)
			if err != nil {
				return Value{}, err
			}
			eq = e
		}
	}
	return Bool(eq == (op == bytecode.CmpEQ)), nil
}
