package interp

// This file implements the _locale module for the locales every Linux
// system has: "C" (alias "POSIX") and "C.UTF-8". setlocale tracks the
// category settings like glibc (LC_CTYPE starts from the environment, as
// CPython sets it at startup); localeconv and nl_langinfo give the C
// locale's values, which C.UTF-8 shares apart from the code set.

import (
	"os"
	"strings"
	"sync"
)

func init() {
	builtinModules["_locale"] = makeLocaleModule
	delete(cModules, "_locale")
}

// glibc's category numbers; lcAll is LC_ALL.
const (
	lcCtype    = 0
	lcAll      = 6
	lcCount    = 13
	charMaxC   = 127
	localeDocs = "Support for POSIX locales."
)

// lcNames are the categories in glibc's composite LC_ALL order.
var lcNames = []struct {
	name string
	cat  int
}{{"LC_CTYPE", 0}, {"LC_NUMERIC", 1}, {"LC_TIME", 2}, {"LC_COLLATE", 3}, {"LC_MONETARY", 4},
	{"LC_MESSAGES", 5}, {"LC_PAPER", 7}, {"LC_NAME", 8}, {"LC_ADDRESS", 9}, {"LC_TELEPHONE", 10},
	{"LC_MEASUREMENT", 11}, {"LC_IDENTIFICATION", 12}}

// localeSettings is one interpreter's category settings.
type localeSettings [lcCount]string

var localeMu sync.Mutex

// localeStateOf returns t's interpreter's settings.
func localeStateOf(t *Thread) *localeSettings {
	return moduleState(t.in, "_locale", func() *localeSettings {
		st := new(localeSettings)
		for i := range st {
			st[i] = "C"
		}
		if n, ok := supportedLocale(envLocale(lcCtype)); ok {
			st[lcCtype] = n
		}
		return st
	})
}

// envLocale is what setlocale(cat, "") picks: LC_ALL, then the
// category's variable, then LANG, then "C".
func envLocale(cat int) string {
	if v := os.Getenv("LC_ALL"); v != "" {
		return v
	}
	for _, n := range lcNames {
		if n.cat == cat {
			if v := os.Getenv(n.name); v != "" {
				return v
			}
		}
	}
	if v := os.Getenv("LANG"); v != "" {
		return v
	}
	return "C"
}

// supportedLocale normalizes a locale name pyjit can set, or reports
// false.
func supportedLocale(name string) (string, bool) {
	switch name {
	case "C", "POSIX":
		return "C", true
	case "C.UTF-8", "C.utf8", "C.UTF8", "C.utf-8":
		return name, true
	}
	return "", false
}

// currentLocale is setlocale(cat, NULL).
func (localeState *localeSettings) current(cat int) string {
	if cat != lcAll {
		return localeState[cat]
	}
	same := true
	for _, n := range lcNames {
		same = same && localeState[n.cat] == localeState[lcCtype]
	}
	if same {
		return localeState[lcCtype]
	}
	parts := make([]string, len(lcNames))
	for i, n := range lcNames {
		parts[i] = n.name + "=" + localeState[n.cat]
	}
	return strings.Join(parts, ";")
}

// isUTF8Locale reports whether LC_CTYPE's code set is UTF-8.
func (localeState *localeSettings) isUTF8() bool {
	return strings.Contains(strings.ToLower(localeState[lcCtype]), "utf")
}

func (localeState *localeSettings) codeset() string {
	if localeState.isUTF8() {
		return "UTF-8"
	}
	return "ANSI_X3.4-1968"
}

// langinfoC is nl_langinfo's table for the C locale.
var langinfoC = map[int64]string{
	65536: ".", 65537: "", 131112: "%a %b %e %H:%M:%S %Y", 131113: "%m/%d/%y", 131114: "%H:%M:%S",
	131115: "%I:%M:%S %p", 131110: "AM", 131111: "PM", 327680: "^[yY]", 327681: "^[nN]", 262159: "-",
	131116: "", 131118: "", 131119: "", 131120: "", 131121: "", 131180: "%a %b %e %H:%M:%S %Z %Y",
}

