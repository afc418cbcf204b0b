package interp

// This file runs an xmlparser over a whole document: encoding/xml's raw
// tokens, with element nesting, namespace scopes and the one-root rule
// checked here (as libexpat does), and the Python handlers called in
// document order.

import (
	"bytes"
	"encoding/xml"
	"errors"
	"io"
	"strings"
	"unicode/utf8"
)

// Expat error codes this file reports.
const (
	expatSyntax       = 2
	expatNoElements   = 3
	expatInvalidToken = 4
	expatUnclosed     = 5
	expatTagMismatch  = 7
	expatJunk         = 9
	expatUndefEntity  = 11
	expatUnknownEnc   = 18
	expatUnboundPfx   = 27
)

const xmlNamespace = "http://www.w3.org/XML/1998/namespace"

// openElem is an element whose end tag has not been seen.
type openElem struct {
	raw   string // the name as written, prefix:local
	name  Value  // the name handed to the handlers
	decls []string
}

func (p *xmlParser) handler(name string) Value {
	h, ok := p.handlers[name]
	if !ok || h.IsNone() {
		return Value{}
	}
	return h
}

func (p *xmlParser) call(t *Thread, name string, args ...Value) error {
	h := p.handler(name)
	if h.IsNull() {
		return nil
	}
	_, err := Call(t, h, args, nil)
	return err
}

// lineCol converts a byte offset of data to expat's line (1-based) and
// column (0-based, in characters).
func lineCol(data []byte, off int64) (int, int) {
	if off > int64(len(data)) {
		off = int64(len(data))
	}
	line, start := 1, 0
	for i, c := range data[:off] {
		if c == '\n' {
			line++
			start = i + 1
		}
	}
	return line, utf8.RuneCount(data[start:off])
}

func latin1ToUTF8(b []byte) []byte {
	out := make([]byte, 0, len(b))
	for _, c := range b {
		out = utf8.AppendRune(out, rune(c))
	}
	return out
}

// charsetReader converts the encodings libexpat knows besides UTF-8.
func charsetReader(label string, in io.Reader) (io.Reader, error) {
	switch strings.ToLower(label) {
	case "iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii":
		b, err := io.ReadAll(in)
		if err != nil {
			return nil, err
		}
		return bytes.NewReader(latin1ToUTF8(b)), nil
	case "utf-8", "utf8":
		return in, nil
	}
	return nil, errors.New("unknown encoding")
}

