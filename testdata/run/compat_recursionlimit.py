# sys.setrecursionlimit refuses a limit at or below the current depth.
import sys
def f(n):
    if n:
        return f(n - 1)
    try:
        sys.setrecursionlimit(5)
    except RecursionError as e:
        print("RecursionError", str(e)[:40])
f(20)
def set_relative_recursion_limit(n):
    depth = 1
    while True:
        try:
            sys.setrecursionlimit(depth)
        except RecursionError:
            depth += 1
        else:
            break
    sys.setrecursionlimit(depth+n)
old = sys.getrecursionlimit()
set_relative_recursion_limit(10)
def recurse_in_except():
    try:
        1/0
    except:
        recurse_in_except()
try:
    recurse_in_except()
except RecursionError:
    print("recursion error")
sys.setrecursionlimit(old)
print(sys.getrecursionlimit())
