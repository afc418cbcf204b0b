package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
)

const notImplemented = progName + ": running Python code is not implemented yet " +
	"(the interpreter is being built); try --dump-ast\n"

// dispatch finds the program (command, script, directory or stdin) and
// hands it to the research modes, or reports that running is not
// available yet. It keeps CPython's errors and statuses for programs that
// cannot be found, since those do not depend on the interpreter.
func dispatch(cfg *Config, stdin *os.File, stdout, stderr io.Writer) int {
	research := cfg.DumpTokens || cfg.DumpAST || cfg.Dis
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
		io.WriteString(stderr, notImplemented)
		return 1
	case cfg.HasFilename:
		path := pyAbsPath(cfg.Filename)
		data, used, status := readScript(path, !research, stderr)
		if data == nil {
			return status
		}
		src, filename = data, used
	default:
		if !research {
			// Covers "-", a piped stdin and the interactive prompt.
			io.WriteString(stderr, notImplemented)
			return 1
		}
		data, err := io.ReadAll(stdin)
		if err != nil {
			fmt.Fprintf(stderr, "%s: cannot read stdin: %s\n", progName, errnoText(err))
			return 1
		}
		src, filename = data, "<stdin>"
	}
	if !research {
		io.WriteString(stderr, notImplemented)
		return 1
	}
	if cfg.SkipSourceFirstLine && cfg.HasFilename {
		// CPython applies -x to script files only, not to -c or stdin.
		src = skipFirstLine(src)
	}
	return runResearch(cfg, src, filename, stdout, stderr)
}

// readScript loads the program named on the command line and returns it
// with the path of the file actually read. A directory runs its
// __main__.py, as CPython's runpy does. On failure it prints CPython's
// message and returns nil with the exit status. With checkOnly it only
// verifies that the script can be opened (the interpreter, not us, will
// read it) and returns an empty, non-nil slice.
func readScript(path string, checkOnly bool, stderr io.Writer) ([]byte, string, int) {
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
	if checkOnly {
		return []byte{}, path, 0
	}
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
