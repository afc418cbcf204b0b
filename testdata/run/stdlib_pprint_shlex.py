# pprint (pformat, width, depth, sort_dicts, PrettyPrinter, isreadable,
# saferepr of recursive data) and shlex (split, quote, join, lexer).
import pprint
import shlex

data = {"name": "pyjit", "versions": list(range(20)), "nested": {"a": [1, 2, {"b": (3, 4)}], "z": None},
        "text": "x" * 50, "set": {3, 1, 2}, "frozen": frozenset({"q"})}
print(pprint.pformat(data))
print(pprint.pformat(data, width=40, depth=2))
print(pprint.pformat(data, sort_dicts=False, compact=True, width=60))
pp = pprint.PrettyPrinter(indent=4, width=30)
pp.pprint([list(range(8)), "a string", {"k": "v"}])
rec = [1, 2]
rec.append(rec)
print(pprint.saferepr(rec).split(" with id")[0], pprint.isrecursive(rec), pprint.isreadable(rec), pprint.isreadable([1, "a"]))
pprint.pprint(tuple(range(30)), width=50)
print(pprint.pformat("a long string " * 10, width=30))

print(shlex.split('cmd --opt "quoted arg" \'single q\' esc\\ aped # not a comment'))
print(shlex.split("a # comment here", comments=True))
print(shlex.quote("it's"), shlex.quote("safe"), shlex.quote(""), shlex.join(["ls", "-l", "my file"]))
lex = shlex.shlex("a=1; b='two words'", posix=True)
lex.whitespace_split = False
print(list(lex))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print("ValueError", e)
