# Random bytes and strings through the Go codecs with every built-in
# error handler; results and error messages are printed.
import codecs
import random
import warnings

# unicode_escape warns about invalid escapes; those warnings are not
# what this program checks.
warnings.simplefilter('ignore')

rng = random.Random(99)
encs = ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-16-be', 'utf-16', 'utf-32-le', 'utf-32', 'utf-7',
        'unicode_escape', 'raw_unicode_escape', 'cp1252']
handlers = ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']
chars = 'aZ\\+-\x00\x7f\x80\xe9\u0100\u20ac\ud800\udc80\udcff\U0001f600'
for i in range(1200):
    enc = encs[i % len(encs)]
    h = handlers[(i // len(encs)) % len(handlers)]
    data = bytes(rng.choice([0, 0x2b, 0x2d, 0x41, 0x5c, 0x75, 0x78, 0x7f, 0x80, 0xc3, 0xa9, 0xd8, 0xdc, 0xed, 0xa0, 0xfe, 0xff])
                 for _ in range(rng.randrange(0, 9)))
    try:
        print(i, enc, h, ascii(data.decode(enc, h)))
    except UnicodeDecodeError as e:
        print(i, enc, h, 'UDE', e.start, e.end, e.reason)
    except Exception as e:
        print(i, enc, h, type(e).__name__)
    s = ''.join(rng.choice(chars) for _ in range(rng.randrange(0, 6)))
    try:
        print(i, enc, h, s.encode(enc, h))
    except UnicodeEncodeError as e:
        print(i, enc, h, 'UEE', e.start, e.end, e.reason)
    except Exception as e:
        print(i, enc, h, type(e).__name__)
    if enc not in ('cp1252',):
        d = codecs.getincrementaldecoder(enc)(h)
        out = []
        try:
            for k in range(0, len(data), 2):
                out.append(d.decode(data[k:k + 2]))
            out.append(d.decode(b'', True))
            print(i, 'inc', ascii(''.join(out)))
        except UnicodeDecodeError as e:
            print(i, 'inc UDE', e.reason)
        except UnicodeError as e:
            print(i, 'inc', e)
