class Outer:
    class Inner:
        def m(self):
            return Outer, Inner
    def method(self):
        return self.Inner
