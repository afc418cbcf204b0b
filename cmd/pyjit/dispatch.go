package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit"
)

// dispatch finds the program (command, script, directory or stdin) and
// runs it, or hands it to the research modes. It keeps CPython's errors and
// statuses for programs that cannot be found.
func dispatch(cfg *Config, stdin *os.File, stdout, stderr io.Writer) int {
	research := cfg.DumpTokens || cfg.DumpAST || cfg.Dis
	if cfg.ShowStdlib && !cfg.HasCommand && !cfg.HasModule && !cfg.HasFilename {
		// "pyjit -X stdlib" names the standard library it would load.
		in, _ := newInterpreter(cfg, stdout, stderr)
		fmt.Fprintln(stdout, in.Stdlib())
		return 0
	}
	// CPython's stdin_is_interactive: the prompt reads stdin when it is
	// a terminal, or always with -i.
	interactive := !research && (isTerminal(stdin) || cfg.Interactive > 0)
	var src []byte
	var filename string
	switch {
	case cfg.HasCommand:
		src, filename = []byte(cfg.Source()), "<string>"
	case cfg.HasModule:
		if research {
			fmt.Fprintf(stderr, "%s: -m cannot be combined with --dump-tokens, --dump-ast or --dis yet; pass the module's file\n", progName)
			return 1
		}
		in, j := newInterpreter(cfg, stdout, stderr)
		status := in.RunModule(cfg.Module)
		if cfg.Inspect > 0 && interactive {
			status = runREPL(in, replOpts(cfg, false), stdin, stdout, stderr)
		}
		return finish(cfg, in, j, stderr, status)
	case cfg.HasFilename:
		path := pyAbsPath(cfg.Filename)
		data, used, status := readScript(path, stderr)
		if data == nil {
			return status
		}
		src, filename = data, used
	default:
		// "-" or no script: a terminal means the interactive prompt,
		// anything else is the program, as in python3.
		if interactive {
			in, j := newInterpreter(cfg, stdout, stderr)
			return finish(cfg, in, j, stderr, runREPL(in, replOpts(cfg, true), stdin, stdout, stderr))
		}
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "%s: cannot read stdin: %s\n", progName, errnoText(err))
			return 1
		}
		src, filename = data, "<stdin>"
	}
	if cfg.SkipSourceFirstLine && cfg.HasFilename {
		// CPython applies -x to script files only, not to -c or stdin.
		src = skipFirstLine(src)
	}
	if research {
		return runResearch(cfg, src, filename, stdout, stderr)
	}
	in, j := newInterpreter(cfg, stdout, stderr)
	if cfg.Inspect > 0 && interactive {
		in.RunSourceInspect(src, filename)
		return finish(cfg, in, j, stderr, runREPL(in, replOpts(cfg, false), stdin, stdout, stderr))
	}
	return finish(cfg, in, j, stderr, in.RunSource(src, filename))
}

// newInterpreter makes the interpreter the options describe: sys.argv,
// -O, the import path (PYTHONPATH, pyjit's pylib/, the host stdlib), -B,
// and the JIT (nil when off).
func newInterpreter(cfg *Config, stdout, stderr io.Writer) (*interp.Interpreter, *jit.JIT) {
	in := interp.NewInterpreter(stdout, stderr)
	in.Argv = cfg.Argv
	in.Optimize = cfg.OptimizationLevel
	in.PythonPath = cfg.PythonPath
	in.PylibDir = findPylib()
	if cfg.HasStdlib {
		in.StdlibDir = cfg.Stdlib
	}
	in.DontWriteBytecode = !cfg.WriteBytecode
	in.Unbuffered = !cfg.BufferedStdio
	if cfg.Stats {
		in.OpStats = new(interp.OpStats)
	}
	in.InstallSignalHandlers() // Ctrl-C raises KeyboardInterrupt, as in python3
	j := setupJIT(in, cfg)
	cfg.profile.start(in)
	return in, j
}

