t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()))
print("abcdabcde".translate(t))
print("héllo".translate({ord('é'): 'e', 'l': None}))
print("hello".translate(str.maketrans({'l': 'L', 'o': 0x1F600})))
for bad in [lambda: str.maketrans(1), lambda: str.maketrans("ab","c"), lambda: str.maketrans({'ab':1}), lambda: str.maketrans({1.5:1}),
            lambda: str.maketrans("a", 1), lambda: "a".translate({97: 1.5}), lambda: "a".translate({97: -1}), lambda: str.maketrans()]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
print("abc".translate([None, 'q'] * 50))
