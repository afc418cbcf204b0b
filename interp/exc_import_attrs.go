package interp

// This file holds two details of the exception attributes CPython keeps
// in C members: ImportError.__init__ (re)sets msg, name and path every
// time it runs (msg is the sole positional argument, if exactly one),
// and BaseException.__notes__ can be deleted.

// importErrorInit is ImportError_init: it rejects unknown keywords and
// resets the three members before the keywords given are stored.
func importErrorInit(t *Thread, e *Exception, pos []Value, kwnames []string) error {
	for _, k := range kwnames {
		if k != "name" && k != "path" {
			return NewError(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, e.typ.Name)
		}
	}
	msg := None
	if len(pos) == 1 {
		msg = pos[0]
	}
	for _, kv := range []struct {
		k string
		v Value
	}{{"msg", msg}, {"name", None}, {"path", None}} {
		if err := e.attrs.Set(t, internStatic(kv.k), kv.v); err != nil {
			return err
		}
	}
	return nil
}

// markDeletable lets the getset descriptor name of tp handle deletion.
func markDeletable(tp *Type, name string) {
	if v, ok, _ := tp.Dict.GetStr(nil, Intern(name)); ok && v.Type() == &GetSetDescrType {
		objectAs[GetSet](v.ref).Deletable = true
	}
}
