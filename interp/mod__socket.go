package interp

// This file implements the _socket module (CPython's
// Modules/socketmodule.c) on Linux: the socket type that socket.py
// subclasses, the module functions and constants, and the exception
// aliases. The socket's I/O methods are in mod__socket_io.go, address
// conversion in mod__socket_addr.go and the resolver functions in
// mod__socket_resolve.go.
//
// A socket keeps CPython's timeout model: timeout < 0 is blocking mode
// (the descriptor is blocking and calls block in the kernel), timeout
// == 0 non-blocking mode, timeout > 0 a non-blocking descriptor on
// which each call waits with poll(2) up to the timeout.

import (
	"fmt"
	"math"
	"os"
	"sync"
	"syscall"

	"golang.org/x/sys/unix"
)

var (
	socketType = Type{Name: "socket"}
	// gaierrorType and herrorType are socket.gaierror and socket.herror.
	gaierrorType = Type{Name: "gaierror"}
	herrorType   = Type{Name: "herror"}
	socketOnce   sync.Once
)

func init() {
	builtinModules["_socket"] = makeSocketModule
	delete(cModules, "_socket")
	subclassableBases[&socketType] = true
	attrsHooks[&socketType] = func(v Value) *Attrs {
		if v.Type().Flags&FlagHeap == 0 {
			return nil
		}
		return &objectAs[sockObj](v.ref).attrs
	}
}

// sockObj is a _socket.socket (or an instance of a subclass such as
// socket.socket, whose slots live in attrs).
type sockObj struct {
	Object
	fd                  int // -1 once closed or detached
	family, stype, prot int
	timeout             float64 // seconds; < 0: blocking
	attrs               Attrs
}

// socketState is the module's default timeout (setdefaulttimeout).
type socketState struct{ defaultTimeout float64 }

func sockState(t *Thread) *socketState {
	return moduleState(t.in, "_socket", func() *socketState { return &socketState{defaultTimeout: -1} })
}

const socketDoc = "socket(family=AF_INET, type=SOCK_STREAM, proto=0) -> socket object\nsocket(family=-1, type=-1, proto=-1, fileno=None) -> socket object\n\nOpen a socket of the given type.  The family argument specifies the\naddress family; it defaults to AF_INET.  The type argument specifies\nwhether this is a stream (SOCK_STREAM, this is the default)\nor datagram (SOCK_DGRAM) socket.  The protocol argument defaults to 0,\nspecifying the default protocol.  Keyword arguments are accepted.\nThe socket is created as non-inheritable.\n\nWhen a fileno is passed in, family, type and proto are auto-detected,\nunless they are explicitly set.\n\nA socket object represents one endpoint of a network connection.\n\nMethods of socket objects (keyword arguments not allowed):\n\n_accept() -- accept connection, returning new socket fd and client address\nbind(addr) -- bind the socket to a local address\nclose() -- close the socket\nconnect(addr) -- connect the socket to a remote address\nconnect_ex(addr) -- connect, return an error code instead of an exception\ndup() -- return a new socket fd duplicated from fileno()\nfileno() -- return underlying file descriptor\ngetpeername() -- return remote address [*]\ngetsockname() -- return local address\ngetsockopt(level, optname[, buflen]) -- get socket options\ngettimeout() -- return timeout or None\nlisten([n]) -- start listening for incoming connections\nrecv(buflen[, flags]) -- receive data\nrecv_into(buffer[, nbytes[, flags]]) -- receive data (into a buffer)\nrecvfrom(buflen[, flags]) -- receive data and sender's address\nrecvfrom_into(buffer[, nbytes, [, flags])\n  -- receive data and sender's address (into a buffer)\nsendall(data[, flags]) -- send all data\nsend(data[, flags]) -- send data, may not send all of it\nsendto(data[, flags], addr) -- send data to a given address\nsetblocking(bool) -- set or clear the blocking I/O flag\ngetblocking() -- return True if socket is blocking, False if non-blocking\nsetsockopt(level, optname, value[, optlen]) -- set socket options\nsettimeout(None | float) -- set or clear the timeout\nshutdown(how) -- shut down traffic in one or both directions\n\n [*] not available on all platforms!"

