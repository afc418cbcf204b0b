package interp

// This file holds the socket methods that move data or wait: connect,
// _accept, send*, recv*. Every one goes through sockCall, which is
// socketmodule.c's sock_call_ex: retry on EINTR (running signal
// handlers), and for a socket with a timeout wait with poll(2) for
// readiness until the deadline, then raise TimeoutError('timed out').

import (
	"syscall"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"
)

func addSocketIOMethods() {
	addMethod(&socketType, "recv", socketRecv)
	addMethod(&socketType, "recv_into", socketRecvInto(false))
	addMethod(&socketType, "recvfrom", socketRecvfrom)
	addMethod(&socketType, "recvfrom_into", socketRecvInto(true))
	addMethod(&socketType, "send", socketSend)
	addMethod(&socketType, "sendall", socketSendall)
	addMethod(&socketType, "sendto", socketSendto)
}

func socketTimedOut() error { return NewError(&TimeoutErrorType, "timed out") }

// deadline is when a call that starts now must give up (zero: never).
func (s *sockObj) deadline() time.Time {
	if s.timeout <= 0 {
		return time.Time{}
	}
	return time.Now().Add(time.Duration(s.timeout * 1e9))
}

// waitUntil polls the socket for reading or writing until deadline
// (zero: forever); it reports false when the deadline passed first.
func (s *sockObj) waitUntil(t *Thread, write bool, deadline time.Time) (bool, error) {
	ev := int16(unix.POLLIN)
	if write {
		ev = unix.POLLOUT
	}
	for {
		ms := -1
		if !deadline.IsZero() {
			left := time.Until(deadline)
			if left <= 0 {
				return false, nil
			}
			ms = int((left + time.Millisecond - 1) / time.Millisecond)
		}
		fds := []unix.PollFd{{Fd: int32(s.fd), Events: ev}}
		n, err := unix.Poll(fds, ms)
		if err == unix.EINTR {
			if err := signalCheck(t); err != nil {
				return false, err
			}
			continue
		}
		if err != nil {
			return false, goOSError(err)
		}
		return n > 0, nil
	}
}

// wait is waitUntil with the socket's own timeout from now.
func (s *sockObj) wait(t *Thread, write bool) (bool, error) {
	return s.waitUntil(t, write, s.deadline())
}

// sockCall runs op until it succeeds, fails, or the deadline passes.
func (s *sockObj) sockCall(t *Thread, write bool, deadline time.Time, op func() (int, syscall.Errno)) (int, error) {
	for {
		if s.fd < 0 {
			return 0, newOSError(syscall.EBADF)
		}
		n, en := op()
		switch {
		case en == 0:
			return n, nil
		case en == syscall.EINTR:
			if err := signalCheck(t); err != nil {
				return 0, err
			}
			continue
		case s.timeout > 0 && (en == syscall.EAGAIN || en == syscall.EWOULDBLOCK):
			ok, err := s.waitUntil(t, write, deadline)
			if err != nil {
				return 0, err
			}
			if !ok {
				return 0, socketTimedOut()
			}
			continue
		}
		return 0, newOSError(en)
	}
}

func bufPtr(b []byte) uintptr {
	if len(b) == 0 {
		return 0
	}
	return uintptr(unsafe.Pointer(&b[0]))
}

// recvInto receives into p, with the sender's address when from is set.
func (s *sockObj) recvInto(t *Thread, p []byte, flags int, from *rawAddr) (int, error) {
	return s.sockCall(t, false, s.deadline(), func() (int, syscall.Errno) {
		var ap, lp uintptr
		if from != nil {
			from.n = uint32(unsafe.Sizeof(from.sa))
			ap, lp = from.ptr(), from.lenPtr()
		}
		n, _, en := unix.Syscall6(unix.SYS_RECVFROM, uintptr(s.fd), bufPtr(p), uintptr(len(p)), uintptr(flags), ap, lp)
		return int(n), en
	})
}

