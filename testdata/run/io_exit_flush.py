# Buffered output is flushed at exit, also after an uncaught exception,
# and SystemExit's message goes to stderr.
import sys
sys.stdout.write("no newline yet")
sys.stdout.buffer.write(b" raw")
print(" then print")
sys.stderr.write("err before exit\n")
sys.stdout.write("partial")
sys.exit("exit message")
