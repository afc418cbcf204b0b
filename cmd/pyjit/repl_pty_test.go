package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/creack/pty"
)

// These tests type at the prompt through a real pseudo-terminal. Every
// scenario runs under python3.11 too: the expectations are what CPython
// shows, so a scenario that fails under CPython is a wrong test.

// ptyTimeout bounds each wait for output: generous, because the machine
// may be loaded; a passing test never waits for it.
const ptyTimeout = 30 * time.Second

type ptySession struct {
	t    *testing.T
	name string
	cmd  *exec.Cmd
	tty  *os.File
	mu   sync.Mutex
	out  bytes.Buffer // everything read so far
	seen int          // out[:seen] has been matched
	more chan struct{}
	done chan struct{}
}

func startPTY(t *testing.T, prog string, args []string, env []string) *ptySession {
	t.Helper()
	cmd := exec.Command(prog, args...)
	cmd.Env = env
	tty, err := pty.StartWithSize(cmd, &pty.Winsize{Rows: 50, Cols: 200})
	if err != nil {
		t.Fatalf("start %s in a pty: %v", prog, err)
	}
	s := &ptySession{t: t, name: filepath.Base(prog), cmd: cmd, tty: tty, more: make(chan struct{}, 1), done: make(chan struct{})}
	go func() {
		defer close(s.done)
		buf := make([]byte, 4096)
		for {
			n, err := tty.Read(buf)
			if n > 0 {
				s.mu.Lock()
				s.out.Write(buf[:n])
				s.mu.Unlock()
				select {
				case s.more <- struct{}{}:
				default:
				}
			}
			if err != nil {
				return
			}
		}
	}()
	t.Cleanup(func() {
		if cmd.ProcessState == nil {
			_ = cmd.Process.Kill()
			_ = cmd.Wait()
		}
		tty.Close()
	})
	return s
}

// send types keys.
func (s *ptySession) send(keys string) {
	s.t.Helper()
	if _, err := s.tty.Write([]byte(keys)); err != nil {
		s.t.Fatalf("%s: typing %q: %v", s.name, keys, err)
	}
}

// expect waits until want appears in the output after what was matched
// before, and moves past it.
func (s *ptySession) expect(want string) {
	s.t.Helper()
	deadline := time.After(ptyTimeout)
	for {
		s.mu.Lock()
		text := s.out.String()
		i := strings.Index(text[s.seen:], want)
		if i >= 0 {
			s.seen += i + len(want)
		}
		s.mu.Unlock()
		if i >= 0 {
			return
		}
		select {
		case <-s.more:
		case <-s.done:
			s.mu.Lock()
			i := strings.Index(s.out.String()[s.seen:], want)
			s.mu.Unlock()
			if i < 0 {
				s.t.Fatalf("%s: output ended without %q; output so far:\n%q", s.name, want, text)
			}
		case <-deadline:
			s.t.Fatalf("%s: no %q after %v; output so far:\n%q", s.name, want, ptyTimeout, text)
		}
	}
}

// exitCode waits for the process to end.
func (s *ptySession) exitCode() int {
	s.t.Helper()
	ch := make(chan error, 1)
	go func() { ch <- s.cmd.Wait() }()
	select {
	case err := <-ch:
		if ee, ok := err.(*exec.ExitError); ok {
			return ee.ExitCode()
		} else if err != nil {
			s.t.Fatalf("%s: %v", s.name, err)
		}
		return 0
	case <-time.After(ptyTimeout):
		s.t.Fatalf("%s did not exit; output:\n%q", s.name, s.out.String())
	}
	return -1
}

// replTarget is a program to drive: pyjit in a JIT mode, or the oracle.
type replTarget struct {
	name string
	prog string
	args []string
}

func replTargets(t *testing.T) []replTarget {
	py := pythonPath(t)
	bin := pyjitBinary(t)
	return []replTarget{
		{"python3.11", py, nil},
		{"pyjit", bin, nil},
		{"pyjit-jit-off", bin, []string{"--jit=off"}},
		{"pyjit-jit-1", bin, []string{"-X", "jit-threshold=1"}},
	}
}

// forEachTarget runs scenario against every target with a fresh HOME.
func forEachTarget(t *testing.T, args []string, scenario func(t *testing.T, s *ptySession, home string)) {
	for _, tg := range replTargets(t) {
		t.Run(tg.name, func(t *testing.T) {
			home := t.TempDir()
			env := []string{"HOME=" + home, "TERM=xterm", "PATH=/usr/bin:/bin", "LANG=C.UTF-8"}
			s := startPTY(t, tg.prog, append(append([]string{}, tg.args...), args...), env)
			scenario(t, s, home)
		})
	}
}

