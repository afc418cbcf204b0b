package ir

// Options selects optimizer passes. The zero value runs only the loop
// peeling a loop trace needs to be compiled, with a literal copy.
type Options struct {
	Fold bool // constant folding and simplification (fold.go)
	CSE  bool // common subexpressions and redundant guards (cse.go)
	DCE  bool // dead-code elimination (dce.go)
}

// AllPasses turns every optimization on.
var AllPasses = Options{Fold: true, CSE: true, DCE: true}

// Optimize runs the pipeline on a recorded trace: fold, CSE, loop peeling
// (applying fold and CSE to the copy as selected) when t has a loop
// snapshot, then DCE. t is not modified. The result is verified.
func Optimize(t *Trace, o Options) (*Trace, error) {
	if err := Verify(t); err != nil {
		return nil, err
	}
	var err error
	if o.Fold {
		if t, err = Fold(t); err != nil {
			return nil, err
		}
	}
	if o.CSE {
		if t, err = CSE(t); err != nil {
			return nil, err
		}
	}
	if t.LoopSnap >= 0 && t.LoopRef() == RefNone {
		if t, err = PeelLoop(t, o.Fold, o.CSE); err != nil {
			return nil, err
		}
	}
	if o.DCE {
		if t, err = DCE(t); err != nil {
			return nil, err
		}
	}
	return t, Verify(t)
}
