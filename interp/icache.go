package interp

// This file implements the inline caches of the specializing interpreter
// (PEP 659 in spirit). Every LOAD_ATTR, STORE_ATTR and LOAD_GLOBAL has
// one cache word after it; NewCodeObject numbers those instructions and
// writes each one's number into its cache word, which indexes
// CodeObject.caches. An entry remembers what the last execution learned
// (the owner's type version and shape, the slot index, the dict keys
// version) so the next execution can check a guard or two and load the
// value directly. On a guard failure the generic path runs and the entry
// is re-specialized, unless it keeps failing: then a back-off counter
// skips re-specializing for a while (megamorphic sites stay generic).
//
// The entries double as the JIT recorder's type feedback: Kind says what
// the site saw last; TypeVer/Shape/Index describe it.

import "github.com/pyjit/pyjit/bytecode"

// InlineCache is one instruction's cache entry.
type InlineCache struct {
	Kind    CacheKind
	backoff uint8 // executions left before re-specializing is tried again
	misses  uint8 // consecutive guard failures
	// plain marks a slot or method entry whose owner type stores its
	// attributes in an Instance (a class with object as its solid base
	// and a __dict__), so a hit needs no attrsOf dispatch.
	plain   bool
	TypeVer uint32 // owner's type version tag (0: no type guard)
	Index   int32  // value-array slot, dict entry index
	Shape   *Shape // owner's attribute layout; nil when not guarded
	// Obj is the guarded owner (module object) or dict (LOAD_GLOBAL);
	// Obj2 the builtins dict of CacheGlobalBuiltin.
	Obj, Obj2 *Object
	// KeysVer and KeysVer2 are dict keys versions (globals, builtins).
	KeysVer, KeysVer2 uint64
	// Value is the cached descriptor, method, class attribute or the
	// shape a STORE_ATTR transitions to (in Shape2).
	Value  Value
	Shape2 *Shape
	// poly holds the entries of further receiver types at a polymorphic
	// LOAD_ATTR site (at most maxPoly), checked after this one.
	poly []InlineCache
}

// CacheKind is the specialization an InlineCache holds.
type CacheKind uint8

// Cache kinds.
const (
	CacheEmpty CacheKind = iota
	// LOAD_ATTR
	CacheAttrSlot      // instance attribute: type version, shape -> values[Index]
	CacheAttrDescr     // data descriptor on the type (property, __slots__): call its get
	CacheAttrClass     // class attribute or non-data descriptor, not shadowed by the instance
	CacheAttrModule    // module attribute: module Obj, its dict's keys version -> entry Index
	CacheMethod        // method form: unshadowed method descriptor Value, self = owner
	CacheMethodNoDict  // method form on instances without attributes (builtin types)
	CacheStoreSlot     // STORE_ATTR to an existing instance attribute
	CacheStoreAdd      // STORE_ATTR adding an attribute: Shape -> Shape2
	CacheStoreDescr    // STORE_ATTR through a data descriptor (__slots__, property)
	CacheGlobal        // LOAD_GLOBAL from the globals dict: keys version -> entry Index
	CacheGlobalBuiltin // LOAD_GLOBAL from builtins: both keys versions -> entry Index
	CacheCallClass     // CALL of a class with a Python __init__ (call_class.go)
	// __slots__ members of plain instances (icache_slots.go)
	CacheMemberSlot     // LOAD_ATTR: type version, shape -> values[Index]
	CacheStoreMember    // STORE_ATTR to a set member: type version, shape -> values[Index]
	CacheStoreMemberAdd // STORE_ATTR setting a member first: Shape -> Shape2
	CacheBinopPy        // BINARY_OP running a class's Python operator method (call_binop.go)
)

// hasCache reports the instructions that own an InlineCache.
func hasCache(op bytecode.Op) bool {
	switch op {
	case bytecode.LOAD_ATTR, bytecode.STORE_ATTR, bytecode.LOAD_GLOBAL, bytecode.CALL, bytecode.CALL_KW, bytecode.BINARY_OP:
		return true
	}
	return false
}

// assignCaches numbers the cached instructions of co, writing each
// number into its cache word.
func (co *CodeObject) assignCaches() {
	words := co.Code.Words
	n := 0
	for pc := 0; pc < len(words); {
		op := bytecode.Op(words[pc] & 0xff)
		next := pc + 1 + cacheWords[op]
		if hasCache(op) && cacheWords[op] > 0 && pc+1 < len(words) {
			words[pc+1] = uint32(n)
			n++
		}
		pc = next
	}
	co.ncaches = n
}

