package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Config is what the command line selects.
type Config struct {
	Bench       string // comma-separated names; "" = all
	Interps     string // comma-separated commands; "" = defaults
	Baseline    string
	Out         string
	Root        string
	Values      int
	Warmups     int
	Loops       int
	MinTime     float64
	Timeout     time.Duration
	CommandLine string
}

// Interp is one interpreter under test.
type Interp struct {
	Name    string   `json:"name"`    // as given to -interp
	Argv    []string `json:"argv"`    // command and its options
	Version string   `json:"version"` // sys.version's first line, when it could tell
	Error   string   `json:"error,omitempty"`
}

// Cell is one benchmark under one interpreter.
type Cell struct {
	OK         bool      `json:"ok"`
	Error      string    `json:"error,omitempty"`
	Values     []float64 `json:"values,omitempty"`
	Median     float64   `json:"median"`
	Min        float64   `json:"min"`
	Max        float64   `json:"max"`
	Stdev      float64   `json:"stdev"`
	FirstValue float64   `json:"first_value"` // seconds of the very first iteration
	Loops      int64     `json:"loops"`
	MaxRSSKB   int64     `json:"max_rss_kb"` // peak RSS of the whole process
	Speedup    float64   `json:"speedup"`    // baseline median / this median
	WallSec    float64   `json:"wall_seconds"`
}

// Row is one pyperf benchmark (a script may hold several).
type Row struct {
	Name   string           `json:"name"`
	Script string           `json:"script"`
	Cells  map[string]*Cell `json:"results"`
}

// Session is a whole run: what the report writers print.
type Session struct {
	CommandLine string             `json:"command_line"`
	Machine     Machine            `json:"machine"`
	Baseline    string             `json:"baseline"`
	Interps     []*Interp          `json:"interpreters"`
	Rows        []*Row             `json:"benchmarks"`
	Geomean     map[string]float64 `json:"geomean_speedup"`
	Started     string             `json:"started"`
}

// scriptRun is one benchmark process's outcome.
type scriptRun struct {
	benches []pyperfBenchmark
	err     string
	rssKB   int64
	wall    time.Duration
}

// findRoot walks up from dir to the directory holding pylib/pyperf.py.
func findRoot(dir string) (string, error) {
	for {
		if _, err := os.Stat(filepath.Join(dir, "pylib", "pyperf.py")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("cannot find pylib/pyperf.py above the working directory; use -root")
		}
		dir = parent
	}
}

// listBenchmarks returns the names of benchmarks/bm_NAME.py, sorted.
func listBenchmarks(dir string) ([]string, error) {
	paths, err := filepath.Glob(filepath.Join(dir, "bm_*.py"))
	if err != nil {
		return nil, err
	}
	var names []string
	for _, p := range paths {
		names = append(names, strings.TrimSuffix(strings.TrimPrefix(filepath.Base(p), "bm_"), ".py"))
	}
	sort.Strings(names)
	return names, nil
}

func splitList(s string) []string {
	var out []string
	for _, f := range strings.Split(s, ",") {
		if f = strings.TrimSpace(f); f != "" {
			out = append(out, f)
		}
	}
	return out
}

// defaultInterps is pyjit (JIT on and off), CPython 3.11 and PyPy when
// installed.
func defaultInterps() []string {
	list := []string{"pyjit", "pyjit --jit=off", "python3"}
	if _, err := exec.LookPath("pypy3"); err == nil {
		list = append(list, "pypy3")
	}
	return list
}

// resolveInterp turns an -interp entry into an argv. "pyjit" means the
// binary built from ./cmd/pyjit; "python3" prefers /usr/bin/python3.11,
// the project's reference CPython.
func resolveInterp(entry, pyjitBin string) []string {
	argv := strings.Fields(entry)
	switch argv[0] {
	case "pyjit":
		if pyjitBin != "" {
			argv[0] = pyjitBin
		}
	case "python3":
		if _, err := os.Stat("/usr/bin/python3.11"); err == nil {
			argv[0] = "/usr/bin/python3.11"
		}
	}
	return argv
}

