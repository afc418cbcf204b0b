package bytecode

import (
	"encoding/binary"
	"fmt"
	"hash/crc64"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/pyjit/pyjit/bytecode/opdef"
)

func TestCachePathMatchesCPython(t *testing.T) {
	py := oracle(t)
	// "/b.py" is left out: CPython drops the root there (a quirk of its
	// path splitting); pyjit keeps it.
	paths := []string{"/a/foo.py", "/a/foo", "/a/.bashrc", "/a/a.b.py", "/a/foo.pyw", "rel.py",
		"x/", "a/./b.py", "..x", "x.", "/a/b/", "/a//b.py", "dir.d/mod"}
	script := "import importlib.util as u, sys\nfor p in sys.argv[1:]: print(u.cache_from_source(p))"
	out, err := exec.Command(py, append([]string{"-c", script}, paths...)...).Output()
	if err != nil {
		t.Fatal(err)
	}
	want := strings.Split(strings.TrimSuffix(string(out), "\n"), "\n")
	for i, p := range paths {
		w := strings.ReplaceAll(want[i], "cpython-311", CacheTag)
		if got := CachePath(p); filepath.Clean(got) != filepath.Clean(w) {
			t.Errorf("CachePath(%q) = %q, CPython's is %q", p, got, w)
		}
	}
	if got, want := CachePath("/a/m.py"), "/a/__pycache__/m.pyjit-0.pyc"; got != want {
		t.Errorf("got %q want %q", got, want)
	}
}

// cacheSetup returns a source path in a fresh directory.
func cacheSetup(t *testing.T) string {
	return filepath.Join(t.TempDir(), "mod.py")
}

var testMtime = time.Unix(1700000000, 123456789)

func mustStore(t *testing.T, src string, c *Code) {
	t.Helper()
	if err := StoreCache(src, 100, testMtime, c); err != nil {
		t.Fatal(err)
	}
}

func TestCacheRoundTrip(t *testing.T) {
	src := cacheSetup(t)
	if _, ok := LoadCache(src, 100, testMtime); ok {
		t.Fatal("hit before any store")
	}
	c := sampleCode()
	mustStore(t, src, c)
	got, ok := LoadCache(src, 100, testMtime)
	if !ok {
		t.Fatal("miss after store")
	}
	if d := codeDiff(c, got); d != "" {
		t.Fatalf("cached code differs in %s", d)
	}
	st, err := os.Stat(CachePath(src))
	if err != nil {
		t.Fatal(err)
	}
	if st.Mode().Perm() != 0o644 {
		t.Errorf("mode %v", st.Mode())
	}
	// Overwriting works, and no temporary files are left behind.
	c.Name = "other"
	mustStore(t, src, c)
	if got, ok := LoadCache(src, 100, testMtime); !ok || got.Name != "other" {
		t.Error("overwrite not seen")
	}
	entries, _ := os.ReadDir(filepath.Dir(CachePath(src)))
	if len(entries) != 1 {
		t.Errorf("__pycache__ holds %d files", len(entries))
	}
}

func TestCacheStale(t *testing.T) {
	src := cacheSetup(t)
	mustStore(t, src, sampleCode())
	if _, ok := LoadCache(src, 101, testMtime); ok {
		t.Error("hit with another size")
	}
	if _, ok := LoadCache(src, 100, testMtime.Add(time.Nanosecond)); ok {
		t.Error("hit with an mtime 1ns later")
	}
	if _, ok := LoadCache(src, 100, testMtime.Add(-time.Second)); ok {
		t.Error("hit with an older mtime")
	}
	if _, ok := LoadCache(filepath.Join(filepath.Dir(src), "other.py"), 100, testMtime); ok {
		t.Error("hit for another module")
	}
}

