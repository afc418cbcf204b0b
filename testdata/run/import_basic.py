# Importing modules and packages: binding, attributes, sys.modules caching.
import sys
import import_support.plain
import import_support.plain as p2
from import_support import plain as p3
from import_support.plain import VALUE, hello

print(import_support.plain is p2 is p3, VALUE, hello())
m = p2
print(m.__name__, m.__package__, m.__file__.endswith("import_support/plain.py"))
print(m.__spec__.name, m.__spec__.parent, m.__spec__.origin == m.__file__)
print(m.__spec__.submodule_search_locations, m.__loader__ is not None)
print(type(m.__builtins__).__name__, "__cached__" in m.__dict__)
print(sorted(k for k in vars(m) if k.startswith("__")))

# A second import does not execute the module again.
import import_support.plain
print(sys.modules["import_support.plain"] is m)

# Packages: __path__, submodules bound as attributes of their parent.
import import_support.pkg.sub.deep
pkg = import_support.pkg
print(pkg.__name__, pkg.__package__, pkg.__spec__.parent, pkg.PKG_ATTR)
print(len(pkg.__path__), pkg.__path__[0].endswith("import_support/pkg"))
print(pkg.__file__.endswith("pkg/__init__.py"))
print(pkg.sub.deep.DEEP)
print(pkg.sub.deep.__package__, pkg.sub.__package__)
print(hasattr(pkg, "lazy"))
from import_support.pkg import lazy
print(lazy.LAZY, hasattr(pkg, "lazy"), pkg.lazy is lazy)
import import_support.pkg.sub.sibling as sib
print(sib.SIB, sib.__name__)

# __import__ returns the top package unless a fromlist is given.
top = __import__("import_support.pkg.helper")
print(top.__name__)
leaf = __import__("import_support.pkg.helper", globals(), None, ["helper_fn"], 0)
print(leaf.__name__, leaf.helper_fn())
pk = __import__("import_support.pkg", fromlist=["lazy", "sub"])
print(pk.__name__, pk.lazy.__name__)

# sys.modules can hold anything, and a module can replace itself.
sys.modules["not_a_real_module"] = "a string in sys.modules"
import not_a_real_module
print(not_a_real_module)
import import_support.replaces as r
print(r)
print(sys.modules["import_support.replaces"])
print(type(sys.modules["sys"]).__name__, "import_support.pkg.sub.deep" in sys.modules)
