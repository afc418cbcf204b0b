package main

import (
	"errors"
	"fmt"
	"io/fs"
	"strings"
	"syscall"

	"github.com/pyjit/pyjit/frontend/literal"
)

// pyRepr formats s the way CPython's repr() formats a str. Command-line
// arguments reach CPython decoded with the surrogateescape error handler,
// so a byte that is not valid UTF-8 shows up as a lone surrogate \udcXX;
// we reproduce that so messages quoting file names match byte for byte.
func pyRepr(s string) string {
	return literal.ReprStr(literal.SurrogateEscape(s))
}

// errnoText renders an OS error as CPython's "[Errno N] message" text.
// glibc's strerror strings are Go's errno strings with a capital first
// letter, which holds for every errno a file open can produce.
func errnoText(err error) string {
	var errno syscall.Errno
	if errors.As(err, &errno) {
		msg := errno.Error()
		if msg != "" {
			msg = strings.ToUpper(msg[:1]) + msg[1:]
		}
		return fmt.Sprintf("[Errno %d] %s", int(errno), msg)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}
