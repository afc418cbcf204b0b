package oracle

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strings"

	"github.com/pyjit/pyjit/frontend/ast"
)

// The tests build our tables from ASTs that python3.11 itself parsed and
// serialised to JSON, so that they check the symtable package alone,
// whatever the state of the parser. This file turns that JSON back into
// frontend/ast nodes.

// nodeTypes maps Python node class names to their Go types.
var nodeTypes = func() map[string]reflect.Type {
	nodes := []ast.Node{
		&ast.Module{}, &ast.Interactive{}, &ast.Expression{}, &ast.FunctionType{},
		&ast.FunctionDef{}, &ast.AsyncFunctionDef{}, &ast.ClassDef{}, &ast.Return{},
		&ast.Delete{}, &ast.Assign{}, &ast.AugAssign{}, &ast.AnnAssign{}, &ast.For{},
		&ast.AsyncFor{}, &ast.While{}, &ast.If{}, &ast.With{}, &ast.AsyncWith{},
		&ast.Match{}, &ast.Raise{}, &ast.Try{}, &ast.TryStar{}, &ast.Assert{},
		&ast.Import{}, &ast.ImportFrom{}, &ast.Global{}, &ast.Nonlocal{}, &ast.ExprStmt{},
		&ast.Pass{}, &ast.Break{}, &ast.Continue{},
		&ast.BoolOp{}, &ast.NamedExpr{}, &ast.BinOp{}, &ast.UnaryOp{}, &ast.Lambda{},
		&ast.IfExp{}, &ast.Dict{}, &ast.Set{}, &ast.ListComp{}, &ast.SetComp{},
		&ast.DictComp{}, &ast.GeneratorExp{}, &ast.Await{}, &ast.Yield{}, &ast.YieldFrom{},
		&ast.Compare{}, &ast.Call{}, &ast.FormattedValue{}, &ast.JoinedStr{}, &ast.Constant{},
		&ast.Attribute{}, &ast.Subscript{}, &ast.Starred{}, &ast.Name{}, &ast.List{},
		&ast.Tuple{}, &ast.Slice{},
		&ast.Comprehension{}, &ast.ExceptHandler{}, &ast.Arguments{}, &ast.Arg{},
		&ast.Keyword{}, &ast.Alias{}, &ast.Withitem{}, &ast.MatchCase{},
		&ast.MatchValue{}, &ast.MatchSingleton{}, &ast.MatchSequence{}, &ast.MatchMapping{},
		&ast.MatchClass{}, &ast.MatchStar{}, &ast.MatchAs{}, &ast.MatchOr{}, &ast.TypeIgnore{},
	}
	m := map[string]reflect.Type{}
	for _, n := range nodes {
		m[n.NodeName()] = reflect.TypeOf(n).Elem()
	}
	return m
}()

var exprContexts = map[string]ast.ExprContext{"Load": ast.Load, "Store": ast.Store, "Del": ast.Del}

func camel(s string) string {
	var b strings.Builder
	for _, part := range strings.Split(s, "_") {
		if part != "" {
			b.WriteString(strings.ToUpper(part[:1]) + part[1:])
		}
	}
	return b.String()
}

// decodeNode converts one JSON-decoded node ({"t": name, "p": pos, "f":
// fields}) to an ast.Node.
func decodeNode(v any) (ast.Node, error) {
	obj, ok := v.(map[string]any)
	if !ok {
		return nil, fmt.Errorf("node: unexpected %T", v)
	}
	name, _ := obj["t"].(string)
	typ, ok := nodeTypes[name]
	if !ok {
		return nil, fmt.Errorf("unknown node type %q", name)
	}
	ptr := reflect.New(typ)
	st := ptr.Elem()
	if p, ok := obj["p"].([]any); ok && len(p) == 4 {
		pos := st.FieldByName("Pos")
		if !pos.IsValid() {
			return nil, fmt.Errorf("%s has no Pos", name)
		}
		for i, fname := range []string{"Lineno", "ColOffset", "EndLineno", "EndColOffset"} {
			if f, ok := p[i].(float64); ok {
				pos.FieldByName(fname).SetInt(int64(f))
			}
		}
	}
	fields, _ := obj["f"].(map[string]any)
	for key, fv := range fields {
		f := st.FieldByName(camel(key))
		if !f.IsValid() {
			return nil, fmt.Errorf("%s has no field %s", name, camel(key))
		}
		if err := setField(f, fv); err != nil {
			return nil, fmt.Errorf("%s.%s: %v", name, key, err)
		}
	}
	return ptr.Interface().(ast.Node), nil
}

func setField(f reflect.Value, v any) error {
	if v == nil {
		return nil
	}
	switch f.Kind() {
	case reflect.String:
		s, ok := v.(string)
		if !ok {
			return fmt.Errorf("want string, got %T", v)
		}
		f.SetString(s)
	case reflect.Int:
		n, ok := v.(float64)
		if !ok {
			return fmt.Errorf("want int, got %T", v)
		}
		f.SetInt(int64(n))
	case reflect.Uint8:
		if obj, ok := v.(map[string]any); ok {
			if name, ok := obj["e"].(string); ok {
				if c, ok := exprContexts[name]; ok && f.Type() == reflect.TypeOf(ast.Load) {
					f.SetUint(uint64(c))
				}
				// Operators do not matter to the symbol table.
				return nil
			}
		}
		return fmt.Errorf("want enum, got %v", v)
	case reflect.Slice:
		list, ok := v.([]any)
		if !ok {
			return fmt.Errorf("want list, got %T", v)
		}
		s := reflect.MakeSlice(f.Type(), len(list), len(list))
		for i, item := range list {
			if err := setField(s.Index(i), item); err != nil {
				return err
			}
		}
		f.Set(s)
	case reflect.Interface, reflect.Pointer:
		if f.Type() == reflect.TypeOf((*ast.Value)(nil)).Elem() {
			// Constant values: only strings matter (docstrings).
			if obj, ok := v.(map[string]any); ok {
				if s, ok := obj["s"].(string); ok {
					f.Set(reflect.ValueOf(ast.Str(s)))
					return nil
				}
			}
			f.Set(reflect.ValueOf(ast.None))
			return nil
		}
		n, err := decodeNode(v)
		if err != nil {
			return err
		}
		nv := reflect.ValueOf(n)
		if !nv.Type().AssignableTo(f.Type()) {
			return fmt.Errorf("%s not assignable to %s", n.NodeName(), f.Type())
		}
		f.Set(nv)
	default:
		return fmt.Errorf("unhandled field kind %s", f.Kind())
	}
	return nil
}

// DecodeModule decodes a JSON-encoded Module.
func DecodeModule(raw json.RawMessage) (ast.Mod, error) {
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	n, err := decodeNode(v)
	if err != nil {
		return nil, err
	}
	m, ok := n.(ast.Mod)
	if !ok {
		return nil, fmt.Errorf("not a mod: %s", n.NodeName())
	}
	return m, nil
}
