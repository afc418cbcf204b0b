package main

import (
	"errors"
	"reflect"
	"testing"
)

// TestParseForms checks each option spelling against the Config fields it
// must set. Expected values follow CPython 3.11's behaviour (verified by
// running /usr/bin/python3.11; TestParseMatchesCPython re-checks the
// overlapping part against the live oracle).
func TestParseForms(t *testing.T) {
	cases := []struct {
		name  string
		args  []string
		env   []string
		check func(*Config) bool
	}{
		{"file", []string{"x.py", "a", "-b"}, nil, func(c *Config) bool {
			return c.HasFilename && c.Filename == "x.py" && reflect.DeepEqual(c.Argv, []string{"x.py", "a", "-b"})
		}},
		{"command", []string{"-c", "print(1)", "-B"}, nil, func(c *Config) bool {
			return c.HasCommand && c.Command == "print(1)" && c.Source() == "print(1)\n" &&
				reflect.DeepEqual(c.Argv, []string{"-c", "-B"}) && c.WriteBytecode
		}},
		{"attached command", []string{"-cprint(1)", "a"}, nil, func(c *Config) bool {
			return c.Command == "print(1)" && reflect.DeepEqual(c.Argv, []string{"-c", "a"})
		}},
		{"cluster then command", []string{"-Bc", "pass"}, nil, func(c *Config) bool {
			return c.Command == "pass" && !c.WriteBytecode
		}},
		{"module", []string{"-m", "json.tool", "-h"}, nil, func(c *Config) bool {
			return c.HasModule && c.Module == "json.tool" && reflect.DeepEqual(c.Argv, []string{"-m", "-h"}) && c.Action == ActionRun
		}},
		{"attached module", []string{"-mjson"}, nil, func(c *Config) bool {
			return c.Module == "json" && reflect.DeepEqual(c.Argv, []string{"-m"})
		}},
		{"dash", []string{"-", "a"}, nil, func(c *Config) bool {
			return c.Stdin && !c.HasFilename && reflect.DeepEqual(c.Argv, []string{"-", "a"})
		}},
		{"nothing", nil, nil, func(c *Config) bool {
			return c.Stdin && reflect.DeepEqual(c.Argv, []string{""})
		}},
		{"double dash", []string{"-B", "--", "-c"}, nil, func(c *Config) bool {
			return c.HasFilename && c.Filename == "-c" && !c.WriteBytecode
		}},
		{"double dash then dash", []string{"--", "-"}, nil, func(c *Config) bool {
			return c.Stdin && reflect.DeepEqual(c.Argv, []string{"-"})
		}},
		{"trailing dash in cluster", []string{"-B-", "-c", "x"}, nil, func(c *Config) bool {
			return c.Filename == "-c" && reflect.DeepEqual(c.Notes, []string{"expected long option"})
		}},
		{"flags", []string{"-bbdiIOOPqsSuvvxE"}, nil, func(c *Config) bool {
			return c.BytesWarning == 2 && c.ParserDebug == 1 && c.Inspect == 1 && c.Interactive == 1 &&
				c.Isolated && c.OptimizationLevel == 2 && c.SafePath && c.Quiet == 1 &&
				!c.UserSiteDirectory && !c.SiteImport && !c.BufferedStdio && c.Verbose == 2 &&
				c.SkipSourceFirstLine && !c.UseEnvironment
		}},
		{"W and X attached and separate", []string{"-Werror", "-W", "ignore", "-Xdev", "-X", "jit-threshold=7", "-X", "importtime"}, nil, func(c *Config) bool {
			return reflect.DeepEqual(c.CmdlineWarnOptions, []string{"error", "ignore"}) &&
				reflect.DeepEqual(c.XOptions, []string{"dev", "jit-threshold=7", "importtime"}) &&
				c.JITThreshold == 7 && c.DevMode
		}},
		{"X stdlib", []string{"-X", "stdlib=/opt/lib"}, nil, func(c *Config) bool {
			return c.HasStdlib && c.Stdlib == "/opt/lib"
		}},
		{"X stdlib alone", []string{"-X", "stdlib"}, nil, func(c *Config) bool {
			return c.ShowStdlib && !c.HasStdlib
		}},
		{"check hash pycs", []string{"--check-hash-based-pycs", "always"}, nil, func(c *Config) bool {
			return c.CheckHashPycsMode == "always"
		}},
		{"help", []string{"-h", "-Z"}, nil, func(c *Config) bool { return c.Action == ActionHelp }},
		{"help ?", []string{"-?"}, nil, func(c *Config) bool { return c.Action == ActionHelp }},
		{"help long", []string{"--help"}, nil, func(c *Config) bool { return c.Action == ActionHelp }},
		{"help env", []string{"--help-env"}, nil, func(c *Config) bool { return c.Action == ActionHelpEnv }},
		{"help xoptions", []string{"--help-xoptions"}, nil, func(c *Config) bool { return c.Action == ActionHelpXOptions }},
		{"help all", []string{"--help-all"}, nil, func(c *Config) bool { return c.Action == ActionHelpAll }},
		{"version", []string{"-V", "-c", "pass"}, nil, func(c *Config) bool {
			return c.Action == ActionVersion && c.VersionLevel == 1
		}},
		{"version long twice", []string{"--version", "-V"}, nil, func(c *Config) bool {
			return c.Action == ActionVersion && c.VersionLevel == 2
		}},
		{"VV", []string{"-VV"}, nil, func(c *Config) bool { return c.VersionLevel == 2 }},
		{"version ignores bad env", []string{"-V"}, []string{"PYTHONHASHSEED=bad"}, func(c *Config) bool {
			return c.Action == ActionVersion
		}},
		{"research flags", []string{"--dump-tokens", "--dump-ast", "--dis", "--stats", "x.py"}, nil, func(c *Config) bool {
			return c.DumpTokens && c.DumpAST && c.Dis && c.Stats && c.Filename == "x.py"
		}},
		{"research after script go to the script", []string{"x.py", "--dump-ast"}, nil, func(c *Config) bool {
			return !c.DumpAST && reflect.DeepEqual(c.Argv, []string{"x.py", "--dump-ast"})
		}},
		{"jit default", nil, nil, func(c *Config) bool { return c.JIT && c.TraceJIT == nil }},
		{"jit=off", []string{"--jit=off"}, nil, func(c *Config) bool { return !c.JIT }},
		{"jit off", []string{"--jit", "off"}, nil, func(c *Config) bool { return !c.JIT && c.Stdin }},
		{"jit=on", []string{"--jit=off", "--jit=on"}, nil, func(c *Config) bool { return c.JIT }},
		{"trace-jit", []string{"--trace-jit", "x.py"}, nil, func(c *Config) bool {
			return reflect.DeepEqual(c.TraceJIT, []string{"all"}) && c.Filename == "x.py"
		}},
		{"trace-jit=list", []string{"--trace-jit=compile,deopt"}, nil, func(c *Config) bool {
			return reflect.DeepEqual(c.TraceJIT, []string{"compile", "deopt"})
		}},
		{"profile", []string{"--profile", "p.out", "--profile-rate=250"}, nil, func(c *Config) bool {
			return c.Profile == "p.out" && c.ProfileRate == 250
		}},
		{"profile=", []string{"--profile=p.out", "--profile-rate", "99"}, nil, func(c *Config) bool {
			return c.Profile == "p.out" && c.ProfileRate == 99
		}},
		{"profile-mode", []string{"--profile-mode", "wall", "--profile-mode=cpu"}, nil, func(c *Config) bool { return c.ProfileMode == "cpu" }},
		{"cpuprofile", []string{"--cpuprofile", "cpu.out", "-c", "pass"}, nil, func(c *Config) bool {
			return c.CPUProfile == "cpu.out" && c.HasCommand
		}},
		{"cpuprofile=", []string{"--cpuprofile=cpu.out"}, nil, func(c *Config) bool { return c.CPUProfile == "cpu.out" }},
		{"env", nil, []string{"PYTHONPATH=/a::/b", "PYTHONSTARTUP=s.py", "PYTHONIOENCODING=latin-1",
			"PYTHONPYCACHEPREFIX=/c", "PYTHONHASHSEED=42"}, func(c *Config) bool {
			return c.PythonPathEnv == "/a::/b" && reflect.DeepEqual(c.PythonPath, []string{"/a", "", "/b"}) &&
				c.PythonStartup == "s.py" && c.PythonIOEncoding == "latin-1" &&
				c.PycachePrefix == "/c" && c.UseHashSeed && c.HashSeed == 42
		}},
		{"-X pycache_prefix cancels env", []string{"-X", "pycache_prefix"}, []string{"PYTHONPYCACHEPREFIX=/c"}, func(c *Config) bool {
			return !c.HasPycachePrefix
		}},
		{"-E ignores env", []string{"-E"}, []string{"PYTHONPATH=/a", "PYTHONHASHSEED=bad", "PYTHONUTF8=bad"}, func(c *Config) bool {
			return c.PythonPathEnv == "" && !c.UseHashSeed
		}},
		{"-I ignores env", []string{"-I"}, []string{"PYTHONPATH=/a", "PYTHONSAFEPATH="}, func(c *Config) bool {
			return c.PythonPathEnv == "" && c.SafePath && !c.UserSiteDirectory && !c.UseEnvironment
		}},
		{"empty env values are unset", nil, []string{"PYTHONSAFEPATH=", "PYTHONHASHSEED=", "PYTHONOPTIMIZE="}, func(c *Config) bool {
			return !c.SafePath && !c.UseHashSeed && c.OptimizationLevel == 0
		}},
	}
	for _, tc := range cases {
		cfg, err := Parse(tc.args, envFunc(tc.env))
		if err != nil {
			t.Errorf("%s: Parse(%q): unexpected error %v", tc.name, tc.args, err)
			continue
		}
		if !tc.check(cfg) {
			t.Errorf("%s: Parse(%q) gave %+v", tc.name, tc.args, *cfg)
		}
	}
}

