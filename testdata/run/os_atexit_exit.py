import atexit, sys
atexit.register(print, "atexit ran")
def boom():
    sys.exit(5)
atexit.register(boom)
print("main")
sys.exit(3)
