package main

// This file parses unittest's output and builds the report.

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"
)

// Status says how a test module's run ended.
type Status string

const (
	Completed Status = "completed" // unittest printed its summary
	Crashed   Status = "crashed"   // the process ended without a summary
	TimedOut  Status = "timeout"
	// NotLoaded: unittest ran, but the test module itself failed to import.
	NotLoaded Status = "not loaded"
)

// Result is one module's outcome. Passed counts tests that ran and did not
// fail, error, get skipped or succeed unexpectedly (expected failures count
// as passed, as unittest's OK does).
type Result struct {
	Module                                string
	Status                                Status
	Run, Passed, Failed, Errors, Skipped  int
	ExpectedFailures, UnexpectedSuccesses int
	Detail                                string // why it crashed: the last line of output
}

var (
	failedImport = regexp.MustCompile(`(?m)^ImportError: Failed to import test module: .*$`)
	ranLine      = regexp.MustCompile(`(?m)^Ran (\d+) tests? in `)
	summaryLine  = regexp.MustCompile(`(?m)^(OK|FAILED)(?: \((.*)\))?\s*$`)
	// problemLine heads each failure's or error's traceback: "FAIL: name
	// (module.Class.name)", followed for a subtest by its parameters.
	problemLine = regexp.MustCompile(`(?m)^(FAIL|ERROR): (\S+ \([^)\s]*\))`)
)

// Parse reads the output of `-m unittest -v` and the exit code.
func Parse(module, output string, exit int) Result {
	r := Result{Module: module}
	ran := ranLine.FindAllStringSubmatch(output, -1)
	sums := summaryLine.FindAllStringSubmatch(output, -1)
	if len(ran) == 0 || len(sums) == 0 {
		r.Status = Crashed
		r.Detail = fmt.Sprintf("exit %d: %s", exit, lastLine(output))
		return r
	}
	if m := failedImport.FindStringSubmatch(output); m != nil {
		r.Status = NotLoaded
		r.Detail = lastErrorLine(output, m[0])
		return r
	}
	r.Status = Completed
	r.Run, _ = strconv.Atoi(ran[len(ran)-1][1])
	for _, part := range strings.Split(sums[len(sums)-1][2], ",") {
		key, val, ok := strings.Cut(strings.TrimSpace(part), "=")
		if !ok {
			continue
		}
		n, _ := strconv.Atoi(val)
		switch key {
		case "failures":
			r.Failed = n
		case "errors":
			r.Errors = n
		case "skipped":
			r.Skipped = n
		case "expected failures":
			r.ExpectedFailures = n
		case "unexpected successes":
			r.UnexpectedSuccesses = n
		}
	}
	countProblemTests(&r, output)
	r.Passed = max(0, r.Run-r.Failed-r.Errors-r.Skipped-r.UnexpectedSuccesses)
	return r
}

// countProblemTests recounts failures and errors per test rather than per
// report: unittest's summary counts every failed subtest, so one test with
// 180 failing subtests would otherwise count as 180 of the module's tests.
// A test with both an error and a failure counts as an error.
func countProblemTests(r *Result, output string) {
	ms := problemLine.FindAllStringSubmatch(output, -1)
	if len(ms) == 0 {
		return
	}
	kind := map[string]string{}
	for _, m := range ms {
		if kind[m[2]] != "ERROR" {
			kind[m[2]] = m[1]
		}
	}
	r.Failed, r.Errors = 0, 0
	for _, k := range kind {
		if k == "ERROR" {
			r.Errors++
		} else {
			r.Failed++
		}
	}
}

// lastErrorLine finds the exception line that ends the traceback after
// the "Failed to import" line: what kept the module from loading.
func lastErrorLine(output, after string) string {
	rest := output[strings.Index(output, after)+len(after):]
	for _, line := range strings.Split(rest, "\n") {
		if line != "" && !strings.HasPrefix(line, " ") && !strings.HasPrefix(line, "Traceback") {
			return strings.TrimSpace(line)
		}
	}
	return after
}

func lastLine(s string) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	last := strings.TrimSpace(lines[len(lines)-1])
	if len(last) > 160 {
		last = last[:160] + "..."
	}
	return last
}

// Line is the one-line progress report of a module.
func (r Result) Line() string {
	if r.Status != Completed {
		return fmt.Sprintf("%-28s %-9s %s", r.Module, r.Status, r.Detail)
	}
	return fmt.Sprintf("%-28s %-9s run %5d  passed %5d  failed %4d  errors %4d  skipped %4d",
		r.Module, r.Status, r.Run, r.Passed, r.Failed, r.Errors, r.Skipped)
}

// Summary totals a run.
type Summary struct {
	Interp                               string
	Results                              []Result
	Completed, Modules                   int
	Run, Passed, Failed, Errors, Skipped int
}

// Report totals the results.
func Report(interp string, results []Result) Summary {
	s := Summary{Interp: interp, Results: results, Modules: len(results)}
	for _, r := range results {
		if r.Status == Completed {
			s.Completed++
		}
		s.Run += r.Run
		s.Passed += r.Passed
		s.Failed += r.Failed
		s.Errors += r.Errors
		s.Skipped += r.Skipped
	}
	return s
}

// PassRate is passed / (run - skipped), in percent.
func (s Summary) PassRate() float64 {
	if n := s.Run - s.Skipped; n > 0 {
		return 100 * float64(s.Passed) / float64(n)
	}
	return 0
}

// Total is the closing summary line.
func (s Summary) Total() string {
	return fmt.Sprintf("%s: %d of %d modules ran to completion; %d tests run, %d passed, %d failed, %d errors, %d skipped (%.1f%% of non-skipped tests pass)\n",
		s.Interp, s.Completed, s.Modules, s.Run, s.Passed, s.Failed, s.Errors, s.Skipped, s.PassRate())
}

// Markdown renders the report with the command and date that produced it.
func (s Summary) Markdown(command string, when time.Time) string {
	var b strings.Builder
	fmt.Fprintf(&b, "# CPython regression tests under %s\n\n", s.Interp)
	fmt.Fprintf(&b, "Command: `%s` (%s)\n\n", command, when.UTC().Format("2006-01-02"))
	b.WriteString("| module | status | run | passed | failed | errors | skipped |\n|---|---|---|---|---|---|---|\n")
	for _, r := range s.Results {
		if r.Status != Completed {
			fmt.Fprintf(&b, "| %s | %s: %s | | | | | |\n", r.Module, r.Status, strings.ReplaceAll(r.Detail, "|", `\|`))
			continue
		}
		fmt.Fprintf(&b, "| %s | %s | %d | %d | %d | %d | %d |\n", r.Module, r.Status, r.Run, r.Passed, r.Failed, r.Errors, r.Skipped)
	}
	b.WriteString("\n" + s.Total())
	return b.String()
}
