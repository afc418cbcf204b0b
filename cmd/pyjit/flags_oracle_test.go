package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync"
	"testing"
)

// probe prints what CPython derived from its command line and environment.
const probe = `import sys, json
f = sys.flags
print(json.dumps({"argv": sys.argv, "warnoptions": sys.warnoptions,
  "xoptions": {k: (None if v is True else v) for k, v in sys._xoptions.items()},
  "flags": [f.debug, f.inspect, f.interactive, f.optimize, f.dont_write_bytecode,
    f.no_user_site, f.no_site, f.ignore_environment, f.verbose, f.bytes_warning,
    f.quiet, f.hash_randomization, f.isolated, int(f.dev_mode), int(f.safe_path),
    f.int_max_str_digits],
  "utf8": f.utf8_mode}))
`

type probeResult struct {
	Argv        []string           `json:"argv"`
	WarnOptions []string           `json:"warnoptions"`
	XOptions    map[string]*string `json:"xoptions"`
	Flags       []int              `json:"flags"`
	UTF8        int                `json:"utf8"`
}

// ourProbe computes from a Config what the probe would print.
func ourProbe(c *Config) probeResult {
	b := func(v bool) int {
		if v {
			return 1
		}
		return 0
	}
	x := map[string]*string{}
	for k, v := range c.XOptionsMap() {
		if v.HasValue {
			s := v.Value
			x[k] = &s
		} else {
			x[k] = nil
		}
	}
	return probeResult{
		Argv:        c.Argv,
		WarnOptions: c.WarnOptions(),
		XOptions:    x,
		Flags: []int{c.ParserDebug, c.Inspect, c.Interactive, c.OptimizationLevel,
			b(!c.WriteBytecode), b(!c.UserSiteDirectory), b(!c.SiteImport),
			b(!c.UseEnvironment), c.Verbose, c.BytesWarning, c.Quiet,
			b(!c.UseHashSeed || c.HashSeed != 0), b(c.Isolated), b(c.DevMode),
			b(c.SafePath), c.IntMaxStrDigits},
		UTF8: c.UTF8Mode,
	}
}

