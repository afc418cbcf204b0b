package interp

// This file implements type.__abstractmethods__ and the check that makes
// object.__new__ refuse abstract classes, as CPython's
// type_set_abstractmethods and object_new do (abc.ABCMeta assigns the
// attribute).

import (
	"sort"
	"strings"
)

// flagAbstract marks a class whose __abstractmethods__ is non-empty. It
// is far above the flags of slots.go so that new flags there do not
// collide.
const flagAbstract TypeFlags = 1 << 25

func typeGetAbstract(t *Thread, v Value) (Value, error) {
	tp := objectAs[Type](v.ref)
	if tp != &TypeType {
		if r, ok, err := tp.Dict.GetStr(t, internStatic("__abstractmethods__")); err != nil || ok {
			return r, err
		}
	}
	return Value{}, NewError(&AttributeErrorType, "__abstractmethods__")
}

func typeSetAbstract(t *Thread, v, value Value) error {
	tp := objectAs[Type](v.ref)
	key := StrValue("__abstractmethods__")
	abstract := false
	if value.IsNull() {
		_, ok, err := tp.Dict.Pop(t, key)
		if err != nil {
			return err
		}
		if !ok {
			return NewError(&AttributeErrorType, "__abstractmethods__")
		}
	} else {
		b, err := Truth(t, value)
		if err != nil {
			return err
		}
		abstract = b
		if err := tp.Dict.SetItem(t, key, value); err != nil {
			return err
		}
	}
	tp.Modified()
	if abstract {
		tp.Flags |= flagAbstract
	} else {
		tp.Flags &^= flagAbstract
	}
	return nil
}

// abstractInstanceError is object.__new__'s refusal of an abstract class.
func abstractInstanceError(t *Thread, tp *Type) error {
	am, err := typeGetAbstract(t, TypeValue(tp))
	if err != nil {
		return err
	}
	items, err := iterateToSlice(t, am)
	if err != nil {
		return err
	}
	names := make([]string, 0, len(items))
	for _, it := range items {
		s, err := StrString(t, it)
		if err != nil {
			return err
		}
		names = append(names, s)
	}
	sort.Strings(names)
	plural := ""
	if len(names) > 1 {
		plural = "s"
	}
	return NewError(&TypeErrorType, "Can't instantiate abstract class %s with abstract method%s %s", tp.Name, plural, strings.Join(names, ", "))
}

func setupAbstract() {
	addDelGetSet(&TypeType, "__abstractmethods__", typeGetAbstract, typeSetAbstract)
}
