# int.to_bytes and int.from_bytes.
def tr(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

for n in [0, 1, 255, 256, 1024, 2**64 - 1, 2**64, 10**30]:
    print(n.to_bytes(16, 'big'), n.to_bytes(16, 'little'), n.to_bytes(16, byteorder='big', signed=True))
for n in [-1, -128, -129, -2**63, -10**20]:
    print(n.to_bytes(12, 'big', signed=True), n.to_bytes(12, 'little', signed=True))
print((5).to_bytes(), (0).to_bytes(0, 'big'), True.to_bytes(2, 'little'), (255).to_bytes(1, 'big'))
tr((256).to_bytes, 1, 'big')
tr((128).to_bytes, 1, 'big', signed=True)
tr((-129).to_bytes, 1, 'big', signed=True)
tr((-1).to_bytes, 2, 'big')
tr((1).to_bytes, -1, 'big')
tr((1).to_bytes, 1, 'middle')
tr((1).to_bytes, 1, 5)
tr((1).to_bytes, 0, 'big')
tr((0).to_bytes, 0, 'big', signed=True)
tr((1).to_bytes, 1, 'big', foo=1)
tr((1).to_bytes, 1, 'big', True)
print(int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\x00\x10', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True))
print(int.from_bytes(b''), int.from_bytes(b'', signed=True), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80'), 'little', signed=True))
print(int.from_bytes(b'\x01' * 20, 'little'), int.from_bytes(bytes=b'\x7f', byteorder='big', signed=True), bool.from_bytes(b'\x01', 'big'))
tr(int.from_bytes, 'ab', 'big')
tr(int.from_bytes, 5, 'big')
tr(int.from_bytes, b'a', 'bogus')
tr(int.from_bytes, [300], 'big')
tr(int.from_bytes)
for n in range(-300, 300, 37):
    b = n.to_bytes(3, 'little', signed=True)
    assert int.from_bytes(b, 'little', signed=True) == n
print('roundtrip ok')
