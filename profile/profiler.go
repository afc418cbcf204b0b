package profile

// This file defines the Profiler: starting and stopping the clock, and
// recording samples on the interpreter's thread into a table of unique
// stacks.

import (
	"encoding/binary"
	"sync"
	"time"

	"github.com/pyjit/pyjit/interp"
)

// DefaultRate is the sampling rate in Hz when Options.Rate is 0.
const DefaultRate = 100

// Options configures a Profiler.
type Options struct {
	Rate int  // samples per second; 0 means DefaultRate
	Mode Mode // the clock sampled
}

// frameKey is one stack frame of a sample: a code object and a line.
type frameKey struct {
	code *interp.CodeObject
	line int32
}

// stack is one unique stack with its sample count.
type stack struct {
	frames []frameKey // innermost first
	trace  int        // compiled trace the samples fell in, 0 if none
	count  int64
}

// Profiler samples one interpreter's Python stacks.
type Profiler struct {
	in     *interp.Interpreter
	opts   Options
	period time.Duration
	start  time.Time
	dur    time.Duration

	stop, done chan struct{}

	mu sync.Mutex
	// stacks maps the encoding of a stack (trace, then code index and
	// line of each frame) to its entry; codes numbers the code objects.
	stacks map[string]*stack
	order  []*stack // first-seen order, for a deterministic profile
	codes  map[*interp.CodeObject]uint32
	// frames and key are reused by every Sample: no allocation for a
	// stack seen before.
	frames []frameKey
	key    []byte
}

// Start begins sampling in's main thread. Stop must be called before the
// profile is read.
func Start(in *interp.Interpreter, o Options) *Profiler {
	if o.Rate <= 0 {
		o.Rate = DefaultRate
	}
	period := time.Second / time.Duration(o.Rate)
	if period <= 0 {
		period = 1
	}
	p := &Profiler{
		in: in, opts: o, period: period, start: time.Now(),
		stop: make(chan struct{}), done: make(chan struct{}),
		stacks: make(map[string]*stack), codes: make(map[*interp.CodeObject]uint32),
		frames: make([]frameKey, 0, 64), key: make([]byte, 0, 512),
	}
	interp.StartSampling(in, p)
	go runClock(o.Mode, period, p.stop, p.done)
	return p
}

// Stop stops the clock and sampling. It is idempotent.
func (p *Profiler) Stop() {
	select {
	case <-p.stop:
		return
	default:
	}
	close(p.stop)
	<-p.done
	interp.StopSampling()
	p.mu.Lock()
	p.dur = time.Since(p.start)
	p.mu.Unlock()
}

// Sample implements interp.Sampler: it records t's stack ticks times. It
// runs on the interpreter's thread.
func (p *Profiler) Sample(t *interp.Thread, ticks int64, trace int) {
	p.mu.Lock()
	defer p.mu.Unlock()
	fr := p.frames[:0]
	key := binary.AppendUvarint(p.key[:0], uint64(trace))
	for f := t.CurrentFrame(); f != nil; f = f.Back() {
		co := f.Code()
		line := int32(f.Line())
		fr = append(fr, frameKey{co, line})
		id, ok := p.codes[co]
		if !ok {
			id = uint32(len(p.codes))
			p.codes[co] = id
		}
		key = binary.AppendUvarint(key, uint64(id))
		key = binary.AppendVarint(key, int64(line))
	}
	p.frames, p.key = fr, key
	if len(fr) == 0 {
		return
	}
	if s := p.stacks[string(key)]; s != nil {
		s.count += ticks
		return
	}
	s := &stack{frames: append([]frameKey(nil), fr...), trace: trace, count: ticks}
	p.stacks[string(key)] = s
	p.order = append(p.order, s)
}

// Samples returns the number of samples recorded so far.
func (p *Profiler) Samples() int64 {
	p.mu.Lock()
	defer p.mu.Unlock()
	var n int64
	for _, s := range p.order {
		n += s.count
	}
	return n
}
