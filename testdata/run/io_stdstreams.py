# sys.stdout/sys.stderr are TextIOWrappers; print() looks sys.stdout up at
# call time; writes through .buffer keep their order after flush().
import io
import sys

print(type(sys.stdout).__name__, type(sys.stderr).__name__, type(sys.stdin).__name__)
print(sys.stdout.name, sys.stderr.name, sys.stdin.name, sys.stdout.mode, sys.stdin.mode)
print(sys.stdout.encoding, sys.stderr.errors, sys.stderr.line_buffering)
print(sys.stdout.fileno(), sys.stderr.fileno(), sys.stdin.fileno())
print(sys.stdout.writable(), sys.stdout.readable(), sys.stdin.readable(), sys.stdin.writable())
print(sys.__stdout__ is sys.stdout, sys.__stderr__ is sys.stderr, sys.__stdin__ is sys.stdin)
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.TextIOWrapper))
print(repr(sys.stdout), repr(sys.stderr))
print(sys.stdout.write("written\n"))
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes line\n")
sys.stdout.buffer.flush()
sys.stdout.write("after bytes\n")
sys.stdout.flush()
print("to stderr", file=sys.stderr)
sys.stderr.write("stderr write\n")

saved = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2)
got = sys.stdout.getvalue()
sys.stdout = saved
print("got", repr(got))

sys.stdout = None
print("lost")
sys.stdout = saved
print("back")

class Upper:
    def write(self, s):
        saved.write(s.upper())
        return len(s)
    def flush(self):
        pass
sys.stdout = Upper()
print("shouting", "now")
sys.stdout = saved
print("end", flush=True)
print("ünïcödé ✓ text")
sys.stdout.buffer.write("ünï\n".encode())
sys.stdout.flush()
