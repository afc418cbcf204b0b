package interp

// This file adds the calendar half of the time module (CPython's
// Modules/timemodule.c): struct_time, gmtime, localtime, mktime,
// strftime in the C locale, asctime, ctime and the timezone constants.
// The pure-Python datetime module needs them for strftime, timetuple
// and fromtimestamp. They are added to the module mod_time.go builds.

import (
	"fmt"
	"math"
	"strings"
	"sync"
	"time"
)

func init() {
	// import_find.go's init registered the base constructor; files
	// initialize in name order, so it is set by now.
	base := builtinModules["time"]
	builtinModules["time"] = func(in *Interpreter) *Module {
		m := base(in)
		addTimeCalendar(m)
		return m
	}
}

var (
	structTimeOnce sync.Once
	structTimeType *Type
)

var structTimeFields = []string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"}

// structTime is a time.struct_time: a 9-tuple with tm_zone and
// tm_gmtoff as extra attributes.
type structTime struct {
	Tuple
	zone, gmtoff Value
}

func newStructTime(items []Value, zone, gmtoff Value) Value {
	st := &structTime{Tuple: *NewTuple(items), zone: zone, gmtoff: gmtoff}
	st.typ = structTimeType
	return FromObject(&st.Object)
}

func setupStructTime() {
	structTimeType = structSeqType("time.struct_time", structTimeFields)
	structTimeType.Module = "time"
	structTimeType.Name = "struct_time"
	for _, n := range []string{"tm_zone", "tm_gmtoff"} {
		n := n
		addGetSet(structTimeType, n, func(t *Thread, v Value) (Value, error) {
			st := objectAs[structTime](v.ref)
			if n == "tm_zone" {
				return st.zone, nil
			}
			return st.gmtoff, nil
		}, nil)
	}
	structTimeType.Dict.setStrNoErr(Intern("n_sequence_fields"), Int(9))
	structTimeType.Dict.setStrNoErr(Intern("n_fields"), Int(11))
	structTimeType.Dict.setStrNoErr(Intern("n_unnamed_fields"), Int(0))
	structTimeType.Slots.New = func(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("struct_time", args, kw, []string{"sequence", "dict"}, 1, 2)
		if err != nil {
			return Value{}, err
		}
		items, err := iterateToSlice(t, a[0])
		if err != nil {
			return Value{}, err
		}
		if len(items) < 9 {
			return Value{}, NewError(&TypeErrorType, "time.struct_time() takes an at least 9-sequence (%d-sequence given)", len(items))
		}
		if len(items) > 11 {
			return Value{}, NewError(&TypeErrorType, "time.struct_time() takes an at most 11-sequence (%d-sequence given)", len(items))
		}
		zone, off := None, None
		if len(items) > 9 {
			zone = items[9]
		}
		if len(items) > 10 {
			off = items[10]
		}
		return newStructTime(items[:9], zone, off), nil
	}
}

// timeToStruct converts a Go time (in its own zone) to a struct_time.
func timeToStruct(tm time.Time) Value {
	zone, off := tm.Zone()
	isdst := 0
	if tm.IsDST() {
		isdst = 1
	}
	items := []Value{Int(int64(tm.Year())), Int(int64(tm.Month())), Int(int64(tm.Day())), Int(int64(tm.Hour())),
		Int(int64(tm.Minute())), Int(int64(tm.Second())), Int(int64((tm.Weekday() + 6) % 7)), Int(int64(tm.YearDay())), Int(int64(isdst))}
	return newStructTime(items, StrValue(zone), Int(int64(off)))
}

