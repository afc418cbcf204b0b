import os
import os.path as osp, sys
from . import sibling
from ..parent import (a, b as c,)
from .mod import *
from __future__ import annotations
