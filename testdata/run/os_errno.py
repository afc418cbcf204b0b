import errno
print(errno.ENOENT, errno.EEXIST, errno.EACCES, errno.EAGAIN, errno.EWOULDBLOCK, errno.EDEADLOCK, errno.ENOTSUP)
print(errno.errorcode[2], errno.errorcode[11], errno.errorcode[95], errno.errorcode[35])
print(len(errno.errorcode))
names = sorted(n for n in dir(errno) if n.startswith('E'))
print(len(names), names[:5], names[-5:])
print(sum(getattr(errno, n) for n in names))
for k in sorted(errno.errorcode)[:10]:
    print(k, errno.errorcode[k])
import os
for n in (1, 2, 13, 17, 21, 22, 28, 110, 0, 133, 134, 999, -1):
    print(n, os.strerror(n))
for code in (1, 2, 4, 10, 11, 13, 17, 20, 21, 32, 103, 104, 110, 111, 3, 114, 115, 108, 5):
    e = OSError(code, os.strerror(code))
    print(code, type(e).__name__, e)
