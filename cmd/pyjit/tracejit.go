package main

// This file is --trace-jit: it observes the JIT's events and prints one
// line per event to stderr, in the spirit of LuaJIT's -jv, then a table
// of the traces with their entries and exits when the program ends.

import (
	"fmt"
	"io"
	"path/filepath"
	"sort"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit"
)

// jitTracer prints the JIT events selected by --trace-jit.
type jitTracer struct {
	w                   io.Writer
	compile, enter, out bool
	asm                 bool // IR and machine code of each compiled trace
	traces              map[*jit.Trace]*traceCounts
	order               []*jit.Trace
}

type traceCounts struct {
	entries int
	exits   map[int]int // resume pc -> count
}

func newJITTracer(w io.Writer, classes []string) *jitTracer {
	t := &jitTracer{w: w, traces: map[*jit.Trace]*traceCounts{}}
	for _, c := range classes {
		switch c {
		case "all":
			t.compile, t.enter, t.out = true, true, true
		case "compile", "inline":
			t.compile = true
		case "enter":
			t.enter = true
		case "asm":
			t.asm = true
		case "exit", "deopt", "guard":
			t.out = true
		}
	}
	return t
}

// where is "file:line (function)" of word index pc in co.
func where(co *interp.CodeObject, pc int) string {
	line := co.Code.FirstLineNo
	if pc >= 0 && pc < len(co.Code.Positions) && co.Code.Positions[pc].Line > 0 {
		line = int(co.Code.Positions[pc].Line)
	}
	return fmt.Sprintf("%s:%d (%s)", filepath.Base(co.Code.Filename), line, co.Name())
}

func (t *jitTracer) event(e jit.Event) {
	switch e.Kind {
	case jit.EvRecord:
		if t.compile {
			fmt.Fprintf(t.w, "[jit] record    %s loop at pc %d\n", where(e.Code, e.Head), e.Head)
		}
	case jit.EvCompile:
		t.traces[e.Trace] = &traceCounts{exits: map[int]int{}}
		t.order = append(t.order, e.Trace)
		if t.compile {
			fmt.Fprintf(t.w, "[jit] compile   trace %d %s: %d IR instructions (%d recorded), %d snapshots\n",
				e.Trace.ID, where(e.Code, e.Head), e.Trace.Optimized.Len(), e.Trace.Recorded.Len(), len(e.Trace.Optimized.Snaps))
		}
		if t.asm {
			fmt.Fprintf(t.w, "[jit] trace %d %s\n%s---- MACHINE CODE\n%s", e.Trace.ID, where(e.Code, e.Head),
				e.Trace.Optimized, e.Trace.Disasm())
		}
	case jit.EvAbort:
		if t.compile {
			detail := e.Reason.String()
			if e.Detail != "" {
				detail += ": " + e.Detail
			}
			fmt.Fprintf(t.w, "[jit] abort     %s: %s\n", where(e.Code, e.Head), detail)
		}
	case jit.EvBlacklist:
		if t.compile {
			fmt.Fprintf(t.w, "[jit] blacklist %s\n", where(e.Code, e.Head))
		}
	case jit.EvDrop:
		if t.compile {
			fmt.Fprintf(t.w, "[jit] drop      trace %d %s: %s\n", e.Trace.ID, where(e.Code, e.Head), e.Detail)
		}
	case jit.EvEnter:
		if c := t.traces[e.Trace]; c != nil {
			c.entries++
		}
		if t.enter {
			fmt.Fprintf(t.w, "[jit] enter     trace %d\n", e.Trace.ID)
		}
	case jit.EvExit:
		if c := t.traces[e.Trace]; c != nil {
			c.exits[e.PC]++
		}
		if t.out {
			kind := "exit"
			if e.Short {
				kind = "exit (first iteration)"
			}
			fmt.Fprintf(t.w, "[jit] %s trace %d guard %d -> %s pc %d\n", kind, e.Trace.ID, e.Guard, where(e.Code, e.PC), e.PC)
		}
	}
}

// summary prints every compiled trace with its entries and its exits by
// resume location.
func (t *jitTracer) summary() {
	if len(t.order) == 0 {
		fmt.Fprintln(t.w, "[jit] no traces were compiled")
		return
	}
	fmt.Fprintf(t.w, "[jit] %-6s %-40s %8s  %s\n", "trace", "loop", "entries", "exits (resume location: count)")
	for _, tr := range t.order {
		c := t.traces[tr]
		pcs := make([]int, 0, len(c.exits))
		for pc := range c.exits {
			pcs = append(pcs, pc)
		}
		sort.Ints(pcs)
		exits := ""
		for i, pc := range pcs {
			if i > 0 {
				exits += ", "
			}
			exits += fmt.Sprintf("%s: %d", where(tr.Code, pc), c.exits[pc])
		}
		fmt.Fprintf(t.w, "[jit] %-6d %-40s %8d  %s\n", tr.ID, where(tr.Code, tr.Head), c.entries, exits)
	}
}
