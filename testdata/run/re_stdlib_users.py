import textwrap, string, html, difflib, ipaddress

print(textwrap.dedent("    a\n      b\n    c\n"), textwrap.indent("x\ny\n", "> "))
t = string.Template("$who likes ${what}; $$5")
print(t.substitute(who="tim", what="kung pao"), t.safe_substitute(who="x"))
try:
    string.Template("$bad $").substitute(bad=1)
except ValueError as e:
    print('ValueError', e)
print(string.capwords(" hello   world  again "))
print(html.unescape("&lt;p&gt; &amp;amp; &#65;&#x42; &eacute; &notit;"), html.escape("<a href='x'>&</a>"))
print(list(difflib.unified_diff(['a\n', 'b\n', 'c\n'], ['a\n', 'B\n', 'c\n'], 'old', 'new')))
print(difflib.SequenceMatcher(None, "abcd", "bcde").ratio(), difflib.get_close_matches("appel", ["ape", "apple", "peach"]))
print(ipaddress.ip_address('192.168.0.1'), ipaddress.ip_network('10.0.0.0/30').num_addresses, ipaddress.ip_address('::1'))
