import re

s = 'ab' * 50000 + 'c'
print(re.match(r'(a|b)*c', s).span(), re.match(r'(a|b)*c', s).group(1))
print(re.match(r'(?:a|b)*?c', s).end(), re.match(r'(ab)+c', s).span(1))
print(re.match(r'(?:(a)|(b))*c', s).groups(), re.fullmatch(r'(?:ab)*c', s) is not None)
print(re.search(r'(a|b)*d', 'ab' * 300), re.match(r'(a+|b+)*c', 'ab' * 1000 + 'c').span())
print(re.match('(' * 90 + 'a' + ')' * 90, 'a').lastindex, re.match('(?:' * 200 + 'a' + ')' * 200, 'a'))
print(len(re.findall(r'\w+', 'word ' * 20000)), len(re.split(r'\s', 'x ' * 10000)))
print(re.sub(r'(x)', r'\1\1', 'x' * 30000)[-3:], len(re.sub(r'(x)', r'\1\1', 'x' * 30000)))
print(re.match(r'(.)\1*', 'z' * 100000).end(), re.match(r'(?:(.)\1)*', 'zz' * 50000).end())
print(re.search(r'(?<=a{3})b', 'a' * 5000 + 'b').span(), re.match(r'(?:a(?=a))*', 'a' * 10000).end())
print(re.match(r'(?>a*)*b', 'a' * 10000 + 'b').end(), re.match(r'(?:a|a)*+b', 'a' * 10000 + 'b').end())
print(re.match(r'(a{1,3})*?$', 'a' * 3000).span(), re.match(r'(?:(a)|(a))*?b', 'a' * 5000 + 'b').groups())
