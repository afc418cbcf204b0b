import os
x = 1
y: int = 2
z: str
print(x, y, undefined_name)
del x
x += 1
