# Random escape-heavy data through unicode_escape, raw_unicode_escape,
# utf-7 and escape_decode (also partially), and random text through utf-7.
import codecs, random, warnings
warnings.simplefilter('ignore')
rng = random.Random(5)
chars = 'aZ+-/\\ ~!\t\n\x00\x7f\x80\xe9\u0100\u20ac\ud800\udc80\U0001f600'
esc = [b'\\', b'x', b'u', b'U', b'N', b'{', b'}', b'0', b'7', b'8', b'a', b'F', b'n', b'\n', b'BULLET', b'q', b'\xe9', b'+', b'-', b'A']
for i in range(600):
    s = ''.join(rng.choice(chars) for _ in range(rng.randrange(0, 8)))
    e = s.encode('utf-7')
    print(i, e, ascii(e.decode('utf-7')))
    data = b''.join(rng.choice(esc) for _ in range(rng.randrange(0, 8)))
    for enc in ['unicode_escape', 'raw_unicode_escape', 'utf-7']:
        for h in ['strict', 'replace', 'backslashreplace']:
            try:
                print(i, enc, h, ascii(data.decode(enc, h)))
            except UnicodeDecodeError as x:
                print(i, enc, h, 'UDE', x.start, x.end, x.reason)
        try:
            print(i, enc, 'partial', ascii(codecs.getdecoder(enc)(data, 'strict', False) if enc != 'utf-7' else codecs.utf_7_decode(data, 'strict', False)))
        except UnicodeDecodeError as x:
            print(i, enc, 'partial UDE', x.start, x.end, x.reason)
        except TypeError as x:
            print(i, enc, 'TypeError')
    try:
        print(i, 'esc', codecs.escape_decode(data))
    except ValueError as x:
        print(i, 'esc', x)
