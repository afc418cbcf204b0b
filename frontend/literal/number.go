package literal

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// MaxStrDigits is CPython 3.11's default sys.get_int_max_str_digits().
const MaxStrDigits = 4300

// ParseNumber converts a NUMBER token's text to its value: *big.Int for
// integers (decimal, 0x, 0o, 0b, with underscores), float64 for floats
// (correctly rounded; overflow gives +Inf as CPython does for "1e400"),
// complex128 with a zero real part for imaginary literals ("1j", "1.5e3J").
// A non-zero decimal int literal of more than MaxStrDigits digits fails with
// ErrIntMaxStrDigits and CPython's exact SyntaxError text. Text that is not
// a valid NUMBER token gives an ErrNumber error.
func ParseNumber(text string) (any, error) {
	bad := func() error {
		return &Error{Kind: ErrNumber, Msg: fmt.Sprintf("invalid number literal %q", text)}
	}
	if text == "" || !validUnderscores(text) {
		return nil, bad()
	}
	last := text[len(text)-1]
	if last == 'j' || last == 'J' {
		f, ok := parseFloatText(text[:len(text)-1])
		if !ok {
			return nil, bad()
		}
		return complex(0, f), nil
	}
	if len(text) > 1 && text[0] == '0' {
		base := 0
		switch text[1] {
		case 'x', 'X':
			base = 16
		case 'o', 'O':
			base = 8
		case 'b', 'B':
			base = 2
		}
		if base != 0 {
			digits := strings.ReplaceAll(text[2:], "_", "")
			z, ok := new(big.Int).SetString(digits, base)
			if !ok || digits == "" || digits[0] == '+' || digits[0] == '-' {
				return nil, bad()
			}
			return z, nil
		}
	}
	if strings.ContainsAny(text, ".eE") {
		f, ok := parseFloatText(text)
		if !ok {
			return nil, bad()
		}
		return f, nil
	}
	digits := strings.ReplaceAll(text, "_", "")
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return nil, bad()
		}
	}
	// CPython accepts leading zeros only for zero ("000"); such a literal
	// never hits the digit limit.
	trimmed := strings.TrimLeft(digits, "0")
	if trimmed == "" {
		return new(big.Int), nil
	}
	if len(trimmed) != len(digits) {
		return nil, bad()
	}
	if len(digits) > MaxStrDigits {
		return nil, &Error{Kind: ErrIntMaxStrDigits, Msg: fmt.Sprintf(
			"Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "+
				"use sys.set_int_max_str_digits() to increase the limit - "+
				"Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
			MaxStrDigits, len(digits))}
	}
	z, ok := new(big.Int).SetString(digits, 10)
	if !ok {
		return nil, bad()
	}
	return z, nil
}

// validUnderscores checks that every '_' sits between two digits, as the
// tokenizer requires (so "1__0", "_1" and "1_" are rejected here too).
func validUnderscores(s string) bool {
	hex := len(s) > 1 && s[0] == '0' && (s[1] == 'x' || s[1] == 'X')
	isDigit := func(c byte) bool {
		return c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')
	}
	for i := 0; i < len(s); i++ {
		if s[i] != '_' {
			continue
		}
		if i == 0 || i == len(s)-1 || !isDigit(s[i-1]) || !isDigit(s[i+1]) {
			// 0x_1 is valid: an underscore may follow the base prefix.
			if i == 2 && s[0] == '0' && strings.ContainsRune("xXoObB", rune(s[1])) && i+1 < len(s) && isDigit(s[i+1]) {
				continue
			}
			return false
		}
	}
	return true
}

// parseFloatText parses a decimal float literal (digits, '.', exponent,
// underscores), correctly rounded, with overflow to +Inf.
func parseFloatText(s string) (float64, bool) {
	s = strings.ReplaceAll(s, "_", "")
	if s == "" {
		return 0, false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c >= '0' && c <= '9' || c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
			return 0, false
		}
	}
	if s[0] == '+' || s[0] == '-' {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		if ne, ok := err.(*strconv.NumError); ok && ne.Err == strconv.ErrRange {
			// ParseFloat returns ±Inf on overflow and 0 on underflow, the
			// correctly rounded results CPython produces.
			return f, !math.IsNaN(f)
		}
		return 0, false
	}
	return f, true
}

// ReprInt returns the decimal repr of i (no max-str-digits limit applies).
// A nil i is printed as "0".
func ReprInt(i *big.Int) string {
	if i == nil {
		return "0"
	}
	return i.String()
}
