package interp

// This file implements the unicodedata module from CPython 3.11's own
// Unicode 14.0 database (internal/pyunicode, generated from python3.11),
// with names from frontend/literal and normalization from
// golang.org/x/text/unicode/norm. ucd_3_2_0 (used by stringprep and
// idna) is a UCD object over the same 14.0 data.

import (
	"github.com/pyjit/pyjit/frontend/literal"
	"github.com/pyjit/pyjit/internal/pyunicode"
	"golang.org/x/text/unicode/norm"
	"sync"
)

func init() {
	builtinModules["unicodedata"] = makeUnicodedataModule
	delete(cModules, "unicodedata")
}

var (
	ucdType = Type{Name: "UCD"}
	ucdOnce sync.Once
)

// ucdObject is a unicodedata.UCD (the database of one Unicode version).
type ucdObject struct {
	Object
	version string
}

const unicodedataDoc = "This module provides access to the Unicode Character Database which\ndefines character properties for all Unicode characters. The data in\nthis database is based on the UnicodeData.txt file version\n14.0.0 which is publicly available from ftp://ftp.unicode.org/.\n\nThe module uses the same names and symbols as defined by the\nUnicodeData File Format 14.0.0."

// ucdChar checks the character argument: a str of length 1. pos is the
// "argument N" in the message ("" for one-argument functions).
func ucdChar(name, pos string, v Value) (rune, error) {
	s, ok := asStr(v)
	if !ok || s.Len() != 1 {
		return 0, NewError(&TypeErrorType, "%s() %smust be a unicode character, not %s", name, pos, typeName(v))
	}
	r, _ := literal.DecodeRune(s.s)
	return r, nil
}

// ucdName is unicodedata.name's lookup: "" for no name.
func ucdName(r rune) string {
	if pyunicode.Properties(r).Category == "Cn" {
		return ""
	}
	return literal.Name(r)
}