// finish prints the --stats report and passes the exit status through.
func finish(cfg *Config, in *interp.Interpreter, j *jit.JIT, stderr io.Writer, status int) int {
	if err := cfg.profile.finish(); err != nil {
		in.Flush()
		fmt.Fprintf(stderr, "%s: cannot write profile: %v\n", progName, err)
		if status == 0 {
			status = 1
		}
	}
	if cfg.jitTracer != nil {
		in.Flush()
		cfg.jitTracer.summary()
	}
	if cfg.Stats {
		in.OpStats.Write(stderr, 40)
		if j != nil {
			j.Stats.Write(stderr)
		}
	}
	if sig := in.ExitSignal(); sig != 0 {
		in.Flush()
		interp.DieBySignal(sig)
	}
	return status
}

// findPylib locates the pure-Python modules pyjit ships (pylib/, e.g.
// pyperf): $PYJIT_PYLIB, else a pylib directory beside the pyjit binary or
// one level up (a binary built at the repository root or in bin/).
func findPylib() string {
	if dir := os.Getenv("PYJIT_PYLIB"); dir != "" {
		return dir
	}
	exe, err := os.Executable()
	if err != nil {
		return ""
	}
	if resolved, err := filepath.EvalSymlinks(exe); err == nil {
		exe = resolved
	}
	for _, dir := range []string{filepath.Dir(exe), filepath.Dir(filepath.Dir(exe))} {
		if st, err := os.Stat(filepath.Join(dir, "pylib", "pyperf.py")); err == nil && !st.IsDir() {
			return filepath.Join(dir, "pylib")
		}
	}
	return ""
}

// setupJIT installs the tracing JIT unless --jit=off or a threshold of 0
// turns it off (-X jit-threshold=-1, the default, means
// jit.DefaultThreshold). It returns nil when the JIT is off.
func setupJIT(in *interp.Interpreter, cfg *Config) *jit.JIT {
	th := cfg.JITThreshold
	if th < 0 {
		th = jit.DefaultThreshold
	}
	if !cfg.JIT || th == 0 || !jit.Available {
		return nil
	}
	var opts jit.Options
	if cfg.TraceJIT != nil {
		cfg.jitTracer = newJITTracer(os.Stderr, cfg.TraceJIT)
		opts.OnEvent = cfg.jitTracer.event
	}
	j := jit.New(opts)
	in.JIT, in.JITThreshold = j, th
	return j
}

// isTerminal reports whether f is a character device (a terminal).
func isTerminal(f *os.File) bool {
	if f == nil {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// readScript loads the program named on the command line and returns it
// with the path of the file actually read. A directory runs its
// __main__.py, as CPython's runpy does. On failure it prints CPython's
// message and returns nil with the exit status.
func readScript(path string, stderr io.Writer) ([]byte, string, int) {
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		mainPath := filepath.Join(path, "__main__.py")
		if st, err := os.Stat(mainPath); err != nil || st.IsDir() {
			fmt.Fprintf(stderr, "%s: can't find '__main__' module in %s\n", progName, pyRepr(path))
			return nil, "", 1
		}
		path = mainPath
	}
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintf(stderr, "%s: can't open file %s: %s\n", progName, pyRepr(path), errnoText(err))
		return nil, "", 2
	}
	defer f.Close()
	data, err := io.ReadAll(f)
	if err != nil {
		fmt.Fprintf(stderr, "%s: can't read file %s: %s\n", progName, pyRepr(path), errnoText(err))
		return nil, "", 1
	}
	return data, path, 0
}

// pyAbsPath is CPython's _Py_abspath: join with the working directory
// without cleaning the path, so messages show "/cwd/./x.py" as CPython
// does. "" and "." mean the working directory itself.
func pyAbsPath(p string) string {
	if filepath.IsAbs(p) {
		return p
	}
	cwd, err := os.Getwd()
	if err != nil {
		return p
	}
	if p == "" || p == "." {
		return cwd
	}
	return cwd + string(filepath.Separator) + p
}

// skipFirstLine implements -x: CPython drops the first line but keeps
// counting it, so we blank it and keep the newline.
func skipFirstLine(src []byte) []byte {
	i := bytes.IndexByte(src, '\n')
	if i < 0 {
		return nil
	}
	return src[i:]
}
