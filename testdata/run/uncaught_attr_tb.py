class Foo:
    pass
x = Foo()
print(x.bar)