// cacheAt returns the cache entry of the instruction at word index instr.
// The entries are allocated on first use (most code objects never run
// hot); the check for that is kept out of line so cacheAt inlines.
func (co *CodeObject) cacheAt(instr int) *InlineCache {
	if i := co.Code.Words[instr+1]; int(i) < len(co.caches) {
		return &co.caches[i]
	}
	return co.cacheAtSlow(instr)
}

func (co *CodeObject) cacheAtSlow(instr int) *InlineCache {
	co.ensureCaches()
	return &co.caches[co.Code.Words[instr+1]]
}

// ensureCaches allocates co's cache entries. The eval loop calls it when
// it starts running a code object, so that it can index co.caches
// directly (cacheAt does not inline into the big eval function).
func (co *CodeObject) ensureCaches() {
	if co.caches == nil {
		co.caches = make([]InlineCache, co.ncaches)
	}
}

// plainInstanceType reports whether attrsOf of a tp instance is the
// Instance's own attribute table.
func plainInstanceType(tp *Type) bool {
	return tp.Base == &ObjectType && tp.Flags&FlagHeap != 0 && tp.Flags&flagNoDict == 0
}

// respecialize reports whether a miss may install a new specialization,
// counting down the back-off of sites that keep missing.
func (ic *InlineCache) respecialize() bool {
	if ic.backoff > 0 {
		ic.backoff--
		return false
	}
	if ic.misses < 255 {
		ic.misses++
	}
	if ic.misses > 8 {
		// Megamorphic: try again after a while.
		ic.backoff = 64
		ic.misses = 0
		ic.Kind = CacheEmpty
		return false
	}
	return true
}

// instanceShape returns the shape of v's attributes when they live in a
// values array (not a dict).
func instanceShape(a *Attrs) *Shape {
	if a == nil || a.dict != nil {
		return nil
	}
	return a.shape
}

// loadAttrCached is LOAD_ATTR (method is the oparg&1 form): the cache
// check first, then the generic lookup, which re-specializes ic.
func loadAttrCached(t *Thread, ic *InlineCache, owner Value, name *Str, method bool) (Value, Value, error) {
	tp := owner.Type()
	if ic.Kind != CacheEmpty {
		if v, self, ok, err := ic.loadHit(t, owner, tp); ok {
			return v, self, err
		}
		// A polymorphic site (one class hierarchy, several receiver
		// types) keeps up to maxPoly more entries.
		for i := range ic.poly {
			if v, self, ok, err := ic.poly[i].loadHit(t, owner, tp); ok {
				return v, self, err
			}
		}
		if len(ic.poly) < maxPoly && ic.Kind != CacheAttrModule {
			var e InlineCache
			e.specializeLoad(t, owner, tp, name, method)
			if e.Kind != CacheEmpty && e.Kind != CacheAttrModule {
				ic.poly = append(ic.poly, e)
				return loadAttrGeneric(t, owner, name, method)
			}
		}
		if !ic.respecialize() {
			return loadAttrGeneric(t, owner, name, method)
		}
	} else if ic.backoff > 0 {
		ic.backoff--
		return loadAttrGeneric(t, owner, name, method)
	}
	ic.poly = nil
	ic.specializeLoad(t, owner, tp, name, method)
	return loadAttrGeneric(t, owner, name, method)
}

// maxPoly bounds the extra entries of a polymorphic LOAD_ATTR site.
const maxPoly = 3

func loadAttrGeneric(t *Thread, owner Value, name *Str, method bool) (Value, Value, error) {
	if method {
		return loadMethod(t, owner, name)
	}
	v, err := GetAttr(t, owner, name)
	return v, Value{}, err
}

// loadHit returns the cached answer when ic's guards hold (ok); err is
// an exception raised by a cached descriptor.
func (ic *InlineCache) loadHit(t *Thread, owner Value, tp *Type) (v, self Value, ok bool, err error) {
	if ic.Kind == CacheAttrModule {
		if owner.ref != ic.Obj {
			return
		}
		d := objectAs[Module](owner.ref).Dict
		if d.keysVersion != ic.KeysVer {
			return
		}
		return d.entries[ic.Index].value, Value{}, true, nil
	}
	if tp.version.Load() != ic.TypeVer {
		return
	}
	switch ic.Kind {
	case CacheAttrSlot, CacheMethod:
		v, self, ok = quickAttr(ic, owner)
		return v, self, ok, nil
	case CacheMethodNoDict:
		return ic.Value, owner, true, nil
	case CacheMemberSlot:
		if a := ic.memberAttrs(owner); a != nil {
			return a.values[ic.Index], Value{}, true, nil
		}
		return
	case CacheAttrClass:
		a := attrsOf(owner)
		if a != nil && (a.shape != ic.Shape || a.dict != nil) {
			return
		}
		if get := ic.Value.Type().Slots.DescrGet; get != nil {
			v, err = get(t, ic.Value, owner, tp)
			return v, Value{}, true, err
		}
		return ic.Value, Value{}, true, nil
	case CacheAttrDescr:
		// Data descriptors win over the instance: no shape guard.
		v, err = ic.Value.Type().Slots.DescrGet(t, ic.Value, owner, tp)
		return v, Value{}, true, err
	}
	return
}

