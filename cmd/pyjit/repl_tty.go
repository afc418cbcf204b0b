package main

// This file reads the prompt's lines from a terminal with a line editor
// (github.com/chzyer/readline): arrow keys, Emacs bindings, Ctrl-R
// search, history kept in ~/.python_history and Tab completion through
// rlcompleter, as CPython's readline module and site.py set them up.

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/chzyer/readline"
	"golang.org/x/sys/unix"

	"github.com/pyjit/pyjit/interp"
)

// ttyReader is a lineReader over a terminal.
type ttyReader struct {
	rl    *readline.Instance
	stdin *gatedStdin
}

func newTTYReader(in *interp.Interpreter, opts replOptions, stdin, stdout *os.File) (*ttyReader, error) {
	g := newGatedStdin(int(stdin.Fd()))
	cfg := &readline.Config{
		Stdin:           g,
		Stdout:          stdout,
		Stderr:          stdout,
		InterruptPrompt: "\n", // print only the newline, as GNU readline does
		EOFPrompt:       "\n",
		HistoryLimit:    -1,
		AutoComplete:    noCompleter{},
		FuncIsTerminal:  func() bool { return true },
	}
	if opts.history {
		cfg.HistoryLimit = 0 // the library's default
		if home := opts.home; home != "" {
			cfg.HistoryFile = filepath.Join(home, ".python_history")
		}
		cfg.AutoComplete = pyCompleter{in}
	}
	rl, err := readline.NewEx(cfg)
	if err != nil {
		return nil, err
	}
	return &ttyReader{rl: rl, stdin: g}, nil
}

func (r *ttyReader) readLine(prompt string) (string, error) {
	r.rl.SetPrompt(prompt)
	r.stdin.setOpen(true)
	line, err := r.rl.Readline()
	r.stdin.setOpen(false)
	switch {
	case errors.Is(err, readline.ErrInterrupt):
		return "", errInterrupt
	case err != nil:
		return "", err
	}
	return line, nil
}

func (r *ttyReader) close() {
	r.stdin.shut()
	r.rl.Close()
}

// gatedStdin reads the terminal only while the line editor waits for a
// line. The library reads its input from a goroutine that never stops;
// without the gate it would also take the keys typed for the running
// program (input(), sys.stdin).
type gatedStdin struct {
	fd     int
	mu     sync.Mutex
	cond   *sync.Cond
	open   bool
	closed bool
}

func newGatedStdin(fd int) *gatedStdin {
	g := &gatedStdin{fd: fd}
	g.cond = sync.NewCond(&g.mu)
	return g
}

func (g *gatedStdin) setOpen(open bool) {
	g.mu.Lock()
	g.open = open
	g.mu.Unlock()
	g.cond.Broadcast()
}

func (g *gatedStdin) shut() {
	g.mu.Lock()
	g.closed = true
	g.mu.Unlock()
	g.cond.Broadcast()
}

// state waits until the gate is open or shut and reports which.
func (g *gatedStdin) waitOpen() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	for !g.open && !g.closed {
		g.cond.Wait()
	}
	return !g.closed
}

func (g *gatedStdin) isOpen() bool {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.open && !g.closed
}

func (g *gatedStdin) Read(p []byte) (int, error) {
	for {
		if !g.waitOpen() {
			return 0, io.EOF
		}
		// Poll with a timeout so that a gate closed meanwhile is seen
		// before the read takes a key.
		fds := []unix.PollFd{{Fd: int32(g.fd), Events: unix.POLLIN}}
		n, err := unix.Poll(fds, 50)
		if err != nil && err != unix.EINTR {
			return 0, err
		}
		if n <= 0 || !g.isOpen() {
			continue
		}
		n, err = unix.Read(g.fd, p)
		switch {
		case err == unix.EINTR || err == unix.EAGAIN:
			continue
		case err != nil:
			return 0, err
		case n == 0:
			return 0, io.EOF
		}
		return n, nil
	}
}

func (g *gatedStdin) Close() error {
	g.shut()
	return nil
}

// noCompleter inserts the Tab itself (no completion: -I or -S).
type noCompleter struct{}

func (noCompleter) Do(line []rune, pos int) ([][]rune, int) {
	return [][]rune{{'\t'}}, 0
}

// completerDelims are the word delimiters CPython's readline module sets.
const completerDelims = " \t\n`~!@#$%^&*()-=+[{]}\\|;:'\",<>/?"

// pyCompleter completes the word before the cursor with rlcompleter, in
// __main__'s namespace.
type pyCompleter struct{ in *interp.Interpreter }

func (c pyCompleter) Do(line []rune, pos int) (out [][]rune, length int) {
	defer func() {
		if recover() != nil {
			out, length = nil, 0
		}
	}()
	start := pos
	for start > 0 && !strings.ContainsRune(completerDelims, line[start-1]) {
		start--
	}
	word := string(line[start:pos])
	seen := map[string]bool{}
	for _, cand := range c.in.Complete(word) {
		if !strings.HasPrefix(cand, word) || seen[cand] {
			continue
		}
		seen[cand] = true
		out = append(out, []rune(cand[len(word):]))
	}
	return out, len([]rune(word))
}
