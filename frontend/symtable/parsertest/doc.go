// Package parsertest holds only tests: they check package symtable on the
// trees frontend/parser produces (rather than on python's own trees, as
// symtable's tests do), against python3.11. It is separate so that a broken
// parser cannot stop symtable's own tests from building.
package parsertest
