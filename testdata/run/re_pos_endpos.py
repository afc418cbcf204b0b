import re
for pat in ['', 'a*', '(?s).*', 'x?', r'\b', '$', '^', r'(?<=b)', '.*?']:
    p = re.compile(pat)
    s = 'abcabc'
    print(repr(pat), p.match(s, 4, 2), p.search(s, 4, 2), p.fullmatch(s, 4, 2), p.findall(s, 4, 2), list(p.finditer(s, 5, 3)), p.match(s, 3, 3), p.search(s, 6), p.search(s, 7, 2))
