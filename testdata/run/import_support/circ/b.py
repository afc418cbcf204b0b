print("circ.b: start")
from . import a
print("circ.b: a is partial, has A1:", hasattr(a, "A1"), "has A2:", hasattr(a, "A2"))
B1 = "b1"
