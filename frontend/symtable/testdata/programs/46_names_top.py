def top():
    x = 1
    def inner():
        return x
    return inner

class top_c:
    pass
