try:
    a()
except ValueError as e:
    b(e)
except:
    pass
else:
    c()
finally:
    d()
