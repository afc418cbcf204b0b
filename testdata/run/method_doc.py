class A:
    def f(self):
        pass
    def g(self):
        "doc g"
    @classmethod
    def c(cls):
        "doc c"
print(A().f.__doc__, A().g.__doc__, A.f.__doc__, A.c.__doc__, A().c.__doc__)
import unittest
class T(unittest.TestCase):
    def test_a(self):
        pass
    def test_b(self):
        "Checks b."
print(T("test_a").shortDescription(), T("test_b").shortDescription())
