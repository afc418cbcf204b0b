if a:
    pass
elif b:
    x = 1
else:
    y = 2

for i, j in enumerate(range(10)):
    if i % 2:
        continue
    break
else:
    done()

while n > 0:
    n -= 1
else:
    print("done")

try:
    risky()
except (ValueError, TypeError) as e:
    raise RuntimeError("x") from e
except Exception:
    raise
else:
    ok()
finally:
    cleanup()

try:
    pass
except* OSError as eg:
    pass

with open("f") as f, lock:
    data = f.read()

with (
    open("a") as a,
    open("b") as b,
):
    pass
