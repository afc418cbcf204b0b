package main

import (
	"math"
	"strings"
)

// readEnv applies the PYTHON* environment variables CPython's
// config_read_env_vars reads. Nothing is read under -E or -I, and an empty
// value counts as unset, as in CPython.
func readEnv(cfg *Config, env func(string) string) error {
	if !cfg.UseEnvironment {
		return nil
	}
	envFlag(env, "PYTHONDEBUG", &cfg.ParserDebug)
	envFlag(env, "PYTHONVERBOSE", &cfg.Verbose)
	envFlag(env, "PYTHONOPTIMIZE", &cfg.OptimizationLevel)
	envFlag(env, "PYTHONINSPECT", &cfg.Inspect)
	var off int
	if envFlag(env, "PYTHONDONTWRITEBYTECODE", &off); off > 0 {
		cfg.WriteBytecode = false
	}
	off = 0
	if envFlag(env, "PYTHONNOUSERSITE", &off); off > 0 {
		cfg.UserSiteDirectory = false
	}
	off = 0
	if envFlag(env, "PYTHONUNBUFFERED", &off); off > 0 {
		cfg.BufferedStdio = false
	}
	if v := env("PYTHONPATH"); v != "" {
		cfg.PythonPathEnv = v
		cfg.PythonPath = strings.Split(v, ":")
	}
	cfg.PythonStartup = env("PYTHONSTARTUP")
	cfg.PythonIOEncoding = env("PYTHONIOENCODING")
	if !cfg.RandomHashForced {
		if err := readHashSeed(cfg, env("PYTHONHASHSEED")); err != nil {
			return err
		}
	}
	if env("PYTHONSAFEPATH") != "" {
		// Any non-empty value, even "0", turns safe path on.
		cfg.SafePath = true
	}
	// PYTHONWARNINGS is split on commas; empty items are dropped.
	for _, w := range strings.Split(env("PYTHONWARNINGS"), ",") {
		if w != "" {
			cfg.EnvWarnOptions = append(cfg.EnvWarnOptions, w)
		}
	}
	return nil
}

// envFlag is CPython's _Py_get_env_flag: a non-negative integer raises
// *flag to that level; any other non-empty text counts as 1.
func envFlag(env func(string) string, name string, flag *int) {
	v := env(name)
	if v == "" {
		return
	}
	n, ok := cStrToInt(v)
	if !ok || n < 0 {
		n = 1
	}
	if *flag < n {
		*flag = n
	}
}

// readHashSeed validates PYTHONHASHSEED the way CPython does with strtoul:
// leading blanks and a sign are allowed, a negative number wraps around
// and so is out of range (except -0).
func readHashSeed(cfg *Config, v string) error {
	if v == "" || v == "random" {
		return nil
	}
	mag, neg, ok := cParseUint(v)
	if !ok || (neg && mag != 0) || mag > math.MaxUint32 {
		return &FatalError{Func: "config_init_hash_seed",
			Msg:   `PYTHONHASHSEED must be "random" or an integer in range [0; 4294967295]`,
			State: "preinitialized"}
	}
	cfg.UseHashSeed = true
	cfg.HashSeed = uint32(mag)
	return nil
}

// isCSpace is C's isspace in the C locale.
func isCSpace(c byte) bool {
	return c == ' ' || (c >= '\t' && c <= '\r')
}

// cParseUint parses like C's strtol/strtoul in base 10 with the check
// CPython adds (the whole string must be consumed). It returns the
// magnitude and sign; ok is false on junk or uint64 overflow. C leaves
// the end pointer at the start when there are no digits, so the empty
// string is accepted as 0 while " " and "+" are not.
func cParseUint(s string) (mag uint64, neg, ok bool) {
	i := 0
	for i < len(s) && isCSpace(s[i]) {
		i++
	}
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		neg = s[i] == '-'
		i++
	}
	start := i
	for ; i < len(s) && s[i] >= '0' && s[i] <= '9'; i++ {
		d := uint64(s[i] - '0')
		if mag > (math.MaxUint64-d)/10 {
			return 0, false, false
		}
		mag = mag*10 + d
	}
	if i == start {
		return 0, false, s == ""
	}
	return mag, neg, i == len(s)
}

// cStrToInt is CPython's _Py_str_to_int (and config_wstr_to_int): a C
// int, with the whole string consumed.
func cStrToInt(s string) (int, bool) {
	mag, neg, ok := cParseUint(s)
	if !ok {
		return 0, false
	}
	if neg {
		if mag > -math.MinInt32 {
			return 0, false
		}
		return -int(mag), true
	}
	if mag > math.MaxInt32 {
		return 0, false
	}
	return int(mag), true
}

// firstXOption finds the first -X option called name ("name" or
// "name=value"); CPython's config_get_xoption also takes the first.
func firstXOption(xopts []string, name string) (value string, hasValue, ok bool) {
	for _, x := range xopts {
		n, v, has := strings.Cut(x, "=")
		if n == name {
			return v, has, true
		}
	}
	return "", false, false
}
