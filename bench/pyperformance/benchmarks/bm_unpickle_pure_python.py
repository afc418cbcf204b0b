"""pickle.loads with the pure-Python unpickler (pyperformance
"unpickle_pure_python" workload): three pickled objects, 20 loads each per
loop (inner_loops=20). The loaded objects are checked.
"""

import pyperf

from pickle_common import OBJECTS, pure_pickle


def bench_unpickle(loops, pickle, blobs):
    loads = pickle.loads
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        for blob in blobs:
            for _ in range(20):
                loads(blob)
    return pyperf.perf_counter() - t0


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Test the performance of unpickling (pure Python)."
    pickle = pure_pickle()
    protocol = pickle.HIGHEST_PROTOCOL
    blobs = [pickle.dumps(obj, protocol) for obj in OBJECTS]
    for obj, blob in zip(OBJECTS, blobs):
        if pickle.loads(blob) != obj:
            raise RuntimeError("unpickle_pure_python self-check failed: %r" % (obj,))
    runner.metadata["pickle_protocol"] = str(protocol)
    runner.metadata["pickle_module"] = pickle.__name__
    runner.bench_time_func("unpickle_pure_python", bench_unpickle, pickle, blobs, inner_loops=20)
