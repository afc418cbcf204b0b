# The traceback of an exception raised while importing.
print("before")
import import_support.raiser
