import json, fnmatch, textwrap
print(json.dumps({"a": [1, 2.5, "x\u00e9\n"], "b": None}), json.loads('{"k": [1, "two", {"z": false}], "f": 1e3}'))
print(json.loads('"\\ud83d\\ude00 \\u00e9"'), json.dumps("é😀", ensure_ascii=False), json.dumps([1, 2], indent=2))
print(fnmatch.fnmatch('foo.py', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'), fnmatch.translate('[!a-c]?*.txt'))
print(textwrap.wrap("The quick brown fox jumps over the lazy dog. " * 3, 30))
