package bz2

import (
	"bytes"
	"math/rand"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// inputs are the test inputs: empty, short, runs of every length around
// the run-length stage's limits, periodic blocks (equal rotations),
// text, random bytes, and inputs past one 100k block.
func inputs() map[string][]byte {
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 150000)
	rnd.Read(random)
	skewed := make([]byte, 120000)
	for i := range skewed {
		skewed[i] = byte(rnd.ExpFloat64() * 8)
	}
	text := []byte(strings.Repeat("The quick brown fox jumps over the lazy dog. ", 3000))
	var runs []byte
	for n := 1; n < 600; n += 7 {
		runs = append(runs, bytes.Repeat([]byte{byte(n)}, n)...)
	}
	return map[string][]byte{
		"empty": nil, "one": []byte("x"), "abc": []byte("abc"),
		"a4": []byte("aaaa"), "a5": []byte("aaaaa"), "a255": bytes.Repeat([]byte("a"), 255),
		"a1000": bytes.Repeat([]byte("a"), 1000), "ab": bytes.Repeat([]byte("ab"), 20000),
		"abc3": bytes.Repeat([]byte("abcab"), 3), "runs": runs, "text": text,
		"random": random, "skewed": skewed, "zeros": make([]byte, 250000),
	}
}

// TestCompressMatchesLibbz2 compares with python3.11's bz2 module
// (libbzip2) at several levels.
func TestCompressMatchesLibbz2(t *testing.T) {
	py := "/usr/bin/python3.11"
	if _, err := os.Stat(py); err != nil {
		t.Skip("no python3.11")
	}
	dir := t.TempDir()
	for name, data := range inputs() {
		f := dir + "/" + name
		if err := os.WriteFile(f, data, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, level := range []int{1, 9} {
			if level == 1 && len(data) < 1000 {
				continue
			}
			cmd := exec.Command(py, "-c", "import bz2,sys; sys.stdout.buffer.write(bz2.compress(open(sys.argv[1],'rb').read(), int(sys.argv[2])))", f, string(rune('0'+level)))
			want, err := cmd.Output()
			if err != nil {
				t.Fatal(err)
			}
			w := NewWriter(level)
			// Feed in uneven chunks: output must not depend on them.
			for i := 0; i < len(data); i += 7777 {
				w.Write(data[i:min(i+7777, len(data))])
			}
			w.Flush()
			got := w.Take()
			if !bytes.Equal(got, want) {
				t.Errorf("%s level %d: %d bytes, libbz2 %d bytes; first difference at %d", name, level, len(got), len(want), firstDiff(got, want))
			}
			var r Reader
			back, err := roundTrip(&r, want)
			if err != nil || !bytes.Equal(back, data) {
				t.Errorf("%s level %d: decompress: %v (%d bytes, want %d)", name, level, err, len(back), len(data))
			}
		}
	}
}

func firstDiff(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

// roundTrip feeds data in small pieces, decoding after each.
func roundTrip(r *Reader, data []byte) ([]byte, error) {
	var out []byte
	for i := 0; i < len(data); i += 1000 {
		r.Feed(data[i:min(i+1000, len(data))])
		var err error
		if out, err = r.Decode(out); err != nil {
			return out, err
		}
	}
	if !r.EOF() {
		return out, ErrData
	}
	return out, nil
}

func TestUnusedAndErrors(t *testing.T) {
	w := NewWriter(9)
	w.Write([]byte("hello"))
	w.Flush()
	stream := w.Take()
	var r Reader
	r.Feed(append(append([]byte(nil), stream...), "tail"...))
	out, err := r.Decode(nil)
	if err != nil || string(out) != "hello" || !r.EOF() || string(r.Unused()) != "tail" {
		t.Errorf("got %q %v eof=%v unused=%q", out, err, r.EOF(), r.Unused())
	}
	var bad Reader
	bad.Feed([]byte("not bzip2 data"))
	if _, err := bad.Decode(nil); err != ErrData {
		t.Errorf("bad data: %v", err)
	}
	corrupt := append([]byte(nil), stream...)
	corrupt[len(corrupt)/2] ^= 0x10
	var c Reader
	c.Feed(corrupt)
	if _, err := c.Decode(nil); err == nil && c.EOF() {
		t.Errorf("corrupt stream decoded without error")
	}
}

func BenchmarkCompress(b *testing.B) {
	data := inputs()["text"]
	data = append(data, inputs()["random"]...)
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		w := NewWriter(9)
		w.Write(data)
		w.Flush()
	}
}

func BenchmarkDecompress(b *testing.B) {
	data := inputs()["text"]
	data = append(data, inputs()["random"]...)
	w := NewWriter(9)
	w.Write(data)
	w.Flush()
	z := w.Take()
	b.SetBytes(int64(len(data)))
	for i := 0; i < b.N; i++ {
		var r Reader
		r.Feed(z)
		if _, err := r.Decode(nil); err != nil {
			b.Fatal(err)
		}
	}
}
