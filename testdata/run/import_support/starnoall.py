x = 10
_hidden = 20
y = "why"