func setupSocketTypes() {
	initBuiltinType(&socketType, socketDoc)
	socketType.Module = "_socket"
	socketType.Flags |= FlagBaseType
	socketType.Slots.New = func(t *Thread, typ *Type, args []Value, kwnames []string) (Value, error) {
		s := &sockObj{Object: Object{typ: typ}, fd: -1, timeout: -1}
		return FromObject(&s.Object), nil
	}
	socketType.Slots.Init = socketInit
	socketType.Slots.Repr = func(t *Thread, v Value) (Value, error) {
		s := objectAs[sockObj](v.ref)
		return StrValue(fmt.Sprintf("<socket object, fd=%d, family=%d, type=%d, proto=%d>", s.fd, s.family, s.stype, s.prot)), nil
	}
	for name, get := range map[string]func(s *sockObj) Value{
		"family": func(s *sockObj) Value { return Int(int64(s.family)) },
		"type":   func(s *sockObj) Value { return Int(int64(s.stype)) },
		"proto":  func(s *sockObj) Value { return Int(int64(s.prot)) },
		"timeout": func(s *sockObj) Value {
			if s.timeout < 0 {
				return None
			}
			return Float(s.timeout)
		},
	} {
		addGetSet(&socketType, name, func(t *Thread, v Value) (Value, error) {
			return get(objectAs[sockObj](v.ref)), nil
		}, nil)
	}
	addMethod(&socketType, "fileno", socketNoArgs("fileno", func(t *Thread, s *sockObj) (Value, error) {
		return Int(int64(s.fd)), nil
	}))
	addMethod(&socketType, "close", socketNoArgs("close", socketClose))
	addMethod(&socketType, "detach", socketNoArgs("detach", func(t *Thread, s *sockObj) (Value, error) {
		fd := s.fd
		s.fd = -1
		return Int(int64(fd)), nil
	}))
	addMethod(&socketType, "gettimeout", socketNoArgs("gettimeout", func(t *Thread, s *sockObj) (Value, error) {
		if s.timeout < 0 {
			return None, nil
		}
		return Float(s.timeout), nil
	}))
	addMethod(&socketType, "getblocking", socketNoArgs("getblocking", func(t *Thread, s *sockObj) (Value, error) {
		return Bool(s.timeout != 0), nil
	}))
	addMethod(&socketType, "settimeout", socketSetTimeout)
	addMethod(&socketType, "setblocking", socketSetBlocking)
	addMethod(&socketType, "getsockname", socketNoArgs("getsockname", func(t *Thread, s *sockObj) (Value, error) {
		return s.nameOf(t, unix.SYS_GETSOCKNAME)
	}))
	addMethod(&socketType, "getpeername", socketNoArgs("getpeername", func(t *Thread, s *sockObj) (Value, error) {
		return s.nameOf(t, unix.SYS_GETPEERNAME)
	}))
	addMethod(&socketType, "bind", socketBind)
	addMethod(&socketType, "listen", socketListen)
	addMethod(&socketType, "_accept", socketNoArgs("_accept", socketAccept))
	addMethod(&socketType, "connect", socketConnect(false))
	addMethod(&socketType, "connect_ex", socketConnect(true))
	addMethod(&socketType, "shutdown", socketShutdown)
	addMethod(&socketType, "setsockopt", socketSetsockopt)
	addMethod(&socketType, "getsockopt", socketGetsockopt)
	addSocketIOMethods()
	addSlotWrappers(&socketType)
	inheritSlots(&socketType)

	initDataError(&gaierrorType, "socket", "", &OSErrorType)
	initDataError(&herrorType, "socket", "", &OSErrorType)
}

