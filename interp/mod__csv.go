package interp

// This file implements the _csv module (CPython's Modules/_csv.c): the
// Dialect type and its validation, the dialect registry, and the reader
// and writer objects with CPython's parsing state machine and quoting
// rules. csv.py builds DictReader, DictWriter and Sniffer on top.

import (
	"strings"
	"sync"

	"github.com/pyjit/pyjit/frontend/literal"
)

func init() {
	builtinModules["_csv"] = makeCSVModule
	delete(cModules, "_csv")
}

const csvDoc = "CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with something\nlike line.split(\",\") is bound to fail.  The module supports three\nbasic APIs: reading, writing, and registration of dialects.\n"

// The quoting styles.
const (
	quoteMinimal = iota
	quoteAll
	quoteNonnumeric
	quoteNone
)

// notSet marks an unset quotechar or escapechar.
const notSet rune = -1

var (
	csvDialectType = Type{Name: "Dialect"}
	csvReaderType  = Type{Name: "reader"}
	csvWriterType  = Type{Name: "writer"}
	csvOnce        sync.Once
)

type csvDialect struct {
	Object
	delimiter, quotechar, escapechar rune
	doublequote, skipinitialspace    bool
	strict                           bool
	quoting                          int
	lineterminator                   string
}

type csvReader struct {
	Object
	input   Value
	dialect *csvDialect
	lineNum int64
	mod     *csvModuleState
}

type csvWriter struct {
	Object
	write   Value
	dialect *csvDialect
	mod     *csvModuleState
}

// csvModuleState is one _csv module's registry, limit and Error class.
type csvModuleState struct {
	dialects   *Dict
	fieldLimit int64
	errType    Value
}

func (st *csvModuleState) err(format string, args ...any) error {
	tp := objectAs[Type](st.errType.ref)
	return NewError(tp, format, args...)
}

var csvDialectAttrs = []string{"delimiter", "doublequote", "escapechar", "lineterminator", "quotechar",
	"quoting", "skipinitialspace", "strict"}

// newCSVDialect is Dialect(dialect=None, **kwargs): kwargs override the
// attributes of dialect (a name, a Dialect or any object).
func newCSVDialect(t *Thread, st *csvModuleState, dialect Value, kw map[string]Value) (*csvDialect, error) {
	if s, ok := asStr(dialect); ok {
		d, found, err := st.dialects.GetItem(t, FromObject(&s.Object))
		if err != nil {
			return nil, err
		}
		if !found {
			return nil, st.err("unknown dialect")
		}
		dialect = d
	}
	if !dialect.IsNull() && !dialect.IsNone() && dialect.Type() == &csvDialectType && len(kw) == 0 {
		return objectAs[csvDialect](dialect.ref), nil
	}
	vals := map[string]Value{}
	for _, a := range csvDialectAttrs {
		if v, ok := kw[a]; ok {
			vals[a] = v
			continue
		}
		if !dialect.IsNull() && !dialect.IsNone() {
			v, err := GetAttrString(t, dialect, a)
			if err == nil {
				vals[a] = v
			} else if e := AsException(err); !e.typ.IsSubtype(&AttributeErrorType) {
				return nil, err
			}
		}
	}
	d := &csvDialect{Object: Object{typ: &csvDialectType}, delimiter: ',', quotechar: '"', escapechar: notSet,
		doublequote: true, lineterminator: "\r\n"}
	char := func(name string, dst *rune, allowNone bool) error {
		v, ok := vals[name]
		if !ok {
			return nil
		}
		if allowNone && v.IsNone() {
			*dst = notSet
			return nil
		}
		s, isS := asStr(v)
		if !isS {
			if allowNone {
				return NewError(&TypeErrorType, "\"%s\" must be string or None, not %s", name, typeName(v))
			}
			return NewError(&TypeErrorType, "\"%s\" must be string, not %s", name, typeName(v))
		}
		if s.Len() != 1 {
			return NewError(&TypeErrorType, "\"%s\" must be a 1-character string", name)
		}
		*dst, _ = literal.DecodeRune(s.s)
		return nil
	}
	boolean := func(name string, dst *bool) error {
		v, ok := vals[name]
		if !ok {
			return nil
		}
		b, err := Truth(t, v)
		*dst = b
		return err
	}
	if err := char("delimiter", &d.delimiter, false); err != nil {
		return nil, err
	}
	if err := boolean("doublequote", &d.doublequote); err != nil {
		return nil, err
	}
	if err := char("escapechar", &d.escapechar, true); err != nil {
		return nil, err
	}
	if v, ok := vals["lineterminator"]; ok {
		s, isS := asStr(v)
		if !isS {
			return nil, NewError(&TypeErrorType, "\"lineterminator\" must be a string")
		}
		d.lineterminator = s.s
	}
	if err := char("quotechar", &d.quotechar, true); err != nil {
		return nil, err
	}
	quotingV, hasQuoting := vals["quoting"]
	if hasQuoting {
		if !isIntLike(quotingV) {
			return nil, NewError(&TypeErrorType, "\"quoting\" must be an integer")
		}
		q, ok := smallInt(quotingV)
		if !ok || q < quoteMinimal || q > quoteNone {
			return nil, NewError(&TypeErrorType, "bad \"quoting\" value")
		}
		d.quoting = int(q)
	}
	if err := boolean("skipinitialspace", &d.skipinitialspace); err != nil {
		return nil, err
	}
	if err := boolean("strict", &d.strict); err != nil {
		return nil, err
	}
	if qc, ok := vals["quotechar"]; ok && qc.IsNone() && !hasQuoting {
		d.quoting = quoteNone
	}
	if d.quoting != quoteNone && d.quotechar == notSet {
		return nil, NewError(&TypeErrorType, "quotechar must be set if quoting enabled")
	}
	return d, nil
}

