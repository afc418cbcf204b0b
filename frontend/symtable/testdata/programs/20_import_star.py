from os.path import *
from sys import *
x = join
