def a():
    v = 1
    def b():
        def c():
            def d():
                return v + w
            return d
        return c
    w = 2
    return b
