package main

import (
	"encoding/json"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestRunEndToEnd runs the runner with CPython only (plus a missing
// interpreter, which must show as failed) on two quick benchmarks.
func TestRunEndToEnd(t *testing.T) {
	py := python(t)
	out := t.TempDir()
	cfg := Config{Bench: "richards,deltablue", Interps: py + ",no-such-python", Baseline: py,
		Out: out, Root: repoRoot(t), Values: 2, Warmups: 0, Loops: 1, MinTime: 0.1,
		Timeout: time.Minute, CommandLine: "go run ./bench/pyperformance -test"}
	s, err := Run(cfg, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(s.Rows) != 2 || s.Rows[0].Name != "richards" || s.Rows[1].Name != "deltablue" {
		t.Fatalf("rows: %+v", s.Rows)
	}
	for _, row := range s.Rows {
		c := row.Cells[py]
		if !c.OK || len(c.Values) != 2 || c.Median <= 0 || c.Speedup != 1 || c.MaxRSSKB <= 0 || c.FirstValue <= 0 {
			t.Errorf("%s: %+v", row.Name, c)
		}
		if m := row.Cells["no-such-python"]; m.OK || m.Error == "" {
			t.Errorf("%s: missing interpreter should fail: %+v", row.Name, m)
		}
	}
	md, err := os.ReadFile(filepath.Join(out, "results.md"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"go run ./bench/pyperformance -test", "| richards |", "failed: ", "Geometric mean", "cores"} {
		if !strings.Contains(string(md), want) {
			t.Errorf("results.md lacks %q", want)
		}
	}
	var doc map[string]any
	data, _ := os.ReadFile(filepath.Join(out, "results.json"))
	if err := json.Unmarshal(data, &doc); err != nil || doc["benchmarks"] == nil {
		t.Errorf("results.json: %v", err)
	}
	if svg, err := os.ReadFile(filepath.Join(out, "speedup.svg")); err != nil || !strings.Contains(string(svg), "richards") {
		t.Errorf("speedup.svg: %v", err)
	}
}
