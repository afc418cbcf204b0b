package ir

import "sort"

// A Snapshot describes the interpreter state a guard's exit must restore:
// the bytecode position to resume at and the slots whose contents differ
// from what the frame held when the trace was entered. Compiled code never
// writes slots, so every slot not listed still holds its entry value, and
// an exit reconstructs the whole frame from the entries alone.
type Snapshot struct {
	PC      int32       // bytecode offset to resume at
	Entries []SnapEntry // sorted by Slot, at most one per slot
	// Frames lists inlined frames, outermost first: empty for a trace of
	// one frame. Reserved for the recorder's inlining; the backends copy it
	// into exit descriptors untouched.
	Frames []Frame
}

// SnapEntry says slot Slot holds value Ref. The value's IR type selects
// the slot's tag (int, float, bool); a ptr value is a heap reference.
type SnapEntry struct {
	Slot int32
	Ref  Ref
}

// Frame marks an inlined call frame in a snapshot: its slots start at
// Base, it returns to PC in its caller, and Func names the function
// (usually a KPTR constant).
type Frame struct {
	Base int32
	PC   int32
	Func Ref
}

func (s Snapshot) clone() Snapshot {
	s.Entries = append([]SnapEntry(nil), s.Entries...)
	s.Frames = append([]Frame(nil), s.Frames...)
	return s
}

// Lookup returns the entry for slot, if any.
func (s *Snapshot) Lookup(slot int32) (Ref, bool) {
	i := sort.Search(len(s.Entries), func(i int) bool { return s.Entries[i].Slot >= slot })
	if i < len(s.Entries) && s.Entries[i].Slot == slot {
		return s.Entries[i].Ref, true
	}
	return RefNone, false
}

// Set adds or replaces the entry for slot, keeping entries sorted.
func (s *Snapshot) Set(slot int32, ref Ref) {
	i := sort.Search(len(s.Entries), func(i int) bool { return s.Entries[i].Slot >= slot })
	if i < len(s.Entries) && s.Entries[i].Slot == slot {
		s.Entries[i].Ref = ref
		return
	}
	s.Entries = append(s.Entries, SnapEntry{})
	copy(s.Entries[i+1:], s.Entries[i:])
	s.Entries[i] = SnapEntry{slot, ref}
}

// AddSnap appends a snapshot (entries in any order; later entries for the
// same slot win) and returns its index for Guard.
func (t *Trace) AddSnap(pc int32, entries ...SnapEntry) int {
	s := Snapshot{PC: pc}
	for _, e := range entries {
		s.Set(e.Slot, e.Ref)
	}
	t.Snaps = append(t.Snaps, s)
	return len(t.Snaps) - 1
}
