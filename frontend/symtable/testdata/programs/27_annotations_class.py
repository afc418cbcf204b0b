class C:
    a: int
    b: str = "x"
    c: ClassVar[int] = 0
    def m(self) -> C:
        d: int
        return self
