class A:
    pass

class B(A, metaclass=Meta, **extra):
    attr: int = 0
    other: str

    def method(self):
        return super().method()

    @property
    def prop(self):
        return self._x

    @staticmethod
    def st(*, key):
        return key

@dataclass(frozen=True)
class C(B, *bases):
    x: list[int] = field(default_factory=list)