// timeArg parses the optional seconds argument of gmtime/localtime/ctime.
func timeArg(t *Thread, name string, args []Value, kw []string) (time.Time, error) {
	if err := rangeArgs(name, args, kw, 0, 1); err != nil {
		return time.Time{}, err
	}
	if len(args) == 0 || args[0].IsNone() {
		return time.Now(), nil
	}
	v := args[0]
	var secs float64
	switch {
	case v.IsFloat():
		secs = v.AsFloat()
		if math.IsNaN(secs) {
			return time.Time{}, NewError(&ValueErrorType, "Invalid value NaN (not a number)")
		}
	case isIntLike(v):
		n, ok := smallInt(v)
		if !ok {
			return time.Time{}, NewError(&OverflowErrorType, "timestamp out of range for platform time_t")
		}
		return time.Unix(n, 0), nil
	default:
		f, err := Call(t, TypeValue(&FloatType), []Value{v}, nil)
		if err != nil {
			return time.Time{}, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(v))
		}
		secs = f.AsFloat()
	}
	if math.Abs(secs) > 1e17 {
		return time.Time{}, NewError(&OverflowErrorType, "timestamp out of range for platform time_t")
	}
	// CPython rounds toward minus infinity (_PyTime_ROUND_FLOOR).
	return time.Unix(int64(math.Floor(secs)), 0), nil
}

// tupleTime reads a struct_time or 9-tuple as CPython's gettmarg and
// checkargs do. It returns the fields.
func tupleTime(t *Thread, name string, v Value, check bool) ([9]int64, error) {
	var f [9]int64
	tu, ok := asTuple(v)
	if !ok {
		return f, NewError(&TypeErrorType, "Tuple or struct_time argument required")
	}
	if len(tu.items) != 9 {
		return f, NewError(&TypeErrorType, "%s(): illegal time tuple argument", name)
	}
	for i, it := range tu.items {
		if it.IsFloat() || !isIntLike(it) {
			return f, NewError(&TypeErrorType, "'%s' object cannot be interpreted as an integer", typeName(it))
		}
		n, ok := smallInt(it)
		if !ok {
			return f, NewError(&OverflowErrorType, "Python int too large to convert to C int")
		}
		f[i] = n
	}
	if !check {
		return f, nil
	}
	// checkargs, after strftime's normalisation of zero fields.
	if f[1] == 0 {
		f[1] = 1
	}
	if f[2] == 0 {
		f[2] = 1
	}
	if f[7] == 0 {
		f[7] = 1
	}
	switch {
	case f[1] < 1 || f[1] > 12:
		return f, NewError(&ValueErrorType, "month out of range")
	case f[2] < 1 || f[2] > 31:
		return f, NewError(&ValueErrorType, "day of month out of range")
	case f[3] < 0 || f[3] > 23:
		return f, NewError(&ValueErrorType, "hour out of range")
	case f[4] < 0 || f[4] > 59:
		return f, NewError(&ValueErrorType, "minute out of range")
	case f[5] < 0 || f[5] > 61:
		return f, NewError(&ValueErrorType, "seconds out of range")
	case f[6] < 0:
		return f, NewError(&ValueErrorType, "day of week out of range")
	case f[7] < 1 || f[7] > 366:
		return f, NewError(&ValueErrorType, "day of year out of range")
	}
	if f[8] < -1 {
		f[8] = -1
	} else if f[8] > 1 {
		f[8] = 1
	}
	return f, nil
}

var (
	cDays   = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
	cMonths = []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
)

