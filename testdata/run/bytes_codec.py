# str.encode and bytes.decode: utf-8, ascii, latin-1 and error handlers.
def tr(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

s = 'héllo wörld €𝄞'
for enc in ['utf-8', 'UTF8', 'utf_8', 'U8', 'latin-1', 'Latin1', 'iso-8859-1', 'ascii', 'US-ASCII']:
    for errs in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace']:
        tr(s.encode, enc, errs)
print('abc'.encode(), 'é'.encode(encoding='latin-1'), 'é'.encode(errors='strict'), ''.encode())
tr('x'.encode, 'nope')
tr('x'.encode, 'ascii', 'bogus')
tr('é'.encode, 'ascii', 'bogus')
tr('x'.encode, 5)
tr('x'.encode, foo=1)
tr('\udc80abc'.encode)
tr('\udc80\udcffabc'.encode, 'utf-8', 'surrogateescape')
tr('\ud800\udfff'.encode)
tr('ab\udc80\udc81'.encode, 'ascii')
tr('ab\udc80\udc81'.encode, 'ascii', 'surrogateescape')
tr('\udc00'.encode, 'utf-8', 'surrogateescape')
tr('a\u20ac'.encode, 'latin-1')
tr('\u20ac\u20ac'.encode, 'latin-1', 'backslashreplace')
tr('\U0001f600'.encode, 'ascii', 'backslashreplace')
data = [b'', b'abc', b'h\xc3\xa9llo', b'\xff', b'\xc3', b'a\xc3(b', b'\xe2\x82', b'\xe2\x82\xac', b'\xe2(\xa1',
        b'\xed\xa0\x80', b'\xf0\x9f\x98\x80', b'\xf0\x9f\x98', b'\xf4\x90\x80\x80', b'\xc0\xaf', b'\x80\x80', b'\xf8\x88\x80\x80\x80',
        b'\xf0\x28\x8c\x28', b'ok\xe0\x80\x80']
for d in data:
    for errs in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape']:
        tr(d.decode, 'utf-8', errs)
    for enc in ['ascii', 'latin-1']:
        for errs in ['strict', 'replace', 'surrogateescape']:
            tr(d.decode, enc, errs)
print(b'abc'.decode(), bytearray(b'\xc3\xa9').decode(), b'\xe9'.decode('latin1'), b'x'.decode(encoding='ascii'), b'\xff'.decode(errors='ignore'))
tr(b'x'.decode, 'nope')
tr(b'\xff'.decode, 'utf-8', 'bogus')
tr(b'x'.decode, 'utf-8', 'bogus')
tr(b'x'.decode, None)
tr(b'x'.decode, 'utf-8', 'strict', 'x')
tr(b'x'.decode, encoding=b'utf-8')
rt = b'\xff\xfeabc\x80'.decode('utf-8', 'surrogateescape')
print(len(rt), ascii(rt), rt.encode('utf-8', 'surrogateescape'))
print(bytes('€', 'utf-8'), bytearray('€', 'utf-8', 'strict'), bytes('é€', 'ascii', 'replace'), bytes('é', 'ascii', errors='ignore'))
print(str(b'abc', 'utf-8'), str(b'\xe9', 'latin-1'), str(b'\xff', errors='replace'), str(bytearray(b'x'), encoding='ascii'), repr(str(b'', 'ascii')))
print(str(b'abc'), str(bytearray(b'q')))
tr(str, 'abc', 'utf-8')
tr(str, 5, 'utf-8')
tr(str, b'\xff', 'utf-8')
tr(str, b'x', 'bogus')
tr(str, b'x', 5)
tr(str, b'x', 'utf-8', 'strict', 1)
tr(lambda: str(b'x', enc='utf-8'))