// buildPyjit builds ./cmd/pyjit into dir; the error carries go build's
// last output line.
func buildPyjit(root, dir string) (string, error) {
	bin := filepath.Join(dir, "pyjit")
	cmd := exec.Command("go", "build", "-o", bin, "./cmd/pyjit")
	cmd.Dir = root
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("go build ./cmd/pyjit: %s", lastLine(string(out), err))
	}
	return bin, nil
}

// lastLine is the last non-blank line of output, or err's text.
func lastLine(output string, err error) string {
	lines := strings.Split(strings.TrimRight(output, "\n\r\t "), "\n")
	for i := len(lines) - 1; i >= 0; i-- {
		if l := strings.TrimSpace(lines[i]); l != "" {
			return l
		}
	}
	if err != nil {
		return err.Error()
	}
	return "failed without output"
}

func interpVersion(argv []string) (string, error) {
	cmd := exec.Command(argv[0], append(argv[1:], "-c", "import sys; print(sys.version.splitlines()[0])")...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", errors.New(lastLine(stderr.String(), err))
	}
	return strings.TrimSpace(string(out)), nil
}

// runScript runs one benchmark program under one interpreter and parses
// its JSON results; rusage gives the child's peak RSS.
func runScript(cfg Config, root string, argv []string, script, tmp string) scriptRun {
	out := filepath.Join(tmp, fmt.Sprintf("result-%d.json", time.Now().UnixNano()))
	args := append(append([]string(nil), argv[1:]...), script,
		"-o", out, "--values", strconv.Itoa(cfg.Values), "--warmups", strconv.Itoa(cfg.Warmups),
		"--loops", strconv.Itoa(cfg.Loops), "--min-time", strconv.FormatFloat(cfg.MinTime, 'g', -1, 64))
	ctx, cancel := context.WithTimeout(context.Background(), cfg.Timeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, argv[0], args...)
	cmd.Dir = root
	cmd.Env = append(os.Environ(), "PYTHONPATH="+filepath.Join(root, "pylib")+
		string(os.PathListSeparator)+filepath.Dir(script))
	var stderr bytes.Buffer
	cmd.Stdout = io.Discard
	cmd.Stderr = &stderr
	start := time.Now()
	err := cmd.Run()
	r := scriptRun{wall: time.Since(start)}
	if cmd.ProcessState != nil {
		if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
			r.rssKB = ru.Maxrss // KiB on Linux
		}
	}
	defer os.Remove(out)
	if ctx.Err() == context.DeadlineExceeded {
		r.err = fmt.Sprintf("timed out after %v", cfg.Timeout)
		return r
	}
	if err != nil {
		r.err = lastLine(stderr.String(), err)
		return r
	}
	data, err := os.ReadFile(out)
	if err != nil {
		r.err = "no JSON results: " + err.Error()
		return r
	}
	r.benches, err = parseResults(data)
	if err != nil {
		r.err = err.Error()
	}
	return r
}

