package interp

import "sync"

// modStateMu guards Interpreter.modState: an interpreter runs on one
// goroutine, but Go modules may be reached from finalizer-driven code.
var modStateMu sync.Mutex

// moduleState returns the per-interpreter state a Go module keeps under
// key, made by mk on first use. Keeping it on the Interpreter (rather
// than in a package map) lets it be collected with the interpreter.
func moduleState[T any](in *Interpreter, key string, mk func() *T) *T {
	if in == nil {
		return mk()
	}
	modStateMu.Lock()
	defer modStateMu.Unlock()
	if in.modState == nil {
		in.modState = map[string]any{}
	}
	if v, ok := in.modState[key].(*T); ok {
		return v
	}
	v := mk()
	in.modState[key] = v
	return v
}
