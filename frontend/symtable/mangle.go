package symtable

import "strings"

// Mangle implements private name mangling exactly like CPython's _Py_Mangle:
// inside class className, an identifier "__spam" becomes "_className__spam".
// Names not starting with two underscores, dunder names ("__x__"), dotted
// names (import paths) and classes named only with underscores are left
// alone; leading underscores of the class name are dropped. An empty
// className means "not inside a class".
func Mangle(className, name string) string {
	if className == "" || len(name) < 2 || name[0] != '_' || name[1] != '_' {
		return name
	}
	// CPython tests the last two characters even when they overlap the
	// leading ones, so "__" and "___" are never mangled.
	if strings.HasSuffix(name, "__") || strings.IndexByte(name, '.') >= 0 {
		return name
	}
	stripped := strings.TrimLeft(className, "_")
	if stripped == "" {
		return name
	}
	return "_" + stripped + name
}
