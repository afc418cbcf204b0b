import json, random
from json.decoder import scanstring
from json.encoder import encode_basestring_ascii as ea, encode_basestring as eb
cases = ['"abc', 'a\x01b"', 'ab\\', 'ab\\q"', 'ab\\u12"', 'ab\\u12G4"', 'x\\ud800\\udc00"', 'x\\ud800"',
         'x\\ud800\\u0041"', 'x\\ud800\\uzz"', '\\u', '\\u123', 'x\\uDC00y"', 'tab\there"', 'q\\"\\\\\\/\\b\\f\\n\\r\\t"',
         '\\u00e9\\u20AC"', '', 'no end', '\\ud83d\\ude00 ok"']
for c in cases:
    for strict in (True, False):
        try:
            print(repr(c), strict, scanstring('"' + c, 1, strict))
        except json.JSONDecodeError as e:
            print(repr(c), strict, type(e).__name__, e, e.pos, e.lineno, e.colno)
for bad in [lambda: scanstring('"abc"', 10), lambda: scanstring('"abc"', -1), lambda: scanstring(b'"a"', 1)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for s in ['h\u00e9\n"\\\x01\U0001F600\x7f', '', 'plain', '\x00\x1f\x20']:
    print(ea(s), eb(s))
print(ea('\ud800x'), ascii(eb('\ud800x')))
rnd = random.Random(7)
alphabet = ['a', 'é', '"', '\\', '\n', '\x00', '\x7f', '\u20ac', '\U0001F600', '/', ' ']
for _ in range(200):
    s = ''.join(rnd.choice(alphabet) for _ in range(rnd.randrange(12)))
    d = json.dumps(s), json.dumps(s, ensure_ascii=False)
    assert json.loads(d[0]) == s and json.loads(d[1]) == s
    print(d[0], d[1])
doc = {"name": "x\u00e9", "list": [1, 2.5, None, True, "s\\\"q"], "nested": {"a": "\U0001F600"}}
text = json.dumps(doc, sort_keys=True)
print(text, json.loads(text) == doc, json.dumps(doc, indent=2, ensure_ascii=False))
for bad in ['{"a": "x\x01"}', '["abc', '{"a": "\\x"}', '"\\u12"']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(e)
