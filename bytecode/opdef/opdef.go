// Package opdef is the single source of truth for pyjit's instruction set:
// one table row per opcode with its argument kind, stack picture, inline
// cache size, jump kind, JIT support and documentation.
//
// Everything else is derived from it by `go generate ./bytecode`: the Op
// constants, names, stack effects and cache sizes in bytecode/opcode_gen.go
// and the reference in bytecode/OPCODES.md. The opcode number is the row's
// index in Table, so rows may be added anywhere but the generated files must
// then be regenerated (a test checks that they are current).
//
// Package opdef imports nothing.
package opdef

// ArgKind says what an instruction's argument means; the disassembler uses
// it to show the argument's meaning.
type ArgKind uint8

const (
	ArgNone   ArgKind = iota // the argument is unused (0)
	ArgInt                   // a count or small integer
	ArgConst                 // index into co_consts
	ArgName                  // index into co_names
	ArgLocal                 // index into the fast locals (co_varnames)
	ArgDeref                 // localsplus index of a cell or free variable (as in CPython 3.11)
	ArgJump                  // relative jump: forward from the next instruction, or backward for JUMP_BACKWARD*
	ArgBinOp                 // a binary operator (bytecode.BinOp*)
	ArgCmp                   // a comparison (bytecode.Cmp*)
	ArgGlobal                // namei<<1 | push-NULL bit
	ArgAttr                  // namei<<1 | method-load bit
	ArgFlags                 // instruction-specific bit flags
)

// Flag bits of an opcode.
type Flag uint16

const (
	Jump        Flag = 1 << iota // has a jump target
	Backward                     // the jump goes backward (a loop back-edge)
	Uncond                       // never falls through (unconditional jump, return, raise)
	Pseudo                       // only exists inside the compiler; never in a code object
	JIT                          // the tracing JIT's recorder supports it
	NoInterrupt                  // a backward jump that does not poll for interrupts
)

// Op describes one opcode. Stack is a picture "inputs -- outputs" of the
// value stack, top on the right. An item written name[EXPR] stands for EXPR
// values (a Go expression in oparg); a plain name is one value. JumpStack is
// the picture when the jump is taken, if it differs.
type Op struct {
	Name      string
	Arg       ArgKind
	Stack     string
	JumpStack string
	Cache     int // inline cache words that follow the instruction
	Flags     Flag
	Doc       string
}

