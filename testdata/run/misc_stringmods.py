import string, textwrap, difflib, copy, numbers, warnings, contextlib, calendar
print(string.ascii_letters, string.digits, string.punctuation, string.capwords('hello  big world'))
print(string.Template('$who likes ${what}').substitute(who='tim', what='ham'), string.Template('$a $b').safe_substitute(a=1))
print(string.Formatter().format('{0}-{x}', 1, x=2))
t = "The quick brown fox jumps over the lazy dog. " * 3
print(textwrap.wrap(t, 30))
print(textwrap.fill(t, 40, initial_indent='> ', subsequent_indent='  '))
print(textwrap.dedent('    a\n      b\n    c'), textwrap.indent('x\ny', '+ '), textwrap.shorten(t, 30))
print(list(difflib.unified_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'x\n', 'c\n'], 'f1', 'f2')))
print(difflib.SequenceMatcher(None, 'abcd', 'bcde').ratio(), difflib.get_close_matches('appel', ['ape', 'apple', 'peach']))
print(list(difflib.ndiff(['one\n', 'two\n'], ['one\n', 'tow\n'])))
d = {'a': [1, 2, {'b': 3}]}
c = copy.deepcopy(d); c['a'][2]['b'] = 4
print(d, c, copy.copy([1, [2]]))
print(isinstance(1, numbers.Integral), isinstance(1.5, numbers.Real), isinstance(1, numbers.Number), issubclass(float, numbers.Rational))
@contextlib.contextmanager
def cm(x):
    print('enter', x)
    yield x * 2
    print('exit')
with cm(3) as v:
    print(v)
with contextlib.suppress(KeyError):
    {}['x']
print(calendar.isleap(2024), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1))
print(calendar.month(2024, 2))
print(calendar.TextCalendar().formatmonth(2023, 12))
