package interp

// This file defines type objects: their method resolution order and the
// version tags that inline caches and JIT guards check.

import (
	"strings"
	"sync"
	"sync/atomic"
	"weak"
)

// Type is a Python type object (CPython's PyTypeObject).
type Type struct {
	Object
	Name  string
	Bases []*Type
	MRO   []*Type

	// Dict is the type's namespace (__dict__). Builtin types fill theirs at
	// init and never change it; a class statement's namespace becomes the
	// Dict of a heap type.
	Dict  *Dict
	Flags TypeFlags
	Doc   string
	// Module is __module__ for builtin types ("builtins" when empty).
	Module string
	// QualName is a class's __qualname__ (Name when empty). Like CPython,
	// it is kept out of the class namespace.
	QualName string
	// Slots are the Go functions implementing the data model.
	Slots Slots
	// Base is the "solid base": the builtin type whose storage instances
	// carry (object for plain classes).
	Base *Type

	// version identifies the current state of the type and its bases for
	// caches: a cache that recorded version v is valid while the type's
	// version is still v. 0 means "not assigned" (a cache may not record it).
	version atomic.Uint32

	mu         sync.Mutex
	subclasses []weak.Pointer[Type]
}

// The builtin types needed by the value layout. Their headers are set in
// init: a static initializer cannot refer to TypeType's own address.
var (
	TypeType   = Type{Name: "type"}
	ObjectType = Type{Name: "object"}
	IntType    = Type{Name: "int"}
	BoolType   = Type{Name: "bool"}
	FloatType  = Type{Name: "float"}
	NoneType   = Type{Name: "NoneType"}
)

func init() {
	for _, t := range []*Type{&TypeType, &ObjectType, &IntType, &BoolType, &FloatType, &NoneType} {
		t.typ = &TypeType
	}
	ObjectType.MRO = []*Type{&ObjectType}
	for _, t := range []*Type{&TypeType, &IntType, &FloatType, &NoneType} {
		mustInitBuiltin(t, &ObjectType)
	}
	mustInitBuiltin(&BoolType, &IntType)
}

func mustInitBuiltin(t *Type, bases ...*Type) {
	if err := t.SetBases(bases); err != nil {
		panic("builtin type " + t.Name + ": " + err.Error())
	}
}

// NewType makes a type with the given bases (object if none) and computes
// its MRO. The error is CPython's TypeError message for an inconsistent
// hierarchy.
func NewType(name string, bases []*Type) (*Type, error) {
	t := &Type{Object: Object{typ: &TypeType}, Name: name}
	if len(bases) == 0 {
		bases = []*Type{&ObjectType}
	}
	if err := t.SetBases(bases); err != nil {
		return nil, err
	}
	return t, nil
}

// SetBases sets t.__bases__, recomputes the MRO and invalidates t's
// version and every subclass's.
func (t *Type) SetBases(bases []*Type) error {
	mro, err := c3(t, bases)
	if err != nil {
		return err
	}
	for _, b := range t.Bases {
		b.removeSubclass(t)
	}
	t.Bases, t.MRO = bases, mro
	for _, b := range bases {
		b.addSubclass(t)
	}
	t.Modified()
	return nil
}

// IsSubtype reports whether t is s or a subclass of it (by MRO).
func (t *Type) IsSubtype(s *Type) bool {
	for _, m := range t.MRO {
		if m == s {
			return true
		}
	}
	return false
}

// lastVersion hands out version tags. Tags are never reused, so a cache
// can never mistake a new state for an old one (CPython runs out after
// 2^32 assignments and then stops caching; so do we).
var lastVersion atomic.Uint32

// Version returns t's current version tag, assigning a fresh one if the
// type was modified since it was last asked; 0 once tags are exhausted.
func (t *Type) Version() uint32 {
	if v := t.version.Load(); v != 0 {
		return v
	}
	v := lastVersion.Add(1)
	if v == 0 { // wrapped: stop handing out tags
		lastVersion.Store(^uint32(0))
		return 0
	}
	if !t.version.CompareAndSwap(0, v) {
		return t.version.Load()
	}
	return v
}

