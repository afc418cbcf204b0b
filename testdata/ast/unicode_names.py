café = 1
ﬁle = 2
𝕏 = 3
print(café, ﬁle, 𝕏)
