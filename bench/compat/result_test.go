package main

import (
	"strings"
	"testing"
	"time"
)

func TestParse(t *testing.T) {
	cases := []struct {
		name, out string
		exit      int
		want      Result
	}{
		{"ok", "test_a (m.T.test_a) ... ok\n\n----\nRan 3 tests in 0.001s\n\nOK\n", 0,
			Result{Status: Completed, Run: 3, Passed: 3}},
		{"skips", "Ran 10 tests in 0.5s\n\nOK (skipped=2, expected failures=1)\n", 0,
			Result{Status: Completed, Run: 10, Passed: 8, Skipped: 2, ExpectedFailures: 1}},
		{"failed", "Ran 12 tests in 1.0s\n\nFAILED (failures=2, errors=1, skipped=3, unexpected successes=1)\n", 1,
			Result{Status: Completed, Run: 12, Passed: 5, Failed: 2, Errors: 1, Skipped: 3, UnexpectedSuccesses: 1}},
		{"subtests", "test_a (m.T.test_a) ... FAIL\n======\nFAIL: test_a (m.T.test_a) (i=1)\n---\nAssertionError\n======\nFAIL: test_a (m.T.test_a) (i=2)\n---\n" +
			"AssertionError\n======\nERROR: test_b (m.T.test_b) [x] (i=1)\n---\nTypeError\n======\nFAIL: test_b (m.T.test_b) [x] (i=2)\n---\nAssertionError\n" +
			"----\nRan 3 tests in 0.1s\n\nFAILED (failures=3, errors=1)\n", 1,
			Result{Status: Completed, Run: 3, Passed: 1, Failed: 1, Errors: 1}},
		{"crash", "Traceback (most recent call last):\n  File \"x\", line 1\nNotImplementedError: pyjit does not support X yet\n", 1,
			Result{Status: Crashed, Detail: "exit 1: NotImplementedError: pyjit does not support X yet"}},
		{"import", "E\n=====\nERROR: test_x (unittest.loader._FailedTest.test_x)\n-----\nImportError: Failed to import test module: test_x\nTraceback (most recent call last):\n  File \"l.py\", line 154, in load\n    module = __import__(module_name)\nModuleNotFoundError: No module named '_decimal'\n\n\n----\nRan 1 test in 0.000s\n\nFAILED (errors=1)\n", 1,
			Result{Status: NotLoaded, Detail: "ModuleNotFoundError: No module named '_decimal'"}},
	}
	for _, c := range cases {
		got := Parse("m", c.out, c.exit)
		c.want.Module = "m"
		if got != c.want {
			t.Errorf("%s: got %+v, want %+v", c.name, got, c.want)
		}
	}
}

func TestReport(t *testing.T) {
	s := Report("pyjit", []Result{
		{Module: "a", Status: Completed, Run: 10, Passed: 7, Failed: 1, Skipped: 2},
		{Module: "b", Status: Crashed, Detail: "exit 1: boom | bang"},
	})
	if s.Completed != 1 || s.Modules != 2 || s.Run != 10 || s.Passed != 7 || s.PassRate() != 87.5 {
		t.Errorf("totals: %+v rate %v", s, s.PassRate())
	}
	md := s.Markdown("go run ./bench/compat", time.Date(2026, 11, 24, 0, 0, 0, 0, time.UTC))
	for _, want := range []string{"Command: `go run ./bench/compat` (2026-11-24)", "| a | completed | 10 | 7 | 1 | 0 | 2 |",
		`| b | crashed: exit 1: boom \| bang |`, "1 of 2 modules ran to completion; 10 tests run, 7 passed", "(87.5% of non-skipped tests pass)"} {
		if !strings.Contains(md, want) {
			t.Errorf("report lacks %q:\n%s", want, md)
		}
	}
}
