x = 10
exec("y = x + 1")
print(y)
g = {}
exec("a = 1\ndef f(): return a + 1\nb = f()", g)
print(g["a"], g["b"], "__builtins__" in g)
l = {}
exec("c = 5", g, l)
print(l, "c" in g)
print(eval("x * 2"), eval("  1+2"), eval(b"3*3"), eval("a + 100", g))
print(eval("q + 1", {"q": 41}), eval("r", {}, {"r": 7}))
def fn(p, q=3):
    z = p + q
    def inner(): return z
    print(sorted(locals().keys()))
    print(eval("p + q + z"))
    return inner
fn(1)
code = compile("print('compiled', 6*7)", "<mine>", "exec")
print(type(code).__name__, code.co_name)
exec(code)
print(eval(compile("40+2", "f", "eval")))
exec(compile("1+1", "s", "single"))
for bad in ["exec('1 +')", "eval('x = 1')", "exec(5)", "eval(5)", "exec('a', [])", "compile('a', 'f', 'bogus')",
            "compile('a', 'f', 'exec', 0x99999999)", "eval('undefined_name')", "eval()", "exec('1', {}, 5)",
            "compile('x')", "eval('1', 1)"]:
    try:
        eval(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    exec("def g():\n  return 1/0\ng()")
except ZeroDivisionError as e:
    print("zde", e)
class C:
    exec("k = 3")
    print(sorted(k for k in locals() if not k.startswith("__")))
print(vars().get("x"))
def h():
    w = 1
    return vars()
print(h())
import math
print(eval("math.sqrt(16)"))
