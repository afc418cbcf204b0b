print("pkg.lazy: executing")
LAZY = "lazy value"
