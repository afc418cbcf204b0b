# set.__init__ checks its arguments even on an exact set.
for call in (lambda: set().__init__(a=1), lambda: set([], []), lambda: set([], a=1)):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
frozenset().__init__([1])
