package interp

// This file counts executed instructions and adjacent instruction pairs
// for `pyjit --stats`: the measurements that decide which instructions
// get fast paths and which pairs are fused (opcode prediction).

import (
	"fmt"
	"io"
	"sort"

	"github.com/pyjit/pyjit/bytecode"
)

// OpStats holds dynamic instruction counts. The evaluation loop fills it
// when Interpreter.OpStats is non-nil; pairs are counted within one
// frame's instruction stream (a call starts a new stream). A fused pair
// (COMPARE_OP + POP_JUMP_IF_*, FOR_ITER + UNPACK_SEQUENCE) counts as its
// first instruction only.
type OpStats struct {
	Ops   [256]uint64
	Pairs [256][256]uint64
	prev  bytecode.Op // the previous instruction (the eval loop's state)
}

// Write prints the most frequent instructions and pairs.
func (s *OpStats) Write(w io.Writer, top int) {
	var total uint64
	type row struct {
		name string
		n    uint64
	}
	var ops []row
	for op, n := range s.Ops {
		if n > 0 {
			total += n
			ops = append(ops, row{bytecode.Op(op).String(), n})
		}
	}
	if total == 0 {
		return
	}
	var pairs []row
	for a := range s.Pairs {
		for b, n := range s.Pairs[a] {
			if n > 0 {
				pairs = append(pairs, row{bytecode.Op(a).String() + " -> " + bytecode.Op(b).String(), n})
			}
		}
	}
	byCount := func(rs []row) {
		sort.Slice(rs, func(i, j int) bool {
			if rs[i].n != rs[j].n {
				return rs[i].n > rs[j].n
			}
			return rs[i].name < rs[j].name
		})
	}
	byCount(ops)
	byCount(pairs)
	fmt.Fprintf(w, "pyjit: %d instructions executed\n", total)
	fmt.Fprintf(w, "%-28s %14s %7s\n", "instruction", "count", "share")
	for i, r := range ops {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%-28s %14d %6.2f%%\n", r.name, r.n, 100*float64(r.n)/float64(total))
	}
	fmt.Fprintf(w, "%-50s %14s %7s\n", "pair", "count", "share")
	for i, r := range pairs {
		if i == top {
			break
		}
		fmt.Fprintf(w, "%-50s %14d %6.2f%%\n", r.name, r.n, 100*float64(r.n)/float64(total))
	}
}
