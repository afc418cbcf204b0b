# Relative imports: levels, __package__, errors.
from import_support.pkg.sub import deep
print(deep.DEEP)
try:
    import import_support.pkg.sub.toofar
except ImportError as e:
    print(type(e).__name__, e)
print("import_support.pkg.sub.toofar" in __import__("sys").modules)
print(__package__, __spec__)
try:
    from . import something
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    from .. import something
except ImportError as e:
    print(type(e).__name__, e)
g = {"__name__": "import_support.pkg.helper", "__package__": "import_support.pkg"}
print(__import__("sub", g, None, ["sibling"], 1).__name__)
print(__import__("", g, None, ["lazy"], 1).__name__)
g2 = {"__name__": "import_support.pkg", "__path__": ["x"]}
print(__import__("helper", g2, None, None, 1).__name__)
g3 = {"__spec__": None, "__package__": None, "__name__": "import_support.pkg.helper"}
print(__import__("lazy", g3, None, ["LAZY"], 1).LAZY)
try:
    __import__("x", {"__package__": 5}, None, None, 1)
except TypeError as e:
    print("TypeError", e)
try:
    __import__("x", {}, None, None, -1)
except ValueError as e:
    print("ValueError", e)
try:
    __import__("")
except ValueError as e:
    print("ValueError", e)
try:
    __import__(5)
except TypeError as e:
    print("TypeError", e)
