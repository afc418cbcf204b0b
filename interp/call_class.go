package interp

// This file specializes CALL of a plain class whose __init__ is a Python
// function (CPython 3.12's CALL_ALLOC_AND_ENTER_INIT): the instance is
// allocated in the eval loop and __init__ runs as an ordinary pushed
// frame, instead of typeCall -> pyInit -> Call -> a nested eval loop
// with its deferred recover. The caller keeps the new instance on its
// value stack (where the class was) while __init__ runs; the __init__
// frame is marked retInit, and its RETURN_VALUE checks for None and
// pushes nothing (the instance is already the call's result).
//
// Cache layout (InlineCache of the CALL instruction, Kind CacheCallClass):
//
//	Obj     the class object called
//	TypeVer its version tag when specialized (any change to the class or
//	        a base, such as assigning __init__, invalidates the entry)
//	Value   the __init__ function
//	Index   the attribute count the last instance ended __init__ with,
//	        the capacity of the next instance's values array

// classInitCall returns the __init__ to run and a new instance for a call
// of class callable, or a nil function when typeCall must run instead.
func classInitCall(ic *InlineCache, callable Value) (*Function, Value) {
	tp := objectAs[Type](callable.ref)
	if ic.Kind != CacheCallClass || ic.Obj != callable.ref || tp.version.Load() != ic.TypeVer {
		if !ic.specializeClassCall(tp) {
			return nil, Value{}
		}
	}
	return objectAs[Function](ic.Value.ref), FromObject(&newInstanceSized(tp, int(ic.Index)).Object)
}

// newInstanceSized allocates an instance of a plain class with room for n
// attribute values; up to 8 are stored in the same allocation.
func newInstanceSized(tp *Type, n int) *Instance {
	switch {
	case n == 0:
		return &Instance{Object: Object{typ: tp}}
	case n <= 2:
		o := &struct {
			Instance
			arr [2]Value
		}{}
		o.typ, o.attrs.values = tp, o.arr[:0]
		return &o.Instance
	case n <= 4:
		o := &struct {
			Instance
			arr [4]Value
		}{}
		o.typ, o.attrs.values = tp, o.arr[:0]
		return &o.Instance
	case n <= 8:
		o := &struct {
			Instance
			arr [8]Value
		}{}
		o.typ, o.attrs.values = tp, o.arr[:0]
		return &o.Instance
	}
	inst := &Instance{Object: Object{typ: tp}}
	inst.attrs.values = make([]Value, 0, n)
	return inst
}

// specializeClassCall fills ic for calls of tp when they can run
// inline, reporting whether they can.
func (ic *InlineCache) specializeClassCall(tp *Type) bool {
	if ic.Kind != CacheEmpty || ic.backoff > 0 {
		if !ic.respecialize() {
			return false
		}
	}
	ic.Kind = CacheEmpty
	if tp.Flags&FlagHeap == 0 || tp.Flags&flagAbstract != 0 || tp.Base != &ObjectType || tp.Slots.GetAttr != nil {
		return false
	}
	ver := tp.Version()
	if ver == 0 || !tp.Lookup(internStatic("__new__")).Is(objectNewDescr) {
		return false
	}
	init := tp.Lookup(internStatic("__init__"))
	if init.IsNull() || init.ref.typ != &FunctionType || objectAs[Function](init.ref).code.isGenerator {
		return false
	}
	ic.Kind, ic.Obj, ic.TypeVer, ic.Value, ic.Index = CacheCallClass, &tp.Object, ver, init, 0
	return true
}

// classInitDone is RETURN_VALUE of an inline __init__ frame: ret must be
// None; the caller's CALL cache learns how many attributes instances get.
func classInitDone(caller *Frame, ret Value) error {
	if !ret.IsNone() {
		return NewError(&TypeErrorType, "__init__() should return None, not '%s'", typeName(ret))
	}
	ic := caller.code.cacheAt(caller.lasti)
	if inst := caller.slots[caller.sp-1]; ic.Kind == CacheCallClass && inst.ref != nil {
		if a := attrsOf(inst); a != nil && len(a.values) > int(ic.Index) && len(a.values) <= 64 {
			ic.Index = int32(len(a.values))
		}
	}
	return nil
}
