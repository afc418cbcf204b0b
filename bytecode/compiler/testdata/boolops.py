x = a and b or c
if a < b < c and not d:
    pass
y = e if f else g
