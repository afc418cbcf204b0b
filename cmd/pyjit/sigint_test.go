package main

import (
	"bufio"
	"bytes"
	"os/exec"
	"os/signal"
	"syscall"
	"testing"
	"time"
)

// TestCLISIGINT checks that Ctrl-C raises KeyboardInterrupt without the
// program importing signal, as python3 installs its SIGINT handler at
// startup, and that it stops a long loop (compiled by the JIT at once)
// promptly.
func TestCLISIGINT(t *testing.T) {
	if signal.Ignored(syscall.SIGINT) {
		t.Skip("SIGINT is ignored (test started in the background): the child inherits that")
	}
	bin := pyjitBinary(t)
	src := "import sys\nprint('ready', flush=True)\ntry:\n    s = 0\n    for i in range(4_000_000_000):\n        s += i\nexcept KeyboardInterrupt:\n    print('KeyboardInterrupt', s == i * (i + 1) // 2 or s == (i - 1) * i // 2)\n"
	cmd := exec.Command(bin, "-X", "jit-threshold=1", "-c", src)
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	var errs bytes.Buffer
	cmd.Stderr = &errs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	r := bufio.NewReader(out)
	if line, err := r.ReadString('\n'); err != nil || line != "ready\n" {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("first line %q, %v (stderr %q)", line, err, errs.String())
	}
	time.Sleep(100 * time.Millisecond)
	sent := time.Now()
	cmd.Process.Signal(syscall.SIGINT)
	timer := time.AfterFunc(20*time.Second, func() { cmd.Process.Kill() })
	rest, _ := r.ReadString(0)
	err = cmd.Wait()
	timer.Stop()
	t.Logf("stopped %v after SIGINT", time.Since(sent))
	if err != nil || rest != "KeyboardInterrupt True\n" {
		t.Errorf("exit %v, stdout %q, stderr %q; want KeyboardInterrupt caught", err, rest, errs.String())
	}
}