// csvKwargs splits (dialect, **fmtparams) call arguments.
func csvKwargs(name string, args []Value, kw []string, npos int) ([]Value, Value, map[string]Value, error) {
	pos := args[:len(args)-len(kw)]
	if len(pos) > npos+1 {
		return nil, Value{}, nil, NewError(&TypeErrorType, "%s() takes at most %d arguments (%d given)", name, npos+1, len(pos))
	}
	if len(pos) < npos {
		return nil, Value{}, nil, NewError(&TypeErrorType, "%s() missing required argument", name)
	}
	var dialect Value
	if len(pos) > npos {
		dialect = pos[npos]
	}
	m := map[string]Value{}
	for i, k := range kw {
		if k == "dialect" && dialect.IsNull() {
			dialect = args[len(pos)+i]
			continue
		}
		found := false
		for _, a := range csvDialectAttrs {
			found = found || a == k
		}
		if !found {
			return nil, Value{}, nil, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for this function", k)
		}
		m[k] = args[len(pos)+i]
	}
	return pos[:npos], dialect, m, nil
}

func charOrNone(r rune) Value {
	if r == notSet {
		return None
	}
	return StrValue(literal.EncodeRune(r))
}

func csvDialectNew(t *Thread, typ *Type, args []Value, kw []string) (Value, error) {
	// Dialect() looks names up in its interpreter's registry.
	st := moduleState(t.in, "_csv", func() *csvModuleState { return nil })
	if st == nil {
		return Value{}, NewError(&RuntimeErrorType, "_csv is not initialized")
	}
	_, dialect, params, err := csvKwargs("Dialect", args, kw, 0)
	if err != nil {
		return Value{}, err
	}
	d, err := newCSVDialect(t, st, dialect, params)
	if err != nil {
		return Value{}, err
	}
	if typ != &csvDialectType {
		c := *d
		c.typ = typ
		d = &c
	}
	return FromObject(&d.Object), nil
}

