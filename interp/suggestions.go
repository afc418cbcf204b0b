package interp

// This file computes the "Did you mean: 'x'?" hint the default excepthook
// appends to an AttributeError or NameError (CPython 3.11's
// Python/suggestions.c): the candidate name closest to the missing one by
// a Levenshtein distance in which a case change costs half an edit, if no
// more than a third of the characters involved need changing.

const (
	suggestMaxCandidates = 750
	suggestMaxString     = 40
	suggestMoveCost      = 2
	suggestCaseCost      = 1
)

func suggestSubstitutionCost(a, b byte) int {
	if a&31 != b&31 {
		return suggestMoveCost
	}
	if a == b {
		return 0
	}
	if 'A' <= a && a <= 'Z' {
		a += 'a' - 'A'
	}
	if 'A' <= b && b <= 'Z' {
		b += 'a' - 'A'
	}
	if a == b {
		return suggestCaseCost
	}
	return suggestMoveCost
}

// levenshtein is the edit distance of a and b, or maxCost+1 once it is
// known to exceed maxCost.
func levenshtein(a, b string, maxCost int) int {
	for len(a) > 0 && len(b) > 0 && a[0] == b[0] {
		a, b = a[1:], b[1:]
	}
	for len(a) > 0 && len(b) > 0 && a[len(a)-1] == b[len(b)-1] {
		a, b = a[:len(a)-1], b[:len(b)-1]
	}
	if len(a) == 0 || len(b) == 0 {
		return (len(a) + len(b)) * suggestMoveCost
	}
	if len(a) > suggestMaxString || len(b) > suggestMaxString {
		return maxCost + 1
	}
	if len(b) < len(a) {
		a, b = b, a
	}
	if (len(b)-len(a))*suggestMoveCost > maxCost {
		return maxCost + 1
	}
	var buf [suggestMaxString]int
	for i := range a {
		buf[i] = (i + 1) * suggestMoveCost
	}
	result := 0
	for bi := 0; bi < len(b); bi++ {
		code := b[bi]
		distance := bi * suggestMoveCost
		result = distance
		minimum := int(^uint(0) >> 1)
		for i := 0; i < len(a); i++ {
			substitute := distance + suggestSubstitutionCost(code, a[i])
			distance = buf[i]
			insertDelete := min(result, distance) + suggestMoveCost
			result = min(insertDelete, substitute)
			buf[i] = result
			minimum = min(minimum, result)
		}
		if minimum > maxCost {
			return maxCost + 1
		}
	}
	return result
}

// closestName is calculate_suggestions: the best candidate, or "".
func closestName(candidates []string, name string) string {
	if len(candidates) >= suggestMaxCandidates {
		return ""
	}
	best, bestDist := "", int(^uint(0)>>1)
	for _, c := range candidates {
		if c == name {
			continue
		}
		maxDist := (len(name) + len(c) + 3) * suggestMoveCost / 6
		maxDist = min(maxDist, bestDist-1)
		d := levenshtein(name, c, maxDist)
		if d > maxDist {
			continue
		}
		if best == "" || d < bestDist {
			best, bestDist = c, d
		}
	}
	return best
}

// strNames keeps the str items of a list of values.
func strNames(vs []Value) []string {
	var out []string
	for _, v := range vs {
		if s, ok := asStr(v); ok {
			out = append(out, s.s)
		}
	}
	return out
}

// excSuggestion is the text to append to exc's message line: ". Did you
// mean: 'x'?" or "". Only exact AttributeError and NameError get one, as
// in CPython; any error while looking is ignored.
func excSuggestion(t *Thread, exc *Exception) string {
	if exc.typ != &AttributeErrorType && exc.typ != &NameErrorType {
		return ""
	}
	nv, err := GetAttrString(t, exc.Value(), "name")
	if err != nil || nv.Type() != &StrType {
		return ""
	}
	name := mustStr(nv).s
	var best string
	if exc.typ == &AttributeErrorType {
		obj, err := GetAttrString(t, exc.Value(), "obj")
		if err != nil || obj.IsNone() {
			return ""
		}
		d, err := builtinDir(t, None, []Value{obj}, nil)
		if err != nil {
			return ""
		}
		l, ok := asList(d)
		if !ok {
			return ""
		}
		best = closestName(strNames(l.items), name)
	} else {
		tb := exc.Traceback
		if tb == nil {
			return ""
		}
		for tb.Next != nil {
			tb = tb.Next
		}
		f := tb.Frame
		if f == nil || f.code == nil {
			return ""
		}
		best = closestName(f.code.Code.Varnames(), name)
		if best == "" && f.globals != nil {
			best = closestName(strNames(f.globals.Keys()), name)
		}
		if best == "" && f.builtins != nil {
			best = closestName(strNames(f.builtins.Keys()), name)
		}
	}
	if best == "" {
		return ""
	}
	return ". Did you mean: '" + best + "'?"
}
