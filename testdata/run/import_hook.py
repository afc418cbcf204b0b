# A replaced builtins.__import__ is called by import statements.
import builtins
orig = builtins.__import__
def hook(name, g=None, l=None, fromlist=(), level=0):
    if not name.startswith("_"):  # CPython imports _io through it too
        print("hook", name, fromlist, level, type(g).__name__, l is g)
    return orig(name, g, l, fromlist, level)
builtins.__import__ = hook
import sys
from sys import path
import import_support.plain as p
from import_support.pkg import helper
builtins.__import__ = orig
try:
    __import__("x", level=1)
except KeyError as e:
    print("KeyError", e)
try:
    __import__("x", None, None, [], 1)
except TypeError as e:
    print("TypeError", e)
def f():
    from import_support import plain
    import import_support.pkg.sub as s
    return plain.VALUE, s.__name__
print(f())
