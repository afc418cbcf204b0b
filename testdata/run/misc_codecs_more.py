import codecs
print('abc'.encode('punycode'), 'bücher'.encode('punycode'), b'bcher-kva'.decode('punycode'))
print(codecs.encode('abc', 'rot_13'), codecs.decode('nop', 'rot13'))
print(codecs.lookup('cp437').name, 'é'.encode('cp437'), 'ü€'.encode('iso8859-15'), b'\xe4\x80'.decode('cp1252'))
print('ab'.encode('utf-8-sig'), b'\xef\xbb\xbfab'.decode('utf-8-sig'), 'é'.encode('utf_16_be'), 'é'.encode('UTF-32LE'))
for enc in ['cp1251', 'koi8_r', 'mac_roman', 'iso8859_2', 'cp850', 'latin_1', 'hp_roman8', 'cp1253', 'ascii', 'utf_7']:
    s = 'Añ€Ω'
    print(enc, s.encode(enc, 'replace'), s.encode(enc, 'xmlcharrefreplace'), s.encode(enc, 'backslashreplace').decode(enc))
    print(bytes(range(120, 140)).decode(enc, 'replace'))
try:
    b'\x81'.decode('cp1252')
except UnicodeDecodeError as e:
    print(e)
try:
    'Ω'.encode('cp1252')
except UnicodeEncodeError as e:
    print(e)
r = codecs.getreader('utf-8')
print(codecs.StreamReaderWriter.__name__, r.__name__, codecs.lookup('utf8').incrementalencoder.__name__)
enc = codecs.getincrementalencoder('utf-16')()
print(enc.encode('a'), enc.encode('b'), enc.encode('', True))
dec = codecs.getincrementaldecoder('utf-16')()
print(repr(dec.decode(b'\xff')), repr(dec.decode(b'\xfea')), repr(dec.decode(b'\x00b\x00', True)))
dec = codecs.getincrementaldecoder('utf-32')()
print(repr(dec.decode(b'\xff\xfe\x00')), repr(dec.decode(b'\x00a\x00\x00\x00')))
d7 = codecs.getincrementaldecoder('utf-7')()
print(repr(d7.decode(b'a+AO')), repr(d7.decode(b'k-b')))
du = codecs.getincrementaldecoder('unicode_escape')()
print(repr(du.decode(b'a\\u00')), repr(du.decode(b'e9\\')), repr(du.decode(b'n', True)))