// TestParseErrors checks the message and kind of every rejected command
// line. CPython's messages were copied from /usr/bin/python3.11's stderr;
// the CLI test compares them live as well.
func TestParseErrors(t *testing.T) {
	usage := func(msg string) error { return &UsageError{Msg: msg} }
	fatal := func(fn, msg, state string) error { return &FatalError{Func: fn, Msg: msg, State: state} }
	hash := fatal("config_init_hash_seed", `PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]`, "preinitialized")
	cases := []struct {
		args []string
		env  []string
		want error
	}{
		{[]string{"-Z"}, nil, usage("Unknown option: -Z")},
		{[]string{"-BZ"}, nil, usage("Unknown option: -Z")},
		{[]string{"-:"}, nil, usage("Unknown option: -:")},
		{[]string{"-\u00e9"}, nil, usage("Unknown option: -\xe9")},
		{[]string{"-\u20ac"}, nil, usage("Unknown option: -\xac")},
		{[]string{"-\xff"}, nil, usage("Unknown option: -\xff")},
		{[]string{"-J"}, nil, usage("-J is reserved for Jython")},
		{[]string{"-Z", "-h"}, nil, usage("Unknown option: -Z")},
		{[]string{"-V", "-Z"}, nil, usage("Unknown option: -Z")},
		{[]string{"--unknown"}, nil, usage("unknown option --unknown")},
		{[]string{"---"}, nil, usage("unknown option ---")},
		{[]string{"--help=x"}, nil, usage("unknown option --help=x")},
		{[]string{"--check-hash-based-pycs=always"}, nil, usage("unknown option --check-hash-based-pycs=always")},
		{[]string{"-c"}, nil, usage("Argument expected for the -c option")},
		{[]string{"-m"}, nil, usage("Argument expected for the -m option")},
		{[]string{"-BX"}, nil, usage("Argument expected for the -X option")},
		{[]string{"-W"}, nil, usage("Argument expected for the -W option")},
		{[]string{"--check-hash-based-pycs"}, nil, usage("Argument expected for the --check-hash-based-pycs options")},
		{[]string{"--check-hash-based-pycs", "foo"}, nil, usage("--check-hash-based-pycs must be one of 'default', 'always', or 'never'")},
		{[]string{"--jit=maybe"}, nil, usage("--jit must be 'on' or 'off', not 'maybe'")},
		{[]string{"--jit"}, nil, usage("Argument expected for the --jit options")},
		{[]string{"--profile"}, nil, usage("Argument expected for the --profile options")},
		{[]string{"--profile="}, nil, usage("--profile needs a file name")},
		{[]string{"--cpuprofile="}, nil, usage("--cpuprofile needs a file name")},
		{[]string{"--profile-rate=0"}, nil, usage("--profile-rate must be an integer in range [1; 1000000], not '0'")},
		{[]string{"--profile-rate", "fast"}, nil, usage("--profile-rate must be an integer in range [1; 1000000], not 'fast'")},
		{[]string{"--profile-mode=real"}, nil, usage("--profile-mode must be 'cpu' or 'wall', not 'real'")},
		{[]string{"--dump-ast=yes"}, nil, usage("option --dump-ast does not take a value")},
		{[]string{"--trace-jit=bogus"}, nil, usage("--trace-jit: unknown event class 'bogus' (expected a comma-separated list of all, compile, enter, exit, deopt, guard, inline, asm)")},
		{[]string{"--trace-jit="}, nil, usage("--trace-jit: unknown event class '' (expected a comma-separated list of all, compile, enter, exit, deopt, guard, inline, asm)")},
		{nil, []string{"PYTHONHASHSEED=bad"}, hash},
		{nil, []string{"PYTHONHASHSEED=-1"}, hash},
		{nil, []string{"PYTHONHASHSEED=4294967296"}, hash},
		{nil, []string{"PYTHONHASHSEED=99999999999999999999999"}, hash},
		{nil, []string{"PYTHONHASHSEED= "}, hash},
		{nil, []string{"PYTHONHASHSEED=5 "}, hash},
		{[]string{"-Z"}, []string{"PYTHONHASHSEED=bad"}, usage("Unknown option: -Z")},
		{[]string{"-X", "utf8=bad", "-Z"}, nil, fatal("preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing")},
		{[]string{"-X", "utf8="}, nil, fatal("preconfig_init_utf8_mode", "invalid -X utf8 option value", "preinitializing")},
		{nil, []string{"PYTHONUTF8=2"}, fatal("preconfig_init_utf8_mode", "invalid PYTHONUTF8 environment variable value", "preinitializing")},
		{[]string{"-X", "int_max_str_digits=5"}, nil, fatal("config_init_int_max_str_digits", "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.", "preinitialized")},
		{[]string{"-X", "int_max_str_digits"}, nil, fatal("config_init_int_max_str_digits", "-X int_max_str_digits: invalid limit; must be >= 640 or 0 for unlimited.", "preinitialized")},
		{nil, []string{"PYTHONINTMAXSTRDIGITS=x"}, fatal("config_init_int_max_str_digits", "PYTHONINTMAXSTRDIGITS: invalid limit; must be >= 640 or 0 for unlimited.", "preinitialized")},
		{[]string{"-X", "int_max_str_digits=x", "-X", "tracemalloc=-1"}, nil, fatal("config_init_tracemalloc", "-X tracemalloc=NFRAME: invalid number of frames", "preinitialized")},
		{nil, []string{"PYTHONTRACEMALLOC=x"}, fatal("config_init_tracemalloc", "PYTHONTRACEMALLOC: invalid number of frames", "preinitialized")},
		{[]string{"-X", "frozen_modules=x"}, nil, fatal("", `bad value for option -X frozen_modules (expected "on" or "off")`, "preinitialized")},
		{[]string{"-X", "jit-threshold=-1"}, nil, fatal("", "-X jit-threshold=N: N must be an integer >= 0", "preinitialized")},
		{[]string{"-X", "jit-threshold"}, nil, fatal("", "-X jit-threshold=N: N must be an integer >= 0", "preinitialized")},
	}
	for _, tc := range cases {
		cfg, err := Parse(tc.args, envFunc(tc.env))
		if err == nil {
			t.Errorf("Parse(%q, %q) = %+v, want error %v", tc.args, tc.env, cfg, tc.want)
			continue
		}
		if !reflect.DeepEqual(err, tc.want) {
			t.Errorf("Parse(%q, %q) error = %#v, want %#v", tc.args, tc.env, err, tc.want)
		}
		var ue *UsageError
		var fe *FatalError
		if !errors.As(err, &ue) && !errors.As(err, &fe) {
			t.Errorf("Parse(%q): error of unexpected type %T", tc.args, err)
		}
	}
}

// TestParseNeverPanics feeds option soup to Parse.
func TestParseNeverPanics(t *testing.T) {
	atoms := []string{"-", "--", "-c", "-X", "-W", "-m", "--jit", "--jit=", "--trace-jit", "-B-", "-\xff",
		"--profile-rate", "x", "", "-Bc", "-VV", "--check-hash-based-pycs", "--help-all", "-?", "-"}
	var args []string
	for i := 0; i < 4000; i++ {
		args = append(args[:0], atoms[i%len(atoms)], atoms[(i*7)%len(atoms)], atoms[(i*13)%len(atoms)])
		func() {
			defer func() {
				if r := recover(); r != nil {
					t.Fatalf("Parse(%q) panicked: %v", args, r)
				}
			}()
			Parse(args, nil)
		}()
	}
}
