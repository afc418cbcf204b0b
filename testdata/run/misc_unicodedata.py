import unicodedata as u

print(u.unidata_version, u.ucd_3_2_0.unidata_version, type(u.ucd_3_2_0).__name__)
samples = 'aZ09 _\t\n\x00\x7f\xa0\xb2\xbd\xe9\u0300\u0301\u0345\u05d0\u0627\u0660\u06f5\u0966\u200b\u2028\u2029\u20ac\u2153\u2160\u216b\u2460\u3000\u3007\u4e00\u9fff\uac00\ud7a3\uf900\ufb01\ufeff\uff21\uffe1\U0001d7ce\U0001f600\U00020000\U0010ffff\u0378\u00bc\u0f33\u1369\U0001f10b'
for c in samples:
    print(hex(ord(c)), u.category(c), u.bidirectional(c), u.combining(c), u.east_asian_width(c), u.mirrored(c),
          repr(u.decomposition(c)), u.decimal(c, None), u.digit(c, None), u.numeric(c, None), u.name(c, None))
# Whole ranges, summarised.
counts = {}
for i in range(0, 0x3000):
    c = chr(i)
    k = u.category(c)
    counts[k] = counts.get(k, 0) + 1
print(sorted(counts.items()))
total = 0
for i in range(0x300, 0x2000):
    total += u.combining(chr(i))
print('combining sum', total)
print('mirrored', sum(u.mirrored(chr(i)) for i in range(0x2000, 0x2A00)))
print('bidi', sorted(set(u.bidirectional(chr(i)) for i in range(0, 0x10000, 7))))
print('eaw', [u.east_asian_width(chr(i)) for i in range(0x1100, 0x1110)] + [u.east_asian_width(chr(i)) for i in range(0xff00, 0xff10)])
print('names', [u.name(chr(i), '?') for i in range(0x1f300, 0x1f310)])
print('hangul', u.name('\uac01'), u.name('\ud7a3'), u.lookup('HANGUL SYLLABLE GAG'))
print(u.lookup('LATIN SMALL LETTER E WITH ACUTE'), u.lookup('latin small letter a'), u.lookup('CJK UNIFIED IDEOGRAPH-4E01'), u.lookup('BEL'))
for f, args in [(u.category, (1,)), (u.category, ('ab',)), (u.name, (1,)), (u.name, ('\x00',)), (u.decimal, ('a',)),
                (u.digit, ('a',)), (u.numeric, ('a',)), (u.lookup, ('NO SUCH THING',)), (u.lookup, ('x' * 300,)),
                (u.normalize, ('X', 'a')), (u.normalize, (1, 'a')), (u.normalize, ('NFC', 1)), (u.category, ())]:
    try:
        print(f(*args))
    except Exception as e:
        print(type(e).__name__, e)
for form in ['NFC', 'NFD', 'NFKC', 'NFKD']:
    for s in ['e\u0301', '\xe9', '\ufb01', '\u2460', 'Å', '\u1e9b\u0323', '\uac00', '\u1100\u1161', 'abc', '\u00bd x']:
        n = u.normalize(form, s)
        print(form, ascii(s), ascii(n), u.is_normalized(form, s), u.is_normalized(form, n))
print(u.ucd_3_2_0.category('a'), u.ucd_3_2_0.normalize('NFC', 'e\u0301'), u.ucd_3_2_0.name('a'))
