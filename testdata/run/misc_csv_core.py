import _csv

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)
        return len(s)
    def value(self):
        return ''.join(self.parts)

print(_csv.__version__, _csv.QUOTE_MINIMAL, _csv.QUOTE_ALL, _csv.QUOTE_NONNUMERIC, _csv.QUOTE_NONE)
print(_csv.Error.__module__, issubclass(_csv.Error, Exception), _csv.list_dialects())
D = _csv.Dialect
for kw in [dict(delimiter=1), dict(delimiter='ab'), dict(delimiter=''), dict(quotechar=None), dict(quotechar=None, quoting=0),
           dict(quotechar=None, quoting=3), dict(quoting=7), dict(quoting='a'), dict(lineterminator=1), dict(escapechar='ab'),
           dict(doublequote=0), dict(bogus=1), dict(delimiter=None), dict(skipinitialspace=[]), dict(strict=1), dict(escapechar=None),
           dict(escapechar='\\', quoting=_csv.QUOTE_ALL, lineterminator='\n')]:
    try:
        d = D(**kw)
        print(kw, 'ok', d.delimiter, d.quotechar, d.quoting, d.escapechar, d.doublequote, d.skipinitialspace, d.strict, repr(d.lineterminator))
    except Exception as e:
        print(kw, type(e).__name__, e)

def rd(lines, **kw):
    try:
        r = _csv.reader(lines, **kw)
        out = list(r)
        print(out, r.line_num)
    except Exception as e:
        print(type(e).__name__, e)

rd(['a,b,c', '1,2,3'])
rd(['a,"b,c",d', '"x""y",z'])
rd(['"multi', 'line",end', 'next'])
rd(['a,b\r\n', 'c,d\n'])
rd(['', 'a', '', 'b,'])
rd(['a;b;c'], delimiter=';')
rd(['a, b,  c'], skipinitialspace=True)
rd(['a\\,b,c'], escapechar='\\')
rd(['"a\\"b",c'], escapechar='\\')
rd(['"a"b,c'])
rd(['"a"b,c'], strict=True)
rd(['"unterminated'])
rd(['"unterminated'], strict=True)
rd(['1,2.5,"x"'], quoting=_csv.QUOTE_NONNUMERIC)
rd(['1,abc'], quoting=_csv.QUOTE_NONNUMERIC)
rd(['"a",b'], quoting=_csv.QUOTE_NONE)
rd(['a\rb'])
rd([1])
rd(['a,\x00b'])
rd(['abcdefghijklmnop'])
old = _csv.field_size_limit(5)
rd(['abcdefghijklmnop'])
print(old, _csv.field_size_limit(old))
rd(['a|b'], 'nope')
_csv.register_dialect('pipes', delimiter='|', quoting=_csv.QUOTE_ALL)
rd(['a|"b|c"'], 'pipes')
print(_csv.list_dialects(), _csv.get_dialect('pipes').delimiter)
rd(['a|b'], dialect='pipes', delimiter=',')
_csv.unregister_dialect('pipes')
for f, a in [(_csv.unregister_dialect, ('pipes',)), (_csv.get_dialect, ('pipes',)), (_csv.writer, (1,)), (_csv.register_dialect, (1,))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)

def wr(rows, **kw):
    s = Sink()
    try:
        w = _csv.writer(s, **kw)
        for row in rows:
            w.writerow(row)
        print(repr(s.value()))
    except Exception as e:
        print(type(e).__name__, e, repr(s.value()))

wr([['a', 'b,c', 'd"e', '', None, 1, 2.5, True]])
wr([['a\rb', 'c\nd']], lineterminator='\n')
wr([[''], [], ['', '']])
wr([['a', 1, 2.5, None]], quoting=_csv.QUOTE_NONNUMERIC)
wr([['a', 1]], quoting=_csv.QUOTE_ALL)
wr([['a,b']], quoting=_csv.QUOTE_NONE)
wr([['a,b', 'c\\d']], quoting=_csv.QUOTE_NONE, escapechar='\\')
wr([['']], quoting=_csv.QUOTE_NONE)
wr([['a"b']], doublequote=False, escapechar='\\')
wr([['a"b']], doublequote=False)
wr([1])
wr([['x'], 'ab'], delimiter='\t')
s = Sink()
w = _csv.writer(s)
print(w.writerow(['abc', 'de']), w.writerows([['1'], ['2', '3']]), repr(s.value()))
print(type(w).__name__, w.dialect.delimiter, type(_csv.reader([])).__name__)

class MyDialect:
    delimiter = ':'
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = _csv.QUOTE_MINIMAL
rd(["a:'b:c'"], dialect=MyDialect)
wr([['a', 'b:c']], dialect=MyDialect)
d = _csv.Dialect(MyDialect, delimiter='#')
print(d.delimiter, d.quotechar, repr(d.lineterminator))
