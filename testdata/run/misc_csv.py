import csv, io
s = io.StringIO()
w = csv.writer(s)
w.writerow(['name', 'age', 'note'])
w.writerows([['Ann', 30, 'likes, commas'], ['Bob', 25, 'says "hi"'], ['Cy', None, '']])
print(repr(s.getvalue()))
s.seek(0)
for row in csv.reader(s):
    print(row)
s.seek(0)
for d in csv.DictReader(s):
    print(d)
out = io.StringIO()
dw = csv.DictWriter(out, fieldnames=['a', 'b'], extrasaction='ignore')
dw.writeheader()
dw.writerow({'a': 1, 'b': 2, 'c': 3})
dw.writerows([{'a': 'x'}, {'b': 'y'}])
print(repr(out.getvalue()))
try:
    csv.DictWriter(io.StringIO(), fieldnames=['a']).writerow({'z': 1})
except ValueError as e:
    print(e)
class Semi(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    quoting = csv.QUOTE_MINIMAL
    lineterminator = '\n'
    doublequote = True
    skipinitialspace = False
csv.register_dialect('semi', Semi)
print(list(csv.reader(["a;'b;c';d"], 'semi')), csv.list_dialects())
print(csv.get_dialect('excel').delimiter, csv.excel_tab.delimiter, csv.unix_dialect.lineterminator == '\n')
sn = csv.Sniffer()
d = sn.sniff('a;b;c\n1;2;3\n')
print(d.delimiter, sn.has_header('name,age\nann,30\nbob,25\n'))
print(list(csv.reader(['1,2.5,"x"'], quoting=csv.QUOTE_NONNUMERIC)))
s2 = io.StringIO(newline='')
csv.writer(s2, lineterminator='\n', quoting=csv.QUOTE_ALL).writerow([1, 'a'])
print(repr(s2.getvalue()))
