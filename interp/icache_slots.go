package interp

// This file specializes LOAD_ATTR and STORE_ATTR on __slots__ members of
// plain class instances. A member descriptor keeps the slot's value in the
// instance's attribute table under the slot's name (dunderslots.go), so
// the cache can treat it like an instance attribute: guard the type
// version (which pins the descriptor) and the table's shape, then index
// the values array. That skips memberGet/memberSet's subtype check, the
// shape lookup by name and, for a store that adds the slot, the shape
// transition lookup.
//
// Cache layout: Kind CacheMemberSlot / CacheStoreMember /
// CacheStoreMemberAdd; TypeVer the owner's type version; Shape the
// attribute table's shape; Index the value index (for an add, the length
// the table has before it); Shape2 the shape after an add.

// memberOwnerAttrs returns the raw attribute table of a plain class
// instance whose type has member descriptor descr, or nil.
func memberOwnerAttrs(tp *Type, descr, owner Value) *Attrs {
	if descr.ref.typ != &MemberDescrType || tp.Base != &ObjectType || tp.Flags&FlagHeap == 0 {
		return nil
	}
	if !tp.IsSubtype(objectAs[memberDescr](descr.ref).owner) {
		return nil
	}
	return &objectAs[Instance](owner.ref).attrs
}

// specializeMemberLoad caches a load of a __slots__ member that is set.
func (ic *InlineCache) specializeMemberLoad(tp *Type, ver uint32, descr, owner Value, name *Str) bool {
	a := memberOwnerAttrs(tp, descr, owner)
	sh := instanceShape(a)
	if sh == nil {
		return false
	}
	i := sh.Lookup(name.s)
	if i < 0 {
		return false
	}
	ic.Kind, ic.TypeVer, ic.Shape, ic.Index = CacheMemberSlot, ver, sh, int32(i)
	return true
}

// specializeMemberStore caches a store to a __slots__ member.
func (ic *InlineCache) specializeMemberStore(tp *Type, ver uint32, descr, owner Value, name *Str) bool {
	a := memberOwnerAttrs(tp, descr, owner)
	sh := instanceShape(a)
	if sh == nil {
		return false
	}
	if i := sh.Lookup(name.s); i >= 0 {
		ic.Kind, ic.TypeVer, ic.Shape, ic.Index = CacheStoreMember, ver, sh, int32(i)
		return true
	}
	if next := sh.With(name.s); next != nil {
		ic.Kind, ic.TypeVer, ic.Shape, ic.Shape2, ic.Index = CacheStoreMemberAdd, ver, sh, next, int32(sh.Len())
		return true
	}
	return false
}

// memberAttrs returns owner's attribute table when ic (a member kind)
// guards hold: the type version was checked by the caller.
func (ic *InlineCache) memberAttrs(owner Value) *Attrs {
	a := &objectAs[Instance](owner.ref).attrs
	if a.shape != ic.Shape || a.dict != nil {
		return nil
	}
	return a
}

// memberStoreHit performs a cached member store; the type version was
// checked by the caller.
func (ic *InlineCache) memberStoreHit(owner, value Value) bool {
	a := ic.memberAttrs(owner)
	if a == nil {
		return false
	}
	if ic.Kind == CacheStoreMember {
		a.values[ic.Index] = value
		return true
	}
	if len(a.values) != int(ic.Index) {
		return false
	}
	a.shape = ic.Shape2
	a.values = append(a.values, value)
	return true
}
