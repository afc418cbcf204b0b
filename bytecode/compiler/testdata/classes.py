class C(Base, metaclass=M):
    x: int = 1
    def m(self):
        return super().m()
