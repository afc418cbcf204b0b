import os
try:
    os.execv("/nonexistent", ["x"])
except FileNotFoundError as e:
    print(e)
try:
    os.execv("/bin/true", [])
except ValueError as e:
    print(e)
try:
    os.execv("/bin/true", "x")
except TypeError as e:
    print(e)
print(os.get_terminal_size.__name__)
try:
    os.get_terminal_size(os.open("/dev/null", os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e)
