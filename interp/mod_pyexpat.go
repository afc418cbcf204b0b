package interp

// This file implements the subset of pyexpat (CPython's
// Modules/pyexpat.c over libexpat) that xml.etree.ElementTree and
// simple SAX-style users need: ParserCreate, and xmlparser objects with
// Parse/ParseFile, the element, character data, comment, processing
// instruction, namespace declaration and XML declaration handlers,
// buffer_text, ordered_attributes, namespace processing with a
// separator, and ExpatError with libexpat's codes and messages.
//
// Go's encoding/xml tokenizes (mod_pyexpat_parse.go). The document is
// parsed when Parse is called with isfinal true; earlier calls only
// buffer, so incremental users (XMLPullParser) see their events at the
// end. Error positions come from encoding/xml and can differ from
// libexpat's; DTDs are skipped.

import (
	"sync"
)

var (
	xmlParserType  = Type{Name: "xmlparser"}
	expatErrorType = Type{Name: "ExpatError"}
	pyexpatOnce    sync.Once
)

func init() {
	builtinModules["pyexpat"] = makePyexpatModule
	delete(cModules, "pyexpat")
}

// expatHandlers are the handler attributes an xmlparser has (all None
// until set).
var expatHandlers = []string{"AttlistDeclHandler", "CharacterDataHandler", "CommentHandler",
	"DefaultHandler", "DefaultHandlerExpand", "ElementDeclHandler", "EndCdataSectionHandler",
	"EndDoctypeDeclHandler", "EndElementHandler", "EndNamespaceDeclHandler", "EntityDeclHandler",
	"ExternalEntityRefHandler", "NotStandaloneHandler", "NotationDeclHandler",
	"ProcessingInstructionHandler", "SkippedEntityHandler", "StartCdataSectionHandler",
	"StartDoctypeDeclHandler", "StartElementHandler", "StartNamespaceDeclHandler",
	"UnparsedEntityDeclHandler", "XmlDeclHandler"}

// xmlParser is a pyexpat.xmlparser.
type xmlParser struct {
	Object
	encoding  string // ParserCreate's encoding ("" = from the document)
	sep       string // namespace separator; "" = no namespace processing
	nsOn      bool
	handlers  map[string]Value
	flags     map[string]bool // buffer_text, ordered_attributes, ...
	buf       []byte
	finished  bool
	line, col int // position of the current event
	errCode   int
	errLine   int
	errCol    int
}

func setupPyexpat() {
	initBuiltinType(&xmlParserType, "XML parser")
	xmlParserType.Module = "pyexpat"
	xmlParserType.Slots.GetAttr = xmlParserGetAttr
	xmlParserType.Slots.SetAttr = xmlParserSetAttr
	addMethod(&xmlParserType, "Parse", xmlParserParse)
	addMethod(&xmlParserType, "ParseFile", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("ParseFile", args, kw, 1); err != nil {
			return Value{}, err
		}
		data, found, err := callMethod(t, args[0], "read")
		if err != nil {
			return Value{}, err
		}
		if !found {
			return Value{}, NewError(&TypeErrorType, "argument must have 'read' attribute")
		}
		return xmlParserParse(t, self, []Value{data, True}, nil)
	})
	addMethod(&xmlParserType, "SetParamEntityParsing", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("SetParamEntityParsing", args, kw, 1); err != nil {
			return Value{}, err
		}
		return Int(0), nil
	})
	addMethod(&xmlParserType, "UseForeignDTD", func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := rangeArgs("UseForeignDTD", args, kw, 0, 1); err != nil {
			return Value{}, err
		}
		return None, nil
	})
	addSlotWrappers(&xmlParserType)
	inheritSlots(&xmlParserType)
	initDataError(&expatErrorType, "xml.parsers.expat", "", nil)
}

