import re

data = b'GET /index.html HTTP/1.1\r\nHost: example.com\r\nX-Num: 42\r\n\r\nbody\xff\x00'
m = re.match(rb'(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(\d)\.(\d)', data)
print(m, m.groups(), m.groupdict(), m.group('path'), m.span(3), m.expand(rb'\g<method>:\2'))
print(re.findall(rb'^([\w-]+): (.*?)\r$', data, re.M))
print(re.split(rb'\r\n', data), re.sub(rb'\d+', lambda m: str(int(m.group()) + 1).encode(), data))
print(re.search(rb'[\x80-\xff]', data), re.findall(rb'[^\x00-\x7f]', data), re.findall(rb'.', b'a\nb', re.S))
print(re.findall(rb'(?i)host', data), re.findall(rb'(?i)[h-j]+', b'HIJhij\xc8\xe8'), re.findall(rb'\bx', b'x \xe9x'))
print(re.sub(rb'(a)', rb'\1\1', bytearray(b'banana')), re.subn(b'', b'-', b'ab'), re.escape(b'a\xff.'))
print(re.fullmatch(rb'\d+', b'123'), re.fullmatch(rb'\d+', b'12\xd9\xa3'), re.match(rb'\s+', b' \t\n\r\x0b\x0c\x1c'))
p = re.compile(rb'(?L)\w+')
print(p, p.flags, p.findall(b'ab\xe9 cd'), re.compile(rb'\w', re.A))
print(re.compile(b'x').search(memoryview(b'axb')) if hasattr(memoryview, 'cast') else None)
for bad in ['str', 3]:
    try:
        re.compile(b'a').match(bad)
    except TypeError as e:
        print('TypeError', e)
