package interp

import (
	"fmt"
	"math"
	"math/big"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// pyHashes runs exprs under CPython with the given PYTHONHASHSEED and
// returns hash(eval(expr)) for each.
func pyHashes(t *testing.T, seed string, exprs []string) []string {
	py := oracle(t)
	script := "import sys\nfor line in sys.stdin.read().split('\\n'):\n    print(hash(eval(line)))\n"
	cmd := exec.Command(py, "-c", script)
	cmd.Env = append(os.Environ(), "PYTHONHASHSEED="+seed)
	cmd.Stdin = strings.NewReader(strings.Join(exprs, "\n"))
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("%v\n%s", err, out)
	}
	return strings.Split(strings.TrimSpace(string(out)), "\n")
}

func TestStrAndBytesHashes(t *testing.T) {
	strs := []string{"", "a", "abc", "abcdefgh", "abcdefghi", "é", "ÿ", "Ā", "日本", "😀", "a😀b", "x" + strings.Repeat("yz", 40), "\x00", "\U0010ffff"}
	for _, seed := range []string{"0", "1", "12345", "4294967295"} {
		var exprs []string
		for _, s := range strs {
			exprs = append(exprs, fmt.Sprintf("%q", s))
		}
		for _, s := range strs[:5] {
			exprs = append(exprs, fmt.Sprintf("b%q", s))
		}
		want := pyHashes(t, seed, exprs)
		var n uint64
		fmt.Sscan(seed, &n)
		key := HashKeyFromSeed(uint32(n))
		for i, s := range strs {
			if got := fmt.Sprint(HashStr(key, s)); got != want[i] {
				t.Errorf("seed %s: hash(%q) = %s, CPython %s", seed, s, got, want[i])
			}
		}
		for i, s := range strs[:5] {
			if got := fmt.Sprint(HashBytes(key, []byte(s))); got != want[len(strs)+i] {
				t.Errorf("seed %s: hash(b%q) = %s, CPython %s", seed, s, got, want[len(strs)+i])
			}
		}
	}
}

func TestNumberHashes(t *testing.T) {
	ints := []int64{0, 1, -1, -2, 2, 1<<61 - 2, 1<<61 - 1, 1 << 61, -(1 << 61), math.MaxInt64, math.MinInt64, 123456789}
	floats := []float64{0, math.Copysign(0, -1), 1, -1, 0.5, 1.5, -2.25, 1e300, 1e-300, math.Inf(1), math.Inf(-1), 3.141592653589793, 2305843009213693951.0, 5e-324}
	bigs := []string{"2**64", "-2**64", "10**40", "-(10**40)+7", "2**61-1", "2**122"}
	var exprs []string
	for _, i := range ints {
		exprs = append(exprs, fmt.Sprint(i))
	}
	for _, f := range floats {
		exprs = append(exprs, fmt.Sprintf("float(%q)", fmt.Sprint(f)))
	}
	exprs = append(exprs, bigs...)
	exprs = append(exprs, "complex(1.5, -2)", "(1, 2)", "()", "(1, (2, 3), -1)", "(-1,)")
	want := pyHashes(t, "0", exprs)
	k := 0
	check := func(what string, got int64) {
		if fmt.Sprint(got) != want[k] {
			t.Errorf("hash(%s) = %d, CPython %s", what, got, want[k])
		}
		k++
	}
	for _, i := range ints {
		check(fmt.Sprint(i), HashInt(i))
	}
	for _, f := range floats {
		check(fmt.Sprint(f), HashFloat(f, 0))
	}
	bigVals := []*big.Int{
		new(big.Int).Lsh(big.NewInt(1), 64),
		new(big.Int).Neg(new(big.Int).Lsh(big.NewInt(1), 64)),
		new(big.Int).Exp(big.NewInt(10), big.NewInt(40), nil),
		new(big.Int).Add(new(big.Int).Neg(new(big.Int).Exp(big.NewInt(10), big.NewInt(40), nil)), big.NewInt(7)),
		big.NewInt(1<<61 - 1),
		new(big.Int).Lsh(big.NewInt(1), 122),
	}
	for i, b := range bigVals {
		check(bigs[i], HashBigInt(b))
	}
	check("complex(1.5, -2)", HashComplex(complex(1.5, -2), 0))
	check("(1, 2)", HashTuple([]int64{HashInt(1), HashInt(2)}))
	check("()", HashTuple(nil))
	check("(1, (2, 3), -1)", HashTuple([]int64{HashInt(1), HashTuple([]int64{HashInt(2), HashInt(3)}), HashInt(-1)}))
	check("(-1,)", HashTuple([]int64{HashInt(-1)}))
}
