# The traceback of an uncaught ModuleNotFoundError.
from import_support.pkg import helper
import import_support.pkg.nope
