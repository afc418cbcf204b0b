import gc
print(gc.get_threshold(), gc.isenabled(), gc.get_debug(), gc.garbage, gc.callbacks)
gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.isenabled())
print(gc.collect(), gc.collect(0), gc.collect(generation=1))
print(gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.is_tracked({'a': 1}), gc.is_tracked({'a': []}),
      gc.is_tracked(()), gc.is_tracked(([],)), gc.is_tracked('s'), gc.is_tracked(object()), gc.is_tracked(gc))
class A:
    pass
print(gc.is_tracked(A()), gc.is_tracked(A), gc.is_finalized(A()))
for f, a in [(gc.set_threshold, ()), (gc.collect, (3,)), (gc.collect, (-1,)), (gc.get_objects, (5,)), (gc.set_debug, ('x',))]:
    try:
        f(*a)
    except Exception as e:
        print(type(e).__name__, e)
print(gc.set_threshold(5), gc.get_threshold())
gc.set_threshold(700, 10, 10)
print(gc.get_freeze_count(), gc.freeze(), gc.unfreeze())
gc.set_debug(gc.DEBUG_LEAK); print(gc.get_debug(), gc.DEBUG_STATS, gc.DEBUG_SAVEALL); gc.set_debug(0)
print(len(gc.get_stats()), sorted(gc.get_stats()[0]))
print(sorted(gc.get_referents([1, 2], (3,))))
print(type(gc.get_objects()), type(gc.get_count()), len(gc.get_count()))
import weakref
class B:
    pass
b = B()
r = weakref.ref(b)
del b
gc.collect()
print(r() is None)