func init() {
	days := []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	months := []string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"}
	for i, d := range days {
		langinfoC[131072+int64(i)] = d[:3]
		langinfoC[131079+int64(i)] = d
	}
	for i, m := range months {
		langinfoC[131086+int64(i)] = m[:3]
		langinfoC[131098+int64(i)] = m
	}
}

// langinfoNames are the nl_langinfo constants the module exports.
var langinfoNames = map[string]int64{"CODESET": 14, "RADIXCHAR": 65536, "THOUSEP": 65537, "D_T_FMT": 131112,
	"D_FMT": 131113, "T_FMT": 131114, "T_FMT_AMPM": 131115, "AM_STR": 131110, "PM_STR": 131111,
	"YESEXPR": 327680, "NOEXPR": 327681, "CRNCYSTR": 262159, "ERA": 131116, "ERA_D_FMT": 131118,
	"ALT_DIGITS": 131119, "ERA_D_T_FMT": 131120, "ERA_T_FMT": 131121, "_DATE_FMT": 131180}

func init() {
	for i := 1; i <= 7; i++ {
		langinfoNames["ABDAY_"+itoa(i)] = 131072 + int64(i-1)
		langinfoNames["DAY_"+itoa(i)] = 131079 + int64(i-1)
	}
	for i := 1; i <= 12; i++ {
		langinfoNames["ABMON_"+itoa(i)] = 131086 + int64(i-1)
		langinfoNames["MON_"+itoa(i)] = 131098 + int64(i-1)
	}
}

func itoa(i int) string {
	if i < 10 {
		return string(rune('0' + i))
	}
	return string(rune('0'+i/10)) + string(rune('0'+i%10))
}

// localeErrorClass is the interpreter's locale.Error.
type localeErrorClass struct{ cls Value }

func localeErr(t *Thread, msg string) error {
	c := moduleState(t.in, "_locale.Error", func() *localeErrorClass { return &localeErrorClass{} })
	tp, ok := asType(c.cls)
	if !ok {
		tp = &ExceptionType
	}
	return newException(tp, StrValue(msg))
}

