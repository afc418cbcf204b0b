print("pkg.sub.deep: executing", __package__)
from .. import helper
from ..helper import helper_fn
from . import sibling
from .sibling import SIB
from ... import plain as up_plain
DEEP = (helper.__name__, helper_fn(), sibling.__name__, SIB, up_plain.VALUE)
