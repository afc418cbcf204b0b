package interp

// This file implements the _ast module: the AST node classes that the
// standard library's ast module (and so inspect, dataclasses, unittest)
// imports. The classes are derived from the ASDL schema the parser's
// node types are generated from (frontend/ast.Schema), so they cannot
// drift from the grammar. Building trees from source
// (compile(..., PyCF_ONLY_AST)) is not supported yet.

import (
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
)

func init() {
	builtinModules["_ast"] = makeASTModule
	delete(cModules, "_ast")
}

// makeASTModule builds _ast with fresh classes for this interpreter.
func makeASTModule(in *Interpreter) *Module {
	t := in.main
	m := NewModule("_ast")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("PyCF_ONLY_AST", Int(pyCFOnlyAST))
	set("PyCF_TYPE_COMMENTS", Int(pyCFTypeComments))
	set("PyCF_ALLOW_TOP_LEVEL_AWAIT", Int(pyCFAllowTopAwait))
	mk := func(name string, base Value, attrs map[string]Value) Value {
		ns := NewDict()
		ns.setStrNoErr(Intern("__module__"), StrValue("ast"))
		for k, v := range attrs {
			ns.setStrNoErr(Intern(k), v)
		}
		cls, err := Call(t, TypeValue(&TypeType), []Value{StrValue(name), NewTupleValue([]Value{base}), FromObject(&ns.Object)}, nil)
		if err != nil {
			panic("_ast: " + err.Error()) // only a broken interpreter gets here
		}
		set(name, cls)
		return cls
	}
	strs := func(fs []ast.SchemaField) Value {
		items := make([]Value, len(fs))
		for i, f := range fs {
			items[i] = StrValue(f.Name)
		}
		return NewTupleValue(items)
	}
	astBase := mk("AST", TypeValue(&ObjectType), map[string]Value{
		"_fields":     NewTupleValue(nil),
		"_attributes": NewTupleValue(nil),
	})
	astType, _ := asType(astBase)
	addMethod(astType, "__init__", astInit)
	addMethod(astType, "__reduce__", astReduce)
	astType.Modified()
	// Optional fields and attributes default to None on the class.
	defaults := func(attrs map[string]Value, fs []ast.SchemaField) {
		for _, f := range fs {
			if f.Quant == "?" {
				attrs[f.Name] = None
			}
		}
	}
	for _, d := range ast.Schema {
		if d.Product {
			c := d.Cons[0]
			attrs := map[string]Value{"_fields": strs(c.Fields), "_attributes": strs(d.Attributes),
				"__match_args__": strs(c.Fields), "__doc__": StrValue(consDoc(c))}
			defaults(attrs, c.Fields)
			defaults(attrs, d.Attributes)
			mk(d.Name, astBase, attrs)
			continue
		}
		sumAttrs := map[string]Value{"_fields": NewTupleValue(nil), "_attributes": strs(d.Attributes), "__doc__": StrValue(sumDoc(d))}
		defaults(sumAttrs, d.Attributes)
		sum := mk(d.Name, astBase, sumAttrs)
		for _, c := range d.Cons {
			attrs := map[string]Value{"_fields": strs(c.Fields), "__match_args__": strs(c.Fields), "__doc__": StrValue(consDoc(c))}
			defaults(attrs, c.Fields)
			mk(c.Name, sum, attrs)
		}
	}
	return m
}

// consDoc is a constructor's __doc__ as CPython writes it:
// "BinOp(expr left, operator op, expr right)".
func consDoc(c ast.SchemaCons) string {
	parts := make([]string, len(c.Fields))
	for i, f := range c.Fields {
		parts[i] = f.Type + f.Quant + " " + f.Name
	}
	return c.Name + "(" + strings.Join(parts, ", ") + ")"
}

// sumDoc is a sum type's __doc__: its constructors, one per line.
func sumDoc(d ast.SchemaType) string {
	var b strings.Builder
	for i, c := range d.Cons {
		if i == 0 {
			b.WriteString(d.Name + " = ")
		} else {
			b.WriteString("\n" + strings.Repeat(" ", len(d.Name)) + " | ")
		}
		b.WriteString(consDoc(c))
	}
	return b.String()
}

// astInit is AST.__init__: positional arguments fill _fields in order,
// keywords set attributes (CPython's ast_type_init).
func astInit(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	pos := args[:len(args)-len(kw)]
	fieldsV, err := GetAttrString(t, TypeValue(self.Type()), "_fields")
	if err != nil {
		return Value{}, err
	}
	fields, err := iterateToSlice(t, fieldsV)
	if err != nil {
		return Value{}, err
	}
	if len(pos) > len(fields) {
		s := "s"
		if len(fields) == 1 {
			s = ""
		}
		return Value{}, NewError(&TypeErrorType, "%s constructor takes at most %d positional argument%s", self.Type().Name, len(fields), s)
	}
	for i, v := range pos {
		name, ok := asStr(fields[i])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "AST fields must be str")
		}
		if err := SetAttr(t, self, Intern(name.s), v); err != nil {
			return Value{}, err
		}
	}
	for i, k := range kw {
		if err := SetAttr(t, self, Intern(k), args[len(pos)+i]); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

// astReduce is AST.__reduce__: (type, (), __dict__).
func astReduce(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("__reduce__", args, kw, 0); err != nil {
		return Value{}, err
	}
	d, err := GetAttrString(t, self, "__dict__")
	if err != nil {
		return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue(nil)}), nil
	}
	return NewTupleValue([]Value{TypeValue(self.Type()), NewTupleValue(nil), d}), nil
}
