#!/bin/sh
# Runs the JIT packages' tests as arm64 binaries under qemu-user, so the
# arm64 backend's generated code is executed on any Linux host: encoder and
# trace-compiler golden tests, execution tests of compiled traces (guards,
# overflow, NaN compares, GC liveness with the back-edge poll), and the
# jit_*.py differential programs with every loop compiled at its first (and
# fifth) back-edge. binfmt_misc is not assumed: the emulator is passed with
# -exec. The full run (the whole corpus with the JIT on, and ./interp/...)
# takes far longer; the README's Tests section gives its command.
# Usage: scripts/test-arm64.sh [go test flags...]
set -eu
cd "$(dirname "$0")/.."

if ! command -v qemu-aarch64-static >/dev/null 2>&1; then
	echo "installing qemu-user-static" >&2
	if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi
	$SUDO apt-get update -qq
	$SUDO apt-get install -y -qq qemu-user-static
fi

# Tests that fix the str hash key re-execute themselves with
# PYTHONHASHSEED=0, which a binary under qemu-user cannot: set it here.
export PYTHONHASHSEED=0

# The whole module must keep building (and vetting) for linux/arm64.
GOARCH=arm64 go vet ./...
GOARCH=arm64 exec go test -exec qemu-aarch64-static "$@" ./jit/...
