package interp

// This file makes sys.stdin, sys.stdout and sys.stderr real
// _io.TextIOWrapper objects, built as CPython's create_stdio does: a
// FileIO named '<stdout>' (closefd=False), a BufferedWriter (or none
// with -u), and a TextIOWrapper with newline="\n". The raw layer of
// stdout and stderr writes to the interpreter's Go writers, so embedders
// and in-process tests keep capturing the output; print() and the
// traceback printer look the streams up in sys at call time.

import (
	"bufio"
	"io"
	"os"
)

// stdWriter is where a standard stream's FileIO writes: the
// interpreter's buffered Go writer, flushed after every raw write so the
// Python-level buffers are the only ones.
type stdWriter struct {
	w *bufio.Writer
}

func (s stdWriter) Write(p []byte) (int, error) {
	n, err := s.w.Write(p)
	if err == nil {
		err = s.w.Flush()
	}
	return n, err
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && isatty(int(f.Fd()))
}

// makeStdStreams creates the three standard streams (once).
func (in *Interpreter) makeStdStreams() {
	if !in.stdoutObj.IsNull() {
		return
	}
	stdout, stderr := in.rawStdout, in.rawStderr
	t := in.main
	ioEnsure(t)
	in.stdinObj = in.makeStdStream(t, 0, "<stdin>", nil, false)
	in.stdoutObj = in.makeStdStream(t, 1, "<stdout>", in.Stdout, isTerminal(stdout))
	in.stderrObj = in.makeStdStream(t, 2, "<stderr>", in.Stderr, isTerminal(stderr))
}

// makeStdStream builds one standard stream; w is nil for stdin.
func (in *Interpreter) makeStdStream(t *Thread, fd int, name string, w *bufio.Writer, tty bool) Value {
	fio := &fileIO{fd: fd, seekable: 0, closefd: false, blksize: ioDefaultBufferSize, readable: w == nil, writable: w != nil, std: true}
	if w != nil {
		fio.out = stdWriter{w}
		fio.tty = tty
	} else {
		fio.tty = isatty(0)
	}
	raw := newIOObject(&fileIOType, fio)
	_ = ioObj(raw).attrs.Set(t, Intern("name"), StrValue(name))
	bufferedIO := !in.Unbuffered
	var buf Value
	if w != nil && !bufferedIO {
		buf = raw
	} else {
		buf = newIOObject(&bufferedWriterType, &buffered{raw: raw, size: ioDefaultBufferSize, writable: true, std: true})
		if w == nil {
			buf = newIOObject(&bufferedReaderType, &buffered{raw: raw, size: ioDefaultBufferSize, readable: true})
		}
	}
	x := &textIO{buffer: buf, encoding: "utf-8", errors: "surrogateescape", telling: true, chunkSize: textChunkSize, chunkStart: -1, codec: "utf-8", std: true}
	if fd == 2 {
		x.errors = "backslashreplace"
	}
	x.setNewline("\n", false)
	x.lineBuffering = bufferedIO && (tty || fd == 2)
	x.writeThrough = !bufferedIO
	text := newIOObject(&textIOWrapperType, x)
	mode := "w"
	if w == nil {
		mode = "r"
	}
	_ = ioObj(text).attrs.Set(t, Intern("mode"), StrValue(mode))
	return text
}

// flushStdStreams flushes the Python-level buffers of the original
// standard streams (at exit, before sleeping, before a traceback).
func (in *Interpreter) flushStdStreams() {
	for _, v := range []Value{in.stdoutObj, in.stderrObj} {
		if v.IsNull() || v.Type() != &textIOWrapperType {
			continue
		}
		x, ok := ioObj(v).impl.(*textIO)
		if !ok || x.detached {
			continue
		}
		_ = x.writeFlush(in.main)
		if b, ok := ioObj(x.buffer).impl.(*buffered); ok && !b.detached {
			_ = b.flushWrites(in.main)
		}
	}
}

// sysStream returns sys.<name> as the program has it now; ok is false
// when sys or the attribute is missing.
func (in *Interpreter) sysStream(t *Thread, name string) (Value, bool) {
	m, ok, _ := in.Modules.GetStr(t, sysStr)
	if !ok || m.Type() != &ModuleType {
		if in.stdoutObj.IsNull() {
			return Value{}, false
		}
		if name == "stderr" {
			return in.stderrObj, true
		}
		return in.stdoutObj, true
	}
	key := stdoutStr
	if name != "stdout" {
		key = Intern(name)
	}
	v, ok, _ := objectAs[Module](m.ref).Dict.GetStr(t, key)
	return v, ok
}

// Interned names for print()'s lookup of sys.stdout.
var (
	sysStr    = Intern("sys")
	stdoutStr = Intern("stdout")
)

// ioWriteFast writes s to file when it is an exact TextIOWrapper over a
// Go-written buffer, skipping the method calls; handled is false
// otherwise.
func ioWriteFast(t *Thread, file Value, s string) (handled bool, err error) {
	if file.Type() != &textIOWrapperType {
		return false, nil
	}
	x, ok := ioObj(file).impl.(*textIO)
	if !ok || x.detached {
		return false, nil
	}
	b := x.fastBuffer()
	if b == nil {
		if f, ok := ioObj(x.buffer).impl.(*fileIO); !ok || x.buffer.Type() != &fileIOType || f.fd < 0 || !f.writable {
			return false, nil
		}
	}
	return true, x.write(t, s)
}

// writeStderr writes a traceback or exit message through sys.stderr
// (nothing when it is None), falling back to the Go writer.
func (in *Interpreter) writeStderr(t *Thread, s string) {
	in.flushStdStreams()
	f, ok := in.sysStream(t, "stderr")
	if ok && f.IsNone() {
		return
	}
	if ok {
		if err := writeTo(t, f, s); err == nil {
			_, _, _ = callMethod(t, f, "flush")
			return
		}
	}
	in.Stderr.WriteString(s)
}

// ioInput is input([prompt]): the prompt goes to sys.stdout, the line
// comes from sys.stdin without its newline.
func ioInput(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("input", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	in := t.in
	stdin, ok := in.sysStream(t, "stdin")
	if !ok || stdin.IsNone() {
		return Value{}, NewError(&RuntimeErrorType, "input(): lost sys.stdin")
	}
	stdout, ok := in.sysStream(t, "stdout")
	if !ok || stdout.IsNone() {
		return Value{}, NewError(&RuntimeErrorType, "input(): lost sys.stdout")
	}
	if _, err := ioMethod(t, stdout, "flush"); err != nil {
		return Value{}, err
	}
	if len(args) == 1 {
		s, err := StrString(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if err := writeTo(t, stdout, s); err != nil {
			return Value{}, err
		}
		if _, err := ioMethod(t, stdout, "flush"); err != nil {
			return Value{}, err
		}
	}
	line, err := ioMethod(t, stdin, "readline")
	if err != nil {
		return Value{}, err
	}
	s, ok := asStr(line)
	if !ok {
		return Value{}, NewError(&TypeErrorType, "object.readline() returned non-string")
	}
	if s.s == "" {
		return Value{}, NewError(&EOFErrorType, "EOF when reading a line")
	}
	if s.s[len(s.s)-1] == '\n' {
		return StrValue(s.s[:len(s.s)-1]), nil
	}
	return line, nil
}
