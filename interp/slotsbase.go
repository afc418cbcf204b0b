package interp

// This file decides which builtin bases a class with nonempty __slots__
// may have. pyjit keeps slot values in the instance's attribute table, so
// any base whose subclass instances have one can take slots; CPython
// refuses only the variable-size types (tp_itemsize != 0), and pyjit
// refuses those with CPython's message too.

// slotsBases are the solid bases whose subclass instances carry an
// attribute table that member descriptors can use (see rawAttrs and
// subclassRawAttrs), besides those registered in attrsHooks.
var slotsBases = map[*Type]bool{
	&ObjectType: true, &ListType: true, &DictType: true, &BaseExceptionType: true, &weakRefType: true,
	&StrType: true, &FloatType: true, &PropertyType: true, &ClassMethodType: true, &StaticMethodType: true,
	&GenericAliasType: true, &SetType: true, &FrozenSetType: true, &ByteArrayType: true,
	&RandomType: true, &arrayType: true, &structType: true, &ComplexType: true, &ioBaseType: true,
}

// slotsAllowed reports whether a subclass of the solid base may define
// nonempty __slots__.
func slotsAllowed(base *Type) bool {
	return slotsBases[base] || attrsHooks[base] != nil
}
