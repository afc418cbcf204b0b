def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

e = UnicodeEncodeError('ascii', 'xé', 1, 2, 'bad')
print(e, e.args, e.start, e.end, e.object, e.encoding, e.reason)
e.start = 0
e.reason = 'changed'
print(e)
e = UnicodeDecodeError('utf-8', bytearray(b'ab\xff'), 2, 3, 'oops')
print(e, repr(e.object), e.start)
e = UnicodeDecodeError('utf-8', b'ab\xff', 0, 3, 'oops')
print(e)
e = UnicodeTranslateError('abc', 1, 2, 'r')
print(e, e.encoding, e.object)
print(UnicodeTranslateError('abc', 0, 3, 'r'))
print(UnicodeEncodeError('a', 'abc', 5, 2, 'r'))
print(UnicodeEncodeError('a', '\u1234\U00012345', 0, 1, 'r'))
print(UnicodeEncodeError('a', '\u1234\U00012345', 1, 2, 'r'))
print(repr(str(UnicodeEncodeError.__new__(UnicodeEncodeError))))
show(UnicodeEncodeError, 'a')
show(UnicodeEncodeError, 1, 'a', 1, 2, 'r')
show(UnicodeEncodeError, 'a', 'b', 1.5, 2, 'r')
show(UnicodeDecodeError, 'a', 'x', 1, 2, 'r')
show(UnicodeTranslateError, 'a', 1, 2)
class MyErr(UnicodeEncodeError):
    pass
m = MyErr('enc', 'abc', 0, 2, 'why')
print(m, m.encoding, isinstance(m, ValueError))
for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16', 'utf-32', 'utf-16-be']:
    try:
        'a\u0100\udc80\U0001f600'.encode(enc)
    except UnicodeEncodeError as x:
        print(enc, x, x.start, x.end)
    for data in [b'a\xff\xfe', b'\xc3', b'\xed\xa0\x80', b'\x00\xd8\x00']:
        try:
            print(enc, repr(data.decode(enc)))
        except UnicodeDecodeError as x:
            print(enc, x, x.start, x.end, x.object)
for h in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    for enc in ['ascii', 'latin-1', 'utf-8', 'utf-16-le', 'utf-32-be']:
        show(str.encode, 'a\xe9\u20ac\udc80\ud800b', enc, h)
        show(bytes.decode, b'a\xe9\x80\xed\xa0\x80\x00b', enc, h)
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'caf\xe9', 'latin-1'), str(b'\xff', 'ascii', 'replace'))
print(bytes('h\xe9', 'utf-16-le'), bytearray('h\xe9', 'cp1252'))
show(str.encode, 'x', 'nope')
show(bytes.decode, b'x', 'nope')