func makePyexpatModule(in *Interpreter) *Module {
	pyexpatOnce.Do(setupPyexpat)
	m := NewModule("pyexpat")
	set := func(d *Dict, name string, v Value) { d.setStrNoErr(Intern(name), v) }
	set(m.Dict, "__doc__", StrValue("Python wrapper for Expat parser."))
	moduleFn(m, "ParserCreate", pyexpatParserCreate)
	moduleFn(m, "ErrorString", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("ErrorString", args, kw, 1); err != nil {
			return Value{}, err
		}
		n, err := longArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if msg := expatMessage(int(n)); msg != "" {
			return StrValue(msg), nil
		}
		return None, nil
	})
	set(m.Dict, "ExpatError", TypeValue(&expatErrorType))
	set(m.Dict, "error", TypeValue(&expatErrorType))
	set(m.Dict, "XMLParserType", TypeValue(&xmlParserType))
	set(m.Dict, "EXPAT_VERSION", StrValue("expat_2.5.0"))
	set(m.Dict, "version_info", NewTupleValue([]Value{Int(2), Int(5), Int(0)}))
	set(m.Dict, "native_encoding", StrValue("UTF-8"))
	set(m.Dict, "features", NewListValue([]Value{
		NewTupleValue([]Value{StrValue("sizeof(XML_Char)"), Int(1)}),
		NewTupleValue([]Value{StrValue("sizeof(XML_LChar)"), Int(1)}),
		NewTupleValue([]Value{StrValue("XML_NS"), Int(0)}),
	}))
	set(m.Dict, "XML_PARAM_ENTITY_PARSING_NEVER", Int(0))
	set(m.Dict, "XML_PARAM_ENTITY_PARSING_UNLESS_STANDALONE", Int(1))
	set(m.Dict, "XML_PARAM_ENTITY_PARSING_ALWAYS", Int(2))

	errs := NewModule("pyexpat.errors")
	codes, messages := NewDict(), NewDict()
	for _, e := range expatErrors {
		set(errs.Dict, e.name, StrValue(e.message))
		set(codes, e.message, Int(int64(e.code)))
		messages.SetItem(nil, Int(int64(e.code)), StrValue(e.message))
	}
	set(errs.Dict, "codes", FromObject(&codes.Object))
	set(errs.Dict, "messages", FromObject(&messages.Object))
	set(errs.Dict, "__doc__", StrValue("Constants used to describe error conditions."))
	set(m.Dict, "errors", FromObject(&errs.Object))

	model := NewModule("pyexpat.model")
	for _, c := range []struct {
		n string
		v int64
	}{{"XML_CQUANT_NONE", 0}, {"XML_CQUANT_OPT", 1}, {"XML_CQUANT_PLUS", 3}, {"XML_CQUANT_REP", 2},
		{"XML_CTYPE_ANY", 2}, {"XML_CTYPE_CHOICE", 5}, {"XML_CTYPE_EMPTY", 1}, {"XML_CTYPE_MIXED", 3},
		{"XML_CTYPE_NAME", 4}, {"XML_CTYPE_SEQ", 6}} {
		set(model.Dict, c.n, Int(c.v))
	}
	set(model.Dict, "__doc__", StrValue("Constants used to interpret content model information."))
	set(m.Dict, "model", FromObject(&model.Object))
	return m
}

func expatMessage(code int) string {
	for _, e := range expatErrors {
		if e.code == code {
			return e.message
		}
	}
	return ""
}

// pyexpatParserCreate is ParserCreate(encoding=None,
// namespace_separator=None, intern=<unrepresentable>).
func pyexpatParserCreate(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("ParserCreate", args, kw, []string{"encoding", "namespace_separator", "intern"}, 0, 3)
	if err != nil {
		return Value{}, err
	}
	p := &xmlParser{Object: Object{typ: &xmlParserType}, handlers: map[string]Value{}, flags: map[string]bool{}}
	if v := a[0]; !v.IsNull() && !v.IsNone() {
		s, ok := asStr(v)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "ParserCreate() argument 'encoding' must be str or None, not %s", typeName(v))
		}
		p.encoding = s.s
	}
	if v := a[1]; !v.IsNull() && !v.IsNone() {
		s, ok := asStr(v)
		if !ok {
			return Value{}, NewError(&TypeErrorType, "ParserCreate() argument 'namespace_separator' must be str or None, not %s", typeName(v))
		}
		if len([]rune(s.s)) > 1 {
			return Value{}, NewError(&ValueErrorType, "namespace_separator must be at most one character, omitted, or None")
		}
		p.sep, p.nsOn = s.s, true
	}
	return FromObject(&p.Object), nil
}

