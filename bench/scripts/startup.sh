#!/usr/bin/env bash
# Startup benchmark (issue "Import system and standard library"): the wall
# time of `-c pass` and of `-c "import re, json, collections"` under pyjit
# and python3.11, alternating the interpreters, median of N runs each.
#
#   bench/scripts/startup.sh [PYJIT] [N]     (defaults: a fresh build, 21)
#
# The first pyjit run fills the compiled-code cache; the medians show the
# cached case, which is what a user sees after the first run.
set -euo pipefail
cd "$(dirname "$0")/../.."
pyjit=${1:-}
n=${2:-21}
if [ -z "$pyjit" ]; then
	pyjit=$(mktemp -d)/pyjit
	go build -o "$pyjit" ./cmd/pyjit
fi
python=/usr/bin/python3.11

# ms CMD...: one run's wall time in milliseconds.
ms() {
	local t0 t1
	t0=$(date +%s%N)
	"$@" >/dev/null
	t1=$(date +%s%N)
	echo $(((t1 - t0) / 1000000))
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

printf '%-45s %10s %10s\n' "command (median of $n runs, ms)" pyjit python3.11
for code in "pass" "import re, json, collections"; do
	"$pyjit" -c "$code" # warm the compiled-code cache
	a=() b=()
	for ((i = 0; i < n; i++)); do
		a+=("$(ms "$pyjit" -c "$code")")
		b+=("$(ms "$python" -c "$code")")
	done
	printf '%-45s %10s %10s\n' "-c \"$code\"" \
		"$(printf '%s\n' "${a[@]}" | median)" "$(printf '%s\n' "${b[@]}" | median)"
done