// Run executes the session and writes the reports into cfg.Out.
func Run(cfg Config, progress io.Writer) (*Session, error) {
	if cfg.Values < 1 || cfg.Warmups < 0 || cfg.Loops < 0 || !(cfg.MinTime > 0) {
		return nil, errors.New("-values must be >= 1, -warmups and -loops >= 0, -min-time > 0")
	}
	if cfg.Timeout <= 0 {
		cfg.Timeout = 10 * time.Minute
	}
	root := cfg.Root
	if root == "" {
		wd, err := os.Getwd()
		if err != nil {
			return nil, err
		}
		if root, err = findRoot(wd); err != nil {
			return nil, err
		}
	}
	benchDir := filepath.Join(root, "bench", "pyperformance", "benchmarks")
	all, err := listBenchmarks(benchDir)
	if err != nil {
		return nil, err
	}
	names := splitList(cfg.Bench)
	if len(names) == 0 {
		names = all
	}
	for _, n := range names {
		if _, err := os.Stat(filepath.Join(benchDir, "bm_"+n+".py")); err != nil {
			return nil, fmt.Errorf("unknown benchmark %q (have: %s)", n, strings.Join(all, ", "))
		}
	}
	entries := splitList(cfg.Interps)
	if len(entries) == 0 {
		entries = defaultInterps()
	}
	tmp, err := os.MkdirTemp("", "pyperformance-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)

	s := &Session{CommandLine: cfg.CommandLine, Machine: describeMachine(), Baseline: cfg.Baseline,
		Geomean: map[string]float64{}, Started: time.Now().Format(time.RFC3339)}
	var pyjitBin string
	var pyjitErr error
	for _, e := range entries {
		if strings.Fields(e)[0] == "pyjit" && pyjitBin == "" && pyjitErr == nil {
			pyjitBin, pyjitErr = buildPyjit(root, tmp)
		}
		in := &Interp{Name: e, Argv: resolveInterp(e, pyjitBin)}
		if strings.Fields(e)[0] == "pyjit" && pyjitErr != nil {
			in.Error = pyjitErr.Error()
		} else if v, err := interpVersion(in.Argv); err != nil {
			in.Version = "unknown (" + err.Error() + ")"
		} else {
			in.Version = v
		}
		s.Interps = append(s.Interps, in)
	}

	for _, n := range names {
		script := filepath.Join(benchDir, "bm_"+n+".py")
		runs := map[string]scriptRun{}
		// Round-robin: every interpreter runs this benchmark before the
		// next benchmark starts.
		for _, in := range s.Interps {
			var r scriptRun
			if in.Error != "" {
				r.err = in.Error
			} else {
				fmt.Fprintf(progress, "%-24s %-18s ", n, in.Name)
				r = runScript(cfg, root, in.Argv, script, tmp)
				if r.err != "" {
					fmt.Fprintf(progress, "failed: %s\n", r.err)
				} else {
					fmt.Fprintf(progress, "ok (%.1fs)\n", r.wall.Seconds())
				}
			}
			runs[in.Name] = r
		}
		s.Rows = append(s.Rows, buildRows(n, s.Interps, runs)...)
	}
	computeSpeedups(s)
	if err := writeReports(s, cfg.Out); err != nil {
		return s, err
	}
	return s, nil
}

// buildRows turns one script's runs into rows, one per pyperf benchmark
// name; a script no interpreter ran becomes one failed row.
func buildRows(script string, interps []*Interp, runs map[string]scriptRun) []*Row {
	var order []string
	seen := map[string]bool{}
	for _, in := range interps {
		for _, b := range runs[in.Name].benches {
			if !seen[b.Name] {
				seen[b.Name] = true
				order = append(order, b.Name)
			}
		}
	}
	if len(order) == 0 {
		order = []string{script}
	}
	var rows []*Row
	for _, name := range order {
		row := &Row{Name: name, Script: script, Cells: map[string]*Cell{}}
		for _, in := range interps {
			r := runs[in.Name]
			c := &Cell{MaxRSSKB: r.rssKB, WallSec: r.wall.Seconds()}
			row.Cells[in.Name] = c
			if r.err != "" {
				c.Error = r.err
				continue
			}
			var b *pyperfBenchmark
			for i := range r.benches {
				if r.benches[i].Name == name {
					b = &r.benches[i]
				}
			}
			if b == nil {
				c.Error = "no result for " + name
				continue
			}
			c.OK = true
			c.Values = b.Values
			c.Median = median(b.Values)
			c.Min, c.Max = minMax(b.Values)
			c.Stdev = stdev(b.Values)
			c.Loops = b.Loops
			if b.FirstValue != nil {
				c.FirstValue = *b.FirstValue
			}
		}
		rows = append(rows, row)
	}
	return rows
}

// computeSpeedups fills Cell.Speedup (baseline median / median) and the
// per-interpreter geometric means over rows where both succeeded.
func computeSpeedups(s *Session) {
	per := map[string][]float64{}
	for _, row := range s.Rows {
		base := row.Cells[s.Baseline]
		for name, c := range row.Cells {
			if c.OK && base != nil && base.OK && c.Median > 0 {
				c.Speedup = base.Median / c.Median
				per[name] = append(per[name], c.Speedup)
			}
		}
	}
	for _, in := range s.Interps {
		if v := per[in.Name]; len(v) > 0 {
			s.Geomean[in.Name] = geomean(v)
		}
	}
}
