import codecs

def show(f, *a):
    try:
        print(repr(f(*a)))
    except Exception as e:
        print(type(e).__name__, e)

for d in [b'\x00\xd8\x00', b'\x00\xdc\x00\x00', b'\x00\xd8a\x00', b'a', b'\x00\xd8', b'a\x00\x3d\xd8\x00\xde']:
    for f in [True, False]:
        show(codecs.utf_16_le_decode, d, 'strict', f)
        show(codecs.utf_16_le_decode, d, 'replace', f)
for d in [b'\x00\xd8\x00\x00', b'\x00\x00\x11\x00', b'ab', b'a\x00\x00\x00']:
    show(codecs.utf_32_le_decode, d, 'strict', True)
    show(codecs.utf_32_be_decode, d, 'ignore', True)
show(codecs.utf_16_encode, 'a\U0001f600')
show(codecs.utf_16_encode, 'a', None, 1)
show(codecs.utf_16_encode, 'a', None, -1)
show(codecs.utf_32_encode, 'a')
show(codecs.utf_16_encode, 'a\ud800')
show(codecs.utf_16_encode, 'a\ud800', 'surrogatepass')
show(codecs.utf_16_le_decode, b'\x00\xd8', 'surrogatepass')
show(codecs.utf_16_ex_decode, b'\xfe\xff\x00a')
show(codecs.utf_16_ex_decode, b'\x00a')
show(codecs.utf_16_decode, b'\xfe\xff\x00a')
show(codecs.utf_32_decode, b'\x00\x00\xfe\xff\x00\x00\x00a')
show(codecs.utf_16_decode, b'\xfe', None, False)
show(codecs.unicode_escape_encode, 'a\'"\\\t\x00\xe9\u1234\U00012345\x7f')
show(codecs.raw_unicode_escape_encode, 'a\\\xe9\u1234\U00012345')
show(codecs.escape_encode, b'a\'"\\\t\x00\xe9')
show(codecs.escape_decode, b'a\\x41\\n\\101')
show(codecs.escape_decode, 'a\\x41')
show(codecs.escape_decode, b'a\\x4')
show(codecs.escape_decode, b'a\\')
for d in [b'\\x4', b'\\u12', b'\\U00110000', b'\\N{NOPE}', b'\\N{', b'\\', b'ok\\', b'\\N{DIGIT ONE}x']:
    show(codecs.unicode_escape_decode, d)
    show(codecs.unicode_escape_decode, d, 'replace')
    show(codecs.unicode_escape_decode, d, 'strict', False)
for d in [b'\\u12', b'\\\\u1234', b'\\\\\\u1234', b'\\x41', b'\\U00110000']:
    show(codecs.raw_unicode_escape_decode, d)
    show(codecs.raw_unicode_escape_decode, d, 'backslashreplace')
for s in ['a~\\+!é\t-', 'é-', 'éa', '\U0001f600', '+', 'a+b', '']:
    show(codecs.utf_7_encode, s)
    show(codecs.utf_7_decode, codecs.utf_7_encode(s)[0])
for d in [b'+AOk', b'+AOk-', b'+AO', b'+AOl-', b'a+', b'+\xff', b'\x80', b'+2D3eAA-', b'+2D0-']:
    show(codecs.utf_7_decode, d, 'strict', True)
    show(codecs.utf_7_decode, d, 'strict', False)
    show(codecs.utf_7_decode, d, 'replace', True)
m = codecs.charmap_build('abc\u20ac')
print(sorted(m.items()))
show(codecs.charmap_encode, 'abd', 'strict', m)
show(codecs.charmap_encode, 'ab\u20ac', 'strict', m)
show(codecs.charmap_encode, 'abd', 'replace', {97: 1, 98: b'xy', 63: 63})
show(codecs.charmap_encode, 'a', 'strict', {97: 300})
show(codecs.charmap_decode, b'\x00\x01\x05', 'strict', 'xyz')
show(codecs.charmap_decode, b'\x00\x01\x05', 'replace', 'xyz')
show(codecs.charmap_decode, b'\x00\x01', 'strict', {0: 'A', 1: 0x20ac})
show(codecs.charmap_decode, b'\x00\x01', 'strict', {0: None})
show(codecs.charmap_decode, b'\xe9')
show(codecs.readbuffer_encode, b'xyz')
show(codecs.readbuffer_encode, 'xyz')
show(codecs.utf_8_encode, 1)
show(codecs.utf_8_encode, 'a', 1)
show(codecs.utf_8_decode, 'a')
show(codecs.utf_8_decode)
show(codecs.latin_1_encode, 'a\u0100b', 'backslashreplace')
show(codecs.ascii_decode, b'a\x80b', 'backslashreplace')
show(codecs.utf_8_decode, b'a\xed\xa0\x80b', 'surrogatepass')
show(codecs.utf_8_encode, 'a\ud800b', 'surrogatepass')
show(codecs.utf_8_encode, 'a\ud800b', 'bogus')
show(codecs.utf_8_encode, 'ab', 'bogus')
show(codecs.lookup, 'no-such-codec')
show(codecs.encode, 'x', 'no-such-codec')
show(codecs.decode, b'\xff\xfea\x00', 'utf-16')
show(codecs.lookup_error, 'nope')
show(codecs.register_error, 'x', 1)
h = codecs.lookup_error
for name in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
    for exc in [UnicodeEncodeError('ascii', 'a\xe9\udc80', 1, 2, 'r'), UnicodeEncodeError('utf-8', 'a\udc80', 1, 2, 'r'),
                UnicodeDecodeError('utf-8', b'a\xff\xed\xa0\x80', 1, 2, 'r'), UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 1, 'r'),
                UnicodeTranslateError('a\xe9', 1, 2, 'r'), ValueError('x')]:
        show(h(name), exc)
def bad(exc):
    return 1
codecs.register_error('bad', bad)
show(str.encode, 'é', 'ascii', 'bad')
show(bytes.decode, b'\xff', 'ascii', 'bad')
codecs.register_error('far', lambda exc: ('', 99))
show(str.encode, 'é', 'ascii', 'far')
codecs.register_error('back', lambda exc: ('<', -1))
show(str.encode, 'éa', 'ascii', 'back')
codecs.register_error('bytes', lambda exc: (b'\xff\xfe', exc.end))
show(str.encode, 'aéb', 'latin-1', 'bytes')
show(str.encode, 'aĀb', 'latin-1', 'bytes')
codecs.register_error('nonascii', lambda exc: ('\xe9', exc.end))
show(str.encode, 'a\u0100b', 'ascii', 'nonascii')
show(str.encode, 'a\u0100b', 'latin-1', 'nonascii')