func TestCacheDamagedFiles(t *testing.T) {
	src := cacheSetup(t)
	mustStore(t, src, sampleCode())
	path := CachePath(src)
	good, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	try := func(what string, data []byte) {
		t.Helper()
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		if _, ok := LoadCache(src, 100, testMtime); ok {
			t.Errorf("%s: accepted", what)
		}
	}
	try("empty file", nil)
	for _, n := range []int{1, 8, cacheHeaderSize - 1, cacheHeaderSize, cacheHeaderSize + 1, len(good) - 1} {
		try(fmt.Sprintf("truncated to %d", n), good[:n])
	}
	try("extra byte", append(append([]byte(nil), good...), 0))
	for i := range good {
		bad := append([]byte(nil), good...)
		bad[i] ^= 0x10
		try(fmt.Sprintf("byte %d flipped", i), bad)
	}

	// Headers that are consistent (good checksum) but from another
	// format, instruction set or program.
	resign := func(edit func(h []byte)) []byte {
		b := append([]byte(nil), good...)
		edit(b)
		crc := crc64.Update(crc64.Checksum(b[:44], crcTable), crcTable, b[cacheHeaderSize:])
		binary.LittleEndian.PutUint64(b[44:], crc)
		return b
	}
	try("wrong magic", resign(func(h []byte) { copy(h, "CPYTHON!") }))
	try("wrong format", resign(func(h []byte) { binary.LittleEndian.PutUint32(h[8:], cacheFormat+1) }))
	try("wrong opcode table", resign(func(h []byte) { binary.LittleEndian.PutUint64(h[12:], opTableHash^1) }))
	try("huge payload length", resign(func(h []byte) { binary.LittleEndian.PutUint64(h[36:], 1<<62) }))
	// A well-signed file whose payload is not a code object.
	try("bad payload", resign(func(h []byte) { h[cacheHeaderSize] = 99 }))

	// The resigning itself is right: an unedited file still loads.
	if err := os.WriteFile(path, resign(func([]byte) {}), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, ok := LoadCache(src, 100, testMtime); !ok {
		t.Error("resigned good file rejected")
	}
}

func TestOpTableHashSeesChanges(t *testing.T) {
	table := append([]opdef.Op(nil), opdef.Table...)
	base := hashOpTable(table)
	if base != opTableHash {
		t.Fatal("hash is not deterministic")
	}
	table[5].Stack = "-- null null"
	if hashOpTable(table) == base {
		t.Error("stack picture change not seen")
	}
	table = append([]opdef.Op(nil), opdef.Table...)
	table[0], table[1] = table[1], table[0]
	if hashOpTable(table) == base {
		t.Error("renumbering not seen")
	}
	if hashOpTable(append(table[:len(table):len(table)], opdef.Op{Name: "NEW"})) == base {
		t.Error("new opcode not seen")
	}
}

func TestCacheDirectoryInTheWay(t *testing.T) {
	src := cacheSetup(t)
	if err := os.MkdirAll(CachePath(src), 0o755); err != nil {
		t.Fatal(err)
	}
	if _, ok := LoadCache(src, 100, testMtime); ok {
		t.Error("directory loaded as a cache")
	}
	if err := StoreCache(src, 100, testMtime, sampleCode()); err == nil {
		t.Error("store over a directory succeeded")
	}
	entries, _ := os.ReadDir(filepath.Dir(CachePath(src)))
	if len(entries) != 1 {
		t.Errorf("temporary file left behind: %d entries", len(entries))
	}
}

func TestCachePycacheIsAFile(t *testing.T) {
	src := cacheSetup(t)
	if err := os.WriteFile(filepath.Join(filepath.Dir(src), "__pycache__"), nil, 0o644); err != nil {
		t.Fatal(err)
	}
	if err := StoreCache(src, 100, testMtime, sampleCode()); err == nil {
		t.Error("store succeeded with __pycache__ a file")
	}
	if _, ok := LoadCache(src, 100, testMtime); ok {
		t.Error("hit")
	}
}

func TestCacheReadOnlyDirectory(t *testing.T) {
	src := cacheSetup(t)
	mustStore(t, src, sampleCode())
	pycache := filepath.Dir(CachePath(src))
	if err := os.Chmod(pycache, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(pycache, 0o755)
	if _, ok := LoadCache(src, 100, testMtime); !ok {
		t.Error("cannot load from a read-only directory")
	}
	// A process that ignores permissions (root) can still write.
	if f, err := os.CreateTemp(pycache, "probe"); err == nil {
		f.Close()
		os.Remove(f.Name())
		t.Skip("running with permission to write read-only directories")
	}
	if err := StoreCache(src, 200, testMtime, sampleCode()); err == nil {
		t.Error("store into a read-only directory succeeded")
	}
	if _, ok := LoadCache(src, 100, testMtime); !ok {
		t.Error("failed store damaged the existing cache")
	}
	if err := StoreCache(filepath.Join(pycache, "sub", "m.py"), 1, testMtime, sampleCode()); err == nil {
		t.Error("store below a read-only directory succeeded")
	}
}

func TestCacheStoreNil(t *testing.T) {
	if err := StoreCache(cacheSetup(t), 1, testMtime, nil); err == nil {
		t.Error("nil code stored")
	}
}

// TestCacheConcurrentWriters races writers of different code objects with
// readers: every load must give one complete code object.
func TestCacheConcurrentWriters(t *testing.T) {
	src := cacheSetup(t)
	const writers, rounds = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, writers*rounds*2)
	for w := range writers {
		wg.Add(2)
		go func() {
			defer wg.Done()
			c := sampleCode()
			c.Name = fmt.Sprint("writer", w)
			// Different sizes make torn files detectable.
			c.Names = make([]string, w*50)
			for i := range c.Names {
				c.Names[i] = fmt.Sprint("n", w, "_", i)
			}
			for range rounds {
				if err := StoreCache(src, 100, testMtime, c); err != nil {
					errs <- err
				}
			}
		}()
		go func() {
			defer wg.Done()
			for range rounds {
				if got, ok := LoadCache(src, 100, testMtime); ok {
					var n int
					if _, err := fmt.Sscanf(got.Name, "writer%d", &n); err != nil || len(got.Names) != n*50 {
						errs <- fmt.Errorf("torn cache: %q with %d names", got.Name, len(got.Names))
					}
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if _, ok := LoadCache(src, 100, testMtime); !ok {
		t.Error("no valid cache after the race")
	}
	entries, _ := os.ReadDir(filepath.Dir(CachePath(src)))
	if len(entries) != 1 {
		t.Errorf("__pycache__ holds %d files", len(entries))
	}
}