// Modified invalidates the version of t and of all its subclasses: call it
// whenever an attribute of t is set or deleted, or its bases change.
func (t *Type) Modified() {
	if t.version.Swap(0) == 0 && t.hasNoSubclassVersions() {
		return
	}
	for _, s := range t.liveSubclasses() {
		s.Modified()
	}
}

func (t *Type) hasNoSubclassVersions() bool {
	t.mu.Lock()
	n := len(t.subclasses)
	t.mu.Unlock()
	if n == 0 {
		return true
	}
	for _, s := range t.liveSubclasses() {
		if s.version.Load() != 0 {
			return false
		}
	}
	return true
}

// Subclasses returns type.__subclasses__(): the live direct subclasses.
func (t *Type) Subclasses() []*Type { return t.liveSubclasses() }

func (t *Type) liveSubclasses() []*Type {
	t.mu.Lock()
	defer t.mu.Unlock()
	var live []*Type
	kept := t.subclasses[:0]
	for _, w := range t.subclasses {
		if s := w.Value(); s != nil {
			live = append(live, s)
			kept = append(kept, w)
		}
	}
	t.subclasses = kept
	return live
}

func (t *Type) addSubclass(s *Type) {
	t.mu.Lock()
	t.subclasses = append(t.subclasses, weak.Make(s))
	t.mu.Unlock()
}

func (t *Type) removeSubclass(s *Type) {
	t.mu.Lock()
	defer t.mu.Unlock()
	for i, w := range t.subclasses {
		if w.Value() == s {
			t.subclasses = append(t.subclasses[:i], t.subclasses[i+1:]...)
			return
		}
	}
}

// MROError is the TypeError raised for an inconsistent hierarchy.
type MROError struct{ Msg string }

func (e *MROError) Error() string { return e.Msg }

// c3 computes the C3 linearization of a type with the given bases, as
// CPython's mro_implementation does, with its error messages.
func c3(t *Type, bases []*Type) ([]*Type, error) {
	for i, b := range bases {
		for _, c := range bases[:i] {
			if b == c {
				return nil, &MROError{"duplicate base class " + b.Name}
			}
		}
		if b == t || b.IsSubtype(t) {
			return nil, &MROError{"a __bases__ item causes an inheritance cycle"}
		}
	}
	seqs := make([][]*Type, 0, len(bases)+1)
	for _, b := range bases {
		seqs = append(seqs, b.MRO)
	}
	seqs = append(seqs, bases)
	result := []*Type{t}
	for {
		empty := true
		for _, s := range seqs {
			if len(s) > 0 {
				empty = false
				break
			}
		}
		if empty {
			return result, nil
		}
		var next *Type
		for _, s := range seqs {
			if len(s) == 0 {
				continue
			}
			cand := s[0]
			if !inTail(cand, seqs) {
				next = cand
				break
			}
		}
		if next == nil {
			return nil, mroConflict(seqs)
		}
		result = append(result, next)
		for i, s := range seqs {
			if len(s) > 0 && s[0] == next {
				seqs[i] = s[1:]
			}
		}
	}
}

func inTail(t *Type, seqs [][]*Type) bool {
	for _, s := range seqs {
		if len(s) == 0 {
			continue
		}
		for _, u := range s[1:] {
			if u == t {
				return true
			}
		}
	}
	return false
}

// mroConflict builds CPython's message: the heads of the remaining
// sequences, each once, in order.
func mroConflict(seqs [][]*Type) error {
	var names []string
	seen := map[*Type]bool{}
	for _, s := range seqs {
		if len(s) > 0 && !seen[s[0]] {
			seen[s[0]] = true
			names = append(names, s[0].Name)
		}
	}
	return &MROError{"Cannot create a consistent method resolution\norder (MRO) for bases " + strings.Join(names, ", ")}
}
