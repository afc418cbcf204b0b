// Command pyperformance runs pyjit's pyperformance-style benchmark programs
// (benchmarks/bm_*.py, driven by pylib/pyperf.py) under several Python
// interpreters in one session and compares them:
//
//	go run ./bench/pyperformance [-bench nbody,float] [-interp 'python3,pypy3'] [-out DIR]
//
// Interpreters take turns per benchmark (round-robin), so slow drifts of
// the machine hit all of them alike. Every benchmark process writes pyperf
// JSON (-o) that is parsed back; the report gives the median and spread of
// the steady-state values, the speedup over python3, the first-iteration
// time, the peak RSS of the process and the geometric mean of speedups, in
// DIR/results.md, DIR/results.json and DIR/speedup.svg. A benchmark that
// fails is reported with the last line of its error output.
//
// The package may import only the Go standard library.
package main

import (
	"flag"
	"fmt"
	"os"
	"strings"
	"time"
)

func main() {
	cfg := Config{}
	flag.StringVar(&cfg.Bench, "bench", "", "comma-separated benchmark names (default: all in -dir)")
	flag.StringVar(&cfg.Interps, "interp", "", "comma-separated interpreter commands; 'pyjit' is built from ./cmd/pyjit (default: pyjit,pyjit --jit=off,python3[,pypy3])")
	flag.StringVar(&cfg.Baseline, "baseline", "python3", "interpreter the speedups are relative to")
	flag.StringVar(&cfg.Out, "out", "pyperformance-results", "directory for results.md, results.json and speedup.svg")
	flag.StringVar(&cfg.Root, "root", "", "repository root holding pylib/ and bench/pyperformance/ (default: found from the working directory)")
	flag.IntVar(&cfg.Values, "values", 3, "timed values per benchmark process")
	flag.IntVar(&cfg.Warmups, "warmups", 1, "warm-up values per benchmark process")
	flag.IntVar(&cfg.Loops, "loops", 0, "loops per value; 0 lets pyperf calibrate")
	flag.Float64Var(&cfg.MinTime, "min-time", 0.1, "pyperf calibration target in seconds")
	flag.DurationVar(&cfg.Timeout, "timeout", 10*time.Minute, "limit for one benchmark process")
	flag.Parse()
	argv0 := os.Args[0]
	if strings.Contains(argv0, "go-build") {
		argv0 = "go run ./bench/pyperformance" // a temporary binary of go run
	}
	cfg.CommandLine = strings.Join(append([]string{argv0}, os.Args[1:]...), " ")

	s, err := Run(cfg, os.Stdout)
	if err != nil {
		fmt.Fprintln(os.Stderr, "pyperformance:", err)
		os.Exit(2)
	}
	fmt.Printf("wrote %s/results.md, results.json, speedup.svg (%d benchmarks, %d interpreters)\n",
		cfg.Out, len(s.Rows), len(s.Interps))
}