// run parses data, the whole document.
func (p *xmlParser) run(t *Thread, data []byte) error {
	forced := p.encoding != ""
	if forced {
		switch strings.ToLower(p.encoding) {
		case "utf-8", "utf8":
		case "iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii":
			data = latin1ToUTF8(data)
		default:
			return p.fail(t, expatUnknownEnc, 1, 0)
		}
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = true
	d.CharsetReader = charsetReader
	if forced {
		d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) { return in, nil }
	}
	scopes := []map[string]string{{"xml": xmlNamespace}}
	lookup := func(prefix string) (string, bool) {
		for i := len(scopes) - 1; i >= 0; i-- {
			if u, ok := scopes[i][prefix]; ok {
				return u, true
			}
		}
		return "", false
	}
	var stack []openElem
	var text []byte
	rootDone, sawRoot := false, false
	flush := func() error {
		if len(text) == 0 {
			return nil
		}
		s := string(text)
		text = text[:0]
		return p.call(t, "CharacterDataHandler", StrValue(s))
	}
	errAt := func(code int, off int64) error {
		line, col := lineCol(data, off)
		return p.fail(t, code, line, col)
	}
	for {
		start := d.InputOffset()
		p.line, p.col = lineCol(data, start)
		tok, err := d.RawToken()
		if err == io.EOF {
			break
		}
		if err != nil {
			code := expatInvalidToken
			msg := err.Error()
			switch {
			case strings.Contains(msg, "invalid character entity"):
				code = expatUndefEntity
			case strings.Contains(msg, "unexpected EOF"):
				code = expatUnclosed
			case strings.Contains(msg, "encoding") && strings.Contains(msg, "declared"):
				code = expatUnknownEnc
			}
			off := d.InputOffset()
			if code == expatUndefEntity {
				// libexpat points at the reference's '&'.
				if i := strings.Index(msg, "&"); i >= 0 {
					if j := bytes.Index(data[start:], []byte(msg[i:])); j >= 0 {
						off = start + int64(j)
					}
				}
			}
			return errAt(code, off)
		}
		switch tk := tok.(type) {
		case xml.CharData:
			if len(stack) == 0 {
				if len(bytes.TrimSpace(tk)) > 0 {
					if rootDone {
						return errAt(expatJunk, start)
					}
					return errAt(expatSyntax, start)
				}
				continue
			}
			text = append(text, tk...)
			if !p.flags["buffer_text"] {
				if err := flush(); err != nil {
					return err
				}
			}
		case xml.StartElement:
			if err := flush(); err != nil {
				return err
			}
			if rootDone {
				return errAt(expatJunk, start)
			}
			sawRoot = true
			e := openElem{raw: rawName(tk.Name)}
			attrs := tk.Attr
			if p.nsOn {
				scope := map[string]string{}
				kept := attrs[:0:0]
				for _, a := range attrs {
					switch {
					case a.Name.Space == "xmlns":
						scope[a.Name.Local] = a.Value
						e.decls = append(e.decls, a.Name.Local)
					case a.Name.Space == "" && a.Name.Local == "xmlns":
						scope[""] = a.Value
						e.decls = append(e.decls, "")
					default:
						kept = append(kept, a)
					}
				}
				attrs = kept
				scopes = append(scopes, scope)
				for _, pfx := range e.decls {
					pv, uv := StrValue(pfx), StrValue(scope[pfx])
					if pfx == "" {
						pv = None
					}
					if scope[pfx] == "" {
						uv = None
					}
					if err := p.call(t, "StartNamespaceDeclHandler", pv, uv); err != nil {
						return err
					}
				}
			}
			resolve := func(n xml.Name, elem bool) (Value, bool) {
				if !p.nsOn {
					return StrValue(rawName(n)), true
				}
				if n.Space == "" {
					if !elem {
						return StrValue(n.Local), true
					}
					u, _ := lookup("")
					if u == "" {
						return StrValue(n.Local), true
					}
					return StrValue(u + p.sep + n.Local), true
				}
				u, ok := lookup(n.Space)
				if !ok {
					return Value{}, false
				}
				s := u + p.sep + n.Local
				if p.flags["namespace_prefixes"] {
					s += p.sep + n.Space
				}
				return StrValue(s), true
			}
			name, ok := resolve(tk.Name, true)
			if !ok {
				return errAt(expatUnboundPfx, start)
			}
			e.name = name
			var items []Value
			for _, a := range attrs {
				an, ok := resolve(a.Name, false)
				if !ok {
					return errAt(expatUnboundPfx, start)
				}
				items = append(items, an, StrValue(normalizeAttr(a.Value)))
			}
			var attrVal Value
			if p.flags["ordered_attributes"] {
				attrVal = NewListValue(items)
			} else {
				dict := NewDict()
				for i := 0; i < len(items); i += 2 {
					if err := dict.SetItem(t, items[i], items[i+1]); err != nil {
						return err
					}
				}
				attrVal = FromObject(&dict.Object)
			}
			stack = append(stack, e)
			if err := p.call(t, "StartElementHandler", name, attrVal); err != nil {
				return err
			}
		case xml.EndElement:
			if err := flush(); err != nil {
				return err
			}
			if len(stack) == 0 || stack[len(stack)-1].raw != rawName(tk.Name) {
				return errAt(expatTagMismatch, start+2)
			}
			e := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			if err := p.call(t, "EndElementHandler", e.name); err != nil {
				return err
			}
			if p.nsOn {
				scopes = scopes[:len(scopes)-1]
				for i := len(e.decls) - 1; i >= 0; i-- {
					pv := StrValue(e.decls[i])
					if e.decls[i] == "" {
						pv = None
					}
					if err := p.call(t, "EndNamespaceDeclHandler", pv); err != nil {
						return err
					}
				}
			}
			if len(stack) == 0 {
				rootDone = true
			}
		case xml.Comment:
			if err := flush(); err != nil {
				return err
			}
			if err := p.call(t, "CommentHandler", StrValue(string(tk))); err != nil {
				return err
			}
		case xml.ProcInst:
			if err := flush(); err != nil {
				return err
			}
			if tk.Target == "xml" {
				if err := p.xmlDecl(t, string(tk.Inst)); err != nil {
					return err
				}
				continue
			}
			if err := p.call(t, "ProcessingInstructionHandler", StrValue(tk.Target), StrValue(string(tk.Inst))); err != nil {
				return err
			}
		case xml.Directive:
			if err := flush(); err != nil {
				return err
			}
			h := "DefaultHandlerExpand"
			if p.handler(h).IsNull() {
				h = "DefaultHandler"
			}
			if err := p.call(t, h, StrValue("<!"+string(tk)+">")); err != nil {
				return err
			}
		}
	}
	if len(stack) > 0 || !sawRoot {
		return errAt(expatNoElements, int64(len(data)))
	}
	return nil
}

func rawName(n xml.Name) string {
	if n.Space == "" {
		return n.Local
	}
	return n.Space + ":" + n.Local
}

// normalizeAttr is XML attribute-value normalization: each whitespace
// character becomes a space.
func normalizeAttr(s string) string {
	if !strings.ContainsAny(s, "\t\n\r") {
		return s
	}
	return strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return ' '
		}
		return r
	}, s)
}

// xmlDecl calls XmlDeclHandler(version, encoding, standalone) for the
// pseudo-attributes of <?xml ...?>.
func (p *xmlParser) xmlDecl(t *Thread, inst string) error {
	if p.handler("XmlDeclHandler").IsNull() {
		return nil
	}
	get := func(key string) Value {
		i := strings.Index(inst, key+"=")
		if i < 0 || i+len(key)+2 > len(inst) {
			return None
		}
		rest := inst[i+len(key)+1:]
		q := rest[0]
		end := strings.IndexByte(rest[1:], q)
		if end < 0 {
			return None
		}
		return StrValue(rest[1 : 1+end])
	}
	standalone := Int(-1)
	if s, ok := asStr(get("standalone")); ok {
		standalone = Int(0)
		if s.s == "yes" {
			standalone = Int(1)
		}
	}
	return p.call(t, "XmlDeclHandler", get("version"), get("encoding"), standalone)
}
