import a.b.c
import d.e as f
from g import h, i as j
from . import k
from ..m import n
import os, sys

def func():
    import json
    from collections import OrderedDict as OD
    import xml.etree
    return json, OD, xml
