# Argument errors of io methods name the class, as CPython 3.11 does.
import io

def t(label, f):
    try:
        r = f()
        print(label, repr(r))
    except Exception as e:
        print(label, type(e).__name__, e)

t("sio write", lambda: io.StringIO().write())
t("sio getvalue", lambda: io.StringIO().getvalue(1))
t("bio write", lambda: io.BytesIO().write())
t("bio readinto", lambda: io.BytesIO().readinto())
t("bio getvalue", lambda: io.BytesIO().getvalue(1))
t("tio write", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8").write())
t("tio newline", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline=5))
t("tio newline value", lambda: io.TextIOWrapper(io.BytesIO(), encoding="utf-8", newline="x"))
t("br detach", lambda: io.BufferedReader(io.BytesIO()).detach(1))
t("bw write", lambda: io.BufferedWriter(io.BytesIO()).write())
t("uninit", lambda: io.StringIO.__new__(io.StringIO).read())
t("uninit closed", lambda: io.StringIO.__new__(io.StringIO).closed)
t("bio new", lambda: io.BytesIO.__new__(io.BytesIO).read())
t("read args", lambda: io.StringIO().read(1, 2))
t("seek args", lambda: io.BytesIO().seek())
