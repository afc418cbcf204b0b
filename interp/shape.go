package interp

// This file defines shapes (hidden classes, CPython's shared-key dicts):
// instances that received the same attributes in the same order share one
// Shape, and keep only an array of values. An inline cache or a JIT guard
// turns `obj.x` into "compare the shape, load values[i]".

import (
	"sync"
	"sync/atomic"
)

// MaxShapeKeys bounds a shape's size; an instance that needs more attributes
// (or deletes one) keeps them in a dict instead, as CPython's split dicts
// fall back to combined ones.
const MaxShapeKeys = 64

// Shape is an immutable attribute layout: Keys()[i] lives at index i of an
// instance's value array. Shapes form a tree of transitions from
// EmptyShape, one per added attribute name, so equal histories give the
// same *Shape.
type Shape struct {
	id     uint32
	keys   []string
	parent *Shape
	index  map[string]int // for large shapes; nil while a scan is cheaper

	mu   sync.Mutex
	next map[string]*Shape
}

var lastShapeID atomic.Uint32

// EmptyShape is the shape of an instance without attributes.
var EmptyShape = &Shape{id: lastShapeID.Add(1)}

// ID identifies the shape for caches and guards.
func (s *Shape) ID() uint32 { return s.id }

// Len is the number of attributes.
func (s *Shape) Len() int { return len(s.keys) }

// Keys returns the attribute names in insertion order. The caller must not
// modify the slice.
func (s *Shape) Keys() []string { return s.keys }

// indexThreshold is the size from which a map beats a linear scan.
const indexThreshold = 8

// Lookup returns the index of name, or -1.
func (s *Shape) Lookup(name string) int {
	if s.index != nil {
		if i, ok := s.index[name]; ok {
			return i
		}
		return -1
	}
	for i, k := range s.keys {
		if k == name {
			return i
		}
	}
	return -1
}

// With returns the shape that adds name (which must not be present) after
// s's keys, or nil when that would exceed MaxShapeKeys.
func (s *Shape) With(name string) *Shape {
	if len(s.keys) >= MaxShapeKeys {
		return nil
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if n, ok := s.next[name]; ok {
		return n
	}
	keys := make([]string, len(s.keys)+1)
	copy(keys, s.keys)
	keys[len(s.keys)] = name
	n := &Shape{id: lastShapeID.Add(1), keys: keys, parent: s}
	if len(keys) > indexThreshold {
		n.index = make(map[string]int, len(keys))
		for i, k := range keys {
			n.index[k] = i
		}
	}
	if s.next == nil {
		s.next = map[string]*Shape{}
	}
	s.next[name] = n
	return n
}
