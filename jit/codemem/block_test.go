//go:build linux

package codemem

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"runtime/debug"
	"strings"
	"sync"
	"testing"
)

// perms returns the permission field ("rw-p", "r-xp", ...) of the mapping
// in /proc/self/maps that contains addr, or "" when nothing maps it.
func perms(t *testing.T, addr uintptr) string {
	t.Helper()
	f, err := os.Open("/proc/self/maps")
	if err != nil {
		t.Skipf("no /proc/self/maps: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		var lo, hi uintptr
		var p string
		if _, err := fmt.Sscanf(sc.Text(), "%x-%x %s", &lo, &hi, &p); err == nil && lo <= addr && addr < hi {
			return p
		}
	}
	return ""
}

func TestWXorX(t *testing.T) {
	b, err := Alloc(100)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Free()
	if b.Cap() != os.Getpagesize() || b.Len() != 0 {
		t.Errorf("Cap %d Len %d", b.Cap(), b.Len())
	}
	addr := b.Addr()
	if p := perms(t, addr); p != "rw-p" {
		t.Fatalf("before Seal: %q, want rw-p (writable, not executable)", p)
	}
	if err := b.Write([]byte{0xc3, 0x90}); err != nil {
		t.Fatal(err)
	}
	if err := b.Write([]byte{0xcc}); err != nil {
		t.Fatal(err)
	}
	if got := b.Bytes(); string(got) != "\xc3\x90\xcc" {
		t.Fatalf("Bytes %x", got)
	}
	if b.Enter() {
		t.Error("Enter succeeded before Seal")
	}
	if err := b.Seal(); err != nil {
		t.Fatal(err)
	}
	if p := perms(t, addr); p != "r-xp" {
		t.Fatalf("after Seal: %q, want r-xp (executable, not writable)", p)
	}
	if err := b.Write([]byte{1}); !errors.Is(err, ErrSealed) {
		t.Errorf("Write after Seal: %v", err)
	}
	if err := b.Seal(); err != nil {
		t.Errorf("second Seal: %v", err)
	}
	// Writing through the alias must fault now.
	if !faults(b.Bytes()) {
		t.Error("store into sealed code did not fault")
	}
	if string(b.Bytes()) != "\xc3\x90\xcc" {
		t.Error("sealed code changed")
	}
	b.Free()
	if p := perms(t, addr); p == "r-xp" {
		t.Errorf("after Free the code is still mapped (%s)", p)
	}
	if b.Bytes() != nil || b.Addr() != 0 || !b.Freed() {
		t.Error("freed block still exposes its memory")
	}
	if err := b.Write([]byte{1}); !errors.Is(err, ErrFreed) {
		t.Errorf("Write after Free: %v", err)
	}
	if err := b.Seal(); !errors.Is(err, ErrFreed) {
		t.Errorf("Seal after Free: %v", err)
	}
}

// faults reports whether storing into mem faults, using SetPanicOnFault
// to turn the SIGSEGV into a recoverable panic.
func faults(mem []byte) (faulted bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if recover() != nil {
			faulted = true
		}
	}()
	mem[0] = 0x90
	return false
}

func TestAllocErrors(t *testing.T) {
	for _, n := range []int{0, -1, int(^uint(0) >> 1)} {
		if b, err := Alloc(n); err == nil {
			b.Free()
			t.Errorf("Alloc(%d) succeeded", n)
		}
	}
	b, err := Alloc(10)
	if err != nil {
		t.Fatal(err)
	}
	defer b.Free()
	if err := b.Write(make([]byte, b.Cap()+1)); !errors.Is(err, ErrNoSpace) {
		t.Errorf("oversized Write: %v", err)
	}
	if err := b.Write(make([]byte, b.Cap())); err != nil {
		t.Errorf("full-size Write: %v", err)
	}
}

func TestLifetime(t *testing.T) {
	b, err := Alloc(1)
	if err != nil {
		t.Fatal(err)
	}
	if err := b.Seal(); err != nil {
		t.Fatal(err)
	}
	if !b.Enter() || !b.Enter() {
		t.Fatal("Enter failed on a sealed block")
	}
	b.Free()
	if b.Enter() {
		t.Error("Enter succeeded after Free")
	}
	if b.Freed() || perms(t, b.Addr()) != "r-xp" {
		t.Fatal("unmapped while goroutines are inside")
	}
	b.Leave()
	if b.Freed() || b.Users() != 1 {
		t.Fatal("unmapped before the last Leave")
	}
	b.Leave()
	if !b.Freed() || b.Users() != 0 {
		t.Fatal("last Leave after Free did not unmap")
	}
	b.Leave() // unbalanced: must not corrupt the state
	b.Free()
	if !b.Freed() || b.Users() != 0 {
		t.Error("state corrupted by unbalanced Leave")
	}
}

// TestLifetimeConcurrent races Enter/Leave against Free (run with -race):
// the pages must be unmapped exactly once, only after every successful
// Enter has left, and must stay mapped while anyone is inside.
func TestLifetimeConcurrent(t *testing.T) {
	for round := 0; round < 50; round++ {
		b, err := Alloc(1)
		if err != nil {
			t.Fatal(err)
		}
		if err := b.Write([]byte{0xc3}); err != nil {
			t.Fatal(err)
		}
		if err := b.Seal(); err != nil {
			t.Fatal(err)
		}
		var wg sync.WaitGroup
		for g := 0; g < 4; g++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for k := 0; k < 200; k++ {
					if !b.Enter() {
						return
					}
					if b.Freed() {
						t.Error("inside an unmapped block")
					}
					b.Leave()
				}
			}()
		}
		if round%2 == 0 {
			b.Free()
		}
		wg.Wait()
		b.Free()
		if !b.Freed() {
			t.Fatal("block not unmapped after all users left")
		}
	}
}

func TestMapsParser(t *testing.T) {
	// The test helper itself must find a known mapping: this function's
	// code is mapped r-x.
	if p := perms(t, uintptr(0)); p != "" {
		t.Errorf("address 0 mapped as %q", p)
	}
	if !strings.HasPrefix(perms(t, funcAddr()), "r-x") {
		t.Errorf("text segment not r-x: %q", perms(t, funcAddr()))
	}
}
