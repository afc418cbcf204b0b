package profile

// This file defines the clocks that drive sampling: a goroutine that
// wakes at the sampling rate and reports whole elapsed periods to the
// interpreter with interp.ProfileTick.

import (
	"fmt"
	"time"

	"golang.org/x/sys/unix"

	"github.com/pyjit/pyjit/interp"
)

// Mode selects the clock whose periods are sampled.
type Mode uint8

const (
	// ModeCPU samples the process's CPU time.
	ModeCPU Mode = iota
	// ModeWall samples wall-clock time.
	ModeWall
)

func (m Mode) String() string {
	if m == ModeWall {
		return "wall"
	}
	return "cpu"
}

// ParseMode parses the --profile-mode value ("cpu" or "wall").
func ParseMode(s string) (Mode, error) {
	switch s {
	case "cpu":
		return ModeCPU, nil
	case "wall":
		return ModeWall, nil
	}
	return ModeCPU, fmt.Errorf("unknown profile mode %q (want cpu or wall)", s)
}

// clockNow reads the clock of mode m in nanoseconds.
func clockNow(m Mode) int64 {
	if m == ModeWall {
		return time.Now().UnixNano()
	}
	var ts unix.Timespec
	if err := unix.ClockGettime(unix.CLOCK_PROCESS_CPUTIME_ID, &ts); err != nil {
		return 0
	}
	return ts.Nano()
}

// runClock reports elapsed periods of mode m's clock until stop is
// closed, then closes done. It wakes once per period of wall time; in CPU
// mode a wake-up may find zero, one or (with the garbage collector busy
// on another core) several periods of CPU time elapsed. The remainder
// carries over, so no time is lost to rounding.
func runClock(m Mode, period time.Duration, stop <-chan struct{}, done chan<- struct{}) {
	defer close(done)
	tk := time.NewTicker(period)
	defer tk.Stop()
	last := clockNow(m)
	var acc int64
	for {
		select {
		case <-stop:
			return
		case <-tk.C:
		}
		now := clockNow(m)
		acc += now - last
		last = now
		if n := acc / int64(period); n > 0 {
			acc -= n * int64(period)
			interp.ProfileTick(n)
		}
	}
}
