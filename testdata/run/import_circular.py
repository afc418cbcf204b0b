# Circular imports: partially initialized modules, and CPython's message.
import sys
import import_support.circ.a as a
print(a.A1, a.A2, a.b.B1)
try:
    import import_support.circ.x
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "<dir>"))
print("import_support.circ.x" in sys.modules, "import_support.circ.y" in sys.modules)
