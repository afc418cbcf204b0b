# The sys module.
import sys
print(sys.version_info[:2], sys.version_info.major, sys.version_info.releaselevel)
print(sys.version_info >= (3, 11), sys.version.startswith("3.11"))
print(sys.maxsize, sys.byteorder, sys.platform)
print(sys.flags.optimize, sys.flags.debug, sys.implementation.version[:2])
print(sys.getrecursionlimit())
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(e)
print(type(sys.path).__name__, sys.path[0] == __file__.rsplit("/", 1)[0])
print(sys.argv[0].endswith("import_sys.py"), sys.modules["__main__"].__name__)
print(sys.modules["sys"] is sys, "builtins" in sys.modules)
import builtins
print(builtins.len("abc"), builtins.__name__)
import math, time
print(math.__name__, type(time.time()).__name__)
sys.exit(3)
