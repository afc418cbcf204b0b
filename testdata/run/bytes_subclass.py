class B(bytes):
    def shout(self):
        return self.upper()
b = B(b"abc")
b.tag = 1
print(b, repr(b), type(b).__name__, b.shout(), type(b.shout()).__name__, b.tag, b == b"abc", hash(b) == hash(b"abc"), len(b), b[1], b[1:], isinstance(b, bytes))
class BA(bytearray):
    pass
ba = BA(b"xyz")
ba.append(33)
ba.note = "n"
print(ba, type(ba).__name__, ba.note, bytes(ba), ba + b"!", type(ba + b"!").__name__, ba.decode())
class B2(bytes):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)
print(B2(b"ab"), type(B2(b"ab")).__name__)
print(B(5), B([65, 66]), B("é", "utf-8"), b"x".join([B(b"a"), B(b"b")]))
