package interp

// This file holds the small shared pieces of the object model: instance
// attribute storage (a shape plus a values array, or a dict), the
// NotImplemented and Ellipsis singletons, cells, and helpers to build the
// builtin type objects.

// Attrs is the attribute storage of an object that has a __dict__: values
// laid out by a Shape while the object only ever gains attributes, and a
// Dict once one is deleted, too many are added or __dict__ is asked for.
type Attrs struct {
	shape  *Shape
	values []Value
	dict   *Dict
}

// Get returns the attribute name, or a null Value.
func (a *Attrs) Get(t *Thread, name *Str) (Value, error) {
	if a.dict != nil {
		v, _, err := a.dict.GetStr(t, name)
		return v, err
	}
	if a.shape == nil {
		return Value{}, nil
	}
	if i := a.shape.Lookup(name.s); i >= 0 {
		return a.values[i], nil
	}
	return Value{}, nil
}

// Set sets the attribute name.
func (a *Attrs) Set(t *Thread, name *Str, v Value) error {
	if a.dict != nil {
		return a.dict.SetItem(t, FromObject(&name.Object), v)
	}
	if a.shape == nil {
		a.shape = EmptyShape
	}
	if i := a.shape.Lookup(name.s); i >= 0 {
		a.values[i] = v
		return nil
	}
	if next := a.shape.With(name.s); next != nil {
		a.shape = next
		a.values = append(a.values, v)
		return nil
	}
	a.Dict()
	return a.dict.SetItem(t, FromObject(&name.Object), v)
}

// Delete removes the attribute; found reports whether it existed.
func (a *Attrs) Delete(t *Thread, name *Str) (found bool, err error) {
	if a.dict == nil && (a.shape == nil || a.shape.Lookup(name.s) < 0) {
		return false, nil
	}
	d := a.Dict()
	_, ok, err := d.Pop(t, FromObject(&name.Object))
	return ok, err
}

// Dict materializes and returns the __dict__; afterwards all access goes
// through it.
func (a *Attrs) Dict() *Dict {
	if a.dict == nil {
		d := NewDict()
		if a.shape != nil {
			for i, k := range a.shape.Keys() {
				d.setStrNoErr(NewStr(k), a.values[i])
			}
		}
		a.dict, a.shape, a.values = d, nil, nil
	}
	return a.dict
}

// Singleton types.
var (
	NotImplementedType = Type{Name: "NotImplementedType"}
	EllipsisType       = Type{Name: "ellipsis"}
	CellType           = Type{Name: "cell"}
)

var (
	notImplementedObj = Object{typ: &NotImplementedType}
	ellipsisObj       = Object{typ: &EllipsisType}
)

// NotImplemented and Ellipsis.
var (
	NotImplemented = Value{ref: &notImplementedObj}
	Ellipsis       = Value{ref: &ellipsisObj}
)

// IsNotImplemented reports whether v is NotImplemented.
func (v Value) IsNotImplemented() bool { return v.ref == &notImplementedObj }

// Cell is a closure cell.
type Cell struct {
	Object
	V Value // null when empty
}

// NewCell makes a cell holding v.
func NewCell(v Value) *Cell { return &Cell{Object: Object{typ: &CellType}, V: v} }

// typeName is CPython's tp_name of type(v) for error messages: a
// builtin type living in a module is named with its module
// ('collections.deque'), like CPython's static types.
func typeName(v Value) string { return tpName(v.Type()) }

// tpName is tp's CPython tp_name.
func tpName(tp *Type) string {
	if tp.Module != "" && tp.Module != "builtins" && tp.Flags&FlagHeap == 0 {
		return tp.Module + "." + tp.Name
	}
	return tp.Name
}

// initBuiltinType fills a static builtin type: header, bases (object if
// none), an empty namespace. Slots and methods are set by the caller.
func initBuiltinType(t *Type, doc string, bases ...*Type) {
	t.typ = &TypeType
	if len(bases) == 0 && t != &ObjectType {
		bases = []*Type{&ObjectType}
	}
	if t.MRO == nil || len(t.Bases) != len(bases) {
		mustInitBuiltin(t, bases...)
	}
	if t.Dict == nil {
		t.Dict = NewDict()
	}
	t.Dict.owner = t
	t.Doc = doc
	if t.Base == nil {
		t.Base = t
	}
}

// inheritSlots copies every slot that t leaves nil from its bases' MRO.
func inheritSlots(t *Type) {
	for _, b := range t.MRO[1:] {
		mergeSlots(&t.Slots, &b.Slots)
	}
}
