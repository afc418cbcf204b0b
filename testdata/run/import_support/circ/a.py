print("circ.a: start")
A1 = "a1"
from . import b
print("circ.a: got b", b.B1)
A2 = "a2"
