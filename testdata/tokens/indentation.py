# comment at top
def f(x):   # trailing comment
    if x:

        return [1,
                2,   # inside brackets
            3]
    else:
	    return \
            None
        # dedented comment
x = 1
