# A module that raises during import is removed from sys.modules, and a
# second import runs it again.
import sys
for i in range(2):
    try:
        import import_support.raiser
    except ValueError as e:
        print("caught", e)
    print("import_support.raiser" in sys.modules, hasattr(sys.modules["import_support"], "raiser"))
