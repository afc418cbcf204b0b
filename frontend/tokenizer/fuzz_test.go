package tokenizer

import (
	"io"
	"os"
	"testing"
)

// FuzzTokenize checks that neither Next nor Dump panics or hangs: Next must
// reach ENDMARKER or an error within a number of tokens bounded by the
// input size, and then keep returning the same result.
func FuzzTokenize(f *testing.F) {
	for _, s := range nextCases {
		f.Add([]byte(s))
	}
	for _, s := range dumpCases {
		f.Add([]byte(s))
	}
	for _, s := range tokenizerErrorBytes {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		_ = Dump(io.Discard, src, "<fuzz>")
		tokenizeAll(t, NewFromString(string(src), "<fuzz>"), len(src))
		if tk, err := New(src, "<fuzz>"); err == nil {
			tokenizeAll(t, tk, len(src))
		}
	})
}

func tokenizeAll(t *testing.T, tk *Tokenizer, n int) {
	// Every token but INDENT/DEDENT consumes input; there are at most
	// 100 indentation levels.
	limit := 4*n + 300
	for i := 0; ; i++ {
		if i > limit {
			t.Fatalf("no ENDMARKER after %d tokens for %d bytes", i, n)
		}
		tok, err := tk.Next()
		if err != nil {
			if _, err2 := tk.Next(); err2 != err {
				t.Fatalf("error not sticky: %v then %v", err, err2)
			}
			return
		}
		if tok.Kind == ENDMARKER {
			return
		}
		_ = tk.Line(tok.Line)
	}
}

// BenchmarkTokenizeStdlib measures Next over every stdlib source file.
func BenchmarkTokenizeStdlib(b *testing.B) {
	var srcs [][]byte
	total := 0
	for _, f := range stdlibFiles(b) {
		src, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		srcs = append(srcs, src)
		total += len(src)
	}
	b.SetBytes(int64(total))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, src := range srcs {
			tk, err := New(src, "<bench>")
			if err != nil {
				continue
			}
			for {
				tok, err := tk.Next()
				if err != nil || tok.Kind == ENDMARKER {
					break
				}
			}
		}
	}
}
