class S(str):
    def __eq__(self, other):
        d.clear()
        return NotImplemented
    def __hash__(self):
        return hash('test')
d = {S(): 'value'}
print('test' in d, d)
class X:
    def __hash__(self):
        pair[:] = []
        return 13
pair = [X(), 123]
print(len(dict([pair])))
