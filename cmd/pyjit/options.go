package main

import (
	"fmt"
	"strconv"
	"strings"
)

// Action is what the command line asks for besides running a program.
type Action int

const (
	ActionRun          Action = iota // run (or dump) a program
	ActionHelp                       // -h, -?, --help
	ActionHelpEnv                    // --help-env
	ActionHelpXOptions               // --help-xoptions
	ActionHelpAll                    // --help-all
	ActionVersion                    // -V, --version (VersionLevel says how verbose)
)

// Config is everything the command line and the environment decide, in
// the shape of CPython's PyConfig where the two overlap. The interpreter
// reads it; the command line only fills it in.
type Config struct {
	Action       Action
	VersionLevel int // number of -V given; 2 or more prints build details

	// What to run: at most one of Command, Module, Filename is set;
	// when none is, the program is read from stdin (Stdin is true).
	Command     string // -c argument, without CPython's appended "\n"
	HasCommand  bool
	Module      string // -m argument
	HasModule   bool
	Filename    string // script path exactly as given
	HasFilename bool
	Stdin       bool // program comes from stdin ("-" or no program argument)

	// Argv is sys.argv as CPython builds it before running anything:
	// ["-c", args...], ["-m", args...] (the interpreter later replaces
	// "-m" by the module's path), ["-", args...], [file, args...], or
	// [""] when nothing follows the options.
	Argv []string

	// Flags, named after PyConfig fields; counts where CPython counts.
	BytesWarning        int  // -b
	ParserDebug         int  // -d, PYTHONDEBUG
	Inspect             int  // -i, PYTHONINSPECT
	Interactive         int  // -i
	Isolated            bool // -I
	UseEnvironment      bool // false with -E or -I
	OptimizationLevel   int  // -O, PYTHONOPTIMIZE
	SafePath            bool // -P, -I, PYTHONSAFEPATH
	WriteBytecode       bool // false with -B, PYTHONDONTWRITEBYTECODE
	UserSiteDirectory   bool // false with -s, -I, PYTHONNOUSERSITE
	SiteImport          bool // false with -S
	BufferedStdio       bool // false with -u, PYTHONUNBUFFERED
	Verbose             int  // -v, PYTHONVERBOSE
	SkipSourceFirstLine bool // -x
	Quiet               int  // -q
	DevMode             bool // -X dev, PYTHONDEVMODE
	UTF8Mode            int  // -X utf8[=0|1], PYTHONUTF8; -1 = not set
	CheckHashPycsMode   string

	// Hash randomization: UseHashSeed with HashSeed when PYTHONHASHSEED
	// is an integer; -R or "random" leaves UseHashSeed false.
	UseHashSeed      bool
	HashSeed         uint32
	RandomHashForced bool // -R

	CmdlineWarnOptions []string // -W, in order
	EnvWarnOptions     []string // PYTHONWARNINGS split on ','
	XOptions           []string // -X, in order, as given

	TraceMalloc     int // -X tracemalloc[=N], PYTHONTRACEMALLOC; 0 = off
	IntMaxStrDigits int // -X int_max_str_digits, PYTHONINTMAXSTRDIGITS; -1 = default

	PythonPathEnv    string   // PYTHONPATH as given
	PythonPath       []string // PYTHONPATH split on ':'
	PythonStartup    string   // PYTHONSTARTUP
	PythonIOEncoding string   // PYTHONIOENCODING
	PycachePrefix    string   // -X pycache_prefix, PYTHONPYCACHEPREFIX
	HasPycachePrefix bool
	JITThreshold     int    // -X jit-threshold=N; -1 = default
	Stdlib           string // -X stdlib=DIR
	HasStdlib        bool
	ShowStdlib       bool // -X stdlib without a value: print the directory

	// Research options (pyjit only).
	DumpTokens  bool
	DumpAST     bool
	Dis         bool
	Stats       bool
	JIT         bool     // --jit=on|off; on by default
	TraceJIT    []string // --trace-jit[=WHAT,...]; nil = off
	jitTracer   *jitTracer
	Profile     string // --profile FILE
	ProfileRate int    // --profile-rate HZ; 0 = default
	ProfileMode string // --profile-mode cpu|wall; "" = cpu
	profile     *pyProfile
	CPUProfile  string // --cpuprofile FILE

	// Notes are messages CPython prints on stderr without failing
	// (currently only "expected long option"); main prints them first.
	Notes []string
}