// ucdFunctions are the functions shared by the module and UCD objects:
// each takes the UCD's version (unused, the data is 14.0's) and args.
func ucdFunctions() map[string]BuiltinFn {
	oneChar := func(name string, f func(r rune) Value) BuiltinFn {
		return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if len(kw) > 0 || len(args) != 1 {
				if len(kw) > 0 {
					return Value{}, NewError(&TypeErrorType, "unicodedata.%s() takes no keyword arguments", name)
				}
				return Value{}, NewError(&TypeErrorType, "unicodedata.%s() takes exactly one argument (%d given)", name, len(args))
			}
			r, err := ucdChar(name, "argument ", args[0])
			if err != nil {
				return Value{}, err
			}
			return f(r), nil
		}
	}
	withDefault := func(name, msg string, f func(r rune) (Value, bool)) BuiltinFn {
		return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
			if err := rangeArgs(name, args, kw, 1, 2); err != nil {
				return Value{}, err
			}
			r, err := ucdChar(name, "argument 1 ", args[0])
			if err != nil {
				return Value{}, err
			}
			if v, ok := f(r); ok {
				return v, nil
			}
			if len(args) == 2 {
				return args[1], nil
			}
			return Value{}, NewError(&ValueErrorType, "%s", msg)
		}
	}
	fns := map[string]BuiltinFn{
		"category":         oneChar("category", func(r rune) Value { return StrValue(pyunicode.Properties(r).Category) }),
		"bidirectional":    oneChar("bidirectional", func(r rune) Value { return StrValue(pyunicode.Properties(r).Bidirectional) }),
		"east_asian_width": oneChar("east_asian_width", func(r rune) Value { return StrValue(pyunicode.Properties(r).EastAsianWidth) }),
		"combining":        oneChar("combining", func(r rune) Value { return Int(int64(pyunicode.Properties(r).Combining)) }),
		"mirrored": oneChar("mirrored", func(r rune) Value {
			if pyunicode.Properties(r).Mirrored {
				return Int(1)
			}
			return Int(0)
		}),
		"decomposition": oneChar("decomposition", func(r rune) Value { return StrValue(pyunicode.Decomposition(r)) }),
		"decimal": withDefault("decimal", "not a decimal", func(r rune) (Value, bool) {
			n, ok := pyunicode.NumericValue(r)
			return Int(int64(n.Decimal)), ok && n.Decimal >= 0
		}),
		"digit": withDefault("digit", "not a digit", func(r rune) (Value, bool) {
			n, ok := pyunicode.NumericValue(r)
			return Int(int64(n.Digit)), ok && n.Digit >= 0
		}),
		"numeric": withDefault("numeric", "not a numeric character", func(r rune) (Value, bool) {
			n, ok := pyunicode.NumericValue(r)
			return Float(n.Value), ok
		}),
		"name": withDefault("name", "no such name", func(r rune) (Value, bool) {
			n := ucdName(r)
			return StrValue(n), n != ""
		}),
	}
	fns["lookup"] = func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("lookup", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			if b, isB := bytesData(args[0]); isB && args[0].Type() == &BytesType {
				s = NewStr(string(b))
			} else {
				return Value{}, NewError(&TypeErrorType, "lookup() argument must be str, not %s", argTypeName(args[0]))
			}
		}
		if len(s.s) > 256 {
			return Value{}, newException(&KeyErrorType, StrValue("name too long"))
		}
		if r, ok := literal.LookupName(s.s); ok && pyunicode.Properties(r).Category != "Cn" {
			return StrValue(literal.EncodeRune(r)), nil
		}
		return Value{}, newException(&KeyErrorType, StrValue("undefined character name '"+s.s+"'"))
	}
	normArgs := func(name string, args []Value, kw []string) (norm.Form, string, error) {
		if err := exactArgs(name, args, kw, 2); err != nil {
			return 0, "", err
		}
		for i, v := range args {
			if !isStr(v) {
				return 0, "", NewError(&TypeErrorType, "%s() argument %d must be str, not %s", name, i+1, argTypeName(v))
			}
		}
		form, ok := map[string]norm.Form{"NFC": norm.NFC, "NFD": norm.NFD, "NFKC": norm.NFKC, "NFKD": norm.NFKD}[mustStr(args[0]).s]
		if !ok {
			return 0, "", NewError(&ValueErrorType, "invalid normalization form")
		}
		return form, mustStr(args[1]).s, nil
	}
	fns["normalize"] = func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		form, s, err := normArgs("normalize", args, kw)
		if err != nil {
			return Value{}, err
		}
		if isASCII(s) {
			return args[1], nil
		}
		return StrValue(form.String(s)), nil
	}
	fns["is_normalized"] = func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		form, s, err := normArgs("is_normalized", args, kw)
		if err != nil {
			return Value{}, err
		}
		return Bool(form.IsNormalString(s)), nil
	}
	return fns
}

func setupUCDType() {
	initBuiltinType(&ucdType, "")
	ucdType.Module = "unicodedata"
	ucdType.Slots = Slots{New: func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
		return Value{}, NewError(&TypeErrorType, "cannot create 'unicodedata.UCD' instances")
	}}
	for name, fn := range ucdFunctions() {
		fn := fn
		addMethod(&ucdType, name, func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
			return fn(t, self, args, kw)
		})
	}
	addGetSet(&ucdType, "unidata_version", func(t *Thread, v Value) (Value, error) {
		return StrValue(objectAs[ucdObject](v.ref).version), nil
	}, nil)
	addSlotWrappers(&ucdType)
	inheritSlots(&ucdType)
}

func makeUnicodedataModule(in *Interpreter) *Module {
	ucdOnce.Do(setupUCDType)
	m := NewModule("unicodedata")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue(unicodedataDoc))
	set("unidata_version", StrValue("14.0.0"))
	set("UCD", TypeValue(&ucdType))
	old := &ucdObject{Object: Object{typ: &ucdType}, version: "3.2.0"}
	set("ucd_3_2_0", FromObject(&old.Object))
	for name, fn := range ucdFunctions() {
		moduleFn(m, name, fn)
	}
	return m
}
