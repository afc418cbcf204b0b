# base64.py over pyjit's binascii and _struct. re is stubbed while it
# imports (written before it imported); base64 only uses it to
# validate b16decode input, which this test keeps valid.
import sys

class Stub:
    pass

saved = sys.modules.get('re')
r = Stub()
r.search = lambda pattern, s: None
sys.modules['re'] = r
import base64
if saved is None:
    del sys.modules['re']
else:
    sys.modules['re'] = saved

datas = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(256)), b'\xff\xfe\xfd' * 10]
for d in datas:
    e = base64.b64encode(d)
    print(e[:50], base64.b64decode(e) == d, base64.standard_b64decode(e) == d)
    u = base64.urlsafe_b64encode(d)
    print(u[:50], base64.urlsafe_b64decode(u) == d)
    print(base64.b32encode(d)[:40], base64.b32decode(base64.b32encode(d)) == d)
    print(base64.b32hexencode(d)[:40], base64.b32hexdecode(base64.b32hexencode(d)) == d)
    print(base64.b16encode(d)[:40], base64.b16decode(base64.b16encode(d)) == d)
    print(base64.b85encode(d)[:40], base64.b85decode(base64.b85encode(d)) == d, base64.b85encode(d, pad=True)[-5:])
    print(base64.a85encode(d)[:40], base64.a85decode(base64.a85encode(d)) == d)
    print(base64.a85encode(d, foldspaces=True, wrapcol=10, adobe=True)[:40])
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode(b'-_8=', altchars=b'-_'))
print(base64.b64decode('Zm9v YmFy\n'), base64.b64decode(b'Zm9vYg'.ljust(8, b'=')))
print(base64.b32decode(b'mzxw6===', casefold=True), base64.b32decode(b'MZXW6YQ=', map01=b'L') if False else '')
print(base64.b16decode(b'666f6f', casefold=True))
for bad in [lambda: base64.b64decode(b'Zm9vY', validate=True), lambda: base64.b64decode(b'Zm9vY'),
            lambda: base64.b64decode(b'Zm9v!', validate=True), lambda: base64.b32decode(b'MZXW6'),
            lambda: base64.b85decode(b'~~~~~'), lambda: base64.a85decode(b'xyz~>', adobe=True),
            lambda: base64.b64encode('str')]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
