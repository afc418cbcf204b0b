package profile

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	pprof "github.com/google/pprof/profile"

	"github.com/pyjit/pyjit/interp"
	"github.com/pyjit/pyjit/jit"
)

// profileRun runs testdata/name in-process under the profiler (and the
// JIT at threshold 1 if withJIT), writes the profile, parses it back and
// returns it with the program's stdout.
func profileRun(t *testing.T, name string, o Options, withJIT bool) (*pprof.Profile, string) {
	t.Helper()
	path, err := filepath.Abs(filepath.Join("testdata", name))
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var out, errs bytes.Buffer
	in := interp.NewInterpreter(&out, &errs)
	if withJIT {
		if !jit.Available {
			t.Skip("no JIT backend on this architecture")
		}
		in.JIT, in.JITThreshold = jit.New(jit.Options{}), 1
	}
	p := Start(in, o)
	status := in.RunSource(src, path)
	p.Stop()
	if status != 0 {
		t.Fatalf("%s: status %d, stderr:\n%s", name, status, errs.String())
	}
	var buf bytes.Buffer
	if err := p.Write(&buf); err != nil {
		t.Fatal(err)
	}
	prof, err := pprof.Parse(&buf)
	if err != nil {
		t.Fatalf("the written profile does not parse: %v", err)
	}
	if err := prof.CheckValid(); err != nil {
		t.Fatalf("invalid profile: %v", err)
	}
	return prof, out.String()
}

// frame is one location of a sample, as the test reads it back.
type frame struct {
	fn, file string
	line     int64
}

func stackOf(s *pprof.Sample) []frame {
	var fs []frame
	for _, l := range s.Location {
		for _, ln := range l.Line {
			fs = append(fs, frame{ln.Function.Name, ln.Function.Filename, ln.Line})
		}
	}
	return fs
}

// TestHotFunction profiles a program whose time is almost all in hot()
// and checks that hot() dominates the samples, at its loop's line, called
// from the right lines of main() and the module. Expected lines are read
// off testdata/hot.py (CPython's dis puts the loop's JUMP_BACKWARD on
// line 11).
func TestHotFunction(t *testing.T) {
	for _, mode := range []Mode{ModeCPU, ModeWall} {
		t.Run(mode.String(), func(t *testing.T) {
			prof, out := profileRun(t, "hot.py", Options{Rate: 1000, Mode: mode}, false)
			if out != "20984970\n" {
				t.Fatalf("stdout %q", out)
			}
			if prof.SampleType[1].Type != mode.String() || prof.SampleType[1].Unit != "nanoseconds" || prof.Period != 1e6 {
				t.Errorf("sample type %v period %d", prof.SampleType[1], prof.Period)
			}
			file, _ := filepath.Abs("testdata/hot.py")
			var total, hot, hotLine int64
			for _, s := range prof.Sample {
				n := s.Value[0]
				if s.Value[1] != n*prof.Period {
					t.Errorf("sample value %v: nanoseconds != count * period", s.Value)
				}
				total += n
				fs := stackOf(s)
				if len(fs) == 0 || fs[0].fn != "hot" {
					continue
				}
				hot += n
				if got := s.Label["jit"]; len(got) != 1 || got[0] != "interpreted" {
					t.Errorf("hot sample labels %v, want jit=interpreted", s.Label)
				}
				want := []frame{{"hot", file, 11}, {"main", file, 18}, {"<module>", file, 23}}
				if fs[0].line == 8 { // sampled at the call's RESUME
					want[0].line = 8
				}
				if len(fs) != 3 || fs[0] != want[0] || fs[1] != want[1] || fs[2] != want[2] {
					t.Errorf("hot stack %v, want %v", fs, want)
					continue
				}
				if fs[0].line == 11 {
					hotLine += n
				}
			}
			t.Logf("%s: %d samples, %d in hot (%d at line 11)", mode, total, hot, hotLine)
			if total < 20 {
				t.Fatalf("only %d samples", total)
			}
			if hot*10 < total*8 {
				t.Errorf("hot has %d of %d samples, want >= 80%%", hot, total)
			}
			if hotLine*10 < hot*9 {
				t.Errorf("%d of hot's %d samples at line 11, want >= 90%%", hotLine, hot)
			}
			for _, fn := range prof.Function {
				if fn.Name == "hot" && (fn.StartLine != 8 || fn.Filename != file) {
					t.Errorf("function hot: start line %d file %s", fn.StartLine, fn.Filename)
				}
			}
		})
	}
}

// TestJITAttribution profiles a loop that the amd64 JIT compiles at its
// first back-edge: the samples that fall in the trace must carry the
// label jit=trace-N and the pseudo-frame "[jit trace N]" above loop().
func TestJITAttribution(t *testing.T) {
	prof, out := profileRun(t, "jitloop.py", Options{Rate: 1000, Mode: ModeWall}, true)
	if out != "11249999925000000\n" {
		t.Fatalf("stdout %q", out)
	}
	file, _ := filepath.Abs("testdata/jitloop.py")
	var total, compiled int64
	for _, s := range prof.Sample {
		total += s.Value[0]
		lab := s.Label["jit"]
		if len(lab) != 1 || !strings.HasPrefix(lab[0], "trace-") {
			continue
		}
		compiled += s.Value[0]
		fs := stackOf(s)
		if len(fs) < 2 || fs[0].fn != "[jit "+strings.Replace(lab[0], "-", " ", 1)+"]" || fs[1].fn != "loop" || fs[1].file != file {
			t.Errorf("compiled sample %v: stack %v", lab, fs)
			continue
		}
		if fs[1].line < 3 || fs[1].line > 4 {
			t.Errorf("compiled sample in loop at line %d, want 3 or 4", fs[1].line)
		}
	}
	t.Logf("%d samples, %d in compiled code", total, compiled)
	if total < 20 || compiled*10 < total*8 {
		t.Errorf("%d of %d samples in compiled code, want >= 80%%", compiled, total)
	}
}

// TestRecursion profiles recursion without loops: the interpreter takes
// samples at function entry (RESUME), as CPython checks its eval breaker
// there, so fib's samples show fib on top of fib frames down to the
// module.
func TestRecursion(t *testing.T) {
	prof, out := profileRun(t, "recurse.py", Options{Rate: 1000, Mode: ModeWall}, false)
	if out != "75025\n" {
		t.Fatalf("stdout %q", out)
	}
	var total, fib int64
	for _, s := range prof.Sample {
		total += s.Value[0]
		fs := stackOf(s)
		if len(fs) < 2 || fs[0].fn != "fib" || fs[len(fs)-1].fn != "<module>" || fs[len(fs)-1].line != 7 {
			continue
		}
		ok := true
		for _, f := range fs[:len(fs)-1] {
			ok = ok && f.fn == "fib" && f.line >= 1 && f.line <= 4
		}
		if ok {
			fib += s.Value[0]
		}
	}
	t.Logf("%d samples, %d in fib", total, fib)
	if total < 10 || fib*10 < total*9 {
		t.Errorf("%d of %d samples in fib, want >= 90%%", fib, total)
	}
}
