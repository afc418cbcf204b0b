package codemem

import (
	"errors"
	"fmt"
	"sync"
	"sync/atomic"
	"unsafe"
)

// Errors returned by Block methods.
var (
	ErrSealed  = errors.New("codemem: block is sealed (read-execute)")
	ErrFreed   = errors.New("codemem: block is freed")
	ErrNoSpace = errors.New("codemem: block is full")
	ErrSize    = errors.New("codemem: size must be positive")
)

// State bits of Block.state: the low bits count goroutines inside the code;
// retired is set by Free; unmapped is set exactly once, by whoever unmaps.
const (
	retired  = 1 << 62
	unmapped = 1 << 61
	userMask = unmapped - 1
)

// A Block is one mapping of code memory. Its methods are safe for
// concurrent use, but Write and Seal are meant for the single goroutine
// that compiles into it.
type Block struct {
	mu     sync.Mutex // guards mem, n, sealed during Write/Seal/unmap
	mem    []byte     // the whole mapping (page-rounded)
	n      int        // bytes written so far
	sealed bool
	state  atomic.Int64 // users | retired | unmapped
}

// Alloc maps a new read-write, non-executable Block of at least size bytes
// (rounded up to whole pages).
func Alloc(size int) (*Block, error) {
	if size <= 0 {
		return nil, ErrSize
	}
	page := pageSize()
	if size > int(^uint(0)>>2)-page {
		return nil, fmt.Errorf("codemem: size %d too large", size)
	}
	rounded := (size + page - 1) / page * page
	mem, err := mapRW(rounded)
	if err != nil {
		return nil, fmt.Errorf("codemem: mmap %d bytes: %w", rounded, err)
	}
	return &Block{mem: mem}, nil
}

// Write appends code at the write cursor. It fails once the Block is sealed
// or freed, or when code does not fit.
func (b *Block) Write(code []byte) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	switch {
	case b.mem == nil:
		return ErrFreed
	case b.sealed:
		return ErrSealed
	case len(code) > len(b.mem)-b.n:
		return ErrNoSpace
	}
	b.n += copy(b.mem[b.n:], code)
	return nil
}

// Bytes returns the bytes written so far. The slice aliases the mapping: it
// becomes read-only after Seal (writing through it then faults) and invalid
// after the Block is unmapped. Nil after Free.
func (b *Block) Bytes() []byte {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.mem == nil {
		return nil
	}
	return b.mem[:b.n:b.n]
}

// Len returns the number of bytes written.
func (b *Block) Len() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.n
}

// Cap returns the mapping's size in bytes.
func (b *Block) Cap() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.mem)
}

// Addr returns the address of the first byte of the mapping, the base for
// entry points (Addr()+offset). Zero after the Block is unmapped.
func (b *Block) Addr() uintptr {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.mem == nil {
		return 0
	}
	return uintptr(unsafe.Pointer(unsafe.SliceData(b.mem)))
}

// Sealed reports whether Seal has succeeded.
func (b *Block) Sealed() bool {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.sealed
}

// Seal makes the Block read-execute. On arm64 it first cleans the data cache
// and invalidates the instruction cache over the written bytes. After Seal
// the Block can no longer be written. Sealing twice is a no-op.
func (b *Block) Seal() error {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.mem == nil {
		return ErrFreed
	}
	if b.sealed {
		return nil
	}
	if b.n > 0 {
		flushICache(uintptr(unsafe.Pointer(unsafe.SliceData(b.mem))), uintptr(b.n))
	}
	if err := protectRX(b.mem); err != nil {
		return fmt.Errorf("codemem: mprotect: %w", err)
	}
	b.sealed = true
	syncCores()
	return nil
}

// Enter pins the Block before a call into its code. It returns false when
// the Block was freed (or never sealed); the caller must then not run the
// code. Every successful Enter must be matched by one Leave.
func (b *Block) Enter() bool {
	for {
		s := b.state.Load()
		if s&(retired|unmapped) != 0 {
			return false
		}
		if b.state.CompareAndSwap(s, s+1) {
			break
		}
	}
	// sealed only changes false->true under mu before the code is
	// published; checking after pinning keeps Enter on unsealed code false.
	if !b.Sealed() {
		b.Leave()
		return false
	}
	return true
}

// Leave unpins the Block after the call returned. The last Leave after Free
// unmaps the pages.
func (b *Block) Leave() {
	s := b.state.Add(-1)
	if s&userMask == userMask {
		// Unbalanced Leave: undo, so the count cannot wrap into the flags.
		b.state.Add(1)
		return
	}
	if s == retired {
		b.tryUnmap()
	}
}

// Free retires the Block: Enter fails from now on, and the pages are
// unmapped as soon as no goroutine is inside (immediately if none is).
// Calling Free more than once is harmless.
func (b *Block) Free() {
	for {
		s := b.state.Load()
		if s&retired != 0 {
			return
		}
		if b.state.CompareAndSwap(s, s|retired) {
			if s&userMask == 0 {
				b.tryUnmap()
			}
			return
		}
	}
}

// Users returns how many goroutines are currently inside the Block.
func (b *Block) Users() int { return int(b.state.Load() & userMask) }

// Freed reports whether the pages have been unmapped.
func (b *Block) Freed() bool { return b.state.Load()&unmapped != 0 }

// tryUnmap unmaps the pages if the state is exactly "retired, no users";
// the CAS makes sure only one caller does it.
func (b *Block) tryUnmap() {
	if !b.state.CompareAndSwap(retired, retired|unmapped) {
		return
	}
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.mem != nil {
		// An munmap failure leaks the pages; nothing executes them any more.
		_ = unmap(b.mem)
		b.mem = nil
		b.n = 0
	}
}
