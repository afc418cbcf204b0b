package main

import (
	"os"
	"os/exec"
	"testing"
)

// pythonPath returns the CPython oracle, or skips the test.
func pythonPath(t *testing.T) string {
	t.Helper()
	if _, err := os.Stat("/usr/bin/python3.11"); err == nil {
		return "/usr/bin/python3.11"
	}
	if p, err := exec.LookPath("python3"); err == nil {
		return p
	}
	t.Skip("no python3.11 or python3 to compare with")
	return ""
}

// envFunc turns a list of NAME=value strings into a lookup function.
func envFunc(env []string) func(string) string {
	m := map[string]string{}
	for _, kv := range env {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				m[kv[:i]] = kv[i+1:]
				break
			}
		}
	}
	return func(name string) string { return m[name] }
}
