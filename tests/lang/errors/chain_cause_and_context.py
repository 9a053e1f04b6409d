# A three-link chain: implicit context followed by an explicit cause.
class LoaderError(Exception):
    pass


def read_source(name):
    sources = {"a": "1"}
    return sources[name]


def load(name):
    try:
        return read_source(name)
    except KeyError:
        raise FileNotFoundError(f"no source {name!r}")


def load_all(names):
    try:
        return [load(n) for n in names]
    except OSError as e:
        raise LoaderError("loading failed") from e


print(load_all(["a"]))
load_all(["a", "b"])
