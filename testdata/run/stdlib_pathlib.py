# pathlib: pure path manipulation and filesystem operations in a
# temporary directory.
import os
import pathlib
import tempfile
from pathlib import Path, PurePosixPath

p = PurePosixPath("/usr/lib/python3.11/json/__init__.py")
print(p.name, p.stem, p.suffix, p.suffixes, p.parent, p.parts[:3], p.anchor)
print(p.with_name("x.txt"), p.with_suffix(".pyc"), p.relative_to("/usr/lib"), p.is_absolute())
print(PurePosixPath("a/b") / "c" / "../d", PurePosixPath("a//b/./c"), PurePosixPath("a.tar.gz").suffixes)
print(p.match("*.py"), p.match("json/*.py"), PurePosixPath("a/b").joinpath("c", "d"), list(p.parents)[:2])
print(PurePosixPath("/a") == PurePosixPath("/a/"), sorted([PurePosixPath("b"), PurePosixPath("a")]))

with tempfile.TemporaryDirectory() as tmp:
    base = Path(tmp)
    (base / "sub" / "deep").mkdir(parents=True)
    f = base / "sub" / "hello.txt"
    print(f.write_text("hello\nworld\n"), f.read_text().splitlines(), f.exists(), f.is_file(), f.is_dir())
    (base / "data.bin").write_bytes(b"\x00\x01")
    (base / "sub" / "deep" / "x.py").touch()
    print(sorted(q.relative_to(base).as_posix() for q in base.rglob("*")))
    print(sorted(q.name for q in base.glob("*")), sorted(q.name for q in (base / "sub").iterdir()))
    print(f.stat().st_size, (base / "data.bin").read_bytes())
    g = f.rename(base / "renamed.txt")
    print(g.name, f.exists(), g.exists())
    with g.open() as fh:
        print(fh.readline().strip())
    g.unlink()
    print(g.exists(), (base / "missing").exists())
    try:
        (base / "missing").read_text()
    except FileNotFoundError as e:
        print("FileNotFoundError", e.errno)
    (base / "sub" / "deep" / "x.py").unlink()
    (base / "sub" / "deep").rmdir()
    print(sorted(os.listdir(base / "sub")))
    print(Path(tmp).resolve() == Path(os.path.realpath(tmp)), Path("~").expanduser() == Path(os.path.expanduser("~")))
print(Path("rel/x").is_absolute(), type(Path("x")).__name__, isinstance(Path("x"), pathlib.PurePath))
