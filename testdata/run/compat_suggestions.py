# "Did you mean" hints on AttributeError and NameError, written by
# sys.__excepthook__ through sys.stderr.
import io
import sys


def hook_text(exc_info):
    err = io.StringIO()
    old = sys.stderr
    sys.stderr = err
    try:
        sys.__excepthook__(*exc_info)
    finally:
        sys.stderr = old
    return err.getvalue().splitlines()[-1]


class A:
    blech = None
    Blach = None
    bluchin_long_name_here = None


for name in ("bluch", "blach", "BLECH", "zzzzzz", "bluchin_long_name_hera"):
    try:
        getattr(A(), name)
    except AttributeError:
        print(hook_text(sys.exc_info()))


def f():
    somevariable = 1
    try:
        return somevarable
    except NameError:
        print(hook_text(sys.exc_info()))


f()
try:
    lenn
except NameError:
    print(hook_text(sys.exc_info()))
try:
    sys.getrecursionlimitt
except AttributeError:
    print(hook_text(sys.exc_info()))


class MyAttrError(AttributeError):
    pass


try:
    raise MyAttrError("blech", name="blch", obj=A())
except AttributeError:
    print(hook_text(sys.exc_info()))
try:
    A().bluch
except AttributeError as e:
    e.obj = None
    print(hook_text(sys.exc_info()))
