package parser

// This file parses the statements typed at the interactive prompt.
// CPython's REPL does not decide up front whether input is complete: its
// tokenizer reads another line (showing sys.ps2) whenever the parser asks
// for a token beyond the lines typed so far. ParseInteractive reproduces
// that by parsing the lines typed so far and reporting when the parser
// (in either pass) reached past their end.

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/source"
	"github.com/pyjit/pyjit/frontend/tokenizer"
)

// errNeedMore ends a parse that needs another line. Its Type is not a
// syntax error type, so both passes hand it straight back.
var errNeedMore = &source.Error{Type: "incomplete input"}

// ParseInteractive parses src, the lines typed at the prompt (each ending
// in a newline), as one interactive statement ("single" mode, *ast.Interactive).
// more reports that the parser needed another line to decide, as
// CPython's REPL would then prompt with sys.ps2. With final set (the
// user typed an empty line or end-of-file) the text is parsed as it is
// and more is false. Errors are *source.Error.
func ParseInteractive(src, filename string, final bool) (mod ast.Mod, more bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			mod, more, err = nil, false, internalError(filename, r)
		}
	}()
	p := newParser(tokenizer.NewFromString(src, filename), filename, Single)
	p.interactive = true
	if !final {
		p.lastLine = strings.Count(src, "\n")
		if !strings.HasSuffix(src, "\n") {
			p.lastLine++
		}
		p.lastLen = len(src) - (strings.LastIndexByte(strings.TrimSuffix(src, "\n"), '\n') + 1)
	}
	p.emptySrc = src == ""
	mod, err = p.parseTop()
	if err == errNeedMore {
		return nil, true, nil
	}
	return mod, false, err
}

// pastText reports whether tk is made up at the end of the text (the
// ENDMARKER, or the DEDENTs before it, which the tokenizer places on the
// last line) rather than read from it.
func (p *parser) pastText(tk tokenizer.Token) bool {
	switch {
	case tk.Kind == tokenizer.ENDMARKER || tk.Line > p.lastLine:
		return true
	case tk.Kind == tokenizer.DEDENT:
		line, col := p.tz.Cursor()
		return line > p.lastLine || line == p.lastLine && col >= p.lastLen
	}
	return false
}

// needsMoreText reports whether a tokenizer error only says that the text
// ended inside a token (an open bracket, a triple-quoted string, a
// backslash continuation): the interactive tokenizer reads on instead.
func needsMoreText(err error) bool {
	se, ok := err.(*source.Error)
	if !ok {
		return false
	}
	return strings.HasSuffix(se.Msg, "was never closed") ||
		strings.HasPrefix(se.Msg, "unterminated triple-quoted string literal") ||
		se.Msg == "unexpected EOF while parsing"
}
