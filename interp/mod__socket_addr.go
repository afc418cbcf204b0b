package interp

// This file converts socket addresses between Python and the kernel, as
// socketmodule.c's getsockaddrarg and makesockaddr do: (host, port) for
// AF_INET, (host, port, flowinfo, scope_id) for AF_INET6, a path (str,
// or bytes for Linux's abstract namespace) for AF_UNIX.
//
// Addresses coming from the kernel are decoded from the raw sockaddr
// and its length rather than through x/sys/unix's Sockaddr, which
// rewrites an unnamed AF_UNIX address as "@".

import (
	"encoding/binary"
	"net"
	"strings"
	"unsafe"

	"golang.org/x/sys/unix"
)

// rawAddr is a kernel socket address and its length.
type rawAddr struct {
	sa unix.RawSockaddrAny
	n  uint32
}

func (r *rawAddr) ptr() uintptr    { return uintptr(unsafe.Pointer(&r.sa)) }
func (r *rawAddr) lenPtr() uintptr { return uintptr(unsafe.Pointer(&r.n)) }

// value is makesockaddr: the Python form of the address.
func (r *rawAddr) value() Value {
	if r.n == 0 {
		return None
	}
	switch r.sa.Addr.Family {
	case unix.AF_INET:
		p := (*unix.RawSockaddrInet4)(unsafe.Pointer(&r.sa))
		port := binary.BigEndian.Uint16((*[2]byte)(unsafe.Pointer(&p.Port))[:])
		return NewTupleValue([]Value{StrValue(net.IP(p.Addr[:]).String()), Int(int64(port))})
	case unix.AF_INET6:
		p := (*unix.RawSockaddrInet6)(unsafe.Pointer(&r.sa))
		port := binary.BigEndian.Uint16((*[2]byte)(unsafe.Pointer(&p.Port))[:])
		flow := binary.BigEndian.Uint32((*[4]byte)(unsafe.Pointer(&p.Flowinfo))[:])
		return NewTupleValue([]Value{StrValue(ipv6String(p.Addr[:])), Int(int64(port)), Int(int64(flow)), Int(int64(p.Scope_id))})
	case unix.AF_UNIX:
		p := (*unix.RawSockaddrUnix)(unsafe.Pointer(&r.sa))
		n := int(r.n) - 2 // the path follows the 2-byte family
		path := (*[108]byte)(unsafe.Pointer(&p.Path))[:]
		if n > len(path) {
			n = len(path)
		}
		if n > 0 && path[0] == 0 {
			return BytesValue(append([]byte(nil), path[:n]...))
		}
		end := 0
		for end < len(path) && path[end] != 0 {
			end++
		}
		return StrValue(string(path[:end]))
	}
	return NewTupleValue([]Value{Int(int64(r.sa.Addr.Family)), BytesValue(nil)})
}

// ipv6String formats an IPv6 address as glibc's inet_ntop does, which
// differs from Go for IPv4-compatible addresses (::1.2.3.4).
func ipv6String(b []byte) string {
	ip := net.IP(b)
	zero := true
	for _, c := range b[:12] {
		zero = zero && c == 0
	}
	if zero && (b[12] != 0 || b[13] != 0) {
		return "::" + net.IP(b[12:16]).String()
	}
	return ip.String()
}

// nameOf is getsockname/getpeername through the raw system call.
func (s *sockObj) nameOf(t *Thread, trap uintptr) (Value, error) {
	var r rawAddr
	r.n = uint32(unsafe.Sizeof(r.sa))
	if _, _, en := unix.Syscall(trap, uintptr(s.fd), r.ptr(), r.lenPtr()); en != 0 {
		return Value{}, newOSError(en)
	}
	return r.value(), nil
}

