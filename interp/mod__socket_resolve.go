package interp

// This file holds _socket's name and address functions: getaddrinfo,
// getnameinfo, gethostbyname[_ex], gethostbyaddr, the service and
// protocol databases, gethostname, the byte-order functions and
// inet_aton/ntoa/pton/ntop.
//
// Names are resolved by Go's pure resolver (/etc/hosts, then DNS with a
// short deadline) instead of glibc's getaddrinfo: numeric hosts,
// localhost and /etc/hosts entries give CPython's answers; the order of
// several DNS answers may differ.

import (
	"bufio"
	"context"
	"encoding/binary"
	"net"
	"net/netip"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/sys/unix"
)

// glibc's getaddrinfo error codes and texts.
const (
	eaiNoName  = -2
	eaiService = -8
)

// getaddrinfo/getnameinfo flags (netdb.h), which x/sys/unix lacks.
const (
	aiPassive     = 1
	aiCanonName   = 2
	aiNumericHost = 4
	niNumericHost = 1
	niNumericServ = 2
	niNameReqd    = 8
	niDgram       = 16
)

func addResolverFunctions(m *Module) {
	moduleFn(m, "getaddrinfo", socketGetaddrinfo)
	moduleFn(m, "getnameinfo", socketGetnameinfo)
	moduleFn(m, "gethostname", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("gethostname", args, kw, 0); err != nil {
			return Value{}, err
		}
		h, err := hostName()
		if err != nil {
			return Value{}, goOSError(err)
		}
		return StrValue(h), nil
	})
	moduleFn(m, "gethostbyname", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("gethostbyname", args, kw, 1); err != nil {
			return Value{}, err
		}
		ip, err := hostArg(t, args[0], unix.AF_INET)
		if err != nil {
			return Value{}, err
		}
		return StrValue(ip.String()), nil
	})
	moduleFn(m, "gethostbyname_ex", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("gethostbyname_ex", args, kw, 1); err != nil {
			return Value{}, err
		}
		name, err := hostString(args[0], "gethostbyname_ex")
		if err != nil {
			return Value{}, err
		}
		ips, err := lookupHost(name, unix.AF_INET)
		if err != nil {
			return Value{}, err
		}
		addrs := make([]Value, len(ips))
		for i, ip := range ips {
			addrs[i] = StrValue(ip.String())
		}
		return NewTupleValue([]Value{StrValue(name), NewListValue(nil), NewListValue(addrs)}), nil
	})
	moduleFn(m, "gethostbyaddr", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("gethostbyaddr", args, kw, 1); err != nil {
			return Value{}, err
		}
		name, err := hostString(args[0], "gethostbyaddr")
		if err != nil {
			return Value{}, err
		}
		ips, err := lookupHost(name, unix.AF_UNSPEC)
		if err != nil {
			return Value{}, err
		}
		host, ok := reverseLookup(ips[0])
		if !ok {
			return Value{}, socketGaiError(&herrorType, 1, "Unknown host")
		}
		return NewTupleValue([]Value{StrValue(host), NewListValue(nil), NewListValue([]Value{StrValue(ips[0].String())})}), nil
	})
	moduleFn(m, "getservbyname", socketGetservbyname)
	moduleFn(m, "getservbyport", socketGetservbyport)
	moduleFn(m, "getprotobyname", func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs("getprotobyname", args, kw, 1); err != nil {
			return Value{}, err
		}
		s, ok := asStr(args[0])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "getprotobyname() argument must be str, not %s", typeName(args[0]))
		}
		if n, ok := protocolNumber(s.s); ok {
			return Int(int64(n)), nil
		}
		return Value{}, NewError(&OSErrorType, "protocol not found")
	})
	moduleFn(m, "htons", byteOrder16("htons"))
	moduleFn(m, "ntohs", byteOrder16("ntohs"))
	moduleFn(m, "htonl", byteOrder32("htonl"))
	moduleFn(m, "ntohl", byteOrder32("ntohl"))
	moduleFn(m, "inet_aton", socketInetAton)
	moduleFn(m, "inet_ntoa", socketInetNtoa)
	moduleFn(m, "inet_pton", socketInetPton)
	moduleFn(m, "inet_ntop", socketInetNtop)
}

