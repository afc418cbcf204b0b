def f(x, x): pass
from __future__ import nope
