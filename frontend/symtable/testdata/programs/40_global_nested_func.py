def f():
    global g
    def h():
        return g
    def i():
        g = 1
        def j():
            return g
        return j
    return h, i