// hostString converts a host name argument (str, or bytes).
func hostString(v Value, fname string) (string, error) {
	if s, ok := asStr(v); ok {
		return s.s, nil
	}
	if b, ok := bytesData(v); ok {
		return string(b), nil
	}
	return "", NewError(&TypeErrorType, "%s() argument 1 must be str, bytes or bytearray, not %s", fname, typeName(v))
}

// lookupHost resolves name to addresses of family (AF_UNSPEC: any).
func lookupHost(name string, family int) ([]net.IP, error) {
	var ips []net.IP
	if b, ok := inetAton(name); ok && strings.Count(name, ".") < 3 || family == unix.AF_INET && ok {
		ips = []net.IP{net.IP(b)}
	} else if a, err := netip.ParseAddr(name); err == nil && !strings.Contains(name, "%") {
		ips = []net.IP{net.IP(a.AsSlice())}
	} else {
		ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		r := &net.Resolver{PreferGo: true}
		addrs, err := r.LookupIPAddr(ctx, name)
		if err != nil {
			return nil, socketGaiError(&gaierrorType, eaiNoName, "Name or service not known")
		}
		for _, a := range addrs {
			ips = append(ips, a.IP)
		}
	}
	var out []net.IP
	for _, ip := range ips {
		v4 := ip.To4()
		switch {
		case family == unix.AF_INET && v4 != nil:
			out = append(out, v4)
		case family == unix.AF_INET6 && v4 == nil:
			out = append(out, ip)
		case family == unix.AF_UNSPEC:
			if v4 != nil {
				ip = v4
			}
			out = append(out, ip)
		}
	}
	if len(out) == 0 {
		return nil, socketGaiError(&gaierrorType, eaiNoName, "Name or service not known")
	}
	return out, nil
}

// reverseLookup finds the host name of ip (/etc/hosts, then DNS).
func reverseLookup(ip net.IP) (string, bool) {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	r := &net.Resolver{PreferGo: true}
	names, err := r.LookupAddr(ctx, ip.String())
	if err != nil || len(names) == 0 {
		return "", false
	}
	return strings.TrimSuffix(names[0], "."), true
}

// sockaddrValue is the (host, port[, flowinfo, scope_id]) tuple for ip.
func sockaddrValue(ip net.IP, port int) Value {
	if v4 := ip.To4(); v4 != nil {
		return NewTupleValue([]Value{StrValue(v4.String()), Int(int64(port))})
	}
	return NewTupleValue([]Value{StrValue(ipv6String(ip.To16())), Int(int64(port)), Int(0), Int(0)})
}

