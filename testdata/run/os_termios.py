import termios, os, tty, pty
print(termios.NCCS, termios.TCSANOW, termios.TCSADRAIN, termios.TCSAFLUSH, termios.ECHO, termios.ICANON, termios.B9600, termios.VMIN)
print(termios.error.__mro__[1].__name__, termios.error.__module__)
fd = os.open("/dev/null", os.O_RDONLY)
for f, a in ((termios.tcgetattr, (fd,)), (termios.tcsetattr, (fd, termios.TCSANOW, [0, 0, 0, 0, 0, 0, [b"\0"] * 32])),
             (termios.tcdrain, (fd,)), (termios.tcflush, (fd, termios.TCIFLUSH)), (termios.tcgetwinsize, (fd,))):
    try:
        f(*a)
    except termios.error as e:
        print(f.__name__, "termios.error", e.args)
try:
    termios.tcgetattr(9999)
except termios.error as e:
    print("tcgetattr", e.args)
try:
    termios.tcgetattr("x")
except TypeError as e:
    print("TypeError", e)
try:
    termios.tcsetattr(fd, termios.TCSANOW, [1, 2])
except TypeError as e:
    print("TypeError", e)
os.close(fd)
print(tty.IFLAG, tty.CC, callable(tty.setraw), callable(pty.openpty))
m, s = os.openpty()
print(os.isatty(m), os.isatty(s), os.get_inheritable(m), os.get_inheritable(s), os.ttyname(s).startswith("/dev/pts/"))
attrs = termios.tcgetattr(s)
print(attrs[:6], attrs[6][:8], len(attrs[6]))
print(termios.tcgetwinsize(s))
termios.tcsetwinsize(s, (24, 80))
print(termios.tcgetwinsize(s), os.get_terminal_size(s))
new = termios.tcgetattr(s)
new[3] = new[3] & ~(termios.ECHO | termios.ICANON)
new[6][termios.VMIN] = 1
new[6][termios.VTIME] = 0
termios.tcsetattr(s, termios.TCSANOW, new)
got = termios.tcgetattr(s)
print(got[3] & termios.ECHO, got[3] & termios.ICANON, got[6][termios.VMIN], got[6][termios.VTIME], got[6][:4])
tty.setraw(s)
print(termios.tcgetattr(s)[:4])
os.write(m, b"hello\n")
print(os.read(s, 100))
termios.tcflush(s, termios.TCIOFLUSH)
termios.tcdrain(s)
os.close(s)
os.close(m)
