# int() parses bytes and bytearray with an explicit base (re's compiler relies on it).
print(int(b'1011', 2), int(bytearray(b'ff'), 16), int(b' 12 ', 0), int(b'0x1f', 0))
for bad in [(b'12', 2), (3.5, 2)]:
    try:
        int(*bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__)
