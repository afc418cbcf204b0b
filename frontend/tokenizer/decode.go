package tokenizer

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"

	"github.com/pyjit/pyjit/frontend/source"
)

// This file turns source bytes into UTF-8 text as tokenizer.c's decode_str
// does for compile(bytes): newlines first, then the BOM, then a PEP 263
// cookie on line 1 or 2, then decoding.

// decodeSource returns the decoded text and CPython's tok->encoding ("" when
// neither BOM nor cookie is present).
func decodeSource(src []byte, filename string) (string, string, error) {
	text := normalizeNewlines(string(src))
	enc := ""
	if strings.HasPrefix(text, "\xef\xbb\xbf") {
		text = text[3:]
		enc = "utf-8"
	}
	cookie := findCookie(text)
	if cookie == "" {
		return text, enc, nil
	}
	if enc != "" {
		if cookie != "utf-8" {
			return "", "", encodingError(filename, "encoding problem: %s with BOM", cookie)
		}
		return text, enc, nil
	}
	if cookie == "utf-8" {
		return text, cookie, nil
	}
	decoded, err := decodeWith(text, cookie)
	if err != nil {
		return "", "", encodingError(filename, "%s", err.Error())
	}
	return decoded, cookie, nil
}

func encodingError(filename, format string, args ...any) *source.Error {
	// compile() reports these with lineno 0 and offset -1.
	return &source.Error{Type: "SyntaxError", Msg: fmt.Sprintf(format, args...), Filename: filename, Offset: -1}
}

// findCookie looks for a coding declaration on the first line, and on the
// second when the first holds only whitespace and/or a comment. It
// returns the normalized encoding name or "".
func findCookie(text string) string {
	nl := strings.IndexByte(text, '\n')
	if nl < 0 {
		return ""
	}
	line1 := text[:nl]
	if cs := codingSpec(line1, len(line1)); cs != "" {
		return cs
	}
	if !commentOrBlank(line1) {
		return ""
	}
	rest := text[nl+1:]
	nl2 := strings.IndexByte(rest, '\n')
	if nl2 < 0 {
		return ""
	}
	// tokenizer.c passes the second line's length plus one here.
	return codingSpec(rest, nl2+1)
}

func commentOrBlank(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case '#', '\r', '\n':
			return true
		case ' ', '\t', '\f':
		default:
			return false
		}
	}
	return true
}

// codingSpec is get_coding_spec: the line must be a comment, in which
// "coding" followed by ':' or '=' introduces the encoding name.
func codingSpec(s string, size int) string {
	i := 0
	for ; i < size-6; i++ {
		if s[i] == '#' {
			break
		}
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\f' {
			return ""
		}
	}
	for ; i < size-6; i++ {
		if !strings.HasPrefix(s[i:], "coding") {
			continue
		}
		t := i + 6
		if t >= len(s) || s[t] != ':' && s[t] != '=' {
			continue
		}
		t++
		for t < len(s) && (s[t] == ' ' || s[t] == '\t') {
			t++
		}
		begin := t
		for t < len(s) && (isAlnum(s[t]) || s[t] == '-' || s[t] == '_' || s[t] == '.') {
			t++
		}
		if begin < t {
			return normalName(s[begin:t])
		}
	}
	return ""
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'
}

// normalName is get_normal_name: only utf-8 and latin-1 spellings are
// normalized, looking at the first 12 characters.
func normalName(s string) string {
	b := s
	if len(b) > 12 {
		b = b[:12]
	}
	b = strings.ToLower(strings.ReplaceAll(b, "_", "-"))
	switch {
	case b == "utf-8" || strings.HasPrefix(b, "utf-8-"):
		return "utf-8"
	case b == "latin-1" || b == "iso-8859-1" || b == "iso-latin-1" ||
		strings.HasPrefix(b, "latin-1-") || strings.HasPrefix(b, "iso-8859-1-") || strings.HasPrefix(b, "iso-latin-1-"):
		return "iso-8859-1"
	}
	return s
}

// codec describes how Python decodes one encoding.
type codec struct {
	name   string           // the name in Python's UnicodeDecodeError messages
	cm     *charmap.Charmap // single-byte table, or nil
	multi  encoding.Encoding
	ascii  bool
	latin1 bool
	utf8   bool
}

