package interp

// This file parses the arguments of the _collections, _functools,
// _operator, _heapq and _bisect functions the way CPython's Argument
// Clinic does (_PyArg_UnpackKeywords), with its error messages.

// clinicSpec describes a function's parameters: names in order, how many
// are required, how many are positional-only, and where the keyword-only
// ones start (len(names) when there are none).
type clinicSpec struct {
	fname    string
	names    []string
	required int
	posOnly  int
	kwOnly   int
}

// parse binds args/kwnames to the parameters; a missing optional one is
// null.
func (s *clinicSpec) parse(args []Value, kwnames []string) ([]Value, error) {
	npos := len(args) - len(kwnames)
	out := make([]Value, len(s.names))
	if npos > s.kwOnly {
		what := "at most"
		if s.required == s.kwOnly {
			what = "exactly"
		}
		if s.kwOnly == s.posOnly && len(kwnames) == 0 {
			return nil, NewError(&TypeErrorType, "%s expected %s %d argument%s, got %d", s.fname, what, s.kwOnly, plural(s.kwOnly), npos)
		}
		return nil, NewError(&TypeErrorType, "%s() takes %s %d positional argument%s (%d given)", s.fname, what, s.kwOnly, plural(s.kwOnly), npos)
	}
	copy(out, args[:npos])
	for i, k := range kwnames {
		j := -1
		for n := s.posOnly; n < len(s.names); n++ {
			if s.names[n] == k {
				j = n
				break
			}
		}
		if j < 0 {
			return nil, NewError(&TypeErrorType, "'%s' is an invalid keyword argument for %s()", k, s.fname)
		}
		if j < npos {
			return nil, NewError(&TypeErrorType, "argument for %s() given by name ('%s') and position (%d)", s.fname, k, j+1)
		}
		out[j] = args[npos+i]
	}
	for i := 0; i < s.required; i++ {
		if out[i].IsNull() {
			if s.posOnly == len(s.names) || i < s.posOnly {
				return nil, s.countError(npos)
			}
			return nil, NewError(&TypeErrorType, "%s() missing required argument '%s' (pos %d)", s.fname, s.names[i], i+1)
		}
	}
	return out, nil
}

func (s *clinicSpec) countError(n int) error {
	if s.required == len(s.names) {
		if s.required == 1 {
			return NewError(&TypeErrorType, "%s() takes exactly one argument (%d given)", s.fname, n)
		}
		return NewError(&TypeErrorType, "%s expected %d argument%s, got %d", s.fname, s.required, plural(s.required), n)
	}
	return NewError(&TypeErrorType, "%s expected at least %d argument%s, got %d", s.fname, s.required, plural(s.required), n)
}

func plural(n int) string {
	if n == 1 {
		return ""
	}
	return "s"
}

// argTypeError is Argument Clinic's "f() argument N must be T, not U".
func argTypeError(fname string, pos int, want string, got Value) error {
	if pos == 0 {
		return NewError(&TypeErrorType, "%s() argument must be %s, not %s", fname, want, typeName(got))
	}
	return NewError(&TypeErrorType, "%s() argument %d must be %s, not %s", fname, pos, want, typeName(got))
}