// socketGetaddrinfo is getaddrinfo(host, port, family=0, type=0,
// proto=0, flags=0): 5-tuples (family, type, proto, canonname,
// sockaddr), with glibc's order for the addresses of a None host.
func socketGetaddrinfo(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	a, err := clinicArgs("getaddrinfo", args, kw, []string{"host", "port", "family", "type", "proto", "flags"}, 2, 6)
	if err != nil {
		return Value{}, err
	}
	var ints [4]int
	for i := range ints {
		if !a[i+2].IsNull() {
			n, err := longArg(t, a[i+2])
			if err != nil {
				return Value{}, err
			}
			ints[i] = int(n)
		}
	}
	family, stype, proto, flags := ints[0], ints[1], ints[2], ints[3]
	hostNone := a[0].IsNone()
	var host string
	if !hostNone {
		if host, err = hostString(a[0], "getaddrinfo"); err != nil {
			return Value{}, NewError(&TypeErrorType, "getaddrinfo() argument 1 must be string or None")
		}
	}
	var port int
	var service string
	portNone := false
	switch p := a[1]; {
	case p.IsNone():
		portNone = true
	case isIntLike(p):
		n, err := longArg(t, p)
		if err != nil {
			return Value{}, err
		}
		port = int(uint16(n))
	default:
		s, err := hostString(p, "getaddrinfo")
		if err != nil {
			return Value{}, NewError(&OSErrorType, "Int or String expected")
		}
		if n, err := strconv.Atoi(s); err == nil {
			port = int(uint16(n))
		} else {
			service = s
		}
	}
	if hostNone && portNone {
		return Value{}, socketGaiError(&gaierrorType, eaiNoName, "Name or service not known")
	}
	var ips []net.IP
	if hostNone {
		lo4, lo6 := net.IPv4(127, 0, 0, 1).To4(), net.IPv6loopback
		if flags&aiPassive != 0 {
			lo4, lo6 = net.IPv4zero.To4(), net.IPv6unspecified
			ips = []net.IP{lo4, lo6}
		} else {
			ips = []net.IP{lo6, lo4}
		}
	} else {
		if flags&aiNumericHost != 0 {
			if _, err := netip.ParseAddr(host); err != nil {
				return Value{}, socketGaiError(&gaierrorType, eaiNoName, "Name or service not known")
			}
		}
		if ips, err = lookupHost(host, unix.AF_UNSPEC); err != nil {
			return Value{}, err
		}
	}
	type kind struct{ stype, proto int }
	kinds := []kind{{unix.SOCK_STREAM, unix.IPPROTO_TCP}, {unix.SOCK_DGRAM, unix.IPPROTO_UDP}, {unix.SOCK_RAW, 0}}
	var want []kind
	for _, k := range kinds {
		if stype != 0 && k.stype != stype {
			continue
		}
		if proto != 0 {
			if k.stype != unix.SOCK_RAW && k.proto != proto {
				continue
			}
			k.proto = proto
		}
		if service != "" {
			if k.stype == unix.SOCK_RAW {
				continue
			}
			network := "tcp"
			if k.stype == unix.SOCK_DGRAM {
				network = "udp"
			}
			p, ok := serviceByName(service, network)
			if !ok {
				continue
			}
			port = p
		}
		want = append(want, k)
	}
	if len(want) == 0 {
		return Value{}, socketGaiError(&gaierrorType, eaiService, "Servname not supported for ai_socktype")
	}
	var out []Value
	for _, ip := range ips {
		fam := unix.AF_INET6
		if ip.To4() != nil {
			fam = unix.AF_INET
		}
		if family != unix.AF_UNSPEC && family != fam {
			continue
		}
		for _, k := range want {
			canon := ""
			if flags&aiCanonName != 0 && len(out) == 0 {
				canon = host
			}
			out = append(out, NewTupleValue([]Value{Int(int64(fam)), Int(int64(k.stype)), Int(int64(k.proto)), StrValue(canon), sockaddrValue(ip, port)}))
		}
	}
	if len(out) == 0 {
		return Value{}, socketGaiError(&gaierrorType, eaiNoName, "Name or service not known")
	}
	return NewListValue(out), nil
}

// socketGetnameinfo is getnameinfo((host, port[, flowinfo, scope_id]),
// flags): the host name (or number) and service name (or number).
func socketGetnameinfo(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("getnameinfo", args, kw, 2); err != nil {
		return Value{}, err
	}
	tu, ok := asTuple(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "getnameinfo() argument 1 must be a tuple")
	}
	if len(tu.items) < 2 || len(tu.items) > 4 {
		return Value{}, NewError(&TypeErrorType, "getnameinfo(): illegal sockaddr argument")
	}
	flags, err := longArg(t, args[1])
	if err != nil {
		return Value{}, err
	}
	host, ok := asStr(tu.items[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "getnameinfo(): illegal sockaddr argument")
	}
	port, err := longArg(t, tu.items[1])
	if err != nil {
		return Value{}, err
	}
	addr, perr := netip.ParseAddr(host.s)
	if perr != nil {
		return Value{}, socketGaiError(&gaierrorType, eaiNoName, "Name or service not known")
	}
	if addr.Is4() && len(tu.items) != 2 {
		return Value{}, NewError(&OSErrorType, "IPv4 sockaddr must be 2 tuple")
	}
	ip := net.IP(addr.AsSlice())
	name := addr.String()
	if addr.Is6() {
		name = ipv6String(ip.To16())
	}
	if flags&niNumericHost == 0 {
		if h, ok := reverseLookup(ip); ok {
			name = h
		} else if flags&niNameReqd != 0 {
			return Value{}, socketGaiError(&gaierrorType, eaiNoName, "Name or service not known")
		}
	}
	serv := strconv.Itoa(int(uint16(port)))
	if flags&niNumericServ == 0 {
		network := "tcp"
		if flags&niDgram != 0 {
			network = "udp"
		}
		if s, ok := serviceByPort(int(uint16(port)), network); ok {
			serv = s
		}
	}
	return NewTupleValue([]Value{StrValue(name), StrValue(serv)}), nil
}

// service is one line of /etc/services.
type service struct {
	names []string
	port  int
	proto string
}

var (
	servicesOnce sync.Once
	servicesList []service
)

