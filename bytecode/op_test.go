package bytecode

import (
	"fmt"
	"os/exec"
	"strings"
	"testing"

	"github.com/pyjit/pyjit/bytecode/opdef"
)

// sameAsCPython lists the opcodes whose stack behaviour is CPython 3.11's
// (CALL is not among them: 3.11 splits it into PRECALL and CALL; nor is
// RETURN_GENERATOR, which we count as pushing the first sent value, so the
// stack depth of a generator body is exact where dis.stack_effect says 0),
// with the opargs that are meaningful for them.
var sameAsCPython = map[string][]int{
	"NOP": {0}, "POP_TOP": {0}, "PUSH_NULL": {0}, "COPY": {1, 2, 5}, "SWAP": {2, 3, 7},
	"LOAD_CONST": {0}, "LOAD_FAST": {0}, "STORE_FAST": {0}, "DELETE_FAST": {0},
	"LOAD_CLOSURE": {0}, "LOAD_DEREF": {0}, "STORE_DEREF": {0}, "LOAD_CLASSDEREF": {0},
	"LOAD_NAME": {0}, "STORE_NAME": {0}, "LOAD_GLOBAL": {0, 1, 6, 7}, "STORE_GLOBAL": {0},
	"STORE_ATTR": {0}, "DELETE_ATTR": {0}, "BINARY_SUBSCR": {0}, "STORE_SUBSCR": {0},
	"DELETE_SUBSCR": {0}, "UNARY_NEGATIVE": {0}, "UNARY_NOT": {0}, "BINARY_OP": {0, 13},
	"COMPARE_OP": {2}, "IS_OP": {0, 1}, "CONTAINS_OP": {0, 1},
	"BUILD_TUPLE": {0, 1, 9}, "BUILD_LIST": {0, 3}, "BUILD_SET": {0, 4}, "BUILD_MAP": {0, 1, 5},
	"BUILD_CONST_KEY_MAP": {1, 4}, "BUILD_STRING": {0, 2, 7}, "BUILD_SLICE": {2, 3},
	"LIST_APPEND": {1, 2}, "SET_ADD": {1, 3}, "MAP_ADD": {1, 2}, "LIST_EXTEND": {1},
	"SET_UPDATE": {1}, "DICT_UPDATE": {1}, "DICT_MERGE": {1}, "LIST_TO_TUPLE": {0},
	"UNPACK_SEQUENCE": {0, 2, 5}, "UNPACK_EX": {0, 1, 0x102, 0x300},
	"CALL_FUNCTION_EX": {0, 1}, "MAKE_FUNCTION": {0, 1, 2, 4, 8, 15},
	"RETURN_VALUE": {0}, "LOAD_BUILD_CLASS": {0},
	"SETUP_ANNOTATIONS": {0}, "PRINT_EXPR": {0}, "IMPORT_NAME": {0}, "IMPORT_FROM": {0},
	"IMPORT_STAR": {0}, "FORMAT_VALUE": {0, 1, 4, 6}, "JUMP_FORWARD": {0}, "JUMP_BACKWARD": {0},
	"POP_JUMP_IF_FALSE": {0}, "POP_JUMP_IF_TRUE": {0}, "JUMP_IF_FALSE_OR_POP": {0},
	"JUMP_IF_TRUE_OR_POP": {0}, "GET_ITER": {0}, "FOR_ITER": {0}, "GET_YIELD_FROM_ITER": {0},
	"YIELD_VALUE": {0}, "SEND": {0}, "GET_AWAITABLE": {0}, "GET_AITER": {0}, "GET_ANEXT": {0},
	"END_ASYNC_FOR": {0}, "ASYNC_GEN_WRAP": {0}, "RAISE_VARARGS": {0, 1, 2}, "RERAISE": {0, 1},
	"PUSH_EXC_INFO": {0}, "POP_EXCEPT": {0}, "CHECK_EXC_MATCH": {0}, "CHECK_EG_MATCH": {0},
	"PREP_RERAISE_STAR": {0}, "LOAD_ASSERTION_ERROR": {0}, "BEFORE_WITH": {0},
	"BEFORE_ASYNC_WITH": {0}, "WITH_EXCEPT_START": {0}, "GET_LEN": {0}, "MATCH_MAPPING": {0},
	"MATCH_SEQUENCE": {0}, "MATCH_KEYS": {0}, "MATCH_CLASS": {0, 2}, "MAKE_CELL": {0},
	"COPY_FREE_VARS": {2},
}

