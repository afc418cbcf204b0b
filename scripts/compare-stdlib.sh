#!/usr/bin/env bash
# Compares pyjit's front end and compiler with CPython on every .py file
# below the given directories (default: the installed standard library,
# which includes CPython's test suite when Debian's libpython3.11-testsuite
# is installed):
#   - parsing: pyjit's AST against ast.parse, printing
#     "N identical, M different, K rejected by both" (a file both reject
#     counts only if the exception type and line agree);
#   - compiling: "N compiled, M failed" and, per code object, how many of
#     co_name, co_qualname, co_varnames, co_consts, co_lines, ... are
#     identical to python3.11's.
#   scripts/compare-stdlib.sh [DIR ...]
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(/usr/lib/python3.11)
for d in "${dirs[@]}"; do
	echo "== parse $d"
	PYJIT_STDLIB_DIRS="$d" go test -count=1 -run 'TestStdlibAST$' -v ./frontend/parser |
		grep -E 'identical|different:|^(--- )?FAIL|^ok' | sed 's/^ *[a-z_]*_test.go:[0-9]*: //'
	echo "== compile $d"
	PYJIT_STDLIB_DIRS="$d" go test -count=1 -run 'TestCompileStdlib$' -v ./bytecode/compiler |
		grep -E 'compiled|identical|differs|we fail|we compile|^(--- )?FAIL|^ok' | sed 's/^ *[a-z_]*_test.go:[0-9]*: //'
done