func makeLocaleModule(in *Interpreter) *Module {
	m := NewModule("_locale")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue(localeDocs))
	errClass := moduleState(in, "_locale.Error", func() *localeErrorClass { return &localeErrorClass{} })
	if errClass.cls.IsNull() {
		ns := NewDict()
		ns.setStrNoErr(Intern("__module__"), StrValue("locale"))
		errT, err := Call(in.main, TypeValue(&TypeType), []Value{StrValue("Error"), NewTupleValue([]Value{TypeValue(&ExceptionType)}), FromObject(&ns.Object)}, nil)
		if err != nil {
			errT = TypeValue(&ExceptionType)
		}
		errClass.cls = errT
	}
	set("Error", errClass.cls)
	for _, n := range lcNames[:6] {
		set(n.name, Int(int64(n.cat)))
	}
	set("LC_ALL", Int(lcAll))
	set("CHAR_MAX", Int(charMaxC))
	for k, v := range langinfoNames {
		set(k, Int(v))
	}
	moduleFn(m, "setlocale", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("setlocale", args, kw, []string{"category", "locale"}, 1, 2)
		if err != nil {
			return Value{}, err
		}
		if a[0].IsFloat() || !isIntLike(a[0]) {
			return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(a[0]))
		}
		cat, ok := smallInt(a[0])
		if !ok || cat < 0 || cat >= lcCount {
			if a[1].IsNull() || a[1].IsNone() {
				return Value{}, localeErr(t, "locale query failed")
			}
			return Value{}, localeErr(t, "unsupported locale setting")
		}
		localeMu.Lock()
		defer localeMu.Unlock()
		if a[1].IsNull() || a[1].IsNone() {
			return StrValue(localeStateOf(t).current(int(cat))), nil
		}
		s, ok := asStr(a[1])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "setlocale() argument 2 must be str or None, not %s", argTypeName(a[1]))
		}
		cats := []int{int(cat)}
		if cat == lcAll {
			cats = nil
			for _, n := range lcNames {
				cats = append(cats, n.cat)
			}
		}
		names := make([]string, len(cats))
		for i, c := range cats {
			name := s.s
			if name == "" {
				name = envLocale(c)
			}
			n, ok := supportedLocale(name)
			if !ok {
				return Value{}, localeErr(t, "unsupported locale setting")
			}
			names[i] = n
		}
		for i, c := range cats {
			localeStateOf(t)[c] = names[i]
		}
		return StrValue(localeStateOf(t).current(int(cat))), nil
	})
	moduleFn(m, "localeconv", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("localeconv", args, kw, 0); err != nil {
			return Value{}, err
		}
		d := NewDict()
		for _, k := range []string{"int_curr_symbol", "currency_symbol", "mon_decimal_point", "mon_thousands_sep"} {
			d.setStrNoErr(Intern(k), StrValue(""))
		}
		d.setStrNoErr(Intern("mon_grouping"), NewListValue(nil))
		d.setStrNoErr(Intern("positive_sign"), StrValue(""))
		d.setStrNoErr(Intern("negative_sign"), StrValue(""))
		for _, k := range []string{"int_frac_digits", "frac_digits", "p_cs_precedes", "p_sep_by_space",
			"n_cs_precedes", "n_sep_by_space", "p_sign_posn", "n_sign_posn"} {
			d.setStrNoErr(Intern(k), Int(charMaxC))
		}
		d.setStrNoErr(Intern("decimal_point"), StrValue("."))
		d.setStrNoErr(Intern("thousands_sep"), StrValue(""))
		d.setStrNoErr(Intern("grouping"), NewListValue(nil))
		return FromObject(&d.Object), nil
	})
	moduleFn(m, "nl_langinfo", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("nl_langinfo", args, kw, 1); err != nil {
			return Value{}, err
		}
		if args[0].IsFloat() || !isIntLike(args[0]) {
			return Value{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(args[0]))
		}
		k, _ := smallInt(args[0])
		if k == 14 {
			localeMu.Lock()
			defer localeMu.Unlock()
			return StrValue(localeStateOf(t).codeset()), nil
		}
		if s, ok := langinfoC[k]; ok {
			return StrValue(s), nil
		}
		return Value{}, NewError(&ValueErrorType, "unsupported langinfo constant")
	})
	moduleFn(m, "getencoding", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getencoding", args, kw, 0); err != nil {
			return Value{}, err
		}
		localeMu.Lock()
		defer localeMu.Unlock()
		return StrValue(localeStateOf(t).codeset()), nil
	})
	moduleFn(m, "strcoll", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "strcoll", args, kw, "ss", 2)
		if err != nil {
			return Value{}, err
		}
		// The C locales collate by code point.
		x, y := []rune(mustStr(a[0]).s), []rune(mustStr(a[1]).s)
		for i := 0; i < len(x) && i < len(y); i++ {
			if x[i] != y[i] {
				return Int(int64(sign(int(x[i] - y[i])))), nil
			}
		}
		return Int(int64(sign(len(x) - len(y)))), nil
	})
	moduleFn(m, "strxfrm", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "strxfrm", args, kw, "s", 1)
		if err != nil {
			return Value{}, err
		}
		return a[0], nil
	})
	// gettext without message catalogs: every message is untranslated.
	moduleFn(m, "gettext", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "gettext", args, kw, "s", 1)
		if err != nil {
			return Value{}, err
		}
		return a[0], nil
	})
	moduleFn(m, "dgettext", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "dgettext", args, kw, "os", 2)
		if err != nil {
			return Value{}, err
		}
		return a[1], nil
	})
	moduleFn(m, "dcgettext", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "dcgettext", args, kw, "osi", 3)
		if err != nil {
			return Value{}, err
		}
		return a[1], nil
	})
	moduleFn(m, "textdomain", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("textdomain", args, kw, 1); err != nil {
			return Value{}, err
		}
		if args[0].IsNone() {
			return StrValue("messages"), nil
		}
		return args[0], nil
	})
	moduleFn(m, "bindtextdomain", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "bindtextdomain", args, kw, "so", 2)
		if err != nil {
			return Value{}, err
		}
		if a[1].IsNone() {
			return StrValue("/usr/share/locale"), nil
		}
		return a[1], nil
	})
	moduleFn(m, "bind_textdomain_codeset", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := codecArgs(t, "bind_textdomain_codeset", args, kw, "so", 2)
		if err != nil {
			return Value{}, err
		}
		return a[1], nil
	})
	return m
}
