import contextvars
from contextvars import ContextVar, Context, copy_context, Token

v = ContextVar('v', default=1)
w = ContextVar('w')
print(v.name, v.get(), v.get(5), w.get('dflt'))
try:
    w.get()
except LookupError as e:
    print('LookupError', type(e.args[0]).__name__, e.args[0] is w)
t1 = v.set(10)
print(v.get(), t1.var is v, t1.old_value is Token.MISSING, repr(Token.MISSING))
t2 = v.set(20)
print(v.get(), t2.old_value)
v.reset(t2)
print(v.get())
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', 'has already been used once' in str(e))
try:
    w.reset(t1)
except ValueError as e:
    print('ValueError', 'different ContextVar' in str(e))
v.reset(t1)
print(v.get())

ctx = copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, w in ctx)
w.set('outer')
print(w in ctx, w.get())

def f(a, b=0):
    print('in run', v.get(), w.get('none'), a, b)
    v.set(99)
    w.set('inner')
    return a + b

print(ctx.run(f, 1, b=2))
print(v.get(), w.get(), ctx[v], ctx[w], ctx.get(v), len(ctx))
print(sorted(k.name for k in ctx), sorted(str(x) for x in ctx.values()))
print(sorted((k.name, val) for k, val in ctx.items()))
c2 = ctx.copy()
print(c2[v], len(c2))
try:
    ctx.run(lambda: ctx.run(lambda: 1))
except RuntimeError as e:
    print('RuntimeError', 'cannot enter context' in str(e))
try:
    ctx[1]
except TypeError as e:
    print(e)
e = Context()
print(len(e), e.get(v), e.get(v, 'd'), list(e))
try:
    e[v]
except KeyError:
    print('KeyError')
tok = e.run(v.set, 7)
print(e[v], v.get())
try:
    v.reset(tok)
except ValueError as ex:
    print('ValueError', 'different Context' in str(ex))
try:
    class Sub(ContextVar):
        pass
except TypeError as ex:
    print('TypeError', 'not an acceptable base type' in str(ex))
try:
    Token()
except RuntimeError as ex:
    print(ex)
try:
    ContextVar(1)
except TypeError as ex:
    print(ex)
print(ContextVar[int], v.get())
# Nested run and isolation
var = ContextVar('var', default=0)
def level(n):
    var.set(n)
    if n < 3:
        copy_context().run(level, n + 1)
    print('level', n, var.get())
copy_context().run(level, 0)
print('top', var.get())
