package main

// This file wires --profile, --profile-rate and --profile-mode to package
// profile: the file is created before the program runs (so a bad path
// fails at once, as --cpuprofile does), sampling starts with the
// interpreter, and the profile is written when the program ends.

import (
	"os"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/profile"
)

// pyProfile is the state of --profile; its methods accept a nil receiver
// (no --profile).
type pyProfile struct {
	file *os.File
	opts profile.Options
	p    *profile.Profiler
	done bool
}

// openProfile creates the --profile file.
func openProfile(cfg *Config) error {
	mode := profile.ModeCPU
	if cfg.ProfileMode != "" {
		m, err := profile.ParseMode(cfg.ProfileMode)
		if err != nil {
			return err
		}
		mode = m
	}
	f, err := os.Create(cfg.Profile)
	if err != nil {
		return err
	}
	cfg.profile = &pyProfile{file: f, opts: profile.Options{Rate: cfg.ProfileRate, Mode: mode}}
	return nil
}

// start begins sampling in.
func (pp *pyProfile) start(in *interp.Interpreter) {
	if pp == nil || pp.p != nil {
		return
	}
	pp.p = profile.Start(in, pp.opts)
}

// finish stops sampling and writes the profile (once).
func (pp *pyProfile) finish() error {
	if pp == nil || pp.p == nil || pp.done {
		return nil
	}
	pp.done = true
	pp.p.Stop()
	if err := pp.p.Write(pp.file); err != nil {
		return err
	}
	return pp.file.Close()
}

// close closes the file if finish did not (the program never ran).
func (pp *pyProfile) close() {
	if pp != nil && !pp.done {
		pp.file.Close()
	}
}