func setupCSVTypes() {
	initBuiltinType(&csvDialectType, "CSV dialect\n\nThe Dialect type records CSV parsing and generation options.\n")
	csvDialectType.Module = "_csv"
	csvDialectType.Flags |= FlagBaseType
	csvDialectType.Slots = Slots{New: csvDialectNew}
	get := func(f func(d *csvDialect) Value) func(*Thread, Value) (Value, error) {
		return func(t *Thread, v Value) (Value, error) { return f(objectAs[csvDialect](v.ref)), nil }
	}
	addGetSet(&csvDialectType, "delimiter", get(func(d *csvDialect) Value { return charOrNone(d.delimiter) }), nil)
	addGetSet(&csvDialectType, "quotechar", get(func(d *csvDialect) Value { return charOrNone(d.quotechar) }), nil)
	addGetSet(&csvDialectType, "escapechar", get(func(d *csvDialect) Value { return charOrNone(d.escapechar) }), nil)
	addGetSet(&csvDialectType, "lineterminator", get(func(d *csvDialect) Value { return StrValue(d.lineterminator) }), nil)
	addGetSet(&csvDialectType, "doublequote", get(func(d *csvDialect) Value { return Bool(d.doublequote) }), nil)
	addGetSet(&csvDialectType, "skipinitialspace", get(func(d *csvDialect) Value { return Bool(d.skipinitialspace) }), nil)
	addGetSet(&csvDialectType, "strict", get(func(d *csvDialect) Value { return Bool(d.strict) }), nil)
	addGetSet(&csvDialectType, "quoting", get(func(d *csvDialect) Value { return Int(int64(d.quoting)) }), nil)

	initBuiltinType(&csvReaderType, "CSV reader\n\nReader objects are responsible for reading and parsing tabular data\nin CSV format.\n")
	csvReaderType.Module = "_csv"
	csvReaderType.Slots = Slots{Iter: selfIter, Next: csvReaderNext}
	addGetSet(&csvReaderType, "dialect", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[csvReader](v.ref).dialect.Object), nil
	}, nil)
	addGetSet(&csvReaderType, "line_num", func(t *Thread, v Value) (Value, error) {
		return Int(objectAs[csvReader](v.ref).lineNum), nil
	}, nil)

	initBuiltinType(&csvWriterType, "CSV writer\n\nWriter objects are responsible for generating tabular data\nin CSV format from sequence input.\n")
	csvWriterType.Module = "_csv"
	addGetSet(&csvWriterType, "dialect", func(t *Thread, v Value) (Value, error) {
		return FromObject(&objectAs[csvWriter](v.ref).dialect.Object), nil
	}, nil)
	addMethod(&csvWriterType, "writerow", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("writerow", args, kw, 1); err != nil {
			return Value{}, err
		}
		return csvWriteRow(t, objectAs[csvWriter](self.ref), args[0])
	})
	addMethod(&csvWriterType, "writerows", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("writerows", args, kw, 1); err != nil {
			return Value{}, err
		}
		it, err := Iter(t, args[0])
		if err != nil {
			return Value{}, err
		}
		for {
			row, err := Next(t, it)
			if err != nil {
				return Value{}, err
			}
			if row.IsNull() {
				return None, nil
			}
			if _, err := csvWriteRow(t, objectAs[csvWriter](self.ref), row); err != nil {
				return Value{}, err
			}
		}
	})
	for _, tp := range []*Type{&csvDialectType, &csvReaderType, &csvWriterType} {
		addSlotWrappers(tp)
		inheritSlots(tp)
	}
}

