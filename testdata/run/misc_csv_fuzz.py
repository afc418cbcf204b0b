# Random CSV text through the reader and random rows through the writer,
# under several dialects; every result (or error) is printed.
import _csv
import random

class Sink:
    def __init__(self):
        self.parts = []
    def write(self, s):
        self.parts.append(s)

rng = random.Random(1234)
alphabet = 'ab ,;"\'\\\r\n\t|x'
dialects = [dict(), dict(delimiter=';', quotechar="'"), dict(escapechar='\\'), dict(doublequote=False, escapechar='\\'),
            dict(skipinitialspace=True), dict(strict=True), dict(quoting=_csv.QUOTE_NONE, escapechar='\\'),
            dict(quoting=_csv.QUOTE_ALL), dict(lineterminator='\n'), dict(delimiter='|', quoting=_csv.QUOTE_MINIMAL)]
for i in range(300):
    kw = dialects[i % len(dialects)]
    lines = [''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 12))) for _ in range(rng.randrange(1, 4))]
    try:
        r = _csv.reader(lines, **kw)
        print(i, 'R', list(r), r.line_num)
    except _csv.Error as e:
        print(i, 'R Error', e)
    row = [''.join(rng.choice(alphabet) for _ in range(rng.randrange(0, 6))) for _ in range(rng.randrange(0, 4))]
    s = Sink()
    try:
        _csv.writer(s, **kw).writerow(row)
        text = ''.join(s.parts)
        print(i, 'W', repr(text))
    except _csv.Error as e:
        print(i, 'W Error', e)
