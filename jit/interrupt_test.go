package jit

import "testing"

// sigintNoGuardSrc's loop compiles to a trace without guards, which can
// only leave through the loop-head exit (amd64/headexit.go). The value
// the handler sees must be the loop's current one (0.5 after a few dozen
// iterations), not the one the trace was entered with (0.75).
const sigintNoGuardSrc = `
import signal
signal.signal(signal.SIGINT, signal.default_int_handler)

def spin():
    x = 1.0
    try:
        while True:
            x = x * 0.5 + 0.25
    except KeyboardInterrupt:
        return x

try:
    print(spin())
finally:
    signal.signal(signal.SIGINT, signal.SIG_DFL)
`

func TestStressSIGINTNoGuard(t *testing.T) { stressSIGINT(t, sigintNoGuardSrc, "0.5\n") }
