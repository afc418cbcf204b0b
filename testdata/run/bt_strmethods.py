# printf-style str formatting and the str methods added for parity.
print("%s-%d" % ("a", 3), "%r" % ("x",), "%5s|%-5s|" % ("ab", "cd"), "%.2s" % "hello")
print("%d %i %u" % (3, -4, 5), "%05d|%-5d|%+d|% d" % (42, 42, 42, 42))
print("%x %X %o %#x %#o %#X" % (255, 255, 8, 255, 8, 255))
print("%.3d|%8.4d|%-8.3x|%+.3d" % (5, -42, 255, 7))
print("%f %.2f %e %.3E %g %G %10.3f|%-10.1f|" % (3.14159, 2.5, 12345.678, 0.000123, 1e20, 1e-10, 3.14159, 2.25))
print("%c%c%c" % (65, "b", 0x263a), "%%", "%s" % [1, 2], "%s" % (1,), "%a" % "é")
print("%(name)s is %(age)d" % {"name": "Bob", "age": 42}, "%(x)r" % {"x": None})
print("%*d|%-*d|%.*f" % (5, 1, 4, 2, 2, 3.14159))
print("%d" % 3.99, "%x" % 255, "%s %s" % (True, None), "%d" % True)
print("%s" % "é", "%5s|" % "é", "%.1s" % "éa")
for fmt, args in [("%d", "x"), ("%s %s", (1,)), ("%s", (1, 2)), ("%z", 1), ("%", ()), ("%(a", {"a": 1}),
                  ("%(a)s", 1), ("%c", "ab"), ("%c", -1), ("%x", 1.5), ("%d", None), ("%f", "x"), ("%c", 2.0)]:
    try:
        print(repr(fmt % args))
    except Exception as e:
        print(fmt, type(e).__name__, e)
class S(str): pass
print(S("%s!") % 5, "x".__mod__(3) if False else "ok", str.__mod__("%d", 4), "a".__rmod__("b"))
print("ß Straße ǅ".casefold(), "ABC".casefold())
print("a\tbc\tdef\n\tx".expandtabs(), "a\tb".expandtabs(4), repr("a\tb".expandtabs(0)), "\t".expandtabs(tabsize=3) + "|")
print("{name} {x[0]} {y.real}".format_map({"name": "n", "x": [5], "y": 3}))
class D(dict):
    def __missing__(self, k):
        return k.upper()
print("{a}-{b}-{a}".format_map(D(a=1)))
for s in ["{0}", "{}"]:
    try:
        s.format_map({})
    except ValueError as e:
        print(e)
try:
    "{q}".format_map({})
except KeyError as e:
    print("KeyError", e)
for s in ["abc", "a\nb", "", " ", "\x7f", "é", "\u200b", "a b"]:
    print(repr(s), s.isprintable())
for s in ["Hello World", "hello World", "HELLO", "Hello  World!", "", "123", "A1b", "ǅa", "Aa Bb1 Cc"]:
    print(repr(s), s.istitle())
print("abc".__getnewargs__(), (1, 2).__getnewargs__(), b"ab".__bytes__())
