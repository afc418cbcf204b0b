# Namespace packages (directories without __init__.py) and sys.path edits.
import sys
sys.path.insert(0, sys.path[0] + "/import_support/nsroot")
import nspkg.mod
print(nspkg.mod.NSMOD, nspkg.mod.__name__, nspkg.mod.__package__)
print(nspkg.__spec__.origin, nspkg.__file__ if hasattr(nspkg, "__file__") else "no __file__")
print(list(nspkg.__path__) == [sys.path[0] + "/nspkg"])
from nspkg import mod
print(mod is nspkg.mod)
print(repr(nspkg).startswith("<module 'nspkg' (<_frozen_importlib_external.NamespaceLoader object at 0x"))
print(repr(nspkg.mod).endswith("nspkg/mod.py'>"), repr(sys), list(vars(nspkg)), list(vars(mod))[:9])
import math
print(math, math.__spec__.origin, math.__package__)
