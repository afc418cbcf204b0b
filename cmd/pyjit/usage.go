package main

import (
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
)

const (
	progName      = "pyjit"
	pythonVersion = "3.11.2" // the CPython version pyjit implements
	pyjitVersion  = "0.1.0"
)

// usageLine is CPython's first usage line with our program name.
const usageLine = "usage: " + progName + " [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"

// writeUsageError prints a usage error the way CPython does: the message,
// the usage line and a hint, all on stderr.
func writeUsageError(w io.Writer, msg string) {
	fmt.Fprintf(w, "%s\n%sTry `%s -h' for more information.\n", msg, usageLine, progName)
}

// writeFatal prints a configuration error as CPython's Py_ExitStatusException
// does.
func writeFatal(w io.Writer, e *FatalError) {
	fmt.Fprintf(w, "Fatal Python error: %s\nPython runtime state: %s\n\n", e.Error(), e.State)
}

// versionText is the -V output; level 2 or more adds build details the
// way -VV adds CPython's compiler and build date.
func versionText(level int) string {
	if level < 2 {
		return fmt.Sprintf("Python %s (pyjit %s)\n", pythonVersion, pyjitVersion)
	}
	build := "pyjit " + pyjitVersion
	if info, ok := debug.ReadBuildInfo(); ok {
		var rev, when, modified string
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				rev = s.Value
			case "vcs.time":
				when = s.Value
			case "vcs.modified":
				if s.Value == "true" {
					modified = "+dirty"
				}
			}
		}
		if len(rev) > 12 {
			rev = rev[:12]
		}
		if rev != "" {
			build += ", " + rev + modified
		}
		if when != "" {
			build += ", " + when
		}
	}
	return fmt.Sprintf("Python %s (%s) [%s %s/%s]\n", pythonVersion, build,
		runtime.Version(), runtime.GOOS, runtime.GOARCH)
}

// helpText is the -h output: CPython's options, then pyjit's research
// options, then the arguments.
func helpText() string {
	return usageLine + helpOptions + helpResearch + helpArguments
}

const helpOptions = `Options (and corresponding environment variables):
-b     : issue warnings about str(bytes_instance), str(bytearray_instance)
         and comparing bytes/bytearray with str. (-bb: issue errors)
-B     : don't write .pyc files on import; also PYTHONDONTWRITEBYTECODE=x
-c cmd : program passed in as string (terminates option list)
-d     : turn on parser debugging output (for experts only);
         also PYTHONDEBUG=x
-E     : ignore PYTHON* environment variables (such as PYTHONPATH)
-h     : print this help message and exit (also -? or --help)
-i     : inspect interactively after running script; forces a prompt even
         if stdin does not appear to be a terminal; also PYTHONINSPECT=x
-I     : isolate Python from the user's environment (implies -E and -s)
-m mod : run library module as a script (terminates option list)
-O     : remove assert and __debug__-dependent statements; add .opt-1 before
         .pyc extension; also PYTHONOPTIMIZE=x
-OO    : do -O changes and also discard docstrings; add .opt-2 before
         .pyc extension
-P     : don't prepend a potentially unsafe path to sys.path
-q     : don't print version and copyright messages on interactive startup
-R     : use a random hash seed even if PYTHONHASHSEED is set
-s     : don't add user site directory to sys.path; also PYTHONNOUSERSITE
-S     : don't imply 'import site' on initialization
-u     : force the stdout and stderr streams to be unbuffered;
         this option has no effect on stdin; also PYTHONUNBUFFERED=x
-v     : verbose (trace import statements); also PYTHONVERBOSE=x
         can be supplied multiple times to increase verbosity
-V     : print the Python version number and exit (also --version)
         when given twice, print more information about the build
-W arg : warning control; arg is action:message:category:module:lineno
         also PYTHONWARNINGS=arg
-x     : skip first line of source, allowing use of non-Unix forms of #!cmd
-X opt : set implementation-specific option (see --help-xoptions)
--check-hash-based-pycs always|default|never:
         control how Python invalidates hash-based .pyc files
--help-env      : print help about Python environment variables and exit
--help-xoptions : print help about implementation-specific -X options and exit
--help-all      : print complete help information and exit
`

const helpResearch = `Research options (pyjit only; they must come before the program):
--dump-tokens   : print the token stream of the program and exit
--dump-ast      : print the abstract syntax tree of the program and exit
--dis           : disassemble the compiled program
--stats         : print interpreter and JIT statistics at exit
--jit=on|off    : enable or disable the JIT compiler (default: on)
--trace-jit[=WHAT]: trace JIT events; WHAT is a comma-separated list of
         all, compile, enter, exit, deopt, guard, inline (default: all),
         asm (each compiled trace's IR and disassembled machine code)
--profile FILE  : write a sampling profile of the Python program to FILE
--profile-rate HZ: sampling rate of --profile in samples per second
--profile-mode cpu|wall: the clock --profile samples (default: cpu)
--cpuprofile FILE: write a Go CPU profile of pyjit itself to FILE
Options taking a value accept both --opt=value and --opt value
(--trace-jit only --trace-jit=WHAT).
`

