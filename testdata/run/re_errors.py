import re

bad = ['(', ')', '[a', 'a**', '*a', '(?P<1>a)', '(?P<a>a)(?P<a>b)', r'\1', '(?<=a+)b', 'a{3,2}',
       '(?P=x)', '[b-a]', r'\x1', '(?z)', 'a\n(', '(?i', r'\p', '(?(2)a|b)', 'x{65536}',
       '(?#abc', r'[\d-z]', '(?P<a-b>x)', '(?i)(?m)a(?s)']
for p in bad:
    try:
        re.compile(p)
        print('ok', repr(p))
    except re.error as e:
        print('error', repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)

for tmpl in [r'\3', r'\g<x>', r'\g<', r'\g<1a>', r'\q', '\\']:
    try:
        print(re.sub('(a)', tmpl, 'abc'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)

try:
    re.match('(a)', 'a').group(2)
except IndexError as e:
    print('IndexError', e)
try:
    re.match('(?P<n>a)', 'a').group('m')
except IndexError as e:
    print('IndexError', e)
try:
    re.match('a', 'a').group([])
except (IndexError, TypeError) as e:
    print(type(e).__name__, e)
try:
    re.sub('a', 3, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile(b'a').sub('x', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('a').sub(b'x', 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.compile('(?L)a')
except (ValueError, re.error) as e:
    print(type(e).__name__, e)
try:
    re.compile(b'(?u)a')
except (ValueError, re.error) as e:
    print(type(e).__name__, e)
try:
    re.compile('a', re.A | re.U)
except (ValueError, re.error) as e:
    print(type(e).__name__, e)
try:
    re.compile(re.compile('a'), re.I)
except (ValueError, re.error) as e:
    print(type(e).__name__, e)
try:
    __import__('_sre').compile('a', 0, [16, 97, 1], 0, {}, (None,)).match()
except TypeError as e:
    print('TypeError', e)
print(re.compile(re.compile('a')) is not None, re.purge())