// sendOnce sends p once (to sa when it is not nil).
func (s *sockObj) sendOnce(t *Thread, p []byte, flags int, sa unix.Sockaddr, deadline time.Time) (int, error) {
	return s.sockCall(t, true, deadline, func() (int, syscall.Errno) {
		if sa != nil {
			n, err := unix.SendmsgN(s.fd, p, nil, sa, flags)
			if err != nil {
				return 0, err.(syscall.Errno)
			}
			return n, 0
		}
		n, _, en := unix.Syscall6(unix.SYS_SENDTO, uintptr(s.fd), bufPtr(p), uintptr(len(p)), uintptr(flags), 0, 0)
		return int(n), en
	})
}

// sockArgs parses (self, n required ints or buffers...) shared by the
// recv/send family: it returns the socket and the integer flags at
// position flagPos when given.
func sockFlags(t *Thread, args []Value, pos int) (int, error) {
	if len(args) <= pos {
		return 0, nil
	}
	n, err := longArg(t, args[pos])
	return int(n), err
}

func socketRecv(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("recv", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "recv")
	if err != nil {
		return Value{}, err
	}
	size, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if size < 0 {
		return Value{}, NewError(&ValueErrorType, "negative buffersize in recv")
	}
	flags, err := sockFlags(t, args, 1)
	if err != nil {
		return Value{}, err
	}
	buf, err := allocBuffer(size)
	if err != nil {
		return Value{}, err
	}
	n, err := s.recvInto(t, buf, flags, nil)
	if err != nil {
		return Value{}, err
	}
	return BytesValue(buf[:n:n]), nil
}

func socketRecvfrom(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("recvfrom", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "recvfrom")
	if err != nil {
		return Value{}, err
	}
	size, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if size < 0 {
		return Value{}, NewError(&ValueErrorType, "negative buffersize in recvfrom")
	}
	flags, err := sockFlags(t, args, 1)
	if err != nil {
		return Value{}, err
	}
	buf, err := allocBuffer(size)
	if err != nil {
		return Value{}, err
	}
	var from rawAddr
	n, err := s.recvInto(t, buf, flags, &from)
	if err != nil {
		return Value{}, err
	}
	return NewTupleValue([]Value{BytesValue(buf[:n:n]), from.value()}), nil
}

// socketRecvInto is recv_into(buffer, nbytes=0, flags=0) and, withAddr,
// recvfrom_into, which also returns the sender's address.
func socketRecvInto(withAddr bool) BuiltinFn {
	name := "recv_into"
	if withAddr {
		name = "recvfrom_into"
	}
	return func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		a, err := clinicArgs(name, args, kw, []string{"buffer", "nbytes", "flags"}, 1, 3)
		if err != nil {
			return Value{}, err
		}
		s, err := asSocket(self, name)
		if err != nil {
			return Value{}, err
		}
		buf, err := dataWritableBuffer(a[0], name+"() argument 'buffer'")
		if err != nil {
			return Value{}, err
		}
		var size int64
		if !a[1].IsNull() {
			if size, err = longArg(t, a[1]); err != nil {
				return Value{}, err
			}
		}
		if size < 0 {
			return Value{}, NewError(&ValueErrorType, "negative buffersize in %s", name)
		}
		if size == 0 {
			size = int64(len(buf))
		}
		if size > int64(len(buf)) {
			if withAddr {
				return Value{}, NewError(&ValueErrorType, "nbytes is greater than the length of the buffer")
			}
			return Value{}, NewError(&ValueErrorType, "buffer too small for requested bytes")
		}
		var flags int64
		if !a[2].IsNull() {
			if flags, err = longArg(t, a[2]); err != nil {
				return Value{}, err
			}
		}
		if !withAddr {
			n, err := s.recvInto(t, buf[:size], int(flags), nil)
			if err != nil {
				return Value{}, err
			}
			return Int(int64(n)), nil
		}
		var from rawAddr
		n, err := s.recvInto(t, buf[:size], int(flags), &from)
		if err != nil {
			return Value{}, err
		}
		return NewTupleValue([]Value{Int(int64(n)), from.value()}), nil
	}
}

func socketSend(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("send", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "send")
	if err != nil {
		return Value{}, err
	}
	data, err := dataBufferArg(args[0])
	if err != nil {
		return Value{}, err
	}
	flags, err := sockFlags(t, args, 1)
	if err != nil {
		return Value{}, err
	}
	n, err := s.sendOnce(t, data, flags, nil, s.deadline())
	if err != nil {
		return Value{}, err
	}
	return Int(int64(n)), nil
}

