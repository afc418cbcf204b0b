import os.path as p, sys
from . import x
from .mod import (a as b, c)