// xmlParserFlags are the boolean attributes.
var xmlParserFlags = map[string]bool{"buffer_text": true, "ordered_attributes": true,
	"specified_attributes": true, "namespace_prefixes": true}

func isExpatHandler(name string) bool {
	for _, h := range expatHandlers {
		if h == name {
			return true
		}
	}
	return false
}

func xmlParserGetAttr(t *Thread, v Value, name *Str) (Value, error) {
	p := objectAs[xmlParser](v.ref)
	switch {
	case isExpatHandler(name.s):
		if h, ok := p.handlers[name.s]; ok {
			return h, nil
		}
		return None, nil
	case xmlParserFlags[name.s]:
		return Bool(p.flags[name.s]), nil
	}
	switch name.s {
	case "ErrorCode":
		return Int(int64(p.errCode)), nil
	case "ErrorLineNumber":
		return Int(int64(p.errLine)), nil
	case "ErrorColumnNumber":
		return Int(int64(p.errCol)), nil
	case "CurrentLineNumber":
		return Int(int64(max(p.line, 1))), nil
	case "CurrentColumnNumber":
		return Int(int64(p.col)), nil
	case "CurrentByteIndex", "ErrorByteIndex":
		return Int(-1), nil
	case "buffer_size":
		return Int(8192), nil
	case "buffer_used":
		return Int(0), nil
	case "intern":
		return None, nil
	}
	return GenericGetAttr(t, v, name)
}

func xmlParserSetAttr(t *Thread, v Value, name *Str, value Value) error {
	p := objectAs[xmlParser](v.ref)
	switch {
	case isExpatHandler(name.s):
		if value.IsNull() {
			value = None
		}
		p.handlers[name.s] = value
		return nil
	case xmlParserFlags[name.s]:
		if value.IsNull() {
			return NewError(&AttributeErrorType, "Cannot delete attribute")
		}
		b, err := Truth(t, value)
		if err != nil {
			return err
		}
		p.flags[name.s] = b
		return nil
	case name.s == "buffer_size":
		return nil
	}
	return NewError(&AttributeErrorType, "'pyexpat.xmlparser' object has no attribute '%s'", name.s)
}

// xmlParserParse is Parse(data, isfinal=False).
func xmlParserParse(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("Parse", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	p := objectAs[xmlParser](self.ref)
	if s, ok := asStr(args[0]); ok {
		// Text is parsed as UTF-8 whatever the document declares.
		p.buf = append(p.buf, s.s...)
		p.encoding = "utf-8"
	} else {
		b, err := dataBufferArg(args[0])
		if err != nil {
			return Value{}, err
		}
		p.buf = append(p.buf, b...)
	}
	final := false
	if len(args) == 2 {
		var err error
		if final, err = Truth(t, args[1]); err != nil {
			return Value{}, err
		}
	}
	if !final {
		return Int(1), nil
	}
	if p.finished {
		return Value{}, p.fail(t, 36, 0, 0) // XML_ERROR_FINISHED
	}
	p.finished = true
	data := p.buf
	p.buf = nil
	if err := p.run(t, data); err != nil {
		return Value{}, err
	}
	return Int(1), nil
}

// fail records an error and returns the ExpatError for it.
func (p *xmlParser) fail(t *Thread, code, line, col int) error {
	p.errCode, p.errLine, p.errCol = code, line, col
	msg := expatMessage(code)
	e := newException(&expatErrorType, StrValue(msgPos(msg, line, col)))
	_ = e.attrs.Set(t, Intern("code"), Int(int64(code)))
	_ = e.attrs.Set(t, Intern("lineno"), Int(int64(line)))
	_ = e.attrs.Set(t, Intern("offset"), Int(int64(col)))
	return e
}

func msgPos(msg string, line, col int) string {
	return msg + ": line " + itoa(line) + ", column " + itoa(col)
}