func makeSocketModule(in *Interpreter) *Module {
	socketOnce.Do(setupSocketTypes)
	m := NewModule("_socket")
	set := func(name string, v Value) { m.Dict.setStrNoErr(Intern(name), v) }
	set("__doc__", StrValue("Implementation module for socket operations.\n\nSee the socket module for documentation."))
	for _, c := range socketConstants {
		set(c.name, Int(c.value))
	}
	set("BDADDR_ANY", StrValue("00:00:00:00:00:00"))
	set("BDADDR_LOCAL", StrValue("00:00:00:FF:FF:FF"))
	set("socket", TypeValue(&socketType))
	set("SocketType", TypeValue(&socketType))
	set("error", TypeValue(&OSErrorType))
	set("timeout", TypeValue(&TimeoutErrorType))
	set("gaierror", TypeValue(&gaierrorType))
	set("herror", TypeValue(&herrorType))
	set("has_ipv6", True)
	moduleFn(m, "socketpair", socketSocketpair)
	moduleFn(m, "dup", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("dup", args, kw, 1); err != nil {
			return Value{}, err
		}
		fd, err := socketFdArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		nfd, err := unix.FcntlInt(uintptr(fd), unix.F_DUPFD_CLOEXEC, 0)
		if err != nil {
			return Value{}, goOSError(err)
		}
		return Int(int64(nfd)), nil
	})
	moduleFn(m, "close", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("close", args, kw, 1); err != nil {
			return Value{}, err
		}
		fd, err := socketFdArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
			return Value{}, goOSError(err)
		}
		return None, nil
	})
	moduleFn(m, "getdefaulttimeout", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getdefaulttimeout", args, kw, 0); err != nil {
			return Value{}, err
		}
		if d := sockState(t).defaultTimeout; d >= 0 {
			return Float(d), nil
		}
		return None, nil
	})
	moduleFn(m, "setdefaulttimeout", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("setdefaulttimeout", args, kw, 1); err != nil {
			return Value{}, err
		}
		d, err := socketTimeoutArg(t, args[0])
		if err != nil {
			return Value{}, err
		}
		sockState(t).defaultTimeout = d
		return None, nil
	})
	addResolverFunctions(m)
	return m
}

// socketFdArg converts a file descriptor argument (an int).
func socketFdArg(t *Thread, v Value) (int, error) {
	n, err := longArg(t, v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > math.MaxInt32 {
		return 0, NewError(&OverflowErrorType, "fd is out of range")
	}
	return int(n), nil
}

// socketTimeoutArg is socket_parse_timeout: None is -1 (blocking), a
// number must not be negative.
func socketTimeoutArg(t *Thread, v Value) (float64, error) {
	if v.IsNone() {
		return -1, nil
	}
	var f float64
	if v.IsFloat() {
		f = v.AsFloat()
		if math.IsNaN(f) {
			return 0, NewError(&ValueErrorType, "Invalid value NaN (not a number)")
		}
	} else {
		n, err := longArg(t, v)
		if err != nil {
			return 0, err
		}
		f = float64(n)
	}
	if f < 0 {
		return 0, NewError(&ValueErrorType, "Timeout value out of range")
	}
	return f, nil
}

// socketNoArgs adapts a method without arguments on a socket.
func socketNoArgs(name string, f func(t *Thread, s *sockObj) (Value, error)) BuiltinFn {
	return func(t *Thread, self Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 0); err != nil {
			return Value{}, err
		}
		s, err := asSocket(self, name)
		if err != nil {
			return Value{}, err
		}
		return f(t, s)
	}
}

func asSocket(v Value, name string) (*sockObj, error) {
	if v.ref == nil || !v.Type().IsSubtype(&socketType) {
		return nil, NewError(&TypeErrorType, "descriptor '%s' requires a '_socket.socket' object but received a '%s'", name, typeName(v))
	}
	return objectAs[sockObj](v.ref), nil
}

