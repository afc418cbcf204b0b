package main

import (
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
)

// formatSeconds prints like pyperf: three significant digits in sec, ms,
// us or ns.
func formatSeconds(v float64) string {
	if math.IsNaN(v) {
		return "-"
	}
	ref := math.Abs(v)
	exp := -9
	for i := 2; i >= -9; i-- {
		if ref >= math.Pow(10, float64(i)) {
			exp = i
			break
		}
	}
	mod := ((exp % 3) + 3) % 3
	prec := 2 - mod
	k := 0
	if exp < 0 {
		k = -floorDiv(exp, 3)
	}
	units := []string{"sec", "ms", "us", "ns"}
	return fmt.Sprintf("%.*f %s", prec, v*math.Pow(10, float64(3*k)), units[k])
}

func floorDiv(a, b int) int {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func formatRSS(kb int64) string {
	if kb <= 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f MiB", float64(kb)/1024)
}

// mdCell escapes what would break a Markdown table cell.
func mdCell(s string) string {
	s = strings.ReplaceAll(s, "|", "\\|")
	return strings.ReplaceAll(s, "\n", " ")
}

func failed(c *Cell) string {
	if c == nil {
		return "not run"
	}
	msg := c.Error
	if len(msg) > 120 {
		msg = msg[:117] + "..."
	}
	return "failed: " + mdCell(msg)
}

// markdown renders results.md.
func markdown(s *Session) string {
	var b strings.Builder
	w := func(format string, args ...any) { fmt.Fprintf(&b, format, args...) }
	w("# pyperformance results\n\n")
	w("Command: `%s`\n\n", s.CommandLine)
	w("Machine: %s, %d cores, %s, Go %s\n\n", s.Machine.CPU, s.Machine.Cores, s.Machine.OS, s.Machine.GoVersion)
	w("| interpreter | command | version |\n|---|---|---|\n")
	for _, in := range s.Interps {
		v := in.Version
		if in.Error != "" {
			v = "failed: " + in.Error
		}
		w("| %s | `%s` | %s |\n", mdCell(in.Name), mdCell(strings.Join(in.Argv, " ")), mdCell(v))
	}
	header := func(title string) {
		w("\n## %s\n\n| benchmark |", title)
		for _, in := range s.Interps {
			w(" %s |", mdCell(in.Name))
		}
		w("\n|---|")
		for range s.Interps {
			w("---|")
		}
		w("\n")
	}
	table := func(title string, cell func(c *Cell) string) {
		header(title)
		for _, row := range s.Rows {
			w("| %s |", mdCell(row.Name))
			for _, in := range s.Interps {
				c := row.Cells[in.Name]
				if c == nil || !c.OK {
					w(" %s |", failed(c))
				} else {
					w(" %s |", cell(c))
				}
			}
			w("\n")
		}
	}
	table("Steady state: median (min .. max) per iteration", func(c *Cell) string {
		return fmt.Sprintf("%s (%s .. %s)", formatSeconds(c.Median), formatSeconds(c.Min), formatSeconds(c.Max))
	})
	table(fmt.Sprintf("Speedup over %s (higher is faster)", s.Baseline), func(c *Cell) string {
		if c.Speedup == 0 {
			return "-"
		}
		return fmt.Sprintf("%.2fx", c.Speedup)
	})
	table("First iteration (cold, before warm-up)", func(c *Cell) string {
		if c.FirstValue == 0 {
			return "-"
		}
		return formatSeconds(c.FirstValue)
	})
	table("Peak RSS of the benchmark process", func(c *Cell) string { return formatRSS(c.MaxRSSKB) })
	w("\n## Geometric mean of speedups over %s\n\n", s.Baseline)
	for _, in := range s.Interps {
		if g, ok := s.Geomean[in.Name]; ok {
			w("- %s: %.2fx\n", in.Name, g)
		} else {
			w("- %s: no benchmark succeeded\n", in.Name)
		}
	}
	w("\n![speedups](speedup.svg)\n")
	return b.String()
}

// writeReports writes results.md, results.json and speedup.svg into dir.
func writeReports(s *Session, dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	js, err := json.MarshalIndent(sanitize(s), "", "  ")
	if err != nil {
		return err
	}
	files := map[string][]byte{
		"results.md":   []byte(markdown(s)),
		"results.json": append(js, '\n'),
		"speedup.svg":  []byte(speedupSVG(s)),
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}

// sanitize replaces NaN and Inf, which JSON cannot hold, by 0.
func sanitize(s *Session) *Session {
	fix := func(v *float64) {
		if math.IsNaN(*v) || math.IsInf(*v, 0) {
			*v = 0
		}
	}
	for _, row := range s.Rows {
		for _, c := range row.Cells {
			for _, p := range []*float64{&c.Median, &c.Min, &c.Max, &c.Stdev, &c.FirstValue, &c.Speedup} {
				fix(p)
			}
		}
	}
	for k, v := range s.Geomean {
		fix(&v)
		s.Geomean[k] = v
	}
	return s
}
