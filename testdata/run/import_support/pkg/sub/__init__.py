print("pkg.sub: init")
