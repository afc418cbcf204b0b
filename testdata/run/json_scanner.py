import json, random, collections, decimal
from json.scanner import c_make_scanner, make_scanner
print(c_make_scanner.__name__, make_scanner is c_make_scanner)
good = ['{}', '[]', '{"a": 1, "b": [1, 2.5, -3e2, 1E+2, 0.5e-1], "c": {"d": null, "e": true, "f": false}}',
        ' [ 1 , 2 ] ', '"str\\u00e9"', '-0', '0', '123456789012345678901234567890', '1.5', '[NaN, Infinity, -Infinity]',
        '{"k": "v", "k": "w"}', '[[[[]]]]', '{"a" : {"b" : [ {"c": 1} ]}}', '  {"x":1}  ']
for g in good:
    print(repr(g), json.loads(g))
bad = ['', '[', '[1,', '[1 2]', '{', '{"a"', '{"a":', '{"a": 1', '{"a": 1,', '{"a" 1}', '{1: 2}', '[1,]', '{"a":1,}',
       '-', '01', '1.', '.5', '1e', 'nul', 'tru', '[-]', '{"a": [1, {"b": }]}', '"abc', '[1] x', 'x', '[1, 2', '{"a":"b" "c":"d"}']
for b in bad:
    try:
        print(repr(b), json.loads(b))
    except json.JSONDecodeError as e:
        print(repr(b), e.msg, e.pos)
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=collections.OrderedDict))
print(json.loads('{"b": 1, "a": [2, {"c": 3}]}', object_hook=lambda d: sorted(d.items())))
print(json.loads('[1.10, 2]', parse_float=decimal.Decimal, parse_int=lambda s: int(s) * 10))
print(json.loads('[NaN]', parse_constant=lambda s: "const " + s))
print(json.loads('"a\\tb"', strict=False), json.loads('["a\tb"]', strict=False))
try:
    json.loads('["a\tb"]')
except json.JSONDecodeError as e:
    print(e)
d = json.loads('[{"key": 1}, {"key": 2}]')
print(list(d[0])[0] is list(d[1])[0])
rnd = random.Random(3)
def gen(depth):
    c = rnd.randrange(7 if depth < 4 else 4)
    if c == 0: return rnd.randrange(-10**20, 10**20)
    if c == 1: return rnd.random() * 10 ** rnd.randrange(-5, 20)
    if c == 2: return ''.join(rnd.choice('ab"\\\n\u00e9\U0001F600 ') for _ in range(rnd.randrange(6)))
    if c == 3: return rnd.choice([None, True, False])
    if c in (4, 5): return [gen(depth + 1) for _ in range(rnd.randrange(4))]
    return {gen(depth + 1) if False else str(rnd.randrange(100)): gen(depth + 1) for _ in range(rnd.randrange(4))}
for _ in range(60):
    v = gen(0)
    s = json.dumps(v)
    assert json.loads(s) == v
    print(s[:80])
s = '[' * 5000 + ']' * 5000
try:
    json.loads(s)
except RecursionError as e:
    print("RecursionError", e)
