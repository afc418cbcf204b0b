# CPython 3.11 quirks the engine reproduces: possessive repeats leave the
# position of a failed iteration behind, and can produce a group whose end
# precedes its start (SystemError).
import re
print(re.search(r'(?:((?!\w)))*+', 'xcbc', re.I), re.findall(r'(?:((?!\w)))*+', 'ab c'))
for s in ['xc  éé a ', 'cb']:
    r = re.compile(r'(?:(c){1,3}|(\s)*+)++')
    for f in (r.search, r.findall, r.split, lambda s: r.sub('-', s), lambda s: list(r.finditer(s))):
        try:
            print(f(s))
        except SystemError as e:
            print('SystemError', e)
