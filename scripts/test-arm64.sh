#!/bin/sh
# Runs the JIT packages' tests as arm64 binaries under qemu-user, so the
# arm64 backend's generated code is executed on any Linux host.
# binfmt_misc is not assumed: the emulator is passed with -exec.
# Usage: scripts/test-arm64.sh [go test flags...]
set -eu
cd "$(dirname "$0")/.."

if ! command -v qemu-aarch64-static >/dev/null 2>&1; then
	echo "installing qemu-user-static" >&2
	if [ "$(id -u)" -eq 0 ]; then SUDO=; else SUDO=sudo; fi
	$SUDO apt-get update -qq
	$SUDO apt-get install -y -qq qemu-user-static
fi

GOARCH=arm64 go vet ./jit/...
GOARCH=arm64 exec go test -exec qemu-aarch64-static "$@" ./jit/...
