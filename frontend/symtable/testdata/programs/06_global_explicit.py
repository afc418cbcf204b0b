total = 0
def add(n):
    global total
    total += n
    def nested():
        return total
    return nested

def only_global():
    global never_assigned_at_module
    never_assigned_at_module = 5
