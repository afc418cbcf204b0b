from __future__ import (annotations,
    nope)
def f(x, x): pass
