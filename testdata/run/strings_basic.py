s = "Hello, World"
print(s, len(s), s[0], s[-1], s[1:5], s[::-1], s[::2], s[100:], s[-3:])
print(s.upper(), s.lower(), s.find("o"), s.rfind("o"), s.find("z"), s.count("l"))
print(s.split(", "), "a b  c".split(), "a,b,,c".split(","), "a b c".split(None, 1))
print("  x  ".strip(), "xxhixx".strip("x"), "  y".lstrip(), "z  ".rstrip() + "|")
print("-".join(["a", "b", "c"]), "".join([]), s.replace("l", "L"), s.replace("l", "", 1))
print(s.startswith("Hell"), s.endswith("ld"), s.startswith(("x", "H")), "abc" in s, "World" in s)
print("ab" * 3, "ab" + "cd", "a" < "b", "abc" < "abd", "Z" < "a", "" == "")
print(repr("it's"), repr('say "hi"'), repr("tab\there\n"), str(42), str(None))
print("é", len("héllo"), "héllo"[1], "héllo".upper(), "日本語"[1:], ord("é"), chr(233), chr(0x65e5))
print("abc".isalpha(), "123".isdigit(), "  ".isspace(), "Ab".isupper(), "ab".islower())
print("hello world".title(), "hello".capitalize(), "x".center(5, "*"), "7".zfill(3), "ab".ljust(4) + "|", "ab".rjust(4))
print("a=1".partition("="), "no".partition("="), "a\nb\r\nc".splitlines())
print("{} and {}".format(1, "two"), "{1}{0}".format("a", "b"), "{x}-{y!r}".format(x=1, y="s"))
print(f"{3.14159:.2f} {42:5d} {'s':>4} {255:x} {1234567:,} {7:08.3f} {'ab':^6}|")
x = 10
print(f"{x} {x!r} {x*2} {str(x)!r} {x:>{4}}")
for bad in ["s[10]", "s + 1", "s * 'a'"]:
    try:
        if bad == "s[10]":
            s[10]
        elif bad == "s + 1":
            s + 1
        else:
            s * "a"
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
print(s.index("W"))
s.index("q")
