#!/usr/bin/env bash
# The whole test suite: formatting, vet, unit and differential tests, short
# fuzz runs. This is the README's test command; .ci/run calls it.
set -euo pipefail
cd "$(dirname "$0")/.."

echo "== gofmt"
unformatted=$(gofmt -l .)
if [ -n "$unformatted" ]; then
	echo "gofmt would change:"; echo "$unformatted"; exit 1
fi

echo "== go vet"
go vet ./...

echo "== go test"
go test -timeout 20m ./...

# The arm64 JIT backend's generated code, executed under qemu-user.
echo "== go test (arm64 under qemu) ./jit/..."
./scripts/test-arm64.sh

# Short fuzz runs: each target gets a few seconds of new inputs on top of its
# seed corpus (FUZZTIME overrides, e.g. FUZZTIME=5m for a longer local run).
fuzztime=${FUZZTIME:-15s}
for target in $(grep -rl --include='*_test.go' '^func Fuzz' . | xargs -r dirname | sort -u); do
	# Only the package's own files: a subdirectory is another package.
	for fn in $(grep -ho '^func Fuzz[A-Za-z0-9_]*' "$target"/*_test.go | sed 's/^func //' | sort -u); do
		echo "== fuzz $target $fn ($fuzztime)"
		go test -run='^$' -fuzz="^$fn\$" -fuzztime="$fuzztime" "$target"
	done
done
echo "== all tests passed"