// sockaddrArg is getsockaddrarg: the kernel address for a Python one on
// this socket's family; caller names the method in messages.
func (s *sockObj) sockaddrArg(t *Thread, v Value, caller string) (unix.Sockaddr, error) {
	switch s.family {
	case unix.AF_UNIX:
		var path []byte
		if str, ok := asStr(v); ok {
			path = []byte(str.s)
		} else if b, ok := dataBuffer(v); ok {
			path = b
		} else {
			return nil, NewError(&TypeErrorType, "a bytes-like object is required, not '%s'", typeName(v))
		}
		if len(path) > 108 || (len(path) == 108 && path[0] != 0) {
			return nil, NewError(&OSErrorType, "AF_UNIX path too long")
		}
		name := string(path)
		if len(path) > 0 && path[0] == 0 {
			// x/sys/unix writes an abstract address for a leading '@'.
			name = "@" + name[1:]
		}
		return &unix.SockaddrUnix{Name: name}, nil
	case unix.AF_INET:
		tu, ok := asTuple(v)
		if !ok {
			return nil, NewError(&TypeErrorType, "%s(): AF_INET address must be tuple, not %s", caller, typeName(v))
		}
		if len(tu.items) != 2 {
			return nil, NewError(&TypeErrorType, "AF_INET address must be a pair (host, port)")
		}
		ip, err := hostArg(t, tu.items[0], unix.AF_INET)
		if err != nil {
			return nil, err
		}
		port, err := portArg(t, tu.items[1], caller)
		if err != nil {
			return nil, err
		}
		sa := &unix.SockaddrInet4{Port: port}
		copy(sa.Addr[:], ip.To4())
		return sa, nil
	case unix.AF_INET6:
		tu, ok := asTuple(v)
		if !ok {
			return nil, NewError(&TypeErrorType, "%s(): AF_INET6 address must be tuple, not %s", caller, typeName(v))
		}
		if len(tu.items) < 2 || len(tu.items) > 4 {
			return nil, NewError(&TypeErrorType, "AF_INET6 address must be a tuple (host, port[, flowinfo[, scopeid]])")
		}
		ip, err := hostArg(t, tu.items[0], unix.AF_INET6)
		if err != nil {
			return nil, err
		}
		port, err := portArg(t, tu.items[1], caller)
		if err != nil {
			return nil, err
		}
		sa := &unix.SockaddrInet6{Port: port}
		copy(sa.Addr[:], ip.To16())
		if len(tu.items) > 2 {
			flow, err := longArg(t, tu.items[2])
			if err != nil {
				return nil, err
			}
			if flow < 0 || flow > 0xfffff {
				return nil, NewError(&OverflowErrorType, "%s(): flowinfo must be 0-1048575.", caller)
			}
		}
		if len(tu.items) > 3 {
			scope, err := longArg(t, tu.items[3])
			if err != nil {
				return nil, err
			}
			sa.ZoneId = uint32(scope)
		}
		return sa, nil
	}
	return nil, NewError(&OSErrorType, "%s(): bad family", caller)
}

func portArg(t *Thread, v Value, caller string) (int, error) {
	n, err := longArg(t, v)
	if err != nil {
		return 0, err
	}
	if n < 0 || n > 0xffff {
		return 0, NewError(&OverflowErrorType, "%s(): port must be 0-65535.", caller)
	}
	return int(n), nil
}

// hostArg is setipaddr: the address for a host of an address tuple.
func hostArg(t *Thread, v Value, family int) (net.IP, error) {
	var name string
	if s, ok := asStr(v); ok {
		name = s.s
	} else if b, ok := bytesData(v); ok {
		name = string(b)
	} else {
		return nil, NewError(&TypeErrorType, "str, bytes or bytearray expected, not %s", typeName(v))
	}
	switch {
	case name == "":
		if family == unix.AF_INET6 {
			return net.IPv6unspecified, nil
		}
		return net.IPv4zero.To4(), nil
	case name == "<broadcast>" && family == unix.AF_INET:
		return net.IPv4bcast.To4(), nil
	}
	if strings.ContainsRune(name, 0) {
		return nil, NewError(&TypeErrorType, "host name must not contain null character")
	}
	ips, err := lookupHost(name, family)
	if err != nil {
		return nil, err
	}
	return ips[0], nil
}