// socketInit is socket.__init__(family=-1, type=-1, proto=-1,
// fileno=None) (sock_initobj).
func socketInit(t *Thread, self Value, args []Value, kwnames []string) error {
	a, err := clinicArgs("socket", args, kwnames, []string{"family", "type", "proto", "fileno"}, 0, 4)
	if err != nil {
		return err
	}
	s := objectAs[sockObj](self.ref)
	val := [3]int{-1, -1, -1}
	for i := 0; i < 3; i++ {
		if !a[i].IsNull() {
			n, err := longArg(t, a[i])
			if err != nil {
				return err
			}
			if n < math.MinInt32 || n > math.MaxInt32 {
				return NewError(&OverflowErrorType, "signed integer is greater than maximum")
			}
			val[i] = int(n)
		}
	}
	family, stype, proto := val[0], val[1], val[2]
	fd := -1
	if !a[3].IsNull() && !a[3].IsNone() {
		n, err := longArg(t, a[3])
		if err != nil {
			return err
		}
		if n < 0 {
			return NewError(&ValueErrorType, "negative file descriptor")
		}
		if n > math.MaxInt32 {
			return NewError(&OverflowErrorType, "fd is out of range")
		}
		fd = int(n)
		// The kernel knows what the descriptor is; ask it for what was
		// not given (EBADF/ENOTSOCK surface here as in CPython).
		get := func(opt int, dst *int) error {
			if *dst != -1 {
				return nil
			}
			v, err := unix.GetsockoptInt(fd, unix.SOL_SOCKET, opt)
			if err != nil {
				return goOSError(err)
			}
			*dst = v
			return nil
		}
		if err := get(unix.SO_DOMAIN, &family); err != nil {
			return err
		}
		if err := get(unix.SO_TYPE, &stype); err != nil {
			return err
		}
		if err := get(unix.SO_PROTOCOL, &proto); err != nil {
			return err
		}
	} else {
		if family == -1 {
			family = unix.AF_INET
		}
		if stype == -1 {
			stype = unix.SOCK_STREAM
		}
		if proto == -1 {
			proto = 0
		}
		fd, err = unix.Socket(family, stype|unix.SOCK_CLOEXEC, proto)
		if err != nil {
			return goOSError(err)
		}
	}
	return s.setup(t, fd, family, stype, proto)
}

// setup is init_sockobject: it records what the socket is and applies
// the default timeout.
func (s *sockObj) setup(t *Thread, fd, family, stype, proto int) error {
	s.fd, s.family, s.prot = fd, family, proto
	s.stype = stype &^ (unix.SOCK_NONBLOCK | unix.SOCK_CLOEXEC)
	s.timeout = sockState(t).defaultTimeout
	if stype&unix.SOCK_NONBLOCK != 0 {
		s.timeout = 0
	}
	if s.timeout >= 0 {
		if err := unix.SetNonblock(fd, true); err != nil {
			return goOSError(err)
		}
	}
	return nil
}

