package interp

// This file is compile(..., PyCF_ONLY_AST), and so ast.parse: the
// parser's tree (package frontend/ast) becomes instances of the _ast
// classes. The conversion is driven by the same ASDL schema the Go node
// types and the _ast classes are generated from (ast.Schema), reading the
// Go fields by reflection, so no node needs code of its own here.

import (
	"errors"
	"fmt"
	"reflect"
	"strings"
	"sync"

	"github.com/pyjit/pyjit/frontend/ast"
	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/frontend/source"
)

// astCons is a constructor of the schema with the definition it belongs
// to (whose attributes, such as positions, every constructor carries).
type astCons struct {
	cons ast.SchemaCons
	def  *ast.SchemaType
}

var (
	astSchemaOnce sync.Once
	astConsByName map[string]astCons
	astEnums      map[string]*ast.SchemaType // sums of bare names
)

func loadASTSchema() {
	astConsByName = map[string]astCons{}
	astEnums = map[string]*ast.SchemaType{}
	for i := range ast.Schema {
		d := &ast.Schema[i]
		simple := !d.Product
		for _, c := range d.Cons {
			astConsByName[c.Name] = astCons{cons: c, def: d}
			if len(c.Fields) > 0 {
				simple = false
			}
		}
		if d.Product {
			astConsByName[d.Name] = astCons{cons: d.Cons[0], def: d}
		}
		if simple && len(d.Attributes) == 0 {
			astEnums[d.Name] = d
		}
	}
}

// goFieldName is the Go name of an ASDL field: CamelCase.
func goFieldName(asdl string) string {
	var b strings.Builder
	for _, part := range strings.Split(asdl, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// astToPy converts one tree; singletons shares the operator and context
// instances within it, as CPython's parser does.
type astToPy struct {
	t          *Thread
	mod        Value
	classes    map[string]Value
	singletons map[string]Value
}

func (c *astToPy) class(name string) (Value, error) {
	if cls, ok := c.classes[name]; ok {
		return cls, nil
	}
	cls, err := GetAttrString(c.t, c.mod, name)
	if err != nil {
		return Value{}, err
	}
	c.classes[name] = cls
	return cls, nil
}

// parseToAST is compile(src, filename, mode, PyCF_ONLY_AST).
func parseToAST(t *Thread, src []byte, filename string, mode parser.Mode) (Value, error) {
	if strings.IndexByte(string(src), 0) >= 0 {
		return Value{}, NewError(&ValueErrorType, "source code string cannot contain null bytes")
	}
	tree, err := parser.ParseFile(src, filename, mode)
	if err != nil {
		var se *source.Error
		if errors.As(err, &se) {
			return Value{}, newSyntaxError(se)
		}
		return Value{}, NewError(&SystemErrorType, "compile: %v", err)
	}
	astSchemaOnce.Do(loadASTSchema)
	mod, err := t.importModuleLevel(StrValue("_ast"), Value{}, Value{}, Int(0))
	if err != nil {
		return Value{}, err
	}
	c := &astToPy{t: t, mod: mod, classes: map[string]Value{}, singletons: map[string]Value{}}
	return c.node(reflect.ValueOf(tree))
}

// node converts a pointer to a node struct (nil: None).
func (c *astToPy) node(v reflect.Value) (Value, error) {
	if v.Kind() == reflect.Interface {
		v = v.Elem()
	}
	if !v.IsValid() || v.IsNil() {
		return None, nil
	}
	n, ok := v.Interface().(ast.Node)
	if !ok {
		return Value{}, NewError(&SystemErrorType, "ast: %s is not a node", v.Type())
	}
	name := n.NodeName()
	info, ok := astConsByName[name]
	if !ok {
		return Value{}, NewError(&SystemErrorType, "ast: no schema for %s", name)
	}
	cls, err := c.class(name)
	if err != nil {
		return Value{}, err
	}
	obj, err := Call(c.t, cls, nil, nil)
	if err != nil {
		return Value{}, err
	}
	s := v.Elem()
	set := func(f ast.SchemaField) error {
		fv := s.FieldByName(goFieldName(f.Name))
		if !fv.IsValid() {
			return NewError(&SystemErrorType, "ast: %s has no field %s", name, f.Name)
		}
		val, err := c.field(f, fv)
		if err != nil {
			return err
		}
		return SetAttr(c.t, obj, Intern(f.Name), val)
	}
	for _, f := range info.cons.Fields {
		if err := set(f); err != nil {
			return Value{}, err
		}
	}
	for _, f := range info.def.Attributes {
		if err := set(f); err != nil {
			return Value{}, err
		}
	}
	return obj, nil
}

// field converts one field's Go value as its schema type says.
func (c *astToPy) field(f ast.SchemaField, v reflect.Value) (Value, error) {
	if f.Quant == "*" {
		items := make([]Value, v.Len())
		for i := range items {
			x, err := c.one(f, v.Index(i))
			if err != nil {
				return Value{}, err
			}
			items[i] = x
		}
		return NewListValue(items), nil
	}
	return c.one(f, v)
}

func (c *astToPy) one(f ast.SchemaField, v reflect.Value) (Value, error) {
	switch f.Type {
	case "identifier", "string":
		s := v.String()
		if s == "" && f.Quant == "?" {
			return None, nil
		}
		return StrValue(s), nil
	case "int":
		return Int(v.Int()), nil
	case "constant":
		if v.IsNil() {
			return None, nil
		}
		return constValue(v.Interface())
	}
	if d, ok := astEnums[f.Type]; ok {
		k := int(v.Uint())
		if k == 0 {
			return None, nil // unset (Dict.keys for **d are None, not enums)
		}
		if k > len(d.Cons) {
			return Value{}, NewError(&SystemErrorType, "ast: bad %s value %d", f.Type, k)
		}
		name := d.Cons[k-1].Name
		if inst, ok := c.singletons[name]; ok {
			return inst, nil
		}
		cls, err := c.class(name)
		if err != nil {
			return Value{}, err
		}
		inst, err := Call(c.t, cls, nil, nil)
		if err != nil {
			return Value{}, err
		}
		c.singletons[name] = inst
		return inst, nil
	}
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		return c.node(v)
	}
	return Value{}, NewError(&SystemErrorType, "ast: cannot convert %s field %s (%s)", f.Type, f.Name, fmt.Sprint(v.Type()))
}

// isASTObject reports whether v is an instance of _ast.AST.
func isASTObject(t *Thread, v Value) (bool, error) {
	if v.Type().Flags&FlagHeap == 0 {
		return false, nil // the _ast classes are heap types
	}
	cls, err := importAttr(t, "_ast", "AST")
	if err != nil {
		return false, err
	}
	tp, ok := asType(cls)
	return ok && v.Type().IsSubtype(tp), nil
}