func makeCSVModule(in *Interpreter) *Module {
	st := &csvModuleState{dialects: NewDict(), fieldLimit: 128 * 1024}
	m := NewModule("_csv")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	ns := NewDict()
	ns.setStrNoErr(Intern("__module__"), StrValue("_csv"))
	errT, err := Call(in.main, TypeValue(&TypeType), []Value{StrValue("Error"), NewTupleValue([]Value{TypeValue(&ExceptionType)}), FromObject(&ns.Object)}, nil)
	if err != nil {
		errT = TypeValue(&ExceptionType)
	}
	st.errType = errT
	csvOnce.Do(setupCSVTypes)
	modStateMu.Lock()
	if in.modState == nil {
		in.modState = map[string]any{}
	}
	in.modState["_csv"] = st
	modStateMu.Unlock()
	set("__doc__", StrValue(csvDoc))
	set("__version__", StrValue("1.0"))
	set("Error", errT)
	set("Dialect", TypeValue(&csvDialectType))
	set("Reader", TypeValue(&csvReaderType))
	set("Writer", TypeValue(&csvWriterType))
	set("_dialects", FromObject(&st.dialects.Object))
	set("QUOTE_MINIMAL", Int(quoteMinimal))
	set("QUOTE_ALL", Int(quoteAll))
	set("QUOTE_NONNUMERIC", Int(quoteNonnumeric))
	set("QUOTE_NONE", Int(quoteNone))
	moduleFn(m, "reader", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		pos, dialect, params, err := csvKwargs("reader", args, kw, 1)
		if err != nil {
			return Value{}, err
		}
		it, err := Iter(t, pos[0])
		if err != nil {
			return Value{}, err
		}
		d, err := newCSVDialect(t, st, dialect, params)
		if err != nil {
			return Value{}, err
		}
		r := &csvReader{Object: Object{typ: &csvReaderType}, input: it, dialect: d, mod: st}
		return FromObject(&r.Object), nil
	})
	moduleFn(m, "writer", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		pos, dialect, params, err := csvKwargs("writer", args, kw, 1)
		if err != nil {
			return Value{}, err
		}
		write, err := GetAttrString(t, pos[0], "write")
		if err != nil || write.Type().Slots.Call == nil && write.Type() != &FunctionType {
			return Value{}, NewError(&TypeErrorType, "argument 1 must have a \"write\" method")
		}
		d, err := newCSVDialect(t, st, dialect, params)
		if err != nil {
			return Value{}, err
		}
		w := &csvWriter{Object: Object{typ: &csvWriterType}, write: write, dialect: d, mod: st}
		return FromObject(&w.Object), nil
	})
	moduleFn(m, "register_dialect", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		pos, dialect, params, err := csvKwargs("register_dialect", args, kw, 1)
		if err != nil {
			return Value{}, err
		}
		if !isStr(pos[0]) {
			return Value{}, NewError(&TypeErrorType, "dialect name must be a string")
		}
		d, err := newCSVDialect(t, st, dialect, params)
		if err != nil {
			return Value{}, err
		}
		return None, st.dialects.SetItem(t, pos[0], FromObject(&d.Object))
	})
	moduleFn(m, "unregister_dialect", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("unregister_dialect", args, kw, 1); err != nil {
			return Value{}, err
		}
		_, ok, err := st.dialects.Pop(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, st.err("unknown dialect")
		}
		return None, nil
	})
	moduleFn(m, "get_dialect", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("get_dialect", args, kw, 1); err != nil {
			return Value{}, err
		}
		d, ok, err := st.dialects.GetItem(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if !ok {
			return Value{}, st.err("unknown dialect")
		}
		return d, nil
	})
	moduleFn(m, "list_dialects", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("list_dialects", args, kw, 0); err != nil {
			return Value{}, err
		}
		return NewListValue(st.dialects.Keys()), nil
	})
	moduleFn(m, "field_size_limit", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs("field_size_limit", args, kw, []string{"new_limit"}, 0, 1)
		if err != nil {
			return Value{}, err
		}
		old := st.fieldLimit
		if !a[0].IsNull() {
			if !isIntLike(a[0]) {
				return Value{}, NewError(&TypeErrorType, "limit must be an integer")
			}
			n, ok := smallInt(a[0])
			if !ok {
				return Value{}, NewError(&OverflowErrorType, "Python int too large to convert to C long")
			}
			st.fieldLimit = n
		}
		return Int(old), nil
	})
	return m
}

// The reader's states (CPython's ParserState).
const (
	csvStartRecord = iota
	csvStartField
	csvEscapedChar
	csvInField
	csvInQuotedField
	csvEscapeInQuotedField
	csvQuoteInQuotedField
	csvEatCRNL
	csvAfterEscapedCRNL
)

// csvEOL is the end-of-line pseudo character.
const csvEOL rune = -2

type csvParser struct {
	t       *Thread
	r       *csvReader
	state   int
	fields  []Value
	field   []rune
	numeric bool
}

