print(True + True, True * 3, -True, ~True, True & False, True | False, True ^ True, int(True))
print(not None, None is None, None == None, bool(None), str(None), repr(True), True == 1, False == 0)
print(1 and 2, 0 and 2, 1 or 2, 0 or "", None or "x", [] or [1], "a" and "b")
print(isinstance(True, bool), type(True) is bool, bool(0.0), bool("0"), bool({}), hash(True), hash(False))
x = None
print(x if x else "default", 5 if 1 > 0 else 6)
print(1 < 2 < 3, 3 > 2 > 2, 1 == 1 != 2)
