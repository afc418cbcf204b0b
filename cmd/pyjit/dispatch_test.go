package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

func TestReadScript(t *testing.T) {
	dir := t.TempDir()
	app := filepath.Join(dir, "app")
	if err := os.Mkdir(app, 0o755); err != nil {
		t.Fatal(err)
	}
	mainPy := filepath.Join(app, "__main__.py")
	if err := os.WriteFile(mainPy, []byte("x = 1\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stderr bytes.Buffer
	data, used, status := readScript(app, &stderr)
	if string(data) != "x = 1\n" || used != mainPy || status != 0 || stderr.Len() != 0 {
		t.Errorf("readScript(dir) = %q, %q, %d, stderr %q", data, used, status, stderr.String())
	}
	data, used, status = readScript(mainPy, &stderr)
	if string(data) != "x = 1\n" || used != mainPy || status != 0 {
		t.Errorf("readScript(file) = %q, %q, %d", data, used, status)
	}
	data, _, status = readScript(dir, &stderr)
	want := "pyjit: can't find '__main__' module in " + pyRepr(dir) + "\n"
	if data != nil || status != 1 || stderr.String() != want {
		t.Errorf("readScript(dir without __main__) = %q, %d, stderr %q, want %q", data, status, stderr.String(), want)
	}
}

func TestPyAbsPath(t *testing.T) {
	cwd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for in, want := range map[string]string{
		"":         cwd,
		".":        cwd,
		"x.py":     cwd + "/x.py",
		"./x.py":   cwd + "/./x.py",
		"../a/b":   cwd + "/../a/b",
		"/abs/x":   "/abs/x",
		"/a/../b/": "/a/../b/",
	} {
		if got := pyAbsPath(in); got != want {
			t.Errorf("pyAbsPath(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestSkipFirstLine(t *testing.T) {
	for in, want := range map[string]string{
		"#!junk\nx = 1\n": "\nx = 1\n",
		"only line":       "",
		"\nx":             "\nx",
		"":                "",
	} {
		if got := string(skipFirstLine([]byte(in))); got != want {
			t.Errorf("skipFirstLine(%q) = %q, want %q", in, got, want)
		}
	}
}