func (p *csvParser) saveField() error {
	s := string(literal.FromRunes(p.field))
	p.field = p.field[:0]
	if p.numeric {
		p.numeric = false
		f, err := Call(p.t, TypeValue(&FloatType), []Value{StrValue(s)}, nil)
		if err != nil {
			return err
		}
		p.fields = append(p.fields, f)
		return nil
	}
	p.fields = append(p.fields, StrValue(s))
	return nil
}

func (p *csvParser) addChar(c rune) error {
	if int64(len(p.field)) >= p.r.mod.fieldLimit {
		return p.r.mod.err("field larger than field limit (%d)", p.r.mod.fieldLimit)
	}
	p.field = append(p.field, c)
	return nil
}

// endState is the state after a line ends a field.
func endState(c rune) int {
	if c == csvEOL {
		return csvStartRecord
	}
	return csvEatCRNL
}

// process is CPython's parse_process_char.
func (p *csvParser) process(c rune) error {
	d := p.r.dialect
	isNL := c == '\n' || c == '\r'
	switch p.state {
	case csvStartRecord:
		if c == csvEOL {
			return nil
		}
		if isNL {
			p.state = csvEatCRNL
			return nil
		}
		p.state = csvStartField
		fallthrough
	case csvStartField:
		switch {
		case isNL || c == csvEOL:
			if err := p.saveField(); err != nil {
				return err
			}
			p.state = endState(c)
		case c == d.quotechar && d.quoting != quoteNone:
			p.state = csvInQuotedField
		case c == d.escapechar:
			p.state = csvEscapedChar
		case c == ' ' && d.skipinitialspace:
		case c == d.delimiter:
			return p.saveField()
		default:
			if d.quoting == quoteNonnumeric {
				p.numeric = true
			}
			if err := p.addChar(c); err != nil {
				return err
			}
			p.state = csvInField
		}
	case csvEscapedChar:
		if isNL {
			if err := p.addChar(c); err != nil {
				return err
			}
			p.state = csvAfterEscapedCRNL
			return nil
		}
		if c == csvEOL {
			c = '\n'
		}
		if err := p.addChar(c); err != nil {
			return err
		}
		p.state = csvInField
	case csvAfterEscapedCRNL, csvInField:
		if p.state == csvAfterEscapedCRNL && c == csvEOL {
			return nil
		}
		switch {
		case isNL || c == csvEOL:
			if err := p.saveField(); err != nil {
				return err
			}
			p.state = endState(c)
		case c == d.escapechar:
			p.state = csvEscapedChar
		case c == d.delimiter:
			if err := p.saveField(); err != nil {
				return err
			}
			p.state = csvStartField
		default:
			if err := p.addChar(c); err != nil {
				return err
			}
			p.state = csvInField
		}
	case csvInQuotedField:
		switch {
		case c == csvEOL:
		case c == d.escapechar:
			p.state = csvEscapeInQuotedField
		case c == d.quotechar && d.quoting != quoteNone:
			if d.doublequote {
				p.state = csvQuoteInQuotedField
			} else {
				p.state = csvInField
			}
		default:
			return p.addChar(c)
		}
	case csvEscapeInQuotedField:
		if c == csvEOL {
			c = '\n'
		}
		if err := p.addChar(c); err != nil {
			return err
		}
		p.state = csvInQuotedField
	case csvQuoteInQuotedField:
		switch {
		case d.quoting != quoteNone && c == d.quotechar:
			if err := p.addChar(c); err != nil {
				return err
			}
			p.state = csvInQuotedField
		case c == d.delimiter:
			if err := p.saveField(); err != nil {
				return err
			}
			p.state = csvStartField
		case isNL || c == csvEOL:
			if err := p.saveField(); err != nil {
				return err
			}
			p.state = endState(c)
		case !d.strict:
			if err := p.addChar(c); err != nil {
				return err
			}
			p.state = csvInField
		default:
			return p.r.mod.err("'%s' expected after '%s'", literal.EncodeRune(d.delimiter), literal.EncodeRune(d.quotechar))
		}
	case csvEatCRNL:
		switch {
		case isNL:
		case c == csvEOL:
			p.state = csvStartRecord
		default:
			return p.r.mod.err("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?")
		}
	}
	return nil
}

