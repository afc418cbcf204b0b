import _sre
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize())
for c in [ord('a'), ord('Z'), ord('5'), 0xe9, 0xc9, 0x130, 0x3a3, 0x1c5, 0x2160, 0x10400, 0xdf]:
    print(hex(c), _sre.ascii_iscased(c), _sre.unicode_iscased(c), hex(_sre.ascii_tolower(c)), hex(_sre.unicode_tolower(c)))
p = _sre.compile('a', 0, [16, 97, 1], 0, {}, (None,))
print(p.match('a'), p.match('b'), p.search('ba').span(), p.pattern, p.flags, p.groups)
print(p == _sre.compile('a', 0, [16, 97, 1], 0, {}, (None,)), p != p, hash(p) == hash(_sre.compile('a', 0, [16, 97, 1], 0, {}, (None,))))
for bad in [3, None, [1]]:
    try:
        p.match(bad)
    except TypeError as e:
        print('TypeError', e)
try:
    p.match(b'a')
except TypeError as e:
    print(e)
q = _sre.compile(b'a', 0, [16, 97, 1], 0, {}, (None,))
print(q.match(b'a'), q.findall(bytearray(b'aba')), q.sub(b'x', b'banana'), q.split(memoryview(b'cab') if False else b'cab'))
try:
    q.search('a')
except TypeError as e:
    print(e)
print(type(p).__name__, type(p).__module__, type(p.match('a')).__name__)
m = p.match('a')
print(m[0], m.group(), m.start(), m.end(), m.span(), m.pos, m.endpos, m.string, m.re is p, m.lastindex, m.lastgroup)
for g in [1, -1, 'x', 2.0]:
    try:
        m.group(g)
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
sc = p.scanner('aab')
print(sc.match(), sc.match(), sc.match(), sc.match(), sc.pattern is p)
sc = p.scanner('xaxa')
print(sc.search(), sc.search(), sc.search())
print(p.sub(lambda m: None, 'banana'), p.subn('', 'aaa', 2), p.split('banana', 1))
try:
    p.sub(lambda m: 3, 'a')
except TypeError as e:
    print(e)
print(m.__copy__() is m, p.__copy__() is p, p.__deepcopy__({}) is p)
