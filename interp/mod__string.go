package interp

// This file implements the _string module (CPython's
// Objects/stringlib/unicode_format.h as exposed by
// Objects/unicodeobject.c): formatter_parser and
// formatter_field_name_split, the format-string parsers that
// string.Formatter is built on. Both return lazy iterators, so, as in
// CPython, a malformed string raises its ValueError only when iteration
// reaches the bad part.

import (
	"math"
	"sync"
	"unicode"

	"github.com/pyjit/pyjit/frontend/literal"
)

var (
	formatterIterType = Type{Name: "formatteriterator"}
	fieldNameIterType = Type{Name: "fieldnameiterator"}
	stringModOnce     sync.Once
)

func init() {
	builtinModules["_string"] = makeStringModule
	delete(cModules, "_string")
}

// formatterIter walks a format string's markup (MarkupIterator).
type formatterIter struct {
	Object
	s   []rune
	pos int
}

// fieldNameIter walks the ".attr" and "[key]" parts after a field
// name's first part (FieldNameIterator).
type fieldNameIter struct {
	Object
	s   []rune
	pos int
}

func setupStringModTypes() {
	for _, tp := range []*Type{&formatterIterType, &fieldNameIterType} {
		initBuiltinType(tp, "")
		tp.Module = "builtins"
	}
	formatterIterType.Slots = Slots{Iter: selfIter, Next: formatterIterNext}
	fieldNameIterType.Slots = Slots{Iter: selfIter, Next: fieldNameIterNext}
	for _, tp := range []*Type{&formatterIterType, &fieldNameIterType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func makeStringModule(in *Interpreter) *Module {
	stringModOnce.Do(setupStringModTypes)
	m := NewModule("_string")
	m.Dict.setStrNoErr(Intern("__doc__"), StrValue("string helper module"))
	moduleFn(m, "formatter_parser", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		s, err := stringModArg("formatter_parser", args, kw)
		if err != nil {
			return Value{}, err
		}
		return FromObject(&(&formatterIter{Object: Object{typ: &formatterIterType}, s: s}).Object), nil
	})
	moduleFn(m, "formatter_field_name_split", formatterFieldNameSplit)
	return m
}

// stringModArg checks the single str argument of the _string functions
// (METH_O, then CPython's own PyUnicode_Check).
func stringModArg(name string, args []Value, kw []string) ([]rune, error) {
	if err := exactArgs("_string."+name, args, kw, 1); err != nil {
		return nil, err
	}
	s, ok := asStr(args[0])
	if !ok {
		return nil, NewError(&TypeErrorType, "expected str, got %s", typeName(args[0]))
	}
	return literal.Runes(s.s), nil
}

// decimalValue is Py_UNICODE_TODECIMAL: the value of a Unicode decimal
// digit (category Nd), or -1. Every Nd run starts at a digit zero and is
// a whole number of ten-digit blocks, so the value is the offset in the
// run modulo 10.
func decimalValue(r rune) int {
	if r >= '0' && r <= '9' {
		return int(r - '0')
	}
	if !unicode.Is(unicode.Nd, r) {
		return -1
	}
	for _, rg := range unicode.Nd.R16 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) && rg.Stride == 1 {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	for _, rg := range unicode.Nd.R32 {
		if r >= rune(rg.Lo) && r <= rune(rg.Hi) && rg.Stride == 1 {
			return int(r-rune(rg.Lo)) % 10
		}
	}
	return -1
}

// fieldInteger is get_integer: the value of an all-decimal-digit
// string, or -1 when it is empty or has another character.
func fieldInteger(s []rune) (int64, error) {
	if len(s) == 0 {
		return -1, nil
	}
	var acc int64
	for _, r := range s {
		d := decimalValue(r)
		if d < 0 {
			return -1, nil
		}
		if acc > (math.MaxInt64-int64(d))/10 {
			return -1, NewError(&ValueErrorType, "Too many decimal digits in format string")
		}
		acc = acc*10 + int64(d)
	}
	return acc, nil
}

func runesValue(s []rune) Value { return StrValue(literal.FromRunes(s)) }

// formatterIterNext yields (literal, field_name, format_spec, conversion)
// as MarkupIterator_next and formatteriter_next do.
func formatterIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[formatterIter](v.ref)
	s := it.s
	if it.pos >= len(s) {
		return Value{}, nil
	}
	start := it.pos
	var c rune
	markup := false
	for it.pos < len(s) {
		c = s[it.pos]
		it.pos++
		if c == '{' || c == '}' {
			markup = true
			break
		}
	}
	atEnd := it.pos >= len(s)
	n := it.pos - start
	if c == '}' && (atEnd || s[it.pos] != c) {
		return Value{}, NewError(&ValueErrorType, "Single '}' encountered in format string")
	}
	if atEnd && c == '{' {
		return Value{}, NewError(&ValueErrorType, "Single '{' encountered in format string")
	}
	if !atEnd {
		if s[it.pos] == c {
			// An escaped brace: the literal keeps one copy of it.
			it.pos++
			markup = false
		} else {
			n--
		}
	}
	lit := runesValue(s[start : start+n])
	if !markup {
		return NewTupleValue([]Value{lit, None, None, None}), nil
	}
	name, spec, conv, err := it.parseField()
	if err != nil {
		return Value{}, err
	}
	convV := None
	if conv != 0 {
		convV = runesValue([]rune{conv})
	}
	return NewTupleValue([]Value{lit, runesValue(name), runesValue(spec), convV}), nil
}

