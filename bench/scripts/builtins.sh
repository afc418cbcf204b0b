#!/usr/bin/env bash
# Builtin-type micro-benchmarks (issue "Builtin types and functions"):
# bench/scripts/builtins.py under pyjit and python3.11, alternating the two
# interpreters ROUNDS times; for each case the best time of each and the
# ratio python3.11 / pyjit (above 1: pyjit is faster).
#
#   bench/scripts/builtins.sh [PYJIT] [ROUNDS]    (defaults: a fresh build, 3)
set -euo pipefail
cd "$(dirname "$0")/../.."
pyjit=${1:-}
rounds=${2:-3}
if [ -z "$pyjit" ]; then
	pyjit=$(mktemp -d)/pyjit
	go build -o "$pyjit" ./cmd/pyjit
fi
python=/usr/bin/python3.11
out=$(mktemp -d)
for ((r = 0; r < rounds; r++)); do
	"$pyjit" bench/scripts/builtins.py >>"$out/pyjit"
	"$python" bench/scripts/builtins.py >>"$out/python"
done
# best of all rounds per case, then the table
best() { awk '{ if (!($1 in b) || $2 < b[$1]) b[$1] = $2 } END { for (k in b) print k, b[k] }' "$1" | sort; }
join <(best "$out/pyjit") <(best "$out/python") |
	awk 'BEGIN { printf "%-22s %12s %12s %8s\n", "case (best, ms)", "pyjit", "python3.11", "ratio" }
	     { printf "%-22s %12.3f %12.3f %8.2fx\n", $1, $2 * 1000, $3 * 1000, $3 / $2; g += log($3 / $2); n++ }
	     END { printf "%-22s %12s %12s %8.2fx\n", "geometric mean", "", "", exp(g / n) }'
rm -rf "$out"
