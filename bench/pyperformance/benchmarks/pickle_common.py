"""Shared data and helpers of bm_pickle_pure_python and bm_unpickle_pure_python.

Not a benchmark itself. It loads the pure-Python pickle module (with the C
accelerator _pickle blocked) so the interpreter, not C code, does the work.
"""

import datetime
import random
import sys


def pure_pickle():
    saved = sys.modules.pop("pickle", None)
    accel = sys.modules.get("_pickle", False)
    sys.modules["_pickle"] = None
    try:
        import pickle
    finally:
        if accel is False:
            del sys.modules["_pickle"]
        else:
            sys.modules["_pickle"] = accel
        if saved is not None:
            sys.modules["pickle"] = saved
    if pickle.Pickler.__module__ != "pickle":
        raise RuntimeError("the C accelerator of pickle is still in use")
    return pickle


PROFILE = {
    "ads_flags": 0, "age": 18, "birthday": datetime.date(1980, 5, 7), "bulletin_count": 0,
    "comment_count": 0, "country": "BR", "encrypted_id": "G9urXXAJwjE", "favorite_count": 9,
    "first_name": "", "flags": 412317970704, "friend_count": 0, "gender": "m",
    "gender_for_display": "Male", "id": 302935349, "is_custom_profile_icon": 0,
    "last_name": "", "locale_preference": "pt_BR", "member": 0,
    "tags": ["a", "b", "c", "d", "e", "f", "g"], "profile_foo_id": 827119638,
    "secure_encrypted_id": "Z_xxx2dYx3t4YAdnmfgyKw", "session_number": 2,
    "signup_id": "201-19225-223", "status": "A", "theme": 1, "time_created": 1225237014,
    "time_updated": 1233134493, "unread_message_count": 0, "user_group": "0",
    "username": "collinwinter", "play_count": 9, "view_count": 7, "zip": "",
}
IDS = ([265867233, 265868503, 265252341, 265243910, 265879514, 266219766, 266021701,
        265843726, 265592821, 265246784, 265853180, 45526486, 265463699, 265848143,
        265863062, 265392591, 265877490, 265823665, 265828884, 265753032], 60)


def _variant(orig, rnd):
    new = dict(orig)
    for key, value in orig.items():
        if isinstance(value, int) and not isinstance(value, bool):
            new[key] = int(rnd.random() * sys.maxsize)
        elif isinstance(value, str):
            new[key] = str(rnd.random())
    return new


_rnd = random.Random(5)
PROFILES = [_variant(PROFILE, _rnd) for _ in range(3)]
OBJECTS = (PROFILE, IDS, PROFILES)
