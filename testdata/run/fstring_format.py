name, n, f = "pyjit", 42, 3.14159
print(f"{name} {n} {f}", f"{name!r:>10}", f"{n:05}", f"{n:<5}|", f"{f:.1f}", f"{f:10.3f}|", f"{n:,}", f"{-n:+}")
print(f"{1000000:_}", f"{255:#o}", f"{255:08b}", f"{0.000123:.2e}", f"{123.456:g}", f"{1e20:g}", f"{12:c}" if False else "")
print(format(3, "*^7"), format("s", "-<3"), format(2.0), format(1e100), format(True), format(None, ""))
print("{:>8.2f}|{:<8d}|".format(3.14159, 7), "{:%}".format(0.5), "{:.0f}".format(2.5), "{:.0f}".format(3.5))
try:
    f"{n:q}"
except ValueError as e:
    print(e)
try:
    format("s", "d")
except ValueError as e:
    print(e)