// specializeLoad records what a generic LOAD_ATTR of owner.name will do.
func (ic *InlineCache) specializeLoad(t *Thread, owner Value, tp *Type, name *Str, method bool) {
	ic.Kind = CacheEmpty
	ic.plain = plainInstanceType(tp)
	if tp == &ModuleType {
		m := objectAs[Module](owner.ref)
		if _, ix, err := m.Dict.lookup(t, FromObject(&name.Object), name.Hash()); err == nil && ix >= 0 {
			// A module attribute shadows nothing of ModuleType's but
			// __dict__-like names; those are not plain data here.
			if tp.Lookup(name).IsNull() {
				ic.Kind, ic.Obj, ic.KeysVer, ic.Index = CacheAttrModule, owner.ref, m.Dict.keysVersion, int32(ix)
			}
		}
		return
	}
	if tp.Slots.GetAttr != nil {
		return // __getattribute__/__getattr__ or a type with its own lookup
	}
	ver := tp.Version()
	if ver == 0 {
		return
	}
	descr := tp.Lookup(name)
	a := attrsOf(owner)
	if !descr.IsNull() {
		dt := descr.Type()
		if dt.Slots.DescrGet != nil && dt.Slots.DescrSet != nil {
			if ic.specializeMemberLoad(tp, ver, descr, owner, name) {
				return
			}
			if !method || !isMethodDescr(descr) {
				ic.Kind, ic.TypeVer, ic.Value = CacheAttrDescr, ver, descr
			}
			return
		}
	}
	if a == nil {
		switch {
		case descr.IsNull():
		case method && isMethodDescr(descr):
			ic.Kind, ic.TypeVer, ic.Value = CacheMethodNoDict, ver, descr
		case !method || !isMethodDescr(descr):
			ic.Kind, ic.TypeVer, ic.Value = CacheAttrClass, ver, descr
		}
		return
	}
	sh := instanceShape(a)
	if sh == nil {
		return
	}
	if i := sh.Lookup(name.s); i >= 0 {
		ic.Kind, ic.TypeVer, ic.Shape, ic.Index = CacheAttrSlot, ver, sh, int32(i)
		return
	}
	if descr.IsNull() {
		return // AttributeError or __getattr__: stay generic
	}
	if method && isMethodDescr(descr) {
		ic.Kind, ic.TypeVer, ic.Shape, ic.Value = CacheMethod, ver, sh, descr
		return
	}
	ic.Kind, ic.TypeVer, ic.Shape, ic.Value = CacheAttrClass, ver, sh, descr
}

// storeAttrCached is STORE_ATTR through ic.
func storeAttrCached(t *Thread, ic *InlineCache, owner Value, name *Str, value Value) error {
	tp := owner.Type()
	if ic.Kind != CacheEmpty {
		if ok, err := ic.storeHit(t, owner, tp, value); ok {
			return err
		}
		for i := range ic.poly {
			if ok, err := ic.poly[i].storeHit(t, owner, tp, value); ok {
				return err
			}
		}
		if len(ic.poly) < maxPoly {
			var e InlineCache
			e.specializeStore(t, owner, tp, name)
			if e.Kind != CacheEmpty {
				ic.poly = append(ic.poly, e)
				return SetAttr(t, owner, name, value)
			}
		}
	}
	if ic.Kind != CacheEmpty || ic.backoff > 0 {
		if !ic.respecialize() {
			return SetAttr(t, owner, name, value)
		}
	}
	ic.poly = nil
	ic.specializeStore(t, owner, tp, name)
	return SetAttr(t, owner, name, value)
}

// storeHit performs the store when ic's guards hold.
func (ic *InlineCache) storeHit(t *Thread, owner Value, tp *Type, value Value) (bool, error) {
	if tp.version.Load() != ic.TypeVer {
		return false, nil
	}
	switch ic.Kind {
	case CacheStoreSlot:
		if a := attrsOf(owner); a != nil && a.shape == ic.Shape && a.dict == nil {
			a.values[ic.Index] = value
			return true, nil
		}
	case CacheStoreAdd:
		if a := attrsOf(owner); a != nil && a.shape == ic.Shape && a.dict == nil && len(a.values) == int(ic.Index) {
			a.shape = ic.Shape2
			a.values = append(a.values, value)
			return true, nil
		}
	case CacheStoreDescr:
		return true, ic.Value.Type().Slots.DescrSet(t, ic.Value, owner, value)
	case CacheStoreMember, CacheStoreMemberAdd:
		return ic.memberStoreHit(owner, value), nil
	}
	return false, nil
}

