package interp

import (
	"os"
	"runtime/debug"
)

// internalError turns a recovered Go panic into the SystemError a user
// sees. With PYJIT_GOTRACE=1 in the environment the Go stack is printed
// too, for work on the interpreter.
func internalError(r any) *Exception {
	if os.Getenv("PYJIT_GOTRACE") != "" {
		os.Stderr.Write(debug.Stack())
	}
	return NewError(&SystemErrorType, "pyjit internal error: %v", r)
}