// codecs maps Python's normalized codec names and common aliases.
var codecs = func() map[string]codec {
	m := map[string]codec{}
	add := func(c codec, names ...string) {
		for _, n := range names {
			m[n] = c
		}
	}
	add(codec{name: "utf-8", utf8: true}, "utf_8", "utf8", "u8", "utf", "cp65001", "utf8_ucs2", "utf8_ucs4")
	add(codec{name: "latin-1", latin1: true}, "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1",
		"8859", "cp819", "iso_ir_100", "csisolatin1", "iso8859", "ibm819", "iso_8859_1_1987")
	add(codec{name: "ascii", ascii: true}, "ascii", "us_ascii", "646", "us", "cp367", "iso646_us", "csascii",
		"ibm367", "iso_ir_6", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "iso_646.irv_1991")
	cm := func(t *charmap.Charmap, names ...string) { add(codec{name: "charmap", cm: t}, names...) }
	cm(charmap.Windows1250, "cp1250", "windows_1250")
	cm(charmap.Windows1251, "cp1251", "windows_1251")
	cm(charmap.Windows1252, "cp1252", "windows_1252")
	cm(charmap.Windows1253, "cp1253", "windows_1253")
	cm(charmap.Windows1254, "cp1254", "windows_1254")
	cm(charmap.Windows1255, "cp1255", "windows_1255")
	cm(charmap.Windows1256, "cp1256", "windows_1256")
	cm(charmap.Windows1257, "cp1257", "windows_1257")
	cm(charmap.Windows1258, "cp1258", "windows_1258")
	cm(charmap.Windows874, "cp874")
	cm(charmap.CodePage437, "cp437", "437", "ibm437")
	cm(charmap.CodePage850, "cp850", "850", "ibm850")
	cm(charmap.CodePage852, "cp852", "852", "ibm852")
	cm(charmap.CodePage855, "cp855", "855", "ibm855")
	cm(charmap.CodePage858, "cp858", "858", "ibm858")
	cm(charmap.CodePage860, "cp860", "860", "ibm860")
	cm(charmap.CodePage862, "cp862", "862", "ibm862")
	cm(charmap.CodePage863, "cp863", "863", "ibm863")
	cm(charmap.CodePage865, "cp865", "865", "ibm865")
	cm(charmap.CodePage866, "cp866", "866", "ibm866")
	cm(charmap.KOI8R, "koi8_r")
	cm(charmap.KOI8U, "koi8_u")
	cm(charmap.Macintosh, "mac_roman", "macroman", "macintosh")
	cm(charmap.MacintoshCyrillic, "mac_cyrillic", "maccyrillic")
	isos := []*charmap.Charmap{nil, nil, charmap.ISO8859_2, charmap.ISO8859_3, charmap.ISO8859_4, charmap.ISO8859_5,
		charmap.ISO8859_6, charmap.ISO8859_7, charmap.ISO8859_8, charmap.ISO8859_9, charmap.ISO8859_10, nil, nil,
		charmap.ISO8859_13, charmap.ISO8859_14, charmap.ISO8859_15, charmap.ISO8859_16}
	latinN := map[int]int{2: 2, 3: 3, 4: 4, 9: 5, 10: 6, 13: 7, 14: 8, 15: 9, 16: 10}
	for n, t := range isos {
		if t == nil {
			continue
		}
		cm(t, fmt.Sprintf("iso8859_%d", n), fmt.Sprintf("iso_8859_%d", n))
		for iso, l := range latinN {
			if iso == n {
				cm(t, fmt.Sprintf("latin%d", l), fmt.Sprintf("l%d", l))
			}
		}
	}
	cm(charmap.ISO8859_5, "cyrillic")
	cm(charmap.ISO8859_7, "greek", "greek8")
	cm(charmap.ISO8859_8, "hebrew")
	cm(charmap.ISO8859_6, "arabic")
	mb := func(name string, e encoding.Encoding, names ...string) { add(codec{name: name, multi: e}, names...) }
	mb("shift_jis", japanese.ShiftJIS, "shift_jis", "shiftjis", "sjis", "s_jis", "csshiftjis")
	mb("euc_jp", japanese.EUCJP, "euc_jp", "eucjp", "ujis", "u_jis")
	mb("iso2022_jp", japanese.ISO2022JP, "iso2022_jp", "iso_2022_jp", "csiso2022jp")
	mb("euc_kr", korean.EUCKR, "euc_kr", "euckr", "korean", "ksc5601", "ks_c_5601", "ks_c_5601_1987", "ks_x_1001")
	mb("gbk", simplifiedchinese.GBK, "gbk", "936", "cp936", "ms936")
	mb("gb2312", simplifiedchinese.HZGB2312, "hz", "hzgb", "hz_gb", "hz_gb_2312")
	mb("gb2312", simplifiedchinese.GBK, "gb2312", "chinese", "csiso58gb231280", "euc_cn", "euccn", "eucgb2312_cn", "gb2312_1980", "gb2312_80", "iso_ir_58")
	mb("gb18030", simplifiedchinese.GB18030, "gb18030", "gb18030_2000")
	mb("big5", traditionalchinese.Big5, "big5", "big5_tw", "csbig5")
	return m
}()

// decodeWith decodes text (bytes in a Go string) with the named encoding,
// failing as Python's codec would.
func decodeWith(text, name string) (string, error) {
	key := strings.ToLower(name)
	key = strings.NewReplacer("-", "_", " ", "_").Replace(key)
	c, ok := codecs[key]
	if !ok {
		return "", fmt.Errorf("unknown encoding: %s", name)
	}
	switch {
	case c.utf8:
		if msg := utf8DecodeError(text); msg != "" {
			return "", fmt.Errorf("%s", msg)
		}
		return text, nil
	case c.latin1, c.ascii:
		var b strings.Builder
		for i := 0; i < len(text); i++ {
			if c.ascii && text[i] >= 0x80 {
				return "", fmt.Errorf("'ascii' codec can't decode byte 0x%02x in position %d: ordinal not in range(128)", text[i], i)
			}
			b.WriteRune(rune(text[i]))
		}
		return b.String(), nil
	case c.cm != nil:
		var b strings.Builder
		for i := 0; i < len(text); i++ {
			r := c.cm.DecodeByte(text[i])
			if r == utf8.RuneError {
				return "", fmt.Errorf("'charmap' codec can't decode byte 0x%02x in position %d: character maps to <undefined>", text[i], i)
			}
			b.WriteRune(r)
		}
		return b.String(), nil
	}
	out, err := c.multi.NewDecoder().String(text)
	if err != nil {
		return "", fmt.Errorf("'%s' codec can't decode: illegal multibyte sequence", c.name)
	}
	return out, nil
}
