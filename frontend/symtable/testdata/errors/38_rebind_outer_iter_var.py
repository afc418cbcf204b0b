[[(i := 0) for j in k] for i in x]
