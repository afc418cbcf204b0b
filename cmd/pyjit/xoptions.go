package main

import "strconv"

// minIntMaxStrDigits is CPython's _PY_LONG_MAX_STR_DIGITS_THRESHOLD.
const minIntMaxStrDigits = 640

// readXOptions validates the -X options (and their environment
// counterparts) that CPython checks, in CPython's order, plus pyjit's
// own. Unknown -X options are accepted silently, as in CPython 3.11.
func readXOptions(cfg *Config, env func(string) string) error {
	getenv := func(name string) string {
		if !cfg.UseEnvironment {
			return ""
		}
		return env(name)
	}
	if err := readTraceMalloc(cfg, getenv("PYTHONTRACEMALLOC")); err != nil {
		return err
	}
	if err := readIntMaxStrDigits(cfg, getenv("PYTHONINTMAXSTRDIGITS")); err != nil {
		return err
	}
	if v, has, ok := firstXOption(cfg.XOptions, "pycache_prefix"); ok {
		// "-X pycache_prefix" or "-X pycache_prefix=" cancels the
		// environment variable.
		if has && v != "" {
			cfg.PycachePrefix, cfg.HasPycachePrefix = v, true
		}
	} else if v := getenv("PYTHONPYCACHEPREFIX"); v != "" {
		cfg.PycachePrefix, cfg.HasPycachePrefix = v, true
	}
	if v, _, ok := firstXOption(cfg.XOptions, "frozen_modules"); ok {
		if v != "" && v != "on" && v != "off" {
			return &FatalError{Msg: `bad value for option -X frozen_modules (expected "on" or "off")`,
				State: "preinitialized"}
		}
	}
	if v, has, ok := firstXOption(cfg.XOptions, "jit-threshold"); ok {
		n, err := strconv.Atoi(v)
		if !has || err != nil || n < 0 {
			return &FatalError{Msg: "-X jit-threshold=N: N must be an integer >= 0",
				State: "preinitialized"}
		}
		cfg.JITThreshold = n
	}
	if v, has, ok := firstXOption(cfg.XOptions, "stdlib"); ok {
		if has {
			cfg.Stdlib, cfg.HasStdlib = v, true
		} else {
			cfg.ShowStdlib = true
		}
	}
	return nil
}

// readTraceMalloc is CPython's config_init_tracemalloc.
func readTraceMalloc(cfg *Config, envValue string) error {
	if envValue != "" {
		n, ok := cStrToInt(envValue)
		if !ok || n < 0 {
			return &FatalError{Func: "config_init_tracemalloc",
				Msg: "PYTHONTRACEMALLOC: invalid number of frames", State: "preinitialized"}
		}
		cfg.TraceMalloc = n
	}
	if v, has, ok := firstXOption(cfg.XOptions, "tracemalloc"); ok {
		n := 1 // a bare -X tracemalloc means one frame
		if has {
			var valid bool
			n, valid = cStrToInt(v)
			if !valid || n < 0 {
				return &FatalError{Func: "config_init_tracemalloc",
					Msg: "-X tracemalloc=NFRAME: invalid number of frames", State: "preinitialized"}
			}
		}
		cfg.TraceMalloc = n
	}
	return nil
}

// readIntMaxStrDigits is CPython's config_init_int_max_str_digits.
func readIntMaxStrDigits(cfg *Config, envValue string) error {
	valid := func(s string) (int, bool) {
		n, ok := cStrToInt(s)
		return n, ok && (n == 0 || n >= minIntMaxStrDigits)
	}
	const rule = ": invalid limit; must be >= 640 or 0 for unlimited."
	if envValue != "" {
		n, ok := valid(envValue)
		if !ok {
			return &FatalError{Func: "config_init_int_max_str_digits",
				Msg: "PYTHONINTMAXSTRDIGITS" + rule, State: "preinitialized"}
		}
		cfg.IntMaxStrDigits = n
	}
	if v, has, ok := firstXOption(cfg.XOptions, "int_max_str_digits"); ok {
		n, good := valid(v)
		if !has || !good {
			return &FatalError{Func: "config_init_int_max_str_digits",
				Msg: "-X int_max_str_digits" + rule, State: "preinitialized"}
		}
		cfg.IntMaxStrDigits = n
	}
	return nil
}
