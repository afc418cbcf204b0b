package profile

// This file turns the recorded stacks into a pprof profile: one Function
// per code object (and per compiled trace's pseudo-frame), one Location
// per (function, line), one Sample per unique stack.

import (
	"fmt"
	"io"

	pprof "github.com/google/pprof/profile"

	"github.com/pyjit/pyjit/interp"
)

// Profile builds the pprof profile of the samples recorded so far.
func (p *Profiler) Profile() *pprof.Profile {
	p.mu.Lock()
	defer p.mu.Unlock()
	clock := p.opts.Mode.String()
	prof := &pprof.Profile{
		SampleType: []*pprof.ValueType{
			{Type: "samples", Unit: "count"},
			{Type: clock, Unit: "nanoseconds"},
		},
		DefaultSampleType: clock,
		PeriodType:        &pprof.ValueType{Type: clock, Unit: "nanoseconds"},
		Period:            int64(p.period),
		TimeNanos:         p.start.UnixNano(),
		DurationNanos:     int64(p.dur),
	}
	// One mapping that says every location is already symbolized, so
	// that pprof neither looks for a binary nor tries to symbolize.
	m := &pprof.Mapping{ID: 1, File: "python", HasFunctions: true, HasFilenames: true, HasLineNumbers: true}
	prof.Mapping = []*pprof.Mapping{m}
	funcs := make(map[*interp.CodeObject]*pprof.Function)
	locs := make(map[frameKey]*pprof.Location)
	traceLocs := make(map[int]*pprof.Location)
	// SystemName stays empty: pprof runs a C++/Rust demangler over
	// functions whose SystemName equals their Name, and it turns
	// "<module>" and "<listcomp>" into "<unknown>".
	newFunc := func(name, file string, line int64) *pprof.Function {
		fn := &pprof.Function{ID: uint64(len(prof.Function) + 1), Name: name, Filename: file, StartLine: line}
		prof.Function = append(prof.Function, fn)
		return fn
	}
	newLoc := func(fn *pprof.Function, line int64) *pprof.Location {
		l := &pprof.Location{ID: uint64(len(prof.Location) + 1), Mapping: m, Line: []pprof.Line{{Function: fn, Line: line}}}
		prof.Location = append(prof.Location, l)
		return l
	}
	for _, s := range p.order {
		sample := &pprof.Sample{Value: []int64{s.count, s.count * int64(p.period)}}
		if s.trace != 0 {
			l := traceLocs[s.trace]
			if l == nil {
				l = newLoc(newFunc(fmt.Sprintf("[jit trace %d]", s.trace), "", 0), 0)
				traceLocs[s.trace] = l
			}
			sample.Location = append(sample.Location, l)
			sample.Label = map[string][]string{"jit": {fmt.Sprintf("trace-%d", s.trace)}}
		} else {
			sample.Label = map[string][]string{"jit": {"interpreted"}}
		}
		for _, fk := range s.frames {
			l := locs[fk]
			if l == nil {
				fn := funcs[fk.code]
				if fn == nil {
					c := fk.code.Code
					fn = newFunc(c.QualName, c.Filename, int64(c.FirstLineNo))
					funcs[fk.code] = fn
				}
				l = newLoc(fn, int64(fk.line))
				locs[fk] = l
			}
			sample.Location = append(sample.Location, l)
		}
		prof.Sample = append(prof.Sample, sample)
	}
	return prof
}

// Write writes the profile as gzipped profile.proto.
func (p *Profiler) Write(w io.Writer) error {
	return p.Profile().Write(w)
}
