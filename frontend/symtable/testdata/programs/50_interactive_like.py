import builtins as __builtins
__all__ = ["a"]
def __private_func(__x):
    return __x
class __Hidden:
    def __init__(self, __v):
        self.__v = __v
