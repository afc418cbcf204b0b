package interp

// This file runs the setup of the builtin-type completions (the btypes_*
// files): methods CPython's builtin types have that the core setup
// leaves out, complex and memoryview.

func setupBTypes() {
	setupObjectExtras()
	setupNumberMethods()
	setupContainerMethods()
	setupStrMethods()
	setupComplex()
	setupBuiltinsExtra()
	setupMiscMethods()
}

// addBTypesBuiltins adds the builtins defined by the btypes_* files.
func addBTypesBuiltins(in *Interpreter, d *Dict) {
	d.setStrNoErr(Intern("complex"), TypeValue(&ComplexType))
	addBuiltinsExtra(d)
}
