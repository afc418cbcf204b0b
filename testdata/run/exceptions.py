class MyError(Exception):
    pass
class Sub(MyError):
    def __init__(self, code):
        super().__init__("code", code)
        self.code = code
try:
    raise Sub(7)
except MyError as e:
    print(type(e).__name__, e.args, e.code, str(e), repr(e))
try:
    try:
        1 / 0
    except ZeroDivisionError as e:
        raise ValueError("bad") from e
except ValueError as e:
    print(e, repr(e.__cause__), e.__suppress_context__, type(e.__context__).__name__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during")
except RuntimeError as e:
    print(e, repr(e.__context__), e.__cause__)
def fin():
    try:
        return "try"
    finally:
        print("finally runs")
print(fin())
def fin2():
    for i in range(3):
        try:
            if i == 1:
                continue
            if i == 2:
                break
        finally:
            print("f", i)
fin2()
try:
    pass
except Exception:
    print("no")
else:
    print("else")
finally:
    print("finally")
def reraise():
    try:
        raise KeyError("x")
    except KeyError:
        raise
try:
    reraise()
except KeyError as e:
    print("reraised", repr(e))
e = None
try:
    raise ValueError
except ValueError as e:
    pass
try:
    print(e)
except NameError as ex:
    print("NameError:", ex)
for exc in [ValueError, TypeError(1, 2), KeyError("k"), IndexError(), StopIteration(5)]:
    try:
        raise exc
    except (ValueError, TypeError) as x:
        print("caught1", repr(x))
    except LookupError as x:
        print("caught2", repr(x), str(x))
    except Exception as x:
        print("caught3", repr(x), x.value)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError), BaseException.__subclasses__()[:3])
try:
    raise 5
except TypeError as e:
    print(e)
try:
    try:
        raise ValueError(1)
    except 5:
        pass
except TypeError as e:
    print(e)
def gen_exc():
    try:
        yield 1
        raise ValueError("in gen")
    except ValueError as e:
        yield str(e)
print(list(gen_exc()))
try:
    raise ValueError("with note")
except ValueError as e:
    e.add_note("a note")
    print(e.__notes__)
print(ValueError("a", "b"), repr(ValueError()), str(KeyError("q")), ValueError.__doc__)
try:
    raise
except RuntimeError as e:
    print(e)
assert 1 == 1, "fine"
try:
    assert 1 == 2, "broken"
except AssertionError as e:
    print("assert", e)
import_error = None
raise Sub(3)
