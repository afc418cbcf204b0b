print(ord(b'a'), ord(bytearray(b'z')), ord('é'), ord('\U0001F600'))
for x in [b'ab', b'', memoryview(b'a'), 5, 'ab', '']:
    try:
        ord(x)
    except TypeError as e:
        print(e)