// TestParseMatchesCPython runs CPython with each command line and
// environment and compares sys.argv, sys.flags, sys.warnoptions and
// sys._xoptions with what Parse computed.
func TestParseMatchesCPython(t *testing.T) {
	py := pythonPath(t)
	dir := t.TempDir()
	script := filepath.Join(dir, "probe.py")
	if err := os.WriteFile(script, []byte(probe), 0o644); err != nil {
		t.Fatal(err)
	}
	// "@" stands for the probe program: after -c it is the source, as
	// a program argument it is the script path.
	cases := []struct {
		args []string
		env  []string
	}{
		{args: []string{"-c", "@c"}},
		{args: []string{"-c", "@c", "a", "-b", "--", "-c"}},
		{args: []string{"-Bc", "@c", "x"}},
		{args: []string{"-c@c", "x"}},
		{args: []string{"@f"}},
		{args: []string{"@f", "-B", "--foo", "-"}},
		{args: []string{"--", "@f", "x"}},
		{args: []string{"-B", "--", "@f", "-c"}},
		{args: []string{"-bbBdqqsSuvvOO", "-c", "@c"}},
		{args: []string{"-O", "-O", "-O", "-c", "@c"}},
		{args: []string{"-E", "-c", "@c"}, env: []string{"PYTHONOPTIMIZE=2", "PYTHONWARNINGS=error"}},
		{args: []string{"-I", "-c", "@c"}, env: []string{"PYTHONOPTIMIZE=2", "PYTHONHASHSEED=0"}},
		{args: []string{"-P", "-c", "@c"}},
		{args: []string{"-t", "-x", "-c", "@c"}},
		{args: []string{"-Wx", "-W", "y", "-b", "-c", "@c"}, env: []string{"PYTHONWARNINGS=a,,b,"}},
		{args: []string{"-bb", "-X", "dev", "-W", "z", "-c", "@c"}, env: []string{"PYTHONWARNINGS=ignore"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONDEVMODE=0"}},
		{args: []string{"-Xa=b", "-X", "c", "-X", "a=d", "-X", "=e", "-X", "jit-threshold=10", "-c", "@c"}},
		{args: []string{"-X", "utf8", "-c", "@c"}},
		{args: []string{"-X", "utf8=0", "-c", "@c"}, env: []string{"PYTHONUTF8=1"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONUTF8=1"}},
		{args: []string{"-E", "-c", "@c"}, env: []string{"PYTHONUTF8=1"}},
		{args: []string{"-X", "int_max_str_digits=0", "-X", "int_max_str_digits=bad", "-c", "@c"}},
		{args: []string{"-X", "int_max_str_digits= 700", "-c", "@c"}},
		{args: []string{"-X", "int_max_str_digits=", "-c", "@c"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONINTMAXSTRDIGITS=4300"}},
		{args: []string{"-X", "int_max_str_digits=1000", "-c", "@c"}, env: []string{"PYTHONINTMAXSTRDIGITS=4300"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONOPTIMIZE=abc", "PYTHONVERBOSE=-3", "PYTHONDEBUG=0"}},
		{args: []string{"-O", "-c", "@c"}, env: []string{"PYTHONOPTIMIZE=5"}},
		{args: []string{"-OOO", "-c", "@c"}, env: []string{"PYTHONOPTIMIZE=1"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONDONTWRITEBYTECODE=0", "PYTHONNOUSERSITE=1", "PYTHONUNBUFFERED=x"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONDONTWRITEBYTECODE=1", "PYTHONSAFEPATH=0"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONINSPECT=1"}},
		{args: []string{"-i", "-c", "@c"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONHASHSEED=0"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONHASHSEED=-0"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONHASHSEED= +5"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONHASHSEED=4294967295"}},
		{args: []string{"-c", "@c"}, env: []string{"PYTHONHASHSEED=random"}},
		{args: []string{"-R", "-c", "@c"}, env: []string{"PYTHONHASHSEED=0"}},
		{args: []string{"-R", "-c", "@c"}, env: []string{"PYTHONHASHSEED=bad"}},
		{args: []string{"-E", "-c", "@c"}, env: []string{"PYTHONHASHSEED=bad"}},
		{args: []string{"--check-hash-based-pycs", "never", "-c", "@c"}},
		{args: []string{"-X", "tracemalloc", "-X", "frozen_modules", "-c", "@c"}, env: []string{"PYTHONTRACEMALLOC=3"}},
	}
	var wg sync.WaitGroup
	for _, tc := range cases {
		args := make([]string, len(tc.args))
		for i, a := range tc.args {
			args[i] = strings.ReplaceAll(strings.ReplaceAll(a, "@c", probe), "@f", script)
		}
		tc := tc
		wg.Add(1)
		go func() {
			defer wg.Done()
			name := strings.Join(tc.env, " ") + " " + strings.Join(tc.args, " ")
			cmd := exec.Command(py, args...)
			cmd.Env = append([]string{}, tc.env...) // never nil: nil would inherit ours
			cmd.Dir = dir
			var out, errb bytes.Buffer
			cmd.Stdout, cmd.Stderr = &out, &errb
			if err := cmd.Run(); err != nil {
				t.Errorf("%s: python failed: %v\n%s", name, err, errb.String())
				return
			}
			line, _, _ := strings.Cut(out.String(), "\n")
			var want probeResult
			if err := json.Unmarshal([]byte(line), &want); err != nil {
				t.Errorf("%s: bad probe output %q: %v", name, out.String(), err)
				return
			}
			cfg, err := Parse(args, envFunc(tc.env))
			if err != nil {
				t.Errorf("%s: Parse error %v", name, err)
				return
			}
			got := ourProbe(cfg)
			if got.UTF8 < 0 {
				// UTF-8 mode left to the locale: nothing to compare.
				got.UTF8 = want.UTF8
			}
			if got.WarnOptions == nil {
				got.WarnOptions = []string{}
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("%s:\n got %+v\nwant %+v", name, fmtProbe(got), fmtProbe(want))
			}
		}()
	}
	wg.Wait()
}

func fmtProbe(p probeResult) string {
	b, _ := json.Marshal(p)
	return strings.ReplaceAll(string(b), probe, "<probe>")
}