// socketSendall sends everything, the timeout bounding the whole call.
func socketSendall(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("sendall", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "sendall")
	if err != nil {
		return Value{}, err
	}
	data, err := dataBufferArg(args[0])
	if err != nil {
		return Value{}, err
	}
	flags, err := sockFlags(t, args, 1)
	if err != nil {
		return Value{}, err
	}
	deadline := s.deadline()
	for len(data) > 0 {
		n, err := s.sendOnce(t, data, flags, nil, deadline)
		if err != nil {
			return Value{}, err
		}
		data = data[n:]
		if err := signalCheck(t); err != nil {
			return Value{}, err
		}
	}
	return None, nil
}

// socketSendto is sendto(data[, flags], address).
func socketSendto(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("sendto", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "sendto")
	if err != nil {
		return Value{}, err
	}
	data, err := dataBufferArg(args[0])
	if err != nil {
		return Value{}, err
	}
	flags := 0
	addr := args[1]
	if len(args) == 3 {
		if flags, err = sockFlags(t, args, 1); err != nil {
			return Value{}, err
		}
		addr = args[2]
	}
	sa, err := s.sockaddrArg(t, addr, "sendto")
	if err != nil {
		return Value{}, err
	}
	n, err := s.sendOnce(t, data, flags, sa, s.deadline())
	if err != nil {
		return Value{}, err
	}
	return Int(int64(n)), nil
}

// socketAccept is _accept(): the new descriptor and the peer address,
// which socket.py wraps in a socket.socket.
func socketAccept(t *Thread, s *sockObj) (Value, error) {
	var from rawAddr
	fd, err := s.sockCall(t, false, s.deadline(), func() (int, syscall.Errno) {
		from.n = uint32(unsafe.Sizeof(from.sa))
		n, _, en := unix.Syscall6(unix.SYS_ACCEPT4, uintptr(s.fd), from.ptr(), from.lenPtr(), unix.SOCK_CLOEXEC, 0, 0)
		return int(n), en
	})
	if err != nil {
		return Value{}, err
	}
	return NewTupleValue([]Value{Int(int64(fd)), from.value()}), nil
}

// socketConnect is connect(address) and, ex, connect_ex(address), which
// returns the errno instead of raising.
func socketConnect(ex bool) BuiltinFn {
	name := "connect"
	if ex {
		name = "connect_ex"
	}
	return func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		s, err := asSocket(self, name)
		if err != nil {
			return Value{}, err
		}
		sa, err := s.sockaddrArg(t, args[0], name)
		if err != nil {
			return Value{}, err
		}
		en := s.connect(sa)
		if en == syscall.EINTR {
			if err := signalCheck(t); err != nil {
				return Value{}, err
			}
		}
		if (en == syscall.EINPROGRESS && s.timeout != 0) || en == syscall.EINTR {
			var timedOut bool
			deadline := s.deadline()
			ok, err := s.waitUntil(t, true, deadline)
			if err != nil {
				return Value{}, err
			}
			if !ok {
				timedOut = true
			} else {
				v, gerr := unix.GetsockoptInt(s.fd, unix.SOL_SOCKET, unix.SO_ERROR)
				if gerr != nil {
					en = gerr.(syscall.Errno)
				} else {
					en = syscall.Errno(v)
				}
			}
			if timedOut {
				if ex {
					return Int(int64(syscall.EWOULDBLOCK)), nil
				}
				return Value{}, socketTimedOut()
			}
		}
		if ex {
			return Int(int64(en)), nil
		}
		if en != 0 {
			return Value{}, newOSError(en)
		}
		return None, nil
	}
}

func (s *sockObj) connect(sa unix.Sockaddr) syscall.Errno {
	if s.fd < 0 {
		return syscall.EBADF
	}
	if err := unix.Connect(s.fd, sa); err != nil {
		if en, ok := err.(syscall.Errno); ok {
			return en
		}
		return syscall.EINVAL
	}
	return 0
}
