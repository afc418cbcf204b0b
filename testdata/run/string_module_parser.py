import _string
cases = ["", "abc", "{}", "{0}", "a{b}c", "{{", "}}", "a{{b}}c", "{", "}", "a}", "a}b", "{0!r}", "{0!r:>10}",
 "{x.y[z]!s:{w}}", "{!}", "{!}x", "{!", "{0!rx}", "{a", "{a[", "{a[}]}", "{a{", "{:", "{:{}", "{:{}}", "x{0:{1}{2}}y",
 "{0[}", "{ab!r", "{é}ü{{", "{0:}", "{!r}", "{:}", "{[}]}", "a{0}b{1}c", "{0}}", "{{}}", "{}{", "{{{0}}}"]
for c in cases:
    try:
        print(repr(c), list(_string.formatter_parser(c)))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
names = ["", "0", "a", "a.b", "a[0]", "a[x].y", "0.real", "a[", "a.", "a[]", "a[0]x", "a..b", "a[0][1]", "٣", "12345678901234567890", "a[99999999999999999999]", "a.b[c.d]", "[0]", ".x", "a[0]]"]
for n in names:
    try:
        f, rest = _string.formatter_field_name_split(n)
        print(repr(n), repr(f), end=" ")
        print(list(rest))
    except Exception as e:
        print(repr(n), type(e).__name__, e)
for bad in [1, None, b"x"]:
    for fn in (_string.formatter_parser, _string.formatter_field_name_split):
        try:
            fn(bad)
        except TypeError as e:
            print(e)
try:
    _string.formatter_parser()
except TypeError as e:
    print(e)
it = _string.formatter_parser("a{")
print(next(it))
try:
    next(it)
except ValueError as e:
    print(e)
print(type(_string.formatter_parser("")).__name__, type(_string.formatter_field_name_split("")[1]).__name__)
