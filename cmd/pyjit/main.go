// Command pyjit is the command-line front end of pyjit, a Python 3.11
// implementation in Go. It accepts CPython's options (same spelling, same
// messages, same exit codes, with "pyjit" as the program name) plus
// research options such as --dump-ast and --cpuprofile, and dispatches to
// the frontend and, later, the interpreter.
//
// Parsing (options.go, getopt.go, env.go, xoptions.go) is pure: it never
// reads process state, so it is tested directly. This package may import
// the standard library and pyjit's own packages (frontend, interpreter);
// nothing imports it.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
)

func main() {
	tuneGC(os.Getenv)
	os.Exit(run(os.Args[1:], os.Getenv, os.Stdin, os.Stdout, os.Stderr))
}

// defaultGCPercent is the collector's target heap growth unless GOGC is
// set. Python programs allocate many short-lived objects into a small
// live heap; Go's default (100) then collects several times as often,
// and on the pyperformance programs 400 cuts CPU time by up to a third
// for some tens of megabytes.
const defaultGCPercent = 400

func tuneGC(getenv func(string) string) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(defaultGCPercent)
	}
}

// run is the whole program behind main, returning the exit status.
func run(args []string, getenv func(string) string, stdin *os.File, stdout, stderr io.Writer) (status int) {
	defer func() {
		// A bug must not surface as a Go stack trace: report it the
		// way CPython reports internal failures and exit non-zero.
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "%s: internal error: %v\n", progName, r)
			status = 1
		}
	}()
	cfg, err := Parse(args, getenv)
	if cfg != nil {
		for _, n := range cfg.Notes {
			fmt.Fprintln(stderr, n)
		}
	}
	if err != nil {
		var ue *UsageError
		var fe *FatalError
		switch {
		case errors.As(err, &ue):
			writeUsageError(stderr, ue.Msg)
			return 2
		case errors.As(err, &fe):
			writeFatal(stderr, fe)
			return 1
		}
		fmt.Fprintf(stderr, "%s: %v\n", progName, err)
		return 2
	}
	switch cfg.Action {
	case ActionHelp:
		io.WriteString(stdout, helpText())
		return 0
	case ActionHelpEnv:
		io.WriteString(stdout, helpEnv)
		return 0
	case ActionHelpXOptions:
		io.WriteString(stdout, helpXOptions)
		return 0
	case ActionHelpAll:
		io.WriteString(stdout, helpAllText())
		return 0
	case ActionVersion:
		io.WriteString(stdout, versionText(cfg.VersionLevel))
		return 0
	}
	if cfg.CPUProfile != "" {
		stop, err := startCPUProfile(cfg.CPUProfile)
		if err != nil {
			fmt.Fprintf(stderr, "%s: cannot write CPU profile: %v\n", progName, err)
			return 1
		}
		defer stop()
	}
	if cfg.Profile != "" {
		if err := openProfile(cfg); err != nil {
			fmt.Fprintf(stderr, "%s: cannot write profile: %v\n", progName, err)
			return 1
		}
		defer cfg.profile.close()
	}
	return dispatch(cfg, stdin, stdout, stderr)
}

// startCPUProfile starts a Go CPU profile of pyjit itself and returns the
// function that finishes it.
func startCPUProfile(path string) (func(), error) {
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	return func() {
		pprof.StopCPUProfile()
		f.Close()
	}, nil
}
