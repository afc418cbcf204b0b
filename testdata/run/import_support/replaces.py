import sys
sys.modules[__name__] = "replacement object"
