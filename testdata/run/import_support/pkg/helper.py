print("pkg.helper: executing", __name__, __package__)


def helper_fn():
    return "helper_fn"
