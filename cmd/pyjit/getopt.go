package main

import (
	"strings"
	"unicode/utf8"
)

// shortOpts lists CPython 3.11's short options; a following ':' means the
// option takes an argument (attached, as in -Wx, or as the next argument).
// 'J' is deliberately absent: CPython reserves it for Jython and reports
// it with its own message.
const shortOpts = "bBc:dEhiIm:OPqRsStuvVW:xX:?"

// longArg says whether a long option takes a value.
type longArg int

const (
	argNone     longArg = iota // --flag
	argRequired                // --opt VALUE or, for research options, --opt=VALUE
	argOptional                // --opt or --opt=VALUE (never a separate argument)
)

// longOpt describes one accepted long option.
type longOpt struct {
	name string
	arg  longArg
	// gnu is true for pyjit's research options, which also accept the
	// --name=value spelling. CPython's own long options do not: CPython
	// reports "--check-hash-based-pycs=always" as an unknown option.
	gnu bool
}

var longOpts = []longOpt{
	{name: "check-hash-based-pycs", arg: argRequired},
	{name: "help-all"},
	{name: "help-env"},
	{name: "help-xoptions"},
	{name: "dump-tokens", gnu: true},
	{name: "dump-ast", gnu: true},
	{name: "dis", gnu: true},
	{name: "stats", gnu: true},
	{name: "jit", arg: argRequired, gnu: true},
	{name: "trace-jit", arg: argOptional, gnu: true},
	{name: "profile", arg: argRequired, gnu: true},
	{name: "profile-rate", arg: argRequired, gnu: true},
	{name: "profile-mode", arg: argRequired, gnu: true},
	{name: "cpuprofile", arg: argRequired, gnu: true},
}

// optEvent is one result of the scanner: a short option (short != 0), a
// long option (long != ""), or the end of the options (end).
type optEvent struct {
	short  byte
	long   string
	arg    string
	hasArg bool // an optional long argument was given (--trace-jit=x)
	end    bool
	// err is the message CPython prints for a malformed option; the
	// caller turns it into a usage error.
	err string
	// note is printed on stderr but is not an error: CPython says
	// "expected long option" for a trailing '-' in a cluster and then
	// simply stops parsing options.
	note string
}

// scanner walks the argument list the way CPython's _PyOS_GetOpt does:
// clusters of short options, option arguments attached or separate, "--"
// ending the options, and long options introduced by "--".
type scanner struct {
	args    []string
	ind     int    // index of the next argument to examine
	cluster string // unread rest of the current short-option cluster
}

func (s *scanner) next() optEvent {
	if s.cluster == "" {
		if s.ind >= len(s.args) {
			return optEvent{end: true}
		}
		a := s.args[s.ind]
		switch {
		case len(a) < 2 || a[0] != '-':
			// A non-option or a lone "-" (read stdin) ends the options.
			return optEvent{end: true}
		case a == "--":
			s.ind++
			return optEvent{end: true}
		case a == "--help":
			s.ind++
			return optEvent{short: 'h'}
		case a == "--version":
			s.ind++
			return optEvent{short: 'V'}
		}
		s.cluster = a[1:]
		s.ind++
	}
	r, size := utf8.DecodeRuneInString(s.cluster)
	if r == utf8.RuneError && size <= 1 {
		// CPython sees undecodable bytes as surrogate escapes U+DC80..U+DCFF.
		r = 0xDC00 + rune(s.cluster[0])
	}
	s.cluster = s.cluster[size:]
	if r == '-' {
		return s.long()
	}
	if r == 'J' {
		return optEvent{err: "-J is reserved for Jython"}
	}
	i := -1
	if r < utf8.RuneSelf && r != ':' {
		i = strings.IndexByte(shortOpts, byte(r))
	}
	if i < 0 {
		// CPython prints the option with printf("%c", (char)option):
		// only the low byte of the code point survives, raw.
		return optEvent{err: "Unknown option: -" + string([]byte{byte(r)})}
	}
	c := byte(r)
	if i+1 < len(shortOpts) && shortOpts[i+1] == ':' {
		if s.cluster != "" {
			arg := s.cluster
			s.cluster = ""
			return optEvent{short: c, arg: arg, hasArg: true}
		}
		if s.ind >= len(s.args) {
			return optEvent{err: "Argument expected for the -" + string(rune(c)) + " option"}
		}
		arg := s.args[s.ind]
		s.ind++
		return optEvent{short: c, arg: arg, hasArg: true}
	}
	return optEvent{short: c}
}

// long parses the rest of the cluster as a long option name. CPython
// matches names exactly (no abbreviations) and quotes the whole original
// argument in its messages.
func (s *scanner) long() optEvent {
	name := s.cluster
	s.cluster = ""
	if name == "" {
		return optEvent{end: true, note: "expected long option"}
	}
	whole := s.args[s.ind-1]
	value, hasValue := "", false
	opt := findLong(name)
	if opt == nil {
		if eq := strings.IndexByte(name, '='); eq >= 0 {
			if o := findLong(name[:eq]); o != nil && o.gnu {
				opt, value, hasValue = o, name[eq+1:], true
			}
		}
	}
	if opt == nil {
		return optEvent{err: "unknown option " + whole}
	}
	switch opt.arg {
	case argNone:
		if hasValue {
			return optEvent{err: "option --" + opt.name + " does not take a value"}
		}
		return optEvent{long: opt.name}
	case argOptional:
		return optEvent{long: opt.name, arg: value, hasArg: hasValue}
	}
	if hasValue {
		return optEvent{long: opt.name, arg: value, hasArg: true}
	}
	if s.ind >= len(s.args) {
		// "options" (plural) is CPython's wording.
		return optEvent{err: "Argument expected for the " + whole + " options"}
	}
	value = s.args[s.ind]
	s.ind++
	return optEvent{long: opt.name, arg: value, hasArg: true}
}

func findLong(name string) *longOpt {
	for i := range longOpts {
		if longOpts[i].name == name {
			return &longOpts[i]
		}
	}
	return nil
}
