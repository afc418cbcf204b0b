package main

// This file is the interactive prompt: CPython's PyRun_InteractiveLoop.
// Each statement is read a line at a time (sys.ps1 first, then sys.ps2)
// until parser.ParseInteractive says the parser has what it needs (the
// same point where CPython's interactive tokenizer stops asking for
// lines), then runs in __main__ with its errors reported through
// sys.excepthook. Lines come from a line editor when stdin and stdout
// are terminals (repl_tty.go), else straight from stdin with the prompts
// on stderr (repl_plain.go), as CPython's PyOS_StdioReadline does.

import (
	"errors"
	"io"
	"os"
	"strings"

	"github.com/pyjit/pyjit/frontend/parser"
	"github.com/pyjit/pyjit/interp"
)

// errInterrupt is a line reader's answer to Ctrl-C at the prompt.
var errInterrupt = errors.New("interrupt")

// lineReader reads the lines typed at the prompt.
type lineReader interface {
	// readLine shows prompt and returns the next line without its
	// newline: io.EOF at end of input, errInterrupt for Ctrl-C.
	readLine(prompt string) (string, error)
	close()
}

// replOptions says how a session starts.
type replOptions struct {
	banner  bool   // print the version banner first
	startup string // PYTHONSTARTUP file to run first ("" for none)
	history bool   // keep ~/.python_history and complete with Tab
	home    string // $HOME, for the history file
}

// replOpts derives a session's options from the command line: the
// banner and PYTHONSTARTUP only when the prompt reads stdin from the
// start (pymain_header, pymain_run_startup); history and completion
// unless -I or -S (site.py's register_readline).
func replOpts(cfg *Config, fromStart bool) replOptions {
	o := replOptions{
		banner:  fromStart && cfg.Quiet == 0,
		history: cfg.SiteImport && !cfg.Isolated,
		home:    os.Getenv("HOME"),
	}
	if fromStart {
		o.startup = cfg.PythonStartup
	}
	return o
}

// runREPL runs an interactive session on in until end of input or
// SystemExit and returns the exit status.
func runREPL(in *interp.Interpreter, opts replOptions, stdin *os.File, stdout, stderr io.Writer) int {
	in.StartInteractive()
	if opts.banner {
		version, _ := in.SysString("version")
		platform, _ := in.SysString("platform")
		io.WriteString(stderr, "Python "+version+" on "+platform+"\n"+
			"Type \"help\", \"copyright\", \"credits\" or \"license\" for more information.\n")
	}
	if opts.startup != "" {
		if status, exit := in.RunStartupFile(opts.startup); exit {
			return status
		}
	}
	var r lineReader
	if out, ok := stdout.(*os.File); ok && isTerminal(stdin) && isTerminal(out) {
		if tr, err := newTTYReader(in, opts, stdin, out); err == nil {
			r = tr
		}
	}
	if r == nil {
		r = newPlainReader(stdin, stderr)
	}
	defer r.close()
	for {
		status, exit := replOne(in, r)
		if exit {
			return status
		}
	}
}

// replOne reads and runs one statement (PyRun_InteractiveOneObject). It
// reports whether the session ends, and with which status.
func replOne(in *interp.Interpreter, r lineReader) (status int, exit bool) {
	var lines []string
	for {
		prompt := "ps1"
		if len(lines) > 0 {
			prompt = "ps2"
		}
		in.Flush()
		p, _ := in.SysString(prompt)
		line, err := r.readLine(p)
		switch {
		case err == errInterrupt:
			return in.ReportInterrupt()
		case err == io.EOF && len(lines) == 0:
			in.Finish()
			return 0, true
		case err == io.EOF:
			// End of input inside a statement: the parser sees the end
			// of the text, and the next prompt reads on.
			return runLines(in, lines, true)
		case err != nil:
			in.Finish()
			return 1, true
		}
		// An empty line ends a multi-line statement; a first line of
		// only blanks or a comment is an empty statement.
		if len(lines) == 0 && isBlankOrComment(line) {
			return 0, false
		}
		final := len(lines) > 0 && line == ""
		lines = append(lines, line)
		mod, more, perr := parser.ParseInteractive(strings.Join(lines, "\n")+"\n", "<stdin>", final)
		if more {
			continue
		}
		if perr != nil {
			return in.ReportError(perr)
		}
		return in.RunInteractive(mod, "<stdin>")
	}
}

// runLines runs the statement in lines when the input ended.
func runLines(in *interp.Interpreter, lines []string, final bool) (int, bool) {
	mod, _, err := parser.ParseInteractive(strings.Join(lines, "\n")+"\n", "<stdin>", final)
	if err != nil {
		return in.ReportError(err)
	}
	return in.RunInteractive(mod, "<stdin>")
}

// isBlankOrComment reports whether line holds only whitespace and maybe a
// comment.
func isBlankOrComment(line string) bool {
	s := strings.TrimLeft(line, " \t\f")
	return s == "" || s[0] == '#' || s == "\r"
}
