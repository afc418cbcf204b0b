name = "world"
a = f"hello {name}!"
b = f"{name!r:>10} {3.14159:.2f} {x=} {y = !s}"
c = f'{a["k"]}' f"{b}{c}" "tail"
d = f"{'nested' + f'{inner}'}"
e = f"{x:{width}.{precision}}"
g = f"""
multi {line}
  {value:>{w}}
"""
h = f"{{literal braces}} {1 + 2}"
i = rf"\d{x}"
