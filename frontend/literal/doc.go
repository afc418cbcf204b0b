// Package literal converts Python 3.11 literal tokens (STRING and NUMBER) into
// Go values and converts values back into text that is byte-for-byte equal to
// CPython 3.11's repr().
//
// It is a leaf package: it may import only the Go standard library,
// golang.org/x/text/unicode/runenames (for \N{...} name lookup) and
// internal/pyunicode (CPython's character classes). It must never import
// other pyjit packages, so that the tokenizer, parser, AST dumper and
// interpreter can all depend on it.
//
// # Value representation
//
//   - A Python str is a Go string holding UTF-8. Code points Go cannot encode
//     in UTF-8, the lone surrogates U+D800..U+DFFF that Python allows (e.g.
//     "\ud800"), are stored as their 3-byte generalized UTF-8 encoding
//     (ED A0..BF xx). Surrogate pairs are never merged: Python's
//     "\ud800\udc00" has two code points, and so does its Go form (six bytes).
//     Use DecodeRune, DecodeLastRune, AppendRune and Runes to handle such
//     strings; Go's utf8 package rejects the surrogate encodings.
//   - A Python bytes value is a Go string holding the raw bytes.
//   - Python ints are *big.Int, floats are float64, imaginary literals are
//     complex128 with a zero real part.
//
// # Unicode version
//
// CPython 3.11 ships Unicode 14.0 data. ReprStr classifies characters with
// internal/pyunicode, generated from CPython itself, so it escapes exactly
// what CPython escapes. Names come from x/text's runenames (Unicode 15.0), so
// LookupName also accepts the names of characters new in 15.0. The algorithmic
// CJK UNIFIED IDEOGRAPH-XXXX names follow CPython 3.11's (Unicode 14) ranges
// exactly, and name aliases come from a table generated from Unicode 15.0's
// NameAliases.txt.
//
// # Errors
//
// Decoding functions return *Error values whose Error() text is exactly the
// msg of the SyntaxError CPython raises for the same literal, and whose Kind
// lets the parser distinguish the cases (for instance ErrBytesNonASCII, which
// CPython reports at the token's position). No function panics on any input.
package literal
