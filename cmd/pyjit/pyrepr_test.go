package main

import (
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"syscall"
	"testing"
)

// TestPyReprMatchesCPython compares pyRepr with repr() of the same
// arguments decoded as CPython decodes argv (UTF-8, surrogateescape).
func TestPyReprMatchesCPython(t *testing.T) {
	py := pythonPath(t)
	inputs := []string{
		"", "plain.py", "it's", `say "hi"`, `both ' and "`, `back\slash`, "tab\there",
		"nl\ncr\r", "\x01\x1f\x7f", "\u00a0nbsp", "\u00adsoft", "caf\u00e9", "\u0301combining",
		"\u200bzw", "\u2028ls", "\u3000ideo", "\ue000private", "\u0378unassigned", "\ufeffbom",
		"\U0001F600emoji", "\U000E0001tag", "\xff\xfe", "\xc3", "\xed\xa0\x80surrogate", "\U0010FFFF",
		"日本語", "\u0085nel", "\u061carabic mark",
	}
	// Pass the strings as arguments so CPython decodes them itself.
	cmd := exec.Command(py, append([]string{"-c", "import sys, json; print(json.dumps([repr(a) for a in sys.argv[1:]]))"}, inputs...)...)
	cmd.Env = []string{"LC_ALL=C.UTF-8"}
	out, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	if err := json.Unmarshal(out, &want); err != nil {
		t.Fatal(err)
	}
	for i, in := range inputs {
		// repr escapes lone surrogates, so want holds none and
		// survives the JSON round trip.
		if got := pyRepr(in); got != want[i] {
			t.Errorf("pyRepr(%q) = %s, want %s", in, got, want[i])
		}
	}
}

func TestErrnoText(t *testing.T) {
	cases := []struct {
		err  error
		want string
	}{
		{&os.PathError{Op: "open", Path: "x", Err: syscall.ENOENT}, "[Errno 2] No such file or directory"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.ENOTDIR}, "[Errno 20] Not a directory"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.EACCES}, "[Errno 13] Permission denied"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.ENAMETOOLONG}, "[Errno 36] File name too long"},
		{&os.PathError{Op: "open", Path: "x", Err: syscall.ELOOP}, "[Errno 40] Too many levels of symbolic links"},
		{errors.New("odd"), "odd"},
	}
	for _, c := range cases {
		if got := errnoText(c.err); got != c.want {
			t.Errorf("errnoText(%v) = %q, want %q", c.err, got, c.want)
		}
	}
}
