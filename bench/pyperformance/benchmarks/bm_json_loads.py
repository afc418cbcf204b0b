"""json.loads (pyperformance "json_loads" workload): decode an empty dict,
a flat dict and a nested structure 20 times each per loop (inner_loops=20).
Decoded values are checked against the originals.
"""

import json
import random

import pyperf

DICT = {
    "ads_flags": 0, "age": 18, "bulletin_count": 0, "comment_count": 0, "country": "BR",
    "encrypted_id": "G9urXXAJwjE", "favorite_count": 9, "first_name": "", "flags": 412317970704,
    "friend_count": 0, "gender": "m", "gender_for_display": "Male", "id": 302935349,
    "is_custom_profile_icon": 0, "last_name": "", "locale_preference": "pt_BR", "member": 0,
    "tags": ["a", "b", "c", "d", "e", "f", "g"], "profile_foo_id": 827119638,
    "secure_encrypted_id": "Z_xxx2dYx3t4YAdnmfgyKw", "session_number": 2,
    "signup_id": "201-19225-223", "status": "A", "theme": 1, "time_created": 1225237014,
    "time_updated": 1233134493, "unread_message_count": 0, "user_group": "0",
    "username": "collinwinter", "play_count": 9, "view_count": 7, "zip": "",
}
TUPLE = ([265867233, 265868503, 265252341, 265243910, 265879514, 266219766, 266021701,
          265843726, 265592821, 265246784, 265853180, 45526486, 265463699, 265848143,
          265863062, 265392591, 265877490, 265823665, 265828884, 265753032], 60)


def mutate_dict(orig, rnd):
    new = dict(orig)
    for key, value in new.items():
        if isinstance(value, int) and not isinstance(value, bool):
            new[key] = int(rnd.random() * 2 ** 31)
        elif isinstance(value, str):
            new[key] = value + str(int(rnd.random() * 1000))
    return new


DICT_GROUP = [mutate_dict(DICT, random.Random(5 + i)) for i in range(3)]


def bench_json_loads(loops, objs):
    loads = json.loads
    t0 = pyperf.perf_counter()
    for _ in range(loops):
        for obj in objs:
            # 20 loads per object
            loads(obj); loads(obj); loads(obj); loads(obj); loads(obj)
            loads(obj); loads(obj); loads(obj); loads(obj); loads(obj)
            loads(obj); loads(obj); loads(obj); loads(obj); loads(obj)
            loads(obj); loads(obj); loads(obj); loads(obj); loads(obj)
    return pyperf.perf_counter() - t0


if __name__ == "__main__":
    runner = pyperf.Runner()
    runner.metadata["description"] = "Benchmark json.loads()"
    objs = []
    for value in (DICT, TUPLE, DICT_GROUP):
        text = json.dumps(value)
        expected = list(value) if isinstance(value, tuple) else value
        if json.loads(text) != json.loads(json.dumps(expected)):
            raise RuntimeError("json_loads self-check failed")
        objs.append(text)
    if json.loads(objs[1]) != [TUPLE[0], 60]:
        raise RuntimeError("json_loads self-check failed: tuple")
    runner.bench_time_func("json_loads", bench_json_loads, objs, inner_loops=20)
