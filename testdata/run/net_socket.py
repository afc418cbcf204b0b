# _socket: socketpair, timeouts and non-blocking mode, a localhost TCP
# listener, UDP, selectors, the address helpers and the resolver.
import socket, selectors, errno

a, b = socket.socketpair()
print(a.family, a.type, a.proto, a.gettimeout(), a.getblocking())
print(repr(a.getsockname()), repr(b.getpeername()))
a.sendall(b"hello world")
print(b.recv(5), b.recv(100))
buf = bytearray(8)
a.send(b"abcdefgh")
print(b.recv_into(buf, 4), buf, b.recv(4))
b.setblocking(False)
print(b.gettimeout(), b.getblocking())
try:
    b.recv(10)
except BlockingIOError as e:
    print("BlockingIOError", e.errno == errno.EAGAIN)
b.settimeout(0.05)
try:
    b.recv(10)
except socket.timeout as e:
    print("timeout", e, type(e).__name__, e.errno)
print(b.recv(4) if (a.send(b"wxyz") and True) else None)
a.close(); print(a, a.fileno())
print(b.recv(10))
b.close()

# TCP over localhost
srv = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
print(srv.getsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR) != 0)
srv.bind(("127.0.0.1", 0))
srv.listen()
host, port = srv.getsockname()
print(host, port > 0)
cli = socket.create_connection(("127.0.0.1", port))
conn, addr = srv.accept()
print(type(conn).__name__, addr[0], addr[1] == cli.getsockname()[1], conn.family, conn.type)
cli.sendall(b"ping" * 1000)
got = b""
while len(got) < 4000:
    got += conn.recv(1024)
print(len(got), got[:8])
conn.sendall(b"pong")
print(cli.recv(10))
f = cli.makefile("rwb")
conn.sendall(b"line1\nline2\n")
print(f.readline(), f.readline())
f.close()
cli.shutdown(socket.SHUT_WR)
print(conn.recv(10))
cli.close(); conn.close(); srv.close()
with socket.socket() as s:
    print(s.connect_ex(("127.0.0.1", port)) == errno.ECONNREFUSED)

# UDP
u1 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u1.bind(("127.0.0.1", 0))
u2 = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
u2.bind(("127.0.0.1", 0))
u2.sendto(b"datagram", u1.getsockname())
data, frm = u1.recvfrom(100)
print(data, frm == u2.getsockname())
u1.close(); u2.close()

# selectors
sel = selectors.DefaultSelector()
a, b = socket.socketpair()
sel.register(b, selectors.EVENT_READ, "b")
print(sel.select(0))
a.send(b"x")
print([(k.data, ev) for k, ev in sel.select(1)])
sel.close(); a.close(); b.close()
print(socket.inet_aton("127.0.0.1"), socket.inet_ntoa(b"\x7f\0\0\1"), socket.inet_pton(socket.AF_INET6, "::1"))
print(socket.inet_ntop(socket.AF_INET6, b"\xfe\x80" + bytes(13) + b"\1"), socket.htons(1), socket.ntohl(1))
print(socket.getaddrinfo("localhost", 80, socket.AF_INET, socket.SOCK_STREAM))
print(socket.gethostbyname("localhost"), socket.getnameinfo(("127.0.0.1", 80), socket.NI_NUMERICHOST | socket.NI_NUMERICSERV))
print(isinstance(socket.gethostname(), str))
try:
    socket.getaddrinfo("no.such.host.invalid", 80)
except socket.gaierror as e:
    print("gaierror", e.errno)
