package jit

import (
	"fmt"
	"io"
	"sync/atomic"
)

// Stats counts what the JIT did. All fields are updated atomically.
type Stats struct {
	Recorded    atomic.Int64 // recordings started
	Compiled    atomic.Int64 // traces compiled
	Entries     atomic.Int64 // trace entries
	Exits       atomic.Int64 // guard exits (one per entry)
	Invalidated atomic.Int64 // traces dropped for failing at entry
	Blacklisted atomic.Int64 // loops never recorded again
	Aborts      [numAborts]atomic.Int64
}

// StatsSnapshot is a copy of Stats' counters.
type StatsSnapshot struct {
	Recorded, Compiled, Entries, Exits, Invalidated, Blacklisted int64
	Aborts                                                       map[string]int64
}

// Snapshot returns the current counters.
func (s *Stats) Snapshot() StatsSnapshot {
	out := StatsSnapshot{
		Recorded: s.Recorded.Load(), Compiled: s.Compiled.Load(),
		Entries: s.Entries.Load(), Exits: s.Exits.Load(),
		Invalidated: s.Invalidated.Load(), Blacklisted: s.Blacklisted.Load(),
		Aborts: map[string]int64{},
	}
	for i := range s.Aborts {
		if n := s.Aborts[i].Load(); n > 0 {
			out.Aborts[Abort(i).String()] = n
		}
	}
	return out
}

// Write prints the counters, one per line, as --stats shows them.
func (s *Stats) Write(w io.Writer) {
	fmt.Fprintf(w, "jit: traces recorded %d, compiled %d, entries %d, exits %d, invalidated %d, blacklisted %d\n",
		s.Recorded.Load(), s.Compiled.Load(), s.Entries.Load(), s.Exits.Load(),
		s.Invalidated.Load(), s.Blacklisted.Load())
	for i := range s.Aborts {
		if n := s.Aborts[i].Load(); n > 0 {
			fmt.Fprintf(w, "jit: aborts (%s) %d\n", Abort(i), n)
		}
	}
}
