package parser

import (
	"strings"
	"testing"

	"github.com/pyjit/pyjit/frontend/source"
)

// TestDeepNesting checks CPython's behaviour on deeply nested input: the
// tokenizer's bracket limit, and an error (CPython: MemoryError) instead of
// a stack overflow for very deep unary chains.
func TestDeepNesting(t *testing.T) {
	_, err := ParseString(strings.Repeat("(", 1000)+strings.Repeat(")", 1000), "<s>", Exec)
	if se, ok := err.(*source.Error); !ok || se.Msg != "too many nested parentheses" || se.Offset != 201 {
		t.Errorf("1000 parens: got %#v", err)
	}
	if _, err := ParseString(strings.Repeat("-", 1000)+"1", "<s>", Exec); err != nil {
		t.Errorf("1000 minus signs: %v", err)
	}
	_, err = ParseString(strings.Repeat("-", 100000)+"1", "<s>", Exec)
	if se, ok := err.(*source.Error); !ok || se.Type != "MemoryError" {
		t.Errorf("100000 minus signs: got %#v", err)
	}
	_, err = ParseString(strings.Repeat("not ", 100000)+"1", "<s>", Exec)
	if se, ok := err.(*source.Error); !ok || se.Type != "MemoryError" {
		t.Errorf("100000 nots: got %#v", err)
	}
}

// TestFileEncodingOffsets checks that error offsets of bytes sources count
// bytes when there is neither BOM nor cookie, and characters otherwise.
func TestFileEncodingOffsets(t *testing.T) {
	cases := []struct {
		src          string
		line, offset int
	}{
		{"x = '\xc3\xa9' b c", 1, 10},
		{"# -*- coding: latin-1 -*-\nx = '\xe9' b c", 2, 9},
		{"\xef\xbb\xbfx = '\xc3\xa9' b c", 1, 9},
	}
	for _, c := range cases {
		_, err := ParseFile([]byte(c.src), "<s>", Exec)
		se, ok := err.(*source.Error)
		if !ok || se.Msg != "invalid syntax" || se.Lineno != c.line || se.Offset != c.offset {
			t.Errorf("%q: got %#v, want line %d offset %d", c.src, err, c.line, c.offset)
		}
	}
}
