package interp

// This file runs the setup of every builtin type. Go runs a package's
// init functions in file-name order, so this one runs after types.go's,
// which gives the core types their MROs first.

func init() { setupTypes() }
