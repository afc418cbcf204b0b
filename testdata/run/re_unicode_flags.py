import re

words = 'Straße ΣΊΣΥΦΟΣ σίσυφος ǅemal İstanbul ıi KELVIN \u212a ﬁle Ǆ ǆ µ Μ'
for pat in [r'(?i)straße', r'(?i)σίσυφος', r'(?i)ǆemal', r'(?i)i', r'(?i)k', r'(?i)\u212a', r'(?i)[k-l]+',
            r'(?i)µ', r'(?i)[µ]', r'(?i)ﬁ', r'(?ia)[a-z]+', r'(?i)ǆ+', r'(?i)[ǅ]+']:
    print(pat, re.findall(pat, words))
print(re.findall(r'(?i)s', 'sSſ'), re.findall(r'(?ia)s', 'sSſ'), re.findall(r'(?i)[st]', 'sSſtT'))
print(re.findall(r'\w+', 'αβγ δ_ε 日本語 ٣٤ x²'), re.findall(r'\d+', '٣٤ ௧௨ 12 ²'), re.findall(r'\W+', 'a→b…c'))
print(re.findall(r'\s+', 'a\u3000b\u2028c\x85d\x1fe'), re.findall(r'(?a)\s+', 'a\u3000b\tc'))
print(re.findall(r'\bx\b', 'éx x xé'), re.findall(r'(?a)\bx\b', 'éx x xé'), re.findall(r'\Bx', 'éx ax'))
print(re.findall(r'.', 'a\nb'), re.findall(r'(?s).', 'a\nb'), re.findall(r'[^a]', 'a\nb'))
print(re.findall(r'^a|a$', 'a\na\na'), re.findall(r'(?m)^a|a$', 'a\na\na'), re.findall(r'\Aa|a\Z', 'a\na\na'))
print(re.findall(r'(?x) a b  # comment\n c', 'abc ab c'), re.findall(r'(?x)[ ]a', ' a'), re.findall(r'(?x)a\ b', 'a b'))
print(re.findall(r'(?i:A)b', 'ab Ab AB'), re.findall(r'a(?-i:B)', 'aB AB ab', re.I), re.findall(r'(?s:.)(?-s:.)?', 'a\n\nb'))
print(re.findall(rb'(?i)\xe9', b'\xc9\xe9'), re.findall(rb'\w+', b'caf\xe9 ok'), re.findall(rb'(?L)\w+', b'caf\xe9 ok'))
print(re.findall(rb'(?iL)[a-c]+', b'ABCabc'), re.findall(rb'(?i)[^a]', b'aAbB'), re.findall(rb'\s', b' \x1c\x85\xa0'))
print(re.findall('[\u0100-\u017f]+', 'ĀāĂă abc Ž'), re.findall('(?i)[\u0100-\u0101]+', 'Āā ĀĀ'), re.findall('[^\u0000-\u007f]+', 'aéb😀c'))
print(re.findall('[😀-😂]+', 'a😀😁😂b😃'), re.findall('(?i)[𐐀-𐐏]+', '𐐨𐐀x'), re.findall('.', '😀a'))
print(re.match(r'(?i)(\w+) \1', 'Ab aB'), re.match(r'(?i)(ǅ) \1', 'ǅ ǆ'), re.match(r'(?i)(σ)\1\1', 'σΣς'))
print(re.fullmatch(r'[\]\\\-^]+', ']\\-^'), re.findall(r'[\x41-\x43\n]', 'ABCD\n'))
print(re.findall(r'\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}' if False else r'\x41\101\u0041\U00000041', 'AAAA'))
