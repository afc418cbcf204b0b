import sys
print("before")
sys.stdout.write("pending text")
def f():
    raise KeyError("k")
f()