func TestREPLPTYSession(t *testing.T) {
	forEachTarget(t, nil, func(t *testing.T, s *ptySession, home string) {
		s.expect(`Type "help", "copyright", "credits" or "license" for more information.`)
		s.expect(">>> ")
		// A multi-line function definition, then a call.
		s.send("def twice(x):\r")
		s.expect("... ")
		s.send("    return x * 2\r")
		s.expect("... ")
		s.send("\r")
		s.expect(">>> ")
		s.send("twice(21)\r")
		s.expect("42\r\n")
		s.expect(">>> ")
		// An exception does not end the session.
		s.send("twice(None)\r")
		s.expect("Traceback (most recent call last):\r\n")
		s.expect(`File "<stdin>", line 1, in <module>`)
		s.expect(`File "<stdin>", line 2, in twice`)
		s.expect("TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'\r\n")
		s.expect(">>> ")
		s.send("print('still here')\r")
		s.expect("still here\r\n")
		s.expect(">>> ")
		// A SyntaxError shows the line and the caret.
		s.send("1 +\r")
		s.expect("    1 +\r\n       ^\r\n")
		s.expect("SyntaxError: invalid syntax\r\n")
		s.expect(">>> ")
		// Ctrl-C at the prompt drops the line.
		s.send("abc\x03")
		s.expect("\r\nKeyboardInterrupt\r\n")
		s.expect(">>> ")
		// Ctrl-D at an empty prompt ends the session with status 0.
		s.send("\x04")
		if code := s.exitCode(); code != 0 {
			t.Errorf("exit status %d after Ctrl-D, want 0", code)
		}
	})
}

// Ctrl-C while code runs raises KeyboardInterrupt in it, interpreted or
// compiled by the JIT (-X jit-threshold=1 compiles the loop at once).
func TestREPLPTYInterruptLoop(t *testing.T) {
	forEachTarget(t, []string{"-q"}, func(t *testing.T, s *ptySession, home string) {
		s.expect(">>> ")
		s.send("def spin():\r")
		s.expect("... ")
		s.send("    print('spinning', flush=True)\r")
		s.expect("... ")
		s.send("    while True: pass\r")
		s.expect("... ")
		s.send("\r")
		s.expect(">>> ")
		s.send("spin()\r")
		s.expect("spinning\r\n")
		s.send("\x03")
		s.expect("Traceback (most recent call last):\r\n")
		s.expect(`File "<stdin>", line 3, in spin`)
		s.expect("KeyboardInterrupt\r\n")
		s.expect(">>> ")
		// The loop's locals are exact where the interrupt lands: the JIT
		// leaves a compiled loop with its values, not stale ones.
		for _, line := range []string{
			"def count():",
			"    n = m = 0",
			"    try:",
			"        while True:",
			"            n += 1",
			"            m += 2",
			"            if n == 100000: print('counting', flush=True)",
			"    except KeyboardInterrupt:",
			"        return m == 2 * n and n >= 100000",
			"",
		} {
			s.send(line + "\r")
		}
		s.expect(">>> ")
		s.send("count()\r")
		s.expect("counting\r\n")
		s.send("\x03")
		s.expect("True\r\n")
		s.expect(">>> ")
		s.send("raise SystemExit(7)\r")
		if code := s.exitCode(); code != 7 {
			t.Errorf("exit status %d after SystemExit(7), want 7", code)
		}
	})
}

// The up arrow recalls the previous line; lines are kept in
// $HOME/.python_history for the next session.
func TestREPLPTYHistory(t *testing.T) {
	forEachTarget(t, []string{"-q"}, func(t *testing.T, s *ptySession, home string) {
		s.expect(">>> ")
		s.send("6 * 7\r")
		s.expect("42\r\n")
		s.expect(">>> ")
		s.send("'other'\r")
		s.expect("'other'\r\n")
		s.expect(">>> ")
		s.send("\x1b[A\x1b[A\r") // up, up, enter: 6 * 7 again
		s.expect("42\r\n")
		s.expect(">>> ")
		s.send("\x04")
		if code := s.exitCode(); code != 0 {
			t.Fatalf("exit status %d", code)
		}
		hist, err := os.ReadFile(filepath.Join(home, ".python_history"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(hist), "6 * 7\n") || !strings.Contains(string(hist), "'other'\n") {
			t.Errorf("history file %q lacks the lines typed", hist)
		}
	})
}

// Tab completes names in __main__ and attributes, as rlcompleter does.
func TestREPLPTYComplete(t *testing.T) {
	forEachTarget(t, []string{"-q"}, func(t *testing.T, s *ptySession, home string) {
		s.expect(">>> ")
		s.send("zq_value = 40\r")
		s.expect(">>> ")
		s.send("zq_val\t + 2\r")
		s.expect("42\r\n")
		s.expect(">>> ")
		s.send("import string\r")
		s.expect(">>> ")
		s.send("string.hexd\t\r")
		s.expect("'0123456789abcdefABCDEF'\r\n")
		s.expect(">>> ")
		s.send("\x04")
		if code := s.exitCode(); code != 0 {
			t.Errorf("exit status %d", code)
		}
	})
}