const helpArguments = `Arguments:
file   : program read from script file
-      : program read from stdin (default; interactive mode if a tty)
arg ...: arguments passed to program in sys.argv[1:]
`

const helpXOptions = `The following implementation-specific options are available:

-X faulthandler: enable faulthandler

-X showrefcount: output the total reference count and number of used
    memory blocks when the program finishes or after each statement in the
    interactive interpreter. This only works on debug builds

-X tracemalloc: start tracing Python memory allocations using the
    tracemalloc module. By default, only the most recent frame is stored in a
    traceback of a trace. Use -X tracemalloc=NFRAME to start tracing with a
    traceback limit of NFRAME frames

-X importtime: show how long each import takes. It shows module name,
    cumulative time (including nested imports) and self time (excluding
    nested imports). Note that its output may be broken in multi-threaded
    application. Typical usage is pyjit -X importtime -c 'import asyncio'

-X dev: enable the "development mode", introducing additional runtime
    checks which are too expensive to be enabled by default: adds the
    default warning filter (as -W default), enables faulthandler and
    asyncio debug mode, and sets sys.flags.dev_mode to True

-X utf8: enable UTF-8 mode for operating system interfaces, overriding the default
    locale-aware mode. -X utf8=0 explicitly disables UTF-8 mode (even when it would
    otherwise activate automatically)

-X pycache_prefix=PATH: enable writing .pyc files to a parallel tree rooted at the
    given directory instead of to the code tree

-X warn_default_encoding: enable opt-in EncodingWarning for 'encoding=None'

-X no_debug_ranges: disable the inclusion of the tables mapping extra location
   information (end line, start column offset and end column offset) to every
   instruction in code objects.

-X frozen_modules=[on|off]: whether or not frozen modules should be used.

-X int_max_str_digits=number: limit the size of int<->str conversions.
    This helps avoid denial of service attacks when parsing untrusted data.
    The default is sys.int_info.default_max_str_digits.  0 disables.

pyjit-specific options:

-X jit-threshold=N: number of calls or loop iterations before a function
    is compiled by the JIT (N >= 0)

-X stdlib=DIR: directory holding the Python standard library (-X stdlib
    alone prints the one in use)
`

const helpEnv = `Environment variables that change behavior:
PYTHONSTARTUP: file executed on interactive startup (no default)
PYTHONPATH   : ':'-separated list of directories prefixed to the
               default module search path.  The result is sys.path.
PYTHONSAFEPATH: don't prepend a potentially unsafe path to sys.path.
PYTHONUTF8: if set to 1, enable the UTF-8 mode.
PYTHONIOENCODING: Encoding[:errors] used for stdin/stdout/stderr.
PYTHONHASHSEED: if this variable is set to 'random', a random value is used
   to seed the hashes of str and bytes objects.  It can also be set to an
   integer in the range [0,4294967295] to get hash values with a
   predictable seed.
PYTHONINTMAXSTRDIGITS: limits the maximum digit characters in an int value
   when converting from a string and when converting an int back to a str.
   A value of 0 disables the limit.  Conversions to or from bases 2, 4, 8,
   16, and 32 are never limited.
PYTHONDEVMODE: enable the development mode.
PYTHONPYCACHEPREFIX: root directory for bytecode cache (pyc) files.
PYTHONTRACEMALLOC: start tracing memory allocations (-X tracemalloc).
These variables have equivalent command-line parameters (see --help for details):
PYTHONDEBUG             : enable parser debug mode (-d)
PYTHONDONTWRITEBYTECODE : don't write .pyc files (-B)
PYTHONINSPECT           : inspect interactively after running script (-i)
PYTHONINTMAXSTRDIGITS   : limit max digit characters in an int value
                          (-X int_max_str_digits=number)
PYTHONNOUSERSITE        : disable user site directory (-s)
PYTHONOPTIMIZE          : enable level 1 optimizations (-O)
PYTHONUNBUFFERED        : disable stdout/stderr buffering (-u)
PYTHONVERBOSE           : trace import statements (-v)
PYTHONWARNINGS=arg      : warning control (-W arg)
`

// helpAllText is --help-all: everything, separated as CPython separates it.
func helpAllText() string {
	return helpText() + "\n\n" + helpXOptions + "\n\n" + helpEnv
}
