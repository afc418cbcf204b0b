package literal

// ErrorKind classifies the errors this package returns, so that callers can
// react to a kind (e.g. report it at a different location) without parsing
// message text.
type ErrorKind int

// Error kinds. The comment of each gives CPython's SyntaxError msg shape.
const (
	// ErrUnicodeEscape: "(unicode error) 'unicodeescape' codec can't decode
	// bytes in position S-E: REASON" for a bad escape in a str literal.
	ErrUnicodeEscape ErrorKind = iota + 1
	// ErrUTF8: the literal body is not well-formed UTF-8 (the tokenizer
	// normally rejects such source before a literal is decoded).
	ErrUTF8
	// ErrBytesEscape: "(value error) invalid \x escape at position N".
	ErrBytesEscape
	// ErrBytesNonASCII: "bytes can only contain ASCII literal characters";
	// CPython reports it at the start of the STRING token.
	ErrBytesNonASCII
	// ErrIntMaxStrDigits: a decimal int literal longer than 4300 digits.
	ErrIntMaxStrDigits
	// ErrNumber: text that is not a valid NUMBER token.
	ErrNumber
)

// Error is the error type of this package. Error() returns the message that
// CPython 3.11 puts in the SyntaxError it raises for the same literal.
type Error struct {
	Kind ErrorKind
	Msg  string
	// Start and End delimit the offending bytes as CPython counts them (for
	// ErrUnicodeEscape: positions in CPython's internal re-encoding of the
	// body, see DecodeStr); End is exclusive. Both are 0 when meaningless.
	Start, End int
}

func (e *Error) Error() string { return e.Msg }