// WarnOptions returns sys.warnoptions as CPython computes it: lowest
// priority first, because the warnings module lets later filters win.
func (c *Config) WarnOptions() []string {
	var w []string
	if c.DevMode {
		w = append(w, "default")
	}
	w = append(w, c.EnvWarnOptions...)
	w = append(w, c.CmdlineWarnOptions...)
	switch {
	case c.BytesWarning > 1:
		w = append(w, "error::BytesWarning")
	case c.BytesWarning == 1:
		w = append(w, "default::BytesWarning")
	}
	return w
}

// XOptionsMap returns sys._xoptions: "name=value" maps to the string
// value, a bare "name" to "" with ok true; a later option wins.
func (c *Config) XOptionsMap() map[string]XValue {
	m := make(map[string]XValue, len(c.XOptions))
	for _, x := range c.XOptions {
		name, value, hasValue := strings.Cut(x, "=")
		m[name] = XValue{Value: value, HasValue: hasValue}
	}
	return m
}

// XValue is one entry of sys._xoptions: a string, or True when the
// option had no "=value".
type XValue struct {
	Value    string
	HasValue bool
}

// Source returns the text of a -c program as CPython compiles it: the
// argument with a newline appended.
func (c *Config) Source() string { return c.Command + "\n" }

// UsageError is a command-line mistake: main prints Msg, the usage line
// and the "Try" hint on stderr and exits with status 2.
type UsageError struct{ Msg string }

func (e *UsageError) Error() string { return e.Msg }

// FatalError is a configuration error CPython reports as "Fatal Python
// error" (bad PYTHONHASHSEED, bad -X values); the exit status is 1.
type FatalError struct {
	Func  string // CPython function named in the message, may be empty
	Msg   string
	State string // "preinitializing" or "preinitialized"
}

func (e *FatalError) Error() string {
	if e.Func != "" {
		return e.Func + ": " + e.Msg
	}
	return e.Msg
}

// Parse reads the command line (without the program name) and the
// environment, looked up through env, which returns "" for unset
// variables. It never touches the process state, so it is testable.
// Errors are *UsageError or *FatalError; the Config returned with an
// error is incomplete, only its Notes (to print first) are meaningful.
func Parse(args []string, env func(string) string) (*Config, error) {
	if env == nil {
		env = func(string) string { return "" }
	}
	cfg := &Config{
		UseEnvironment:    true,
		WriteBytecode:     true,
		UserSiteDirectory: true,
		SiteImport:        true,
		BufferedStdio:     true,
		UTF8Mode:          -1,
		IntMaxStrDigits:   -1,
		JITThreshold:      -1,
		JIT:               true,
	}
	// CPython first pre-scans the options for -E, -I and -X (to set up
	// UTF-8 mode) while ignoring errors, so a bad -X utf8 is reported
	// even when a usage error comes earlier on the line.
	if err := preScan(cfg, args, env); err != nil {
		return cfg, err
	}
	if err := parseCmdline(cfg, args); err != nil {
		return cfg, err
	}
	if cfg.Action != ActionRun {
		return cfg, nil
	}
	if cfg.Isolated {
		cfg.UseEnvironment = false
		cfg.SafePath = true
		cfg.UserSiteDirectory = false
	}
	if err := readEnv(cfg, env); err != nil {
		return cfg, err
	}
	if err := readXOptions(cfg, env); err != nil {
		return cfg, err
	}
	return cfg, nil
}

