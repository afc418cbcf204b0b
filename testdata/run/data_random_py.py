# random.py itself over pyjit's _random and _sha512. warnings and os are stubbed
# while it imports (written before they imported; data_stdlib.py imports the real ones); the
# stubs behave the same under CPython.
import sys
class Stub:
    pass
saved = {k: sys.modules.get(k) for k in ('os', 'warnings')}
w = Stub(); w.warn = lambda *a, **k: None
o = Stub(); o.urandom = lambda n: bytes(n)
sys.modules['warnings'] = w
sys.modules['os'] = o
import random
for k, v in saved.items():
    if v is None:
        del sys.modules[k]
    else:
        sys.modules[k] = v
for seed in [12345, 0, -3, 2**80, 'hello', b'bytes seed', 'ünïcode', 3.25]:
    r = random.Random(seed)
    print(repr(seed), r.random(), r.randint(1, 100), r.choice('abcdef'), r.sample(range(100), 5), r.uniform(1, 2))
    print(' ', r.gauss(0, 1), r.choices('abc', k=5), r.randrange(0, 1000, 7), r.randrange(10**20))
    x = list(range(10))
    r.shuffle(x)
    print(' ', x, r.getrandbits(70), r.randbytes(6))
    print(' ', r.expovariate(2.0), r.normalvariate(5, 2), r.triangular(0, 10, 3), r.betavariate(2, 3))
    print(' ', r.gammavariate(2.5, 1.0), r.gammavariate(0.5, 2.0), r.lognormvariate(0, 1), r.vonmisesvariate(1, 2))
    print(' ', r.weibullvariate(1, 2), r.sample(['a', 'b', 'c', 'd'], k=2, counts=[1, 2, 3, 4]))
random.seed(7)
print(random.random(), random.randint(0, 10), random.sample(['a', 'b', 'c', 'd'], 2),
      random.choices([1, 2, 3], weights=[1, 5, 10], k=4), random.choices('xyz', cum_weights=[1, 2, 10], k=3))
st = random.getstate()
a = [random.random() for _ in range(3)]
random.setstate(st)
print(a == [random.random() for _ in range(3)])
r2 = random.Random()
r2.seed(99, version=1)
print(r2.random())
