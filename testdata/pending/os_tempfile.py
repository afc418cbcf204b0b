import os, tempfile, shutil
d = tempfile.mkdtemp(prefix="pyjit_tf_")
print(os.path.isdir(d), os.path.basename(d).startswith("pyjit_tf_"), oct(os.stat(d).st_mode & 0o777))
fd, p = tempfile.mkstemp(suffix=".txt", dir=d)
print(p.endswith(".txt"), os.path.dirname(p) == d, oct(os.stat(p).st_mode & 0o777), os.get_inheritable(fd))
os.write(fd, b"data")
os.close(fd)
print(open(p).read())
with tempfile.TemporaryFile() as f:
    f.write(b"hello")
    f.seek(0)
    print(f.read())
with tempfile.NamedTemporaryFile("w+", dir=d, delete=True) as f:
    name = f.name
    f.write("named")
    f.flush()
    print(os.path.exists(name), open(name).read())
print(os.path.exists(name))
with tempfile.TemporaryDirectory(dir=d) as td:
    open(os.path.join(td, "x"), "w").close()
    print(os.listdir(td))
print(os.path.exists(td))
with tempfile.SpooledTemporaryFile(max_size=10) as sf:
    sf.write(b"small")
    print(sf._rolled)
    sf.write(b"-much larger than ten")
    print(sf._rolled)
    sf.seek(0)
    print(sf.read())
print(tempfile.gettempdir() == "/tmp" or os.path.isdir(tempfile.gettempdir()), type(tempfile.gettempprefix()))
shutil.rmtree(d)
print(os.path.exists(d))
