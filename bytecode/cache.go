package bytecode

// This file is the compiled-code cache, pyjit's __pycache__/*.pyc: the code
// of a module is stored beside its source and reused while the source's
// size and modification time are unchanged.
//
// A cache file is a fixed header followed by Marshal's encoding of the code
// (all integers little-endian):
//
//	offset  size  field
//	0       8     magic "PYJITPYC"
//	8       4     cacheFormat
//	12      8     hash of the opcode table (opTableHash)
//	20      8     source size in bytes
//	28      8     source modification time, Unix nanoseconds
//	36      8     payload length
//	44      8     CRC-64 (ECMA) of bytes 0..44 and the payload
//	52            payload
//
// The opcode-table hash changes whenever an opcode is added, removed,
// renumbered or changes its argument kind, stack picture, cache size or
// flags, so caches written by another instruction set are ignored without
// anyone remembering to bump cacheFormat. A cache file is never trusted:
// anything unexpected makes LoadCache report a miss.

import (
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc64"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/pyjit/pyjit/bytecode/opdef"
)

// CacheTag names cache files, as CPython's sys.implementation.cache_tag
// ("cpython-311"): __pycache__/NAME.pyjit-0.pyc. Change its number when
// old caches should not even be looked at; the header guards the rest.
const CacheTag = "pyjit-0"

// cacheFormat is the header's format version: bump it when the header or
// the Marshal format changes.
const cacheFormat = 1

const (
	cacheHeaderSize = 52
	// maxCacheSize bounds what LoadCache reads, so a huge file in
	// __pycache__ cannot exhaust memory.
	maxCacheSize = 1 << 30
)

var cacheMagic = [8]byte{'P', 'Y', 'J', 'I', 'T', 'P', 'Y', 'C'}

var crcTable = crc64.MakeTable(crc64.ECMA)

// opTableHash fingerprints everything in opdef.Table that compiled code
// depends on.
var opTableHash = hashOpTable(opdef.Table)

func hashOpTable(table []opdef.Op) uint64 {
	h := sha256.New()
	for i, op := range table {
		fmt.Fprintf(h, "%d\x00%s\x00%d\x00%s\x00%s\x00%d\x00%d\n",
			i, op.Name, op.Arg, op.Stack, op.JumpStack, op.Cache, op.Flags)
	}
	return binary.LittleEndian.Uint64(h.Sum(nil))
}

// CachePath returns the cache file path for a source file path.
//
// It follows CPython's importlib.util.cache_from_source: the directory
// part is kept as written, and the last extension of the file name is
// replaced by CacheTag and ".pyc" ("a/m.py" -> "a/__pycache__/m.pyjit-0.pyc").
func CachePath(sourcePath string) string {
	head, tail := filepath.Split(sourcePath)
	name := CacheTag + ".pyc"
	if i := strings.LastIndexByte(tail, '.'); i < 0 {
		// CPython pastes the tag onto a name without a dot.
		name = tail + name
	} else if i == 0 {
		name = tail[1:] + "." + name
	} else {
		name = tail[:i] + "." + name
	}
	return head + "__pycache__" + string(filepath.Separator) + name
}

// cacheHeader returns the header for a payload.
func cacheHeader(srcSize int64, srcMtime time.Time, payload []byte) []byte {
	h := make([]byte, 0, cacheHeaderSize)
	h = append(h, cacheMagic[:]...)
	h = binary.LittleEndian.AppendUint32(h, cacheFormat)
	h = binary.LittleEndian.AppendUint64(h, opTableHash)
	h = binary.LittleEndian.AppendUint64(h, uint64(srcSize))
	h = binary.LittleEndian.AppendUint64(h, uint64(srcMtime.UnixNano()))
	h = binary.LittleEndian.AppendUint64(h, uint64(len(payload)))
	crc := crc64.Update(crc64.Checksum(h, crcTable), crcTable, payload)
	return binary.LittleEndian.AppendUint64(h, crc)
}

// LoadCache returns the cached code for sourcePath if a valid, current cache file exists;
// any unreadable, truncated, stale, corrupt or mismatched file is ignored (ok=false), never trusted.
func LoadCache(sourcePath string, srcSize int64, srcMtime time.Time) (code *Code, ok bool) {
	data, err := readCacheFile(CachePath(sourcePath))
	if err != nil || len(data) < cacheHeaderSize {
		return nil, false
	}
	payload := data[cacheHeaderSize:]
	// The expected header is rebuilt from what the caller knows and the
	// payload as read; any difference in any field (the checksum included)
	// means the file is stale or damaged.
	if !bytes.Equal(data[:cacheHeaderSize], cacheHeader(srcSize, srcMtime, payload)) {
		return nil, false
	}
	code, err = Unmarshal(payload)
	if err != nil {
		return nil, false
	}
	return code, true
}

// readCacheFile reads a regular file of bounded size.
func readCacheFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, errors.New("not a regular file")
	}
	if st.Size() > maxCacheSize {
		return nil, errors.New("cache file too large")
	}
	// Reading one byte more than the size detects a file that grew since
	// Stat; LoadCache then rejects the size mismatch.
	return io.ReadAll(io.LimitReader(f, st.Size()+1))
}

// StoreCache writes the cache atomically (temp file + rename in __pycache__, created if needed);
// errors (read-only directory, ...) are returned but callers ignore them: never fatal.
func StoreCache(sourcePath string, srcSize int64, srcMtime time.Time, code *Code) error {
	if code == nil {
		return errors.New("bytecode: StoreCache of a nil code object")
	}
	path := CachePath(sourcePath)
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	payload := Marshal(code)
	// The temporary file lives in the same directory so that the rename is
	// atomic: a concurrent reader sees the old file or the new one, and
	// concurrent writers each rename a complete file of their own.
	tmp, err := os.CreateTemp(dir, filepath.Base(path)+".*.tmp")
	if err != nil {
		return err
	}
	tmpName := tmp.Name()
	_, err = tmp.Write(cacheHeader(srcSize, srcMtime, payload))
	if err == nil {
		_, err = tmp.Write(payload)
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		// CreateTemp makes the file private; caches are as readable as
		// the sources they come from.
		err = os.Chmod(tmpName, 0o644)
	}
	if err == nil {
		err = os.Rename(tmpName, path)
	}
	if err != nil {
		os.Remove(tmpName)
		return err
	}
	return nil
}