// preScan mirrors CPython's precmdline pass.
func preScan(cfg *Config, args []string, env func(string) string) error {
	s := scanner{args: args}
	useEnv, isolated := true, false
	var xopts []string
	for {
		ev := s.next()
		if ev.end || ev.short == 'c' || ev.short == 'm' {
			break
		}
		switch ev.short {
		case 'E':
			useEnv = false
		case 'I':
			isolated = true
		case 'X':
			xopts = append(xopts, ev.arg)
		}
	}
	if isolated {
		useEnv = false
	}
	getenv := func(name string) string {
		if !useEnv {
			return ""
		}
		return env(name)
	}
	// An -X utf8 option takes precedence: PYTHONUTF8 is then not even
	// validated.
	if v, hasValue, ok := firstXOption(xopts, "utf8"); ok {
		switch {
		case !hasValue || v == "1":
			cfg.UTF8Mode = 1
		case v == "0":
			cfg.UTF8Mode = 0
		default:
			return &FatalError{Func: "preconfig_init_utf8_mode",
				Msg: "invalid -X utf8 option value", State: "preinitializing"}
		}
	} else if v := getenv("PYTHONUTF8"); v != "" {
		switch v {
		case "1":
			cfg.UTF8Mode = 1
		case "0":
			cfg.UTF8Mode = 0
		default:
			return &FatalError{Func: "preconfig_init_utf8_mode",
				Msg: "invalid PYTHONUTF8 environment variable value", State: "preinitializing"}
		}
	}
	if _, _, ok := firstXOption(xopts, "dev"); ok || getenv("PYTHONDEVMODE") != "" {
		cfg.DevMode = true
	}
	return nil
}

// parseCmdline is CPython's config_parse_cmdline.
func parseCmdline(cfg *Config, args []string) error {
	s := scanner{args: args}
	for {
		ev := s.next()
		if ev.note != "" {
			cfg.Notes = append(cfg.Notes, ev.note)
		}
		if ev.err != "" {
			return &UsageError{Msg: ev.err}
		}
		if ev.end {
			break
		}
		if ev.long != "" {
			if err := applyLong(cfg, ev); err != nil {
				return err
			}
			if cfg.Action != ActionRun {
				return nil
			}
			continue
		}
		switch ev.short {
		case 'c':
			// -c ends the options: whatever follows belongs to the
			// program, even if it looks like an option.
			cfg.Command, cfg.HasCommand = ev.arg, true
		case 'm':
			cfg.Module, cfg.HasModule = ev.arg, true
		case 'b':
			cfg.BytesWarning++
		case 'd':
			cfg.ParserDebug++
		case 'i':
			cfg.Inspect++
			cfg.Interactive++
		case 'I':
			cfg.Isolated = true
		case 'O':
			cfg.OptimizationLevel++
		case 'P':
			cfg.SafePath = true
		case 'B':
			cfg.WriteBytecode = false
		case 's':
			cfg.UserSiteDirectory = false
		case 'S':
			cfg.SiteImport = false
		case 'E':
			cfg.UseEnvironment = false
		case 't':
			// Accepted and ignored, as in CPython (Python 2 leftover).
		case 'u':
			cfg.BufferedStdio = false
		case 'v':
			cfg.Verbose++
		case 'x':
			cfg.SkipSourceFirstLine = true
		case 'h', '?':
			// Help wins immediately; options after it are not checked.
			cfg.Action = ActionHelp
			return nil
		case 'V':
			cfg.VersionLevel++
		case 'W':
			cfg.CmdlineWarnOptions = append(cfg.CmdlineWarnOptions, ev.arg)
		case 'X':
			cfg.XOptions = append(cfg.XOptions, ev.arg)
		case 'q':
			cfg.Quiet++
		case 'R':
			// -R forces randomization: PYTHONHASHSEED is then ignored.
			cfg.RandomHashForced = true
		}
		if cfg.HasCommand || cfg.HasModule {
			break
		}
	}
	if cfg.VersionLevel > 0 {
		// -V is acted on only after the whole line parsed cleanly.
		cfg.Action = ActionVersion
		return nil
	}
	rest := args[s.ind:]
	switch {
	case cfg.HasCommand:
		cfg.Argv = append([]string{"-c"}, rest...)
	case cfg.HasModule:
		cfg.Argv = append([]string{"-m"}, rest...)
	case len(rest) == 0:
		cfg.Argv = []string{""}
		cfg.Stdin = true
	default:
		cfg.Argv = append([]string(nil), rest...)
		if rest[0] == "-" {
			cfg.Stdin = true
		} else {
			cfg.Filename, cfg.HasFilename = rest[0], true
		}
	}
	return nil
}

