import sys
l = [0, 1, 2, 3, 4]
print(l[1000:-1000], l[100:-100:], l[3:1], l[-1:-3], (0, 1, 2)[2:0], 'abcde'[3:1], 'ab\u00e9de'[4:2], b'abc'[3:1], bytearray(b'abc')[3:1])
print(l[-pow(2, 128):3], l[3:pow(2, 145)], l[3::sys.maxsize], slice(5, 1).indices(10), range(10)[7:2])
l[4:1] = ['x']
print(l)
