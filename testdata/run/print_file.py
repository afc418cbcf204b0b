import sys
print("a", 1, None, sep=", ", end=";\n")
sys.stdout.write("written\n")
print("err", file=sys.stderr, flush=True)
print(*[1, 2, 3], sep="")
print()
print(sys.argv[0].endswith("print_file.py"), sys.getrecursionlimit(), type(sys.maxsize))
print("last")
