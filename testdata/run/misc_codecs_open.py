import codecs, io, os, tempfile
# A file of this process's own: the test runs several times in parallel.
tmp = tempfile.mkdtemp()
p = os.path.join(tmp, 'f.txt')
with codecs.open(p, 'w', encoding='utf-16') as f:
    f.write('héllo\nwörld\n')
with open(p, 'rb') as f:
    print(f.read())
with codecs.open(p, 'r', encoding='utf-16') as f:
    print(f.readlines())
sr = codecs.getreader('utf-8')(io.BytesIO('añb\nc'.encode()))
print(sr.readline(), sr.read())
sw = codecs.getwriter('latin-1')(io.BytesIO())
sw.write('é')
print(sw.getvalue() if hasattr(sw, 'getvalue') else sw.stream.getvalue())
os.remove(p)
os.rmdir(tmp)
print(os.path.exists(tmp))
