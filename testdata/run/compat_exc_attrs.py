# ImportError.__init__ resets msg/name/path; BaseException.__notes__ can be deleted.
exc = ImportError('test', name='somemodule', path='somepath')
print(exc.msg, exc.name, exc.path, exc.args)
exc.__init__('test')
print(exc.msg, exc.name, exc.path)
e = ImportError()
print(e.msg, e.name, e.path)
e = ImportError(1, 2)
print(e.msg, e.args)
e = Exception()
e.__notes__ = ["x"]
del e.__notes__
print(hasattr(e, "__notes__"))
try:
    del e.__notes__
except AttributeError as x:
    print("AttributeError", x)
