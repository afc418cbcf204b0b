import selectors, os
print(selectors.DefaultSelector.__name__, selectors.SelectorKey.fileobj.__doc__)
class P:
    @property
    def x(self):
        "orig"
        return 1
P.x.__doc__ = "changed"
print(P.x.__doc__)
for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector):
    r, w = os.pipe()
    with cls() as sel:
        k = sel.register(r, selectors.EVENT_READ, "reader")
        k2 = sel.register(w, selectors.EVENT_WRITE, "writer")
        print(cls.__name__, k.fd == r, k.events, k.data, len(sel.get_map()))
        ev = sel.select(0)
        print([(key.data, mask) for key, mask in sorted(ev, key=lambda e: e[0].data)])
        os.write(w, b"ping")
        ev = sel.select(1)
        print([(key.data, mask) for key, mask in sorted(ev, key=lambda e: e[0].data)])
        sel.modify(w, selectors.EVENT_READ, "w-read")
        print([(key.data, mask) for key, mask in sel.select(0)])
        sel.unregister(w)
        try:
            sel.unregister(w)
        except KeyError as e:
            print("KeyError", e.args[0] == w)
        try:
            sel.register(r, 0)
        except ValueError as e:
            print("ValueError", e)
        print(os.read(r, 10), sel.select(0))
    os.close(r)
    os.close(w)
