# Set lookups with a set key retry with frozenset(key).
class S(set):
    pass


s = {frozenset("ab"), 1, frozenset()}
print(set("ab") in s, S("ab") in s, set("xy") in s, set() in s)
s.discard(S("ab"))
print(frozenset("ab") in s)
s.remove(set())
print(sorted(map(str, s)))
try:
    s.remove(set("zz"))
except KeyError as e:
    print("KeyError", type(e.args[0]).__name__)
try:
    s.discard([1])
except TypeError as e:
    print("TypeError", e)
