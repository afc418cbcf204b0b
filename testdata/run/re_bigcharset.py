import re
words = 'Straße ΣΊΣΥΦΟΣ σίσυφος ǅemal İstanbul ıi KELVIN \u212a ﬁle Ǆ ǆ µ Μ ſ'
for pat in [r'(?i)[a-z]+', r'(?i)[^a-z ]+', r'(?i)[a-zα-ω]+']:
    print(pat, re.findall(pat, words))
big = ''.join(chr(c) for c in range(0x100, 0x3000, 37))
print(len(re.findall('[' + big + ']', big + 'abc')), re.findall('[^' + big + ']', big + 'abc'))
print(re.findall('(?i)[' + big[:40] + ']+', big.upper()[:60]))
