class Meta(type):
    pass

def make(base):
    class C(base, metaclass=Meta, extra=base):
        attr = base
    return C