// cStrftime formats like glibc's strftime in the C locale. f holds
// the struct_time fields (Python's weekday: Monday is 0).
func cStrftime(format string, f [9]int64, zone string, gmtoff int64) string {
	year, mon, mday, hour, min, sec := f[0], f[1], f[2], f[3], f[4], f[5]
	wday := (f[6] + 1) % 7 // C: Sunday is 0
	yday := f[7] - 1
	var b strings.Builder
	iso := func() (int64, int64) {
		// ISO 8601 week-based year and week number.
		wdayMon := (wday + 6) % 7
		week := (yday - wdayMon + 10) / 7
		y := year
		if week < 1 {
			y--
			prevDays := int64(365)
			if y%4 == 0 && (y%100 != 0 || y%400 == 0) {
				prevDays = 366
			}
			week = (yday + prevDays - wdayMon + 10) / 7
		} else {
			days := int64(365)
			if year%4 == 0 && (year%100 != 0 || year%400 == 0) {
				days = 366
			}
			if yday-wdayMon+3 >= days {
				y++
				week = 1
			}
		}
		return y, week
	}
	hour12 := hour % 12
	if hour12 == 0 {
		hour12 = 12
	}
	ampm := "AM"
	if hour >= 12 {
		ampm = "PM"
	}
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 >= len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'a':
			b.WriteString(cDays[wday][:3])
		case 'A':
			b.WriteString(cDays[wday])
		case 'b', 'h':
			b.WriteString(cMonths[(mon-1+12)%12][:3])
		case 'B':
			b.WriteString(cMonths[(mon-1+12)%12])
		case 'c':
			fmt.Fprintf(&b, "%s %s %2d %02d:%02d:%02d %d", cDays[wday][:3], cMonths[(mon-1+12)%12][:3], mday, hour, min, sec, year)
		case 'C':
			fmt.Fprintf(&b, "%02d", year/100)
		case 'd':
			fmt.Fprintf(&b, "%02d", mday)
		case 'D', 'x':
			fmt.Fprintf(&b, "%02d/%02d/%02d", mon, mday, year%100)
		case 'e':
			fmt.Fprintf(&b, "%2d", mday)
		case 'F':
			fmt.Fprintf(&b, "%d-%02d-%02d", year, mon, mday)
		case 'g':
			y, _ := iso()
			fmt.Fprintf(&b, "%02d", y%100)
		case 'G':
			y, _ := iso()
			fmt.Fprintf(&b, "%d", y)
		case 'H':
			fmt.Fprintf(&b, "%02d", hour)
		case 'I':
			fmt.Fprintf(&b, "%02d", hour12)
		case 'j':
			fmt.Fprintf(&b, "%03d", yday+1)
		case 'k':
			fmt.Fprintf(&b, "%2d", hour)
		case 'l':
			fmt.Fprintf(&b, "%2d", hour12)
		case 'm':
			fmt.Fprintf(&b, "%02d", mon)
		case 'M':
			fmt.Fprintf(&b, "%02d", min)
		case 'n':
			b.WriteByte('\n')
		case 'p':
			b.WriteString(ampm)
		case 'P':
			b.WriteString(strings.ToLower(ampm))
		case 'r':
			fmt.Fprintf(&b, "%02d:%02d:%02d %s", hour12, min, sec, ampm)
		case 'R':
			fmt.Fprintf(&b, "%02d:%02d", hour, min)
		case 's':
			tm := time.Date(int(year), time.Month(mon), int(mday), int(hour), int(min), int(sec), 0, time.Local)
			fmt.Fprintf(&b, "%d", tm.Unix())
		case 'S':
			fmt.Fprintf(&b, "%02d", sec)
		case 't':
			b.WriteByte('\t')
		case 'T', 'X':
			fmt.Fprintf(&b, "%02d:%02d:%02d", hour, min, sec)
		case 'u':
			fmt.Fprintf(&b, "%d", (wday+6)%7+1)
		case 'U':
			fmt.Fprintf(&b, "%02d", (yday+7-wday)/7)
		case 'V':
			_, w := iso()
			fmt.Fprintf(&b, "%02d", w)
		case 'w':
			fmt.Fprintf(&b, "%d", wday)
		case 'W':
			fmt.Fprintf(&b, "%02d", (yday+7-(wday+6)%7)/7)
		case 'y':
			fmt.Fprintf(&b, "%02d", year%100)
		case 'Y':
			fmt.Fprintf(&b, "%d", year)
		case 'z':
			sign := byte('+')
			off := gmtoff
			if off < 0 {
				sign, off = '-', -off
			}
			fmt.Fprintf(&b, "%c%02d%02d", sign, off/3600, off/60%60)
		case 'Z':
			b.WriteString(zone)
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

func addTimeCalendar(m *Module) {
	structTimeOnce.Do(setupStructTime)
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("struct_time", TypeValue(structTimeType))
	// The zone constants as of January and July of this year, as
	// CPython's init_timezone computes them.
	now := time.Now()
	jan := time.Date(now.Year(), 1, 1, 0, 0, 0, 0, time.Local)
	jul := time.Date(now.Year(), 7, 1, 0, 0, 0, 0, time.Local)
	janName, janOff := jan.Zone()
	julName, julOff := jul.Zone()
	if janOff < julOff {
		// Northern hemisphere: January is standard time.
		set("timezone", Int(int64(-janOff)))
		set("altzone", Int(int64(-julOff)))
		set("daylight", Int(1))
		set("tzname", NewTupleValue([]Value{StrValue(janName), StrValue(julName)}))
	} else {
		set("timezone", Int(int64(-julOff)))
		set("altzone", Int(int64(-janOff)))
		daylight := int64(0)
		if janOff != julOff {
			daylight = 1
		}
		set("daylight", Int(daylight))
		set("tzname", NewTupleValue([]Value{StrValue(julName), StrValue(janName)}))
	}
	moduleFn(m, "gmtime", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		tm, err := timeArg(t, "gmtime", args, kw)
		if err != nil {
			return Value{}, err
		}
		st := timeToStruct(tm.UTC())
		objectAs[structTime](st.ref).zone = StrValue("GMT")
		return st, nil
	})
	moduleFn(m, "localtime", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		tm, err := timeArg(t, "localtime", args, kw)
		if err != nil {
			return Value{}, err
		}
		return timeToStruct(tm.Local()), nil
	})
	moduleFn(m, "mktime", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("mktime", args, kw, 1); err != nil {
			return Value{}, err
		}
		f, err := tupleTime(t, "mktime", args[0], false)
		if err != nil {
			return Value{}, err
		}
		tm := time.Date(int(f[0]), time.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, time.Local)
		return Float(float64(tm.Unix())), nil
	})
	structArg := func(t *Thread, name string, args []Value, kw []string, at int) ([9]int64, string, int64, error) {
		if len(args) <= at || args[at].IsNone() {
			tm := time.Now()
			st := objectAs[structTime](timeToStruct(tm).ref)
			var f [9]int64
			for i, it := range st.items {
				f[i], _ = smallInt(it)
			}
			zone, off := tm.Zone()
			return f, zone, int64(off), nil
		}
		f, err := tupleTime(t, name, args[at], true)
		if err != nil {
			return f, "", 0, err
		}
		zone, off := "", int64(0)
		if args[at].Type() == structTimeType {
			st := objectAs[structTime](args[at].ref)
			if s, ok := asStr(st.zone); ok {
				zone = s.s
			}
			off, _ = smallInt(st.gmtoff)
		} else {
			tm := time.Date(int(f[0]), time.Month(f[1]), int(f[2]), int(f[3]), int(f[4]), int(f[5]), 0, time.Local)
			z, o := tm.Zone()
			zone, off = z, int64(o)
		}
		return f, zone, off, nil
	}
	moduleFn(m, "strftime", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("strftime", args, kw, 1, 2); err != nil {
			return Value{}, err
		}
		format, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "strftime() argument 1 must be str, not %s", argTypeName(args[0]))
		}
		f, zone, off, err := structArg(t, "strftime", args, kw, 1)
		if err != nil {
			return Value{}, err
		}
		return StrValue(cStrftime(format.s, f, zone, off)), nil
	})
	moduleFn(m, "asctime", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("asctime", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		f, _, _, err := structArg(t, "asctime", args, kw, 0)
		if err != nil {
			return Value{}, err
		}
		return StrValue(cStrftime("%a %b %e %H:%M:%S %Y", f, "", 0)), nil
	})
	moduleFn(m, "ctime", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		tm, err := timeArg(t, "ctime", args, kw)
		if err != nil {
			return Value{}, err
		}
		st := objectAs[structTime](timeToStruct(tm.Local()).ref)
		var f [9]int64
		for i, it := range st.items {
			f[i], _ = smallInt(it)
		}
		return StrValue(cStrftime("%a %b %e %H:%M:%S %Y", f, "", 0)), nil
	})
}