func services() []service {
	servicesOnce.Do(func() {
		f, err := os.Open("/etc/services")
		if err != nil {
			return
		}
		defer f.Close()
		sc := bufio.NewScanner(f)
		for sc.Scan() {
			line, _, _ := strings.Cut(sc.Text(), "#")
			fields := strings.Fields(line)
			if len(fields) < 2 {
				continue
			}
			num, proto, ok := strings.Cut(fields[1], "/")
			port, err := strconv.Atoi(num)
			if !ok || err != nil {
				continue
			}
			names := append([]string{fields[0]}, fields[2:]...)
			servicesList = append(servicesList, service{names: names, port: port, proto: proto})
		}
	})
	return servicesList
}

// serviceByName finds a service's port for proto ("" for any).
func serviceByName(name, proto string) (int, bool) {
	for _, s := range services() {
		if proto != "" && s.proto != proto {
			continue
		}
		for _, n := range s.names {
			if n == name {
				return s.port, true
			}
		}
	}
	return 0, false
}

// serviceByPort finds the service name for a port and proto ("": any).
func serviceByPort(port int, proto string) (string, bool) {
	for _, s := range services() {
		if s.port == port && (proto == "" || s.proto == proto) {
			return s.names[0], true
		}
	}
	return "", false
}

// protocolNumber looks a protocol up in /etc/protocols.
func protocolNumber(name string) (int, bool) {
	data, err := os.ReadFile("/etc/protocols")
	if err != nil {
		return 0, false
	}
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		fields := strings.Fields(line)
		if len(fields) < 2 {
			continue
		}
		n, err := strconv.Atoi(fields[1])
		if err != nil {
			continue
		}
		if fields[0] == name {
			return n, true
		}
		for _, alias := range fields[2:] {
			if alias == name {
				return n, true
			}
		}
	}
	return 0, false
}

func socketGetservbyname(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("getservbyname", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	name, ok := asStr(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "getservbyname() argument 1 must be str, not %s", typeName(args[0]))
	}
	proto := ""
	if len(args) == 2 {
		p, ok := asStr(args[1])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "getservbyname() argument 2 must be str, not %s", typeName(args[1]))
		}
		proto = p.s
	}
	if port, ok := serviceByName(name.s, proto); ok {
		return Int(int64(port)), nil
	}
	return Value{}, NewError(&OSErrorType, "service/proto not found")
}

func socketGetservbyport(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := rangeArgs("getservbyport", args, kw, 1, 2); err != nil {
		return Value{}, err
	}
	port, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	if port < 0 || port > 0xffff {
		return Value{}, NewError(&OverflowErrorType, "getservbyport: port must be 0-65535.")
	}
	proto := ""
	if len(args) == 2 {
		p, ok := asStr(args[1])
		if !ok {
			return Value{}, NewError(&TypeErrorType, "getservbyport() argument 2 must be str, not %s", typeName(args[1]))
		}
		proto = p.s
	}
	if name, ok := serviceByPort(int(port), proto); ok {
		return StrValue(name), nil
	}
	return Value{}, NewError(&OSErrorType, "port/proto not found")
}

func byteOrder16(name string) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		n, err := indexValue(t, args[0], "")
		if err != nil {
			return Value{}, err
		}
		x, ok := smallInt(n)
		switch {
		case ok && x < 0 || !ok && n.Type() == &IntType && isNegativeInt(n):
			return Value{}, NewError(&OverflowErrorType, "%s: can't convert negative Python int to C 16-bit unsigned integer", name)
		case !ok || x > 0xffff:
			return Value{}, NewError(&OverflowErrorType, "%s: Python int too large to convert to C 16-bit unsigned integer", name)
		}
		return Int(int64(uint16(x)>>8 | uint16(x)<<8)), nil
	}
}

func byteOrder32(name string) BuiltinFn {
	return func(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
		if err := exactArgs(name, args, kw, 1); err != nil {
			return Value{}, err
		}
		if !isIntLike(args[0]) {
			return Value{}, NewError(&TypeErrorType, "expected int, %s found", typeName(args[0]))
		}
		n, err := indexValue(t, args[0], "")
		if err != nil {
			return Value{}, err
		}
		x, ok := smallInt(n)
		switch {
		case ok && x < 0 || !ok && isNegativeInt(n):
			return Value{}, NewError(&OverflowErrorType, "can't convert negative value to unsigned int")
		case !ok || x > 0xffffffff:
			return Value{}, NewError(&OverflowErrorType, "int larger than 32 bits")
		}
		var b [4]byte
		binary.BigEndian.PutUint32(b[:], uint32(x))
		return Int(int64(binary.LittleEndian.Uint32(b[:]))), nil
	}
}

