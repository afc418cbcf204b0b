def outer():
    x = 1
    y = 2
    def inner():
        return x + z
    def inner2():
        def innermost():
            return y
        return innermost
    return inner, inner2
