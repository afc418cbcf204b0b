package interp

// This file implements the errno module: the Linux errno names as ints
// and errorcode, the dict from values to names.

import "sort"

func init() {
	builtinModules["errno"] = makeErrnoModule
	delete(cModules, "errno")
}

func makeErrnoModule(in *Interpreter) *Module {
	m := NewModule("errno")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("This module makes available standard errno system symbols.\n\nThe value of each symbol is the corresponding integer value,\ne.g., on most systems, errno.ENOENT equals the integer 2.\n\nThe dictionary errno.errorcode maps numeric codes to symbol names,\ne.g., errno.errorcode[2] could be the string 'ENOENT'.\n\nSymbols that are not relevant to the underlying system are not defined.\n\nTo map error codes to error messages, use the function os.strerror(),\ne.g. os.strerror(2) could return 'No such file or directory'."))
	codes := make([]int, 0, len(errnoNames))
	for n := range errnoNames {
		codes = append(codes, n)
	}
	sort.Ints(codes)
	errorcode := NewDict()
	for _, n := range codes {
		name := StrValue(errnoNames[n])
		set(errnoNames[n], Int(int64(n)))
		_ = errorcode.SetItem(nil, Int(int64(n)), name)
	}
	for name, n := range errnoAliases {
		set(name, Int(int64(n)))
	}
	set("errorcode", FromObject(&errorcode.Object))
	return m
}