// isNegativeInt reports whether an int beyond int64 is negative.
func isNegativeInt(v Value) bool {
	return compareInts(v, Int(0)) < 0
}

// inetAton is glibc's inet_aton: one to four parts separated by dots,
// each decimal, octal (leading 0) or hex (0x), the last filling the
// remaining bytes.
func inetAton(s string) ([]byte, bool) {
	if s == "" {
		return nil, false
	}
	parts := strings.Split(s, ".")
	if len(parts) > 4 {
		return nil, false
	}
	vals := make([]uint64, len(parts))
	for i, p := range parts {
		base := 10
		digits := p
		switch {
		case strings.HasPrefix(p, "0x") || strings.HasPrefix(p, "0X"):
			base, digits = 16, p[2:]
			if digits == "" {
				digits = "0"
			}
		case len(p) > 1 && p[0] == '0':
			base, digits = 8, p[1:]
		}
		if digits == "" {
			return nil, false
		}
		v, err := strconv.ParseUint(digits, base, 32)
		if err != nil {
			return nil, false
		}
		vals[i] = v
	}
	last := vals[len(vals)-1]
	limit := uint64(1) << (8 * (5 - len(vals)))
	if len(vals) == 1 {
		limit = 1 << 32
	}
	if last >= limit {
		return nil, false
	}
	var n uint64
	for i, v := range vals[:len(vals)-1] {
		if v > 255 {
			return nil, false
		}
		n |= v << (24 - 8*i)
	}
	n |= last
	b := make([]byte, 4)
	binary.BigEndian.PutUint32(b, uint32(n))
	return b, true
}

func socketInetAton(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("inet_aton", args, kw, 1); err != nil {
		return Value{}, err
	}
	s, ok := asStr(args[0])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "inet_aton() argument 1 must be str, not %s", typeName(args[0]))
	}
	b, ok := inetAton(s.s)
	if !ok {
		return Value{}, NewError(&OSErrorType, "illegal IP address string passed to inet_aton")
	}
	return BytesValue(b), nil
}

func socketInetNtoa(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("inet_ntoa", args, kw, 1); err != nil {
		return Value{}, err
	}
	b, err := dataBufferArg(args[0])
	if err != nil {
		return Value{}, err
	}
	if len(b) != 4 {
		return Value{}, NewError(&OSErrorType, "packed IP wrong length for inet_ntoa")
	}
	return StrValue(net.IP(b).String()), nil
}

func socketInetPton(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("inet_pton", args, kw, 2); err != nil {
		return Value{}, err
	}
	af, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	s, ok := asStr(args[1])
	if !ok {
		return Value{}, NewError(&TypeErrorType, "inet_pton() argument 2 must be str, not %s", typeName(args[1]))
	}
	if af != unix.AF_INET && af != unix.AF_INET6 {
		return Value{}, newOSError(unix.EAFNOSUPPORT)
	}
	a, perr := netip.ParseAddr(s.s)
	if perr != nil || strings.Contains(s.s, "%") || (af == unix.AF_INET) != a.Is4() {
		return Value{}, NewError(&OSErrorType, "illegal IP address string passed to inet_pton")
	}
	return BytesValue(a.AsSlice()), nil
}

func socketInetNtop(t *Thread, _ Value, args []Value, kw []string) (Value, error) {
	if err := exactArgs("inet_ntop", args, kw, 2); err != nil {
		return Value{}, err
	}
	af, err := longArg(t, args[0])
	if err != nil {
		return Value{}, err
	}
	b, err := dataBufferArg(args[1])
	if err != nil {
		return Value{}, err
	}
	switch af {
	case unix.AF_INET:
		if len(b) != 4 {
			return Value{}, NewError(&ValueErrorType, "invalid length of packed IP address string")
		}
		return StrValue(net.IP(b).String()), nil
	case unix.AF_INET6:
		if len(b) != 16 {
			return Value{}, NewError(&ValueErrorType, "invalid length of packed IP address string")
		}
		return StrValue(ipv6String(b)), nil
	}
	return Value{}, NewError(&ValueErrorType, "unknown address family %d", af)
}
