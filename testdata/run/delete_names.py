x = 1
del x
try:
    del x
except NameError as e:
    print(e)
def f():
    global y
    y = 2
    del y
    try:
        del y
    except NameError as e:
        print(e)
f()
class C:
    z = 1
    del z
    try:
        del z
    except NameError as e:
        print(e)
