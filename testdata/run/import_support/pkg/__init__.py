print("pkg: init", __name__, __package__)
PKG_ATTR = "pkg attribute"
from . import helper
from .helper import helper_fn
