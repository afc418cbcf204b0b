package tokenizer

import (
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/pyjit/pyjit/frontend/literal"
)

// Dump writes the token stream of src the way `python3.11 -m tokenize -e
// FILE` prints it: the ENCODING token first, COMMENT and NL tokens
// included, exact operator names, "line,col-line,col:" ranges in
// characters and repr'd token strings. Like that command it prints nothing
// when tokenize.py raises; the error is then returned as a
// *TokenizeError whose Error() is the line the command writes to stderr.
func Dump(w io.Writer, src []byte, filename string) error {
	enc, text, derr := detectEncoding(src, filename)
	if derr != nil {
		return derr
	}
	var s scanner
	s.init(text, filename, true)
	var buf bytes.Buffer
	write := func(t pyToken) {
		rng := fmt.Sprintf("%d,%d-%d,%d:", t.sline, t.scol, t.eline, t.ecol)
		fmt.Fprintf(&buf, "%-20s%-15s%-15s\n", rng, t.kind.String(), pyRepr(t.text))
	}
	write(pyToken{kind: ENCODING, text: enc})
	if err := s.pyTokens(write); err != nil {
		return err
	}
	_, err := w.Write(buf.Bytes())
	return err
}

// detectEncoding is tokenize.detect_encoding followed by the decoding of
// every line: it returns the ENCODING token's text and the decoded text.
func detectEncoding(src []byte, filename string) (string, string, *TokenizeError) {
	text := string(src)
	bom := strings.HasPrefix(text, "\xef\xbb\xbf")
	if bom {
		text = text[3:]
	}
	encoding := ""
	line1, rest := splitLine(text)
	if line1 != "" {
		enc, err := pyFindCookie(line1, filename, bom)
		if err != nil {
			return "", "", err
		}
		encoding = enc
		if enc == "" && pyBlank(line1) {
			line2, _ := splitLine(rest)
			if line2 != "" {
				if encoding, err = pyFindCookie(line2, filename, bom); err != nil {
					return "", "", err
				}
			}
		}
	}
	if encoding == "" || encoding == "utf-8" {
		// Lines are decoded one by one; report the first bad one.
		for off := 0; off < len(text); {
			line, _ := splitLine(text[off:])
			if msg := utf8DecodeError(line); msg != "" {
				return "", "", &TokenizeError{Msg: msg, Unexpected: true}
			}
			off += len(line)
		}
		return "utf-8", text, nil
	}
	var b strings.Builder
	for off := 0; off < len(text); {
		line, _ := splitLine(text[off:])
		dec, err := decodeWith(line, encoding)
		if err != nil {
			return "", "", &TokenizeError{Msg: err.Error(), Unexpected: true}
		}
		b.WriteString(dec)
		off += len(line)
	}
	return encoding, b.String(), nil
}

// splitLine returns the first line of text (with its "\n") and the rest.
func splitLine(text string) (string, string) {
	if i := strings.IndexByte(text, '\n'); i >= 0 {
		return text[:i+1], text[i+1:]
	}
	return text, ""
}

// pyBlank is tokenize.py's blank_re: ^[ \t\f]*(?:[#\r\n]|$).
func pyBlank(line string) bool {
	for i := 0; i < len(line); i++ {
		switch line[i] {
		case ' ', '\t', '\f':
		case '#', '\r', '\n':
			return true
		default:
			return false
		}
	}
	return true
}

// pyFindCookie is detect_encoding's find_cookie: cookie_re is
// ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+) (ASCII).
func pyFindCookie(line, filename string, bom bool) (string, *TokenizeError) {
	if utf8DecodeError(line) != "" {
		return "", &TokenizeError{Filename: filename, Msg: "invalid or missing encoding declaration for " + pyRepr(filename)}
	}
	i := 0
	for i < len(line) && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f') {
		i++
	}
	if i >= len(line) || line[i] != '#' {
		return "", nil
	}
	name := ""
	for k := i + 1; k+7 <= len(line) && name == ""; k++ {
		if line[k] == '\n' {
			break
		}
		if !strings.HasPrefix(line[k:], "coding") || line[k+6] != ':' && line[k+6] != '=' {
			continue
		}
		t := k + 7
		for t < len(line) && (line[t] == ' ' || line[t] == '\t') {
			t++
		}
		begin := t
		for t < len(line) && (isAlnum(line[t]) || line[t] == '_' || line[t] == '-' || line[t] == '.') {
			t++
		}
		name = line[begin:t]
	}
	if name == "" {
		return "", nil
	}
	enc := normalName(name)
	if _, err := decodeWith("", enc); err != nil {
		return "", &TokenizeError{Filename: filename, Msg: fmt.Sprintf("unknown encoding for %s: %s", pyRepr(filename), enc)}
	}
	if bom && enc != "utf-8" {
		return "", &TokenizeError{Filename: filename, Msg: fmt.Sprintf("encoding problem for %s: utf-8", pyRepr(filename))}
	}
	return enc, nil
}

// pyRepr is repr() of a str.
func pyRepr(s string) string { return literal.ReprStr(s) }