func csvReaderNext(t *Thread, v Value) (Value, error) {
	r := objectAs[csvReader](v.ref)
	p := &csvParser{t: t, r: r}
	for {
		line, err := Next(t, r.input)
		if err != nil {
			return Value{}, err
		}
		if line.IsNull() {
			if len(p.field) != 0 || p.state == csvInQuotedField {
				if r.dialect.strict {
					return Value{}, r.mod.err("unexpected end of data")
				}
				if err := p.saveField(); err != nil {
					return Value{}, err
				}
				break
			}
			return Value{}, newException(&StopIterationType)
		}
		s, ok := asStr(line)
		if !ok {
			return Value{}, r.mod.err("iterator should return strings, not %s (the file should be opened in text mode)", typeName(line))
		}
		r.lineNum++
		for _, c := range literal.Runes(s.s) {
			if err := p.process(c); err != nil {
				return Value{}, err
			}
		}
		if err := p.process(csvEOL); err != nil {
			return Value{}, err
		}
		if p.state == csvStartRecord {
			break
		}
	}
	return NewListValue(p.fields), nil
}

// csvWriteRow is writer.writerow: CPython's join_append rules.
func csvWriteRow(t *Thread, w *csvWriter, row Value) (Value, error) {
	d := w.dialect
	it, err := Iter(t, row)
	if err != nil {
		if e := AsException(err); e.typ.IsSubtype(&TypeErrorType) {
			return Value{}, w.mod.err("iterable expected, not %s", typeName(row))
		}
		return Value{}, err
	}
	var sb strings.Builder
	nfields := 0
	recLen := 0
	for {
		field, err := Next(t, it)
		if err != nil {
			return Value{}, err
		}
		if field.IsNull() {
			break
		}
		quoted := false
		switch d.quoting {
		case quoteNonnumeric:
			tp := field.Type()
			quoted = !(tp.Slots.Index != nil || tp.Slots.Int != nil || tp.Slots.Float != nil || isIntLike(field) || field.IsFloat())
		case quoteAll:
			quoted = true
		}
		var text string
		switch {
		case isStr(field):
			text = mustStr(field).s
		case field.IsNone():
		default:
			sv, err := Str_(t, field)
			if err != nil {
				return Value{}, err
			}
			text = mustStr(sv).s
		}
		out, err := csvJoinField(w, text, quoted, nfields > 0)
		if err != nil {
			return Value{}, err
		}
		recLen += len(out)
		sb.WriteString(out)
		nfields++
	}
	if nfields > 0 && recLen == 0 {
		if d.quoting == quoteNone {
			return Value{}, w.mod.err("single empty field record must be quoted")
		}
		sb.Reset()
		q := literal.EncodeRune(d.quotechar)
		sb.WriteString(q + q)
	}
	sb.WriteString(d.lineterminator)
	return Call(t, w.write, []Value{StrValue(sb.String())}, nil)
}

// csvJoinField formats one field, with its leading delimiter when sep.
func csvJoinField(w *csvWriter, field string, quoted, sep bool) (string, error) {
	d := w.dialect
	var body []rune
	for _, c := range literal.Runes(field) {
		if c == d.delimiter || c == d.escapechar || c == d.quotechar || strings.ContainsRune(d.lineterminator, c) {
			wantEscape := false
			if d.quoting == quoteNone {
				wantEscape = true
			} else {
				if c == d.quotechar {
					if d.doublequote {
						body = append(body, d.quotechar)
					} else {
						wantEscape = true
					}
				} else if c == d.escapechar {
					wantEscape = true
				}
				if !wantEscape {
					quoted = true
				}
			}
			if wantEscape {
				if d.escapechar == notSet {
					return "", w.mod.err("need to escape, but no escapechar set")
				}
				body = append(body, d.escapechar)
			}
		}
		body = append(body, c)
	}
	var sb strings.Builder
	if sep {
		sb.WriteString(literal.EncodeRune(d.delimiter))
	}
	if quoted {
		sb.WriteString(literal.EncodeRune(d.quotechar))
	}
	sb.WriteString(literal.FromRunes(body))
	if quoted {
		sb.WriteString(literal.EncodeRune(d.quotechar))
	}
	return sb.String(), nil
}
