"""pickle.dumps with the pure-Python pickler (pyperformance
"pickle_pure_python" workload): three representative objects, 20 dumps
each per loop (inner_loops=20). Every object must round-trip.
"""

import pyperf

from pickle_common import OBJECTS, pure_pickle


def bench_pickle(loops, pickle, protocol):
    dumps = pickle.dumps
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        for obj in OBJECTS:
            for _ in range(20):
                dumps(obj, protocol)
    return pyperf.perf_counter() - t0


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Test the performance of pickling (pure Python)."
    pickle = pure_pickle()
    protocol = pickle.HIGHEST_PROTOCOL
    for obj in OBJECTS:
        if pickle.loads(pickle.dumps(obj, protocol)) != obj:
            raise RuntimeError("pickle_pure_python self-check failed: %r" % (obj,))
    runner.metadata["pickle_protocol"] = str(protocol)
    runner.metadata["pickle_module"] = pickle.__name__
    runner.bench_time_func("pickle_pure_python", bench_pickle, pickle, protocol, inner_loops=20)