// specializeStore records what a generic STORE_ATTR of owner.name does.
func (ic *InlineCache) specializeStore(t *Thread, owner Value, tp *Type, name *Str) {
	ic.Kind = CacheEmpty
	ic.plain = plainInstanceType(tp)
	if tp.Slots.SetAttr != nil {
		return
	}
	ver := tp.Version()
	if ver == 0 {
		return
	}
	descr := tp.Lookup(name)
	if !descr.IsNull() {
		if ic.specializeMemberStore(tp, ver, descr, owner, name) {
			return
		}
		if set := descr.Type().Slots.DescrSet; set != nil {
			ic.Kind, ic.TypeVer, ic.Value = CacheStoreDescr, ver, descr
		}
		return
	}
	a := attrsOf(owner)
	sh := instanceShape(a)
	if sh == nil {
		return
	}
	if i := sh.Lookup(name.s); i >= 0 {
		ic.Kind, ic.TypeVer, ic.Shape, ic.Index = CacheStoreSlot, ver, sh, int32(i)
		return
	}
	if next := sh.With(name.s); next != nil {
		ic.Kind, ic.TypeVer, ic.Shape, ic.Shape2, ic.Index = CacheStoreAdd, ver, sh, next, int32(sh.Len())
	}
}

// loadGlobalCached is LOAD_GLOBAL through ic.
func loadGlobalCached(t *Thread, ic *InlineCache, f *Frame, name *Str) (Value, error) {
	g := f.globals
	switch ic.Kind {
	case CacheGlobal:
		if g.keysVersion == ic.KeysVer && &g.Object == ic.Obj {
			return g.entries[ic.Index].value, nil
		}
	case CacheGlobalBuiltin:
		if g.keysVersion == ic.KeysVer && &g.Object == ic.Obj && f.builtins.keysVersion == ic.KeysVer2 && &f.builtins.Object == ic.Obj2 {
			return f.builtins.entries[ic.Index].value, nil
		}
	}
	ic.Kind = CacheEmpty
	h := name.Hash()
	key := FromObject(&name.Object)
	if g.used > 0 {
		_, ix, err := g.lookup(t, key, h)
		if err != nil {
			return Value{}, err
		}
		if ix >= 0 {
			ic.Kind, ic.Obj, ic.KeysVer, ic.Index = CacheGlobal, &g.Object, g.keysVersion, int32(ix)
			return g.entries[ix].value, nil
		}
	}
	b := f.builtins
	if b.used > 0 {
		_, ix, err := b.lookup(t, key, h)
		if err != nil {
			return Value{}, err
		}
		if ix >= 0 {
			ic.Kind, ic.Obj, ic.Obj2, ic.KeysVer, ic.KeysVer2, ic.Index = CacheGlobalBuiltin, &g.Object, &b.Object, g.keysVersion, b.keysVersion, int32(ix)
			return b.entries[ix].value, nil
		}
	}
	return Value{}, nameError(name)
}

// quickAttr answers LOAD_ATTR from ic when its specialization needs no
// call: an instance slot, or a method with self. ok is false otherwise.
func quickAttr(ic *InlineCache, owner Value) (v, self Value, ok bool) {
	if ic.Kind != CacheAttrSlot && ic.Kind != CacheMethod && ic.Kind != CacheMemberSlot {
		return
	}
	if owner.ref == nil || owner.ref.typ.version.Load() != ic.TypeVer {
		return
	}
	var a *Attrs
	if ic.plain || ic.Kind == CacheMemberSlot {
		// The type version pins the owner's layout (an Instance).
		a = &objectAs[Instance](owner.ref).attrs
	} else if a = attrsOf(owner); a == nil {
		return
	}
	if a.shape != ic.Shape || a.dict != nil {
		return
	}
	if ic.Kind == CacheMethod {
		return ic.Value, owner, true
	}
	return a.values[ic.Index], Value{}, true
}

// quickStore answers STORE_ATTR from ic when it is a store to an
// existing attribute or __slots__ member of a plain instance; ok is
// false otherwise (the generic path runs).
func quickStore(ic *InlineCache, owner, value Value) bool {
	if (ic.Kind != CacheStoreSlot || !ic.plain) && ic.Kind != CacheStoreMember {
		return false
	}
	if owner.ref.typ.version.Load() != ic.TypeVer {
		return false
	}
	a := &objectAs[Instance](owner.ref).attrs
	if a.shape != ic.Shape || a.dict != nil {
		return false
	}
	a.values[ic.Index] = value
	return true
}
