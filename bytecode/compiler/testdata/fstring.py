s = f"{a!r:>{w}} and {b}"
