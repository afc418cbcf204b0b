# A small str.format built on _string, the way string.Formatter uses it.
import _string


def vformat(fmt, args, kwargs):
    out = []
    auto = 0
    for literal, field, spec, conv in _string.formatter_parser(fmt):
        out.append(literal)
        if field is None:
            continue
        first, rest = _string.formatter_field_name_split(field)
        if first == "":
            first = auto
            auto += 1
        obj = args[first] if isinstance(first, int) else kwargs[first]
        for is_attr, key in rest:
            obj = getattr(obj, key) if is_attr else obj[key]
        if conv == "r":
            obj = repr(obj)
        elif conv == "s":
            obj = str(obj)
        elif conv == "a":
            obj = ascii(obj)
        elif conv is not None:
            raise ValueError("Unknown conversion specifier " + conv)
        if "{" in spec:
            spec = vformat(spec, args, kwargs)
        out.append(format(obj, spec))
    return "".join(out)


class P:
    x = 3
    items = {"k": [10, 20]}


tests = [
    ("{} + {} = {}", (1, 2, 3), {}),
    ("{0!r:>8}|{1:^7}|{2:.3f}", ("ab", "mid", 3.14159), {}),
    ("{p.x} {p.items[k][1]} {{braces}} {name!a}", (), {"p": P, "name": "é"}),
    ("{0:{1}{2}}", (42, ">", 6), {}),
    ("{d[0]}{d[key]}", (), {"d": {0: "zero", "key": "K"}}),
]
for fmt, a, kw in tests:
    got = vformat(fmt, a, kw)
    print(repr(got))
for bad in ["{", "}", "{0", "{!x}", "{0[}", "{0!}", "{a.}", "{a[0]x}", "x{0:{}"]:
    try:
        vformat(bad, (P,), {"a": [P]})
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
print(list(_string.formatter_parser("a{0}b{x!r:>3}c{{d}}")))
first, rest = _string.formatter_field_name_split("obj.attr[2][key].z")
print(first, list(rest))