// Table lists every opcode; the index is the opcode number.
var Table = []Op{
	{Name: "NOP", Stack: "--", Doc: "Does nothing; keeps a line number alive."},
	{Name: "CACHE", Stack: "--", Doc: "Marks an inline cache word; never executed."},
	{Name: "EXTENDED_ARG", Arg: ArgInt, Stack: "--", Doc: "Prefixes the next instruction's argument with 24 more high bits."},
	{Name: "RESUME", Arg: ArgInt, Stack: "--", Doc: "Start of a function body (0) or resumption after yield (1), yield from (2) or await (3); counts function entries for the JIT."},

	// Stack manipulation.
	{Name: "POP_TOP", Stack: "value --", Doc: "Discards the top of the stack."},
	{Name: "PUSH_NULL", Stack: "-- null", Doc: "Pushes NULL: the missing self of a plain call."},
	{Name: "COPY", Arg: ArgInt, Stack: "bottom unused[oparg-1] -- bottom unused[oparg-1] top", Doc: "Pushes a copy of the oparg-th item (1 = top)."},
	{Name: "SWAP", Arg: ArgInt, Stack: "bottom unused[oparg-2] top -- top unused[oparg-2] bottom", Doc: "Swaps the top with the oparg-th item."},

	// Locals, cells, names and globals.
	{Name: "LOAD_CONST", Arg: ArgConst, Stack: "-- value", Doc: "Pushes co_consts[oparg]."},
	{Name: "LOAD_FAST", Arg: ArgLocal, Stack: "-- value", Doc: "Pushes local oparg; UnboundLocalError if unbound."},
	{Name: "STORE_FAST", Arg: ArgLocal, Stack: "value --", Doc: "Stores into local oparg."},
	{Name: "DELETE_FAST", Arg: ArgLocal, Stack: "--", Doc: "Unbinds local oparg; UnboundLocalError if unbound."},
	{Name: "MAKE_CELL", Arg: ArgDeref, Stack: "--", Doc: "Replaces cell variable oparg's initial value with a cell holding it."},
	{Name: "COPY_FREE_VARS", Arg: ArgInt, Stack: "--", Doc: "Copies the function's oparg closure cells into the frame."},
	{Name: "LOAD_CLOSURE", Arg: ArgDeref, Stack: "-- cell", Doc: "Pushes the cell object of cell/free variable oparg."},
	{Name: "LOAD_DEREF", Arg: ArgDeref, Stack: "-- value", Doc: "Pushes the contents of cell oparg; NameError/UnboundLocalError if empty."},
	{Name: "LOAD_CLASSDEREF", Arg: ArgDeref, Stack: "-- value", Doc: "In a class body: looks the free variable's name up in the class namespace first, then the cell."},
	{Name: "STORE_DEREF", Arg: ArgDeref, Stack: "value --", Doc: "Stores into cell oparg."},
	{Name: "DELETE_DEREF", Arg: ArgDeref, Stack: "--", Doc: "Empties cell oparg."},
	{Name: "LOAD_NAME", Arg: ArgName, Stack: "-- value", Doc: "Looks co_names[oparg] up in locals, globals, then builtins."},
	{Name: "STORE_NAME", Arg: ArgName, Stack: "value --", Doc: "Stores into the locals mapping."},
	{Name: "DELETE_NAME", Arg: ArgName, Stack: "--", Doc: "Deletes from the locals mapping."},
	{Name: "LOAD_GLOBAL", Arg: ArgGlobal, Stack: "-- value null[oparg&1]", Cache: 1, Doc: "Pushes global co_names[oparg>>1] (globals, then builtins), then NULL if oparg&1."},
	{Name: "STORE_GLOBAL", Arg: ArgName, Stack: "value --", Doc: "Stores into the globals."},
	{Name: "DELETE_GLOBAL", Arg: ArgName, Stack: "--", Doc: "Deletes from the globals."},
	{Name: "LOAD_LOCALS", Stack: "-- locals", Doc: "Pushes the locals mapping (class bodies)."},

	// Attributes and subscripts.
	{Name: "LOAD_ATTR", Arg: ArgAttr, Stack: "owner -- attr self_or_null[oparg&1]", Cache: 1,
		Doc: "Replaces owner by owner.co_names[oparg>>1]; with oparg&1 (a method call) pushes either the unbound method and owner, or the attribute and NULL."},
	{Name: "STORE_ATTR", Arg: ArgName, Stack: "value owner --", Cache: 1, Doc: "owner.name = value."},
	{Name: "DELETE_ATTR", Arg: ArgName, Stack: "owner --", Doc: "del owner.name."},
	{Name: "BINARY_SUBSCR", Stack: "container sub -- res", Cache: 1, Doc: "container[sub]."},
	{Name: "STORE_SUBSCR", Stack: "value container sub --", Cache: 1, Doc: "container[sub] = value."},
	{Name: "DELETE_SUBSCR", Stack: "container sub --", Doc: "del container[sub]."},
	{Name: "BINARY_SLICE", Stack: "container start stop -- res", Doc: "container[start:stop] without building a slice object."},
	{Name: "STORE_SLICE", Stack: "value container start stop --", Doc: "container[start:stop] = value."},

	// Operators.
	{Name: "UNARY_POSITIVE", Stack: "value -- res", Doc: "+value."},
	{Name: "UNARY_NEGATIVE", Stack: "value -- res", Doc: "-value."},
	{Name: "UNARY_NOT", Stack: "value -- res", Doc: "not value."},
	{Name: "UNARY_INVERT", Stack: "value -- res", Doc: "~value."},
	{Name: "BINARY_OP", Arg: ArgBinOp, Stack: "lhs rhs -- res", Cache: 1, Doc: "Binary or in-place operator oparg (bytecode.BinOp*)."},
	{Name: "COMPARE_OP", Arg: ArgCmp, Stack: "lhs rhs -- res", Cache: 1, Doc: "Rich comparison oparg (bytecode.Cmp*)."},
	{Name: "IS_OP", Arg: ArgInt, Stack: "lhs rhs -- res", Doc: "lhs is rhs (is not, if oparg is 1)."},
	{Name: "CONTAINS_OP", Arg: ArgInt, Stack: "lhs rhs -- res", Cache: 1, Doc: "lhs in rhs (not in, if oparg is 1)."},

	// Building and unpacking containers.
	{Name: "BUILD_TUPLE", Arg: ArgInt, Stack: "values[oparg] -- tuple", Doc: "Builds a tuple of the top oparg values."},
	{Name: "BUILD_LIST", Arg: ArgInt, Stack: "values[oparg] -- list", Doc: "Builds a list of the top oparg values."},
	{Name: "BUILD_SET", Arg: ArgInt, Stack: "values[oparg] -- set", Doc: "Builds a set of the top oparg values."},
	{Name: "BUILD_MAP", Arg: ArgInt, Stack: "pairs[2*oparg] -- dict", Doc: "Builds a dict from oparg key, value pairs."},
	{Name: "BUILD_CONST_KEY_MAP", Arg: ArgInt, Stack: "values[oparg] keys -- dict", Doc: "Builds a dict from oparg values and a constant tuple of keys."},
	{Name: "BUILD_STRING", Arg: ArgInt, Stack: "pieces[oparg] -- str", Doc: "Concatenates oparg strings."},
	{Name: "BUILD_SLICE", Arg: ArgInt, Stack: "start stop step[oparg-2] -- slice", Doc: "Builds slice(start, stop[, step]); oparg is 2 or 3."},
	{Name: "LIST_APPEND", Arg: ArgInt, Stack: "list unused[oparg-1] v -- list unused[oparg-1]", Doc: "Appends v to the list oparg items down (comprehensions)."},
	{Name: "SET_ADD", Arg: ArgInt, Stack: "set unused[oparg-1] v -- set unused[oparg-1]", Doc: "Adds v to the set oparg items down."},
	{Name: "MAP_ADD", Arg: ArgInt, Stack: "dict unused[oparg-1] key value -- dict unused[oparg-1]", Doc: "dict[key] = value for the dict oparg items down."},
	{Name: "LIST_EXTEND", Arg: ArgInt, Stack: "list unused[oparg-1] iterable -- list unused[oparg-1]", Doc: "Extends the list oparg items down."},
	{Name: "SET_UPDATE", Arg: ArgInt, Stack: "set unused[oparg-1] iterable -- set unused[oparg-1]", Doc: "Updates the set oparg items down."},
	{Name: "DICT_UPDATE", Arg: ArgInt, Stack: "dict unused[oparg-1] update -- dict unused[oparg-1]", Doc: "dict.update for {**m} displays."},
	{Name: "DICT_MERGE", Arg: ArgInt, Stack: "callable unused[oparg-1] dict unused2[0] update -- callable unused[oparg-1] dict unused2[0]", Doc: "Merges **update into the keyword dict, failing on duplicate keys (calls)."},
	{Name: "LIST_TO_TUPLE", Stack: "list -- tuple", Doc: "Converts a list to a tuple."},
	{Name: "UNPACK_SEQUENCE", Arg: ArgInt, Stack: "seq -- values[oparg]", Cache: 1, Doc: "Unpacks exactly oparg items, pushing them last first."},
	{Name: "UNPACK_EX", Arg: ArgInt, Stack: "seq -- values[(oparg&0xFF)+(oparg>>8)+1]", Doc: "Star unpacking: oparg&0xFF items before the star, oparg>>8 after."},

	// Calls and functions.
	{Name: "CALL", Arg: ArgInt, Stack: "callable self_or_null args[oparg] -- res", Cache: 1, Doc: "Calls callable with oparg positional arguments (and self first, if not NULL)."},
	{Name: "CALL_KW", Arg: ArgInt, Stack: "callable self_or_null args[oparg] kwnames -- res", Cache: 1, Doc: "Like CALL; the last len(kwnames) arguments are passed by the names in the constant tuple kwnames."},
	{Name: "CALL_FUNCTION_EX", Arg: ArgFlags, Stack: "callable null args kwargs[oparg&1] -- res", Doc: "callable(*args, **kwargs)."},
	{Name: "MAKE_FUNCTION", Arg: ArgFlags, Stack: "defaults[oparg&1] kwdefaults[oparg>>1&1] annotations[oparg>>2&1] closure[oparg>>3&1] code -- func", Doc: "Makes a function from a code object; flags 1 defaults tuple, 2 kw-defaults dict, 4 annotations tuple, 8 closure tuple."},
	{Name: "RETURN_VALUE", Stack: "value --", Flags: Uncond, Doc: "Returns value to the caller."},
	{Name: "RETURN_GENERATOR", Stack: "-- sent", Doc: "Makes the generator, coroutine or async generator of this frame and returns it to the caller; execution resumes after it with the first sent value (None) on the stack, which the following POP_TOP discards."},
	{Name: "LOAD_BUILD_CLASS", Stack: "-- build_class", Doc: "Pushes builtins.__build_class__."},
	{Name: "SETUP_ANNOTATIONS", Stack: "--", Doc: "Creates __annotations__ in the locals if missing."},
	{Name: "PRINT_EXPR", Stack: "value --", Doc: "Interactive mode: passes value to sys.displayhook."},
	{Name: "IMPORT_NAME", Arg: ArgName, Stack: "level fromlist -- module", Doc: "__import__(co_names[oparg], globals, locals, fromlist, level)."},
	{Name: "IMPORT_FROM", Arg: ArgName, Stack: "module -- module attr", Doc: "Loads attribute co_names[oparg] from module, importing a submodule if needed."},
	{Name: "IMPORT_STAR", Stack: "module --", Doc: "from module import *."},

	// Strings.
	{Name: "FORMAT_VALUE", Arg: ArgFlags, Stack: "value spec[oparg>>2&1] -- str", Doc: "f-string field: conversion oparg&3 (0 none, 1 str, 2 repr, 3 ascii), format spec on the stack if oparg&4."},

	// Control flow.
	{Name: "JUMP_FORWARD", Arg: ArgJump, Stack: "--", Flags: Jump | Uncond, Doc: "Jumps forward oparg words."},
	{Name: "JUMP_BACKWARD", Arg: ArgJump, Stack: "--", Flags: Jump | Backward | Uncond, Doc: "Jumps back oparg words: a loop back-edge; polls interrupts and counts for the JIT."},
	{Name: "JUMP_BACKWARD_NO_INTERRUPT", Arg: ArgJump, Stack: "--", Flags: Jump | Backward | Uncond | NoInterrupt, Doc: "Jumps back without polling (yield from/await loops)."},
	{Name: "POP_JUMP_IF_FALSE", Arg: ArgJump, Stack: "cond --", Flags: Jump, Doc: "Pops cond; jumps forward if it is false."},
	{Name: "POP_JUMP_IF_TRUE", Arg: ArgJump, Stack: "cond --", Flags: Jump, Doc: "Pops cond; jumps forward if it is true."},
	{Name: "POP_JUMP_IF_NONE", Arg: ArgJump, Stack: "value --", Flags: Jump, Doc: "Pops value; jumps forward if it is None."},
	{Name: "POP_JUMP_IF_NOT_NONE", Arg: ArgJump, Stack: "value --", Flags: Jump, Doc: "Pops value; jumps forward if it is not None."},
	{Name: "JUMP_IF_FALSE_OR_POP", Arg: ArgJump, Stack: "cond --", JumpStack: "cond -- cond", Flags: Jump, Doc: "If cond is false jumps forward keeping it, else pops it (and)."},
	{Name: "JUMP_IF_TRUE_OR_POP", Arg: ArgJump, Stack: "cond --", JumpStack: "cond -- cond", Flags: Jump, Doc: "If cond is true jumps forward keeping it, else pops it (or)."},
	{Name: "GET_ITER", Stack: "iterable -- iter", Doc: "iter(iterable)."},
	{Name: "FOR_ITER", Arg: ArgJump, Stack: "iter -- iter next", JumpStack: "iter --", Cache: 1, Flags: Jump, Doc: "Pushes next(iter); when exhausted pops iter and jumps forward."},

	// Generators and coroutines.
	{Name: "GET_YIELD_FROM_ITER", Stack: "iterable -- iter", Doc: "iter() for yield from; keeps generators and coroutines."},
	{Name: "YIELD_VALUE", Stack: "value -- sent", Doc: "Suspends the frame, yielding value; resumes with the sent value."},
	{Name: "SEND", Arg: ArgJump, Stack: "receiver value -- receiver yielded", JumpStack: "receiver value -- result", Flags: Jump, Doc: "Sends value into receiver (yield from/await); when it returns, pushes the result and jumps forward."},
	{Name: "GET_AWAITABLE", Arg: ArgInt, Stack: "iterable -- iter", Doc: "The awaitable's iterator (__await__); oparg tells where for error messages."},
	{Name: "GET_AITER", Stack: "aiterable -- aiter", Doc: "aiterable.__aiter__()."},
	{Name: "GET_ANEXT", Stack: "aiter -- aiter awaitable", Doc: "Awaitable of aiter.__anext__()."},
	{Name: "END_ASYNC_FOR", Stack: "aiter exc --", Doc: "Ends an async for on StopAsyncIteration, else re-raises."},
	{Name: "ASYNC_GEN_WRAP", Stack: "value -- wrapped", Doc: "Wraps a value yielded by an async generator."},

	// Exceptions.
	{Name: "RAISE_VARARGS", Arg: ArgInt, Stack: "args[oparg] --", Flags: Uncond, Doc: "raise (0), raise exc (1), raise exc from cause (2)."},
	{Name: "RERAISE", Arg: ArgInt, Stack: "values[oparg] exc -- values[oparg]", Flags: Uncond, Doc: "Re-raises exc; if oparg, restores f_lasti from the value below it."},
	{Name: "PUSH_EXC_INFO", Stack: "exc -- prev_exc exc", Doc: "Handler entry: saves the current exception and makes exc current."},
	{Name: "POP_EXCEPT", Stack: "prev_exc --", Doc: "Handler exit: restores the previous current exception."},
	{Name: "CHECK_EXC_MATCH", Stack: "exc type -- exc match", Doc: "Pushes whether exc matches type (an except clause)."},
	{Name: "CHECK_EG_MATCH", Stack: "eg type -- rest match", Doc: "except*: splits the exception group by type."},
	{Name: "PREP_RERAISE_STAR", Stack: "orig list -- exc", Doc: "except*: combines raised and unhandled exceptions into what to re-raise."},
	{Name: "LOAD_ASSERTION_ERROR", Stack: "-- exc_type", Doc: "Pushes AssertionError."},
	{Name: "BEFORE_WITH", Stack: "mgr -- exit res", Doc: "with: pushes the bound __exit__ and the result of __enter__()."},
	{Name: "BEFORE_ASYNC_WITH", Stack: "mgr -- exit awaitable", Doc: "async with: pushes the bound __aexit__ and the awaitable of __aenter__()."},
	{Name: "WITH_EXCEPT_START", Stack: "exit lasti prev_exc exc -- exit lasti prev_exc exc res", Doc: "Calls exit(type, exc, tb) for the exception being handled."},

	// Pattern matching.
	{Name: "GET_LEN", Stack: "obj -- obj len", Doc: "Pushes len(obj)."},
	{Name: "MATCH_MAPPING", Stack: "subject -- subject res", Doc: "Pushes whether subject is a mapping (collections.abc.Mapping)."},
	{Name: "MATCH_SEQUENCE", Stack: "subject -- subject res", Doc: "Pushes whether subject is a sequence for matching purposes."},
	{Name: "MATCH_KEYS", Stack: "subject keys -- subject keys values_or_none", Doc: "Pushes the tuple of subject[k] for the keys, or None if one is missing."},
	{Name: "MATCH_CLASS", Arg: ArgInt, Stack: "subject type names -- attrs_or_none", Doc: "Matches a class pattern with oparg positional sub-patterns; pushes the attribute tuple or None."},

	// Pseudo-instructions: the compiler's, replaced before a code object exists.
	{Name: "SETUP_FINALLY", Arg: ArgJump, Stack: "--", JumpStack: "-- exc", Flags: Jump | Pseudo, Doc: "Opens a try block whose handler gets the exception."},
	{Name: "SETUP_CLEANUP", Arg: ArgJump, Stack: "--", JumpStack: "-- lasti exc", Flags: Jump | Pseudo, Doc: "Opens a cleanup block whose handler also gets lasti."},
	{Name: "SETUP_WITH", Arg: ArgJump, Stack: "--", JumpStack: "unused -- lasti exc", Flags: Jump | Pseudo, Doc: "Opens a with block (the handler replaces the __enter__ result)."},
	{Name: "POP_BLOCK", Stack: "--", Flags: Pseudo, Doc: "Closes the innermost block."},
	{Name: "JUMP", Arg: ArgJump, Stack: "--", Flags: Jump | Uncond | Pseudo, Doc: "Unconditional jump: becomes JUMP_FORWARD or JUMP_BACKWARD."},
	{Name: "JUMP_NO_INTERRUPT", Arg: ArgJump, Stack: "--", Flags: Jump | Uncond | Pseudo | NoInterrupt, Doc: "Becomes JUMP_FORWARD or JUMP_BACKWARD_NO_INTERRUPT."},
}