// cpythonName maps our names to 3.11's where only the name differs.
var cpythonName = map[string]string{
	"POP_JUMP_IF_FALSE": "POP_JUMP_FORWARD_IF_FALSE",
	"POP_JUMP_IF_TRUE":  "POP_JUMP_FORWARD_IF_TRUE",
}

func oracle(t *testing.T) string {
	for _, p := range []string{"/usr/bin/python3.11", "python3"} {
		if path, err := exec.LookPath(p); err == nil {
			return path
		}
	}
	t.Skip("no python3.11 to compare with")
	return ""
}

func TestStackEffectsMatchCPython(t *testing.T) {
	py := oracle(t)
	byName := map[string]Op{}
	for i, op := range opdef.Table {
		byName[op.Name] = Op(i)
	}
	var script strings.Builder
	script.WriteString("import dis\n")
	var cases []string
	for name, args := range sameAsCPython {
		op, ok := byName[name]
		if !ok {
			t.Fatalf("%s is not an opcode", name)
		}
		for _, arg := range args {
			for _, jump := range []bool{false, true} {
				jumpArg := "False"
				if jump {
					jumpArg = "True"
				}
				cname := name
				if n, ok := cpythonName[name]; ok {
					cname = n
				}
				fmt.Fprintf(&script, "print(dis.stack_effect(dis.opmap[%q], %d if dis.opmap[%q] >= dis.HAVE_ARGUMENT else None, jump=%s))\n",
					cname, arg, cname, jumpArg)
				cases = append(cases, fmt.Sprintf("%s(%d) jump=%v: ours %d", name, arg, jump, op.StackEffect(arg, jump)))
			}
		}
	}
	out, err := exec.Command(py, "-c", script.String()).CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	lines := strings.Split(strings.TrimSpace(string(out)), "\n")
	if len(lines) != len(cases) {
		t.Fatalf("got %d answers for %d cases", len(lines), len(cases))
	}
	for i, c := range cases {
		if !strings.HasSuffix(c, " "+lines[i]) {
			t.Errorf("%s, CPython %s", c, lines[i])
		}
	}
}

func TestOpTableFacts(t *testing.T) {
	for i, op := range opdef.Table {
		o := Op(i)
		if o.String() != op.Name {
			t.Errorf("opcode %d: String() = %q, table says %q", i, o.String(), op.Name)
		}
		if op.Flags&opdef.Backward != 0 && op.Flags&opdef.Jump == 0 {
			t.Errorf("%s is backward but not a jump", op.Name)
		}
		if (op.Arg == opdef.ArgJump) != (op.Flags&opdef.Jump != 0) {
			t.Errorf("%s: jump flag and jump argument disagree", op.Name)
		}
		if op.Doc == "" {
			t.Errorf("%s has no doc", op.Name)
		}
	}
	// CPython 3.11 keeps its pseudo-instructions out of the dis module; these
	// are the values compile.c's stack_effect gives them.
	pseudo := []struct {
		op         Op
		fall, jump int
	}{{SETUP_FINALLY, 0, 1}, {SETUP_CLEANUP, 0, 2}, {SETUP_WITH, 0, 1}, {POP_BLOCK, 0, 0}}
	for _, p := range pseudo {
		if p.op.StackEffect(0, false) != p.fall || p.op.StackEffect(0, true) != p.jump {
			t.Errorf("%v: stack effects %d/%d, want %d/%d", p.op, p.op.StackEffect(0, false), p.op.StackEffect(0, true), p.fall, p.jump)
		}
	}
	if JUMP_BACKWARD.StackEffect(0, true) != 0 || FOR_ITER.StackEffect(0, true) != -1 || FOR_ITER.StackEffect(0, false) != 1 {
		t.Error("jump-dependent stack effects are wrong")
	}
}

func TestDecode(t *testing.T) {
	words := []uint32{
		uint32(LOAD_FAST) | 3<<8,
		uint32(EXTENDED_ARG) | 1<<8, uint32(LOAD_CONST) | 2<<8,
		uint32(BINARY_OP) | 0<<8, 0, // one cache word
		uint32(EXTENDED_ARG) | 5<<8, // truncated
	}
	cases := []struct {
		pc, arg, next int
		op            Op
	}{{0, 3, 1, LOAD_FAST}, {1, 1<<24 | 2, 3, LOAD_CONST}, {3, 0, 5, BINARY_OP}, {5, 5, 7, EXTENDED_ARG}}
	for _, c := range cases {
		op, arg, next := Decode(words, c.pc)
		if op != c.op || arg != c.arg || next != c.next {
			t.Errorf("Decode at %d = %v %d %d, want %v %d %d", c.pc, op, arg, next, c.op, c.arg, c.next)
		}
	}
}
