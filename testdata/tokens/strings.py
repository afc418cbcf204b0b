s = 'single' "double" '''triple''' """triple
double"""
r = r'\d+\n' + R"raw"
b = b'\x00\xff' rb'\n' Br"x"
u = u'unicode' 'more'
e = '\t\n\\\'\"\a\b\f\v\0\101\x41\u0041\U00000041\N{LATIN SMALL LETTER A}'
l = '\
continued'
non_ascii = 'héllo wörld 日本語 😀'
