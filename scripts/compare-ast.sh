#!/usr/bin/env bash
# Compares pyjit's parser with CPython's ast.parse on every .py file below
# the given directories (default: the installed standard library, which
# includes CPython's test suite when Debian's libpython3.11-testsuite is
# installed) and prints "N identical, M different, K rejected by both".
# A file both reject counts only if the exception type and line agree.
#   scripts/compare-ast.sh [DIR ...]
set -euo pipefail
cd "$(dirname "$0")/.."
dirs=("$@")
[ ${#dirs[@]} -gt 0 ] || dirs=(/usr/lib/python3.11)
for d in "${dirs[@]}"; do
	echo "== $d"
	PYJIT_AST_DIRS="$d" go test -count=1 -run 'TestStdlibAST$' -v ./frontend/parser |
		grep -E 'identical|different:|^(--- )?FAIL|^ok' | sed 's/^ *stdlib_test.go:[0-9]*: //'
done