// parseField is parse_field: it reads a replacement field after its
// '{' up to and including the matching '}'.
func (it *formatterIter) parseField() (name, spec []rune, conv rune, err error) {
	s := it.s
	start := it.pos
	var c rune
scan:
	for it.pos < len(s) {
		c = s[it.pos]
		it.pos++
		switch c {
		case '{':
			return nil, nil, 0, NewError(&ValueErrorType, "unexpected '{' in field name")
		case '[':
			for it.pos < len(s) && s[it.pos] != ']' {
				it.pos++
			}
		case '}', ':', '!':
			break scan
		}
	}
	name = s[start : it.pos-1]
	if c != '!' && c != ':' {
		if c != '}' {
			return nil, nil, 0, NewError(&ValueErrorType, "expected '}' before end of string")
		}
		return name, nil, 0, nil
	}
	if c == '!' {
		if it.pos >= len(s) {
			return nil, nil, 0, NewError(&ValueErrorType, "end of string while looking for conversion specifier")
		}
		conv = s[it.pos]
		it.pos++
		if it.pos < len(s) {
			c = s[it.pos]
			it.pos++
			if c == '}' {
				return name, nil, conv, nil
			}
			if c != ':' {
				return nil, nil, 0, NewError(&ValueErrorType, "expected ':' after conversion specifier")
			}
		}
	}
	specStart := it.pos
	depth := 1
	for it.pos < len(s) {
		c = s[it.pos]
		it.pos++
		switch c {
		case '{':
			depth++
		case '}':
			depth--
			if depth == 0 {
				return name, s[specStart : it.pos-1], conv, nil
			}
		}
	}
	return nil, nil, 0, NewError(&ValueErrorType, "unmatched '{' in format spec")
}

// formatterFieldNameSplit is formatter_field_name_split(name): the first
// part (an int when it is all decimal digits) and an iterator over the
// rest.
func formatterFieldNameSplit(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	s, err := stringModArg("formatter_field_name_split", args, kw)
	if err != nil {
		return Value{}, err
	}
	i := 0
	for i < len(s) && s[i] != '.' && s[i] != '[' {
		i++
	}
	idx, err := fieldInteger(s[:i])
	if err != nil {
		return Value{}, err
	}
	first := runesValue(s[:i])
	if idx != -1 {
		first = Int(idx)
	}
	rest := &fieldNameIter{Object: Object{typ: &fieldNameIterType}, s: s, pos: i}
	return NewTupleValue([]Value{first, FromObject(&rest.Object)}), nil
}

// fieldNameIterNext yields (is_attribute, key) as FieldNameIterator_next
// does; item keys that are all digits become ints.
func fieldNameIterNext(t *Thread, v Value) (Value, error) {
	it := objectAs[fieldNameIter](v.ref)
	s := it.s
	if it.pos >= len(s) {
		return Value{}, nil
	}
	c := s[it.pos]
	it.pos++
	var name []rune
	var key Value
	isAttr := false
	switch c {
	case '.':
		isAttr = true
		start := it.pos
		for it.pos < len(s) && s[it.pos] != '.' && s[it.pos] != '[' {
			it.pos++
		}
		name = s[start:it.pos]
		key = runesValue(name)
	case '[':
		start := it.pos
		for it.pos < len(s) && s[it.pos] != ']' {
			it.pos++
		}
		if it.pos >= len(s) {
			return Value{}, NewError(&ValueErrorType, "Missing ']' in format string")
		}
		name = s[start:it.pos]
		it.pos++
		idx, err := fieldInteger(name)
		if err != nil {
			return Value{}, err
		}
		key = runesValue(name)
		if idx != -1 {
			key = Int(idx)
		}
	default:
		return Value{}, NewError(&ValueErrorType, "Only '.' or '[' may follow ']' in format field specifier")
	}
	if len(name) == 0 {
		return Value{}, NewError(&ValueErrorType, "Empty attribute in format string")
	}
	return NewTupleValue([]Value{Bool(isAttr), key}), nil
}