// applyLong handles the long options, CPython's and pyjit's research ones.
func applyLong(cfg *Config, ev optEvent) error {
	switch ev.long {
	case "check-hash-based-pycs":
		switch ev.arg {
		case "always", "never", "default":
			cfg.CheckHashPycsMode = ev.arg
		default:
			return &UsageError{Msg: "--check-hash-based-pycs must be one of 'default', 'always', or 'never'"}
		}
	case "help-all":
		cfg.Action = ActionHelpAll
	case "help-env":
		cfg.Action = ActionHelpEnv
	case "help-xoptions":
		cfg.Action = ActionHelpXOptions
	case "dump-tokens":
		cfg.DumpTokens = true
	case "dump-ast":
		cfg.DumpAST = true
	case "dis":
		cfg.Dis = true
	case "stats":
		cfg.Stats = true
	case "jit":
		switch ev.arg {
		case "on":
			cfg.JIT = true
		case "off":
			cfg.JIT = false
		default:
			return &UsageError{Msg: "--jit must be 'on' or 'off', not " + pyRepr(ev.arg)}
		}
	case "trace-jit":
		what, err := parseTraceJIT(ev.arg, ev.hasArg)
		if err != nil {
			return err
		}
		cfg.TraceJIT = what
	case "profile":
		if ev.arg == "" {
			return &UsageError{Msg: "--profile needs a file name"}
		}
		cfg.Profile = ev.arg
	case "profile-rate":
		hz, err := strconv.Atoi(ev.arg)
		if err != nil || hz <= 0 || hz > maxProfileRate {
			return &UsageError{Msg: fmt.Sprintf("--profile-rate must be an integer in range [1; %d], not %s",
				maxProfileRate, pyRepr(ev.arg))}
		}
		cfg.ProfileRate = hz
	case "profile-mode":
		if ev.arg != "cpu" && ev.arg != "wall" {
			return &UsageError{Msg: "--profile-mode must be 'cpu' or 'wall', not " + pyRepr(ev.arg)}
		}
		cfg.ProfileMode = ev.arg
	case "cpuprofile":
		if ev.arg == "" {
			return &UsageError{Msg: "--cpuprofile needs a file name"}
		}
		cfg.CPUProfile = ev.arg
	}
	return nil
}

// maxProfileRate bounds --profile-rate: beyond ~1 MHz the sampler would
// measure itself.
const maxProfileRate = 1000000

// traceJITEvents are the event classes --trace-jit may select.
var traceJITEvents = []string{"all", "compile", "enter", "exit", "deopt", "guard", "inline", "asm"}

// parseTraceJIT validates --trace-jit's comma-separated WHAT list; no
// value means everything.
func parseTraceJIT(arg string, hasArg bool) ([]string, error) {
	if !hasArg {
		return []string{"all"}, nil
	}
	var out []string
	for _, w := range strings.Split(arg, ",") {
		known := false
		for _, e := range traceJITEvents {
			if w == e {
				known = true
				break
			}
		}
		if !known {
			return nil, &UsageError{Msg: fmt.Sprintf("--trace-jit: unknown event class %s (expected a comma-separated list of %s)",
				pyRepr(w), strings.Join(traceJITEvents, ", "))}
		}
		out = append(out, w)
	}
	return out, nil
}
