# Import error messages and ImportError attributes.
import sys
try:
    import no_such_module_xyz
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name, e.path)
try:
    import import_support.plain.child
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    import import_support.pkg.missing
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from import_support.plain import missing_name
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "<dir>"), e.name, e.path == sys.modules["import_support.plain"].__file__)
try:
    from import_support.pkg import nothing_here
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "<dir>"), e.name)
try:
    from sys import nothing_in_sys
except ImportError as e:
    print(type(e).__name__, e, e.name, e.path)
sys.modules["blocked"] = None
try:
    import blocked
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    import import_support.syntaxbad
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.filename.endswith("syntaxbad.py"))
print("import_support.syntaxbad" in sys.modules)
try:
    from import_support import does_not_exist
except ImportError as e:
    print(type(e).__name__, str(e).replace(sys.path[0], "<dir>"))
print(issubclass(ModuleNotFoundError, ImportError))