func socketClose(t *Thread, s *sockObj) (Value, error) {
	if s.fd < 0 {
		return None, nil
	}
	fd := s.fd
	s.fd = -1
	// ECONNRESET from close() is ignored, as in CPython (bpo-30319).
	if err := unix.Close(fd); err != nil && err != unix.ECONNRESET {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func socketSetTimeout(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("settimeout", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "settimeout")
	if err != nil {
		return Value{}, err
	}
	d, err := socketTimeoutArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	s.timeout = d
	return None, s.applyBlocking()
}

func socketSetBlocking(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("setblocking", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "setblocking")
	if err != nil {
		return Value{}, err
	}
	block, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	s.timeout = 0
	if block != 0 {
		s.timeout = -1
	}
	return None, s.applyBlocking()
}

// applyBlocking makes the descriptor's O_NONBLOCK match the timeout.
func (s *sockObj) applyBlocking() error {
	if s.fd < 0 {
		return newOSError(syscall.EBADF)
	}
	if err := unix.SetNonblock(s.fd, s.timeout >= 0); err != nil {
		return goOSError(err)
	}
	return nil
}

func socketBind(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("bind", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "bind")
	if err != nil {
		return Value{}, err
	}
	sa, err := s.sockaddrArg(t, args[0], "bind")
	if err != nil {
		return Value{}, err
	}
	if err := unix.Bind(s.fd, sa); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func socketListen(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("listen", args, kw, 0, 1); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "listen")
	if err != nil {
		return Value{}, err
	}
	backlog := int64(min(unix.SOMAXCONN, 128))
	if len(args) == 1 {
		if backlog, err = longArg(t, args[0]); err != nil {
			return Value{}, err
		}
		backlog = max(backlog, 0)
	}
	if err := unix.Listen(s.fd, int(min(backlog, math.MaxInt32))); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

func socketShutdown(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("shutdown", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "shutdown")
	if err != nil {
		return Value{}, err
	}
	how, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if err := unix.Shutdown(s.fd, int(how)); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

// socketSetsockopt is setsockopt(level, option, value: int | buffer) and
// setsockopt(level, option, None, optlen).
func socketSetsockopt(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("setsockopt", args, kw, 3, 4); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "setsockopt")
	if err != nil {
		return Value{}, err
	}
	level, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	opt, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(args) == 4 {
		if !args[2].IsNone() {
			return Value{}, NewError(&TypeErrorType, "setsockopt() takes exactly 4 arguments (3 given)")
		}
		n, err := longArg(t, args[3])
		if err != nil {
			return Value{}, err
		}
		err = unix.SetsockoptString(s.fd, int(level), int(opt), string(make([]byte, n)))
		if err != nil {
			return Value{}, goOSError(err)
		}
		return None, nil
	}
	if isIntLike(args[2]) {
		n, err := longArg(t, args[2])
		if err != nil {
			return Value{}, err
		}
		err = unix.SetsockoptInt(s.fd, int(level), int(opt), int(int32(n)))
		if err != nil {
			return Value{}, goOSError(err)
		}
		return None, nil
	}
	b, ok := dataBuffer(args[2])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(args[2]))
	}
	if err := unix.SetsockoptString(s.fd, int(level), int(opt), string(b)); err != nil {
		return Value{}, goOSError(err)
	}
	return None, nil
}

// socketGetsockopt is getsockopt(level, option[, buflen]): an int
// without buflen, else the option's bytes.
func socketGetsockopt(t *Thread, self Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("getsockopt", args, kw, 2, 3); err != nil {
		return Value{}, err
	}
	s, err := asSocket(self, "getsockopt")
	if err != nil {
		return Value{}, err
	}
	level, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	opt, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	if len(args) == 2 {
		v, err := unix.GetsockoptInt(s.fd, int(level), int(opt))
		if err != nil {
			return Value{}, goOSError(err)
		}
		return Int(int64(v)), nil
	}
	n, err := longArg(t, args[2])
	if err != nil {
		return Value{}, err
	}
	if n <= 0 || n > 1024 {
		return Value{}, NewError(&OSErrorType, "getsockopt buflen out of range")
	}
	v, err := unix.GetsockoptString(s.fd, int(level), int(opt))
	if err != nil {
		return Value{}, goOSError(err)
	}
	if int64(len(v)) > n {
		v = v[:n]
	}
	return BytesValue([]byte(v)), nil
}

// socketSocketpair is socketpair([family[, type[, proto]]]): two
// connected _socket.socket objects (AF_UNIX by default).
func socketSocketpair(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("socketpair", args, kw, 0, 3); err != nil {
		return Value{}, err
	}
	val := [3]int{unix.AF_UNIX, unix.SOCK_STREAM, 0}
	for i, a := range args {
		if a.IsNone() {
			continue
		}
		n, err := longArg(t, a)
		if err != nil {
			return Value{}, err
		}
		val[i] = int(n)
	}
	fds, err := unix.Socketpair(val[0], val[1]|unix.SOCK_CLOEXEC, val[2])
	if err != nil {
		return Value{}, goOSError(err)
	}
	var out [2]Value
	for i, fd := range fds {
		s := &sockObj{Object: Object{typ: &socketType}}
		if err := s.setup(t, fd, val[0], val[1], val[2]); err != nil {
			unix.Close(fds[0])
			unix.Close(fds[1])
			return Value{}, err
		}
		out[i] = FromObject(&s.Object)
	}
	return NewTupleValue(out[:]), nil
}

// socketGaiError builds socket.gaierror(code, message) (or herror).
func socketGaiError(typ *Type, code int64, msg string) *Exception {
	e := newException(typ, Int(code), StrValue(msg))
	info := osInfo(e)
	info.errno, info.strerror = Int(code), StrValue(msg)
	return e
}

// hostName is gethostname().
func hostName() (string, error) {
	return os.Hostname()
}
