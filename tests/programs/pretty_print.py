# A recursive pretty printer for nested data.
def pretty(value, indent=0):
    pad = "  " * indent
    if isinstance(value, dict):
        if not value:
            return "{}"
        lines = ["{"]
        for k, v in value.items():
            lines.append(pad + "  " + repr(k) + ": " + pretty(v, indent + 1) + ",")
        lines.append(pad + "}")
        return "\n".join(lines)
    if isinstance(value, (list, tuple)):
        open_, close = ("[", "]") if isinstance(value, list) else ("(", ")")
        if not value:
            return open_ + close
        if all([not isinstance(v, (list, tuple, dict)) for v in value]):
            return open_ + ", ".join([repr(v) for v in value]) + close
        lines = [open_]
        for v in value:
            lines.append(pad + "  " + pretty(v, indent + 1) + ",")
        lines.append(pad + close)
        return "\n".join(lines)
    return repr(value)

config = {
    "name": "gilt",
    "version": (0, 1, 0),
    "features": ["ints", "floats", {"strings": ["utf-8", "fstrings"]}],
    "limits": {"depth": 1000, "ratio": 0.75, "enabled": True, "none": None},
    "empty": [],
    "nested": [[1, 2], [3, [4, 5]]],
}
print(pretty(config))

def flatten(value, prefix=""):
    out = {}
    if isinstance(value, dict):
        for k, v in value.items():
            out.update(flatten(v, prefix + str(k) + "."))
    elif isinstance(value, list):
        for i, v in enumerate(value):
            out.update(flatten(v, prefix + str(i) + "."))
    else:
        out[prefix[:-1]] = value
    return out

for k, v in flatten(config).items():
    print(k, "=", v)

def depth(v):
    if isinstance(v, (list, tuple)):
        return 1 + max([depth(x) for x in v], default=0)
    if isinstance(v, dict):
        return 1 + max([depth(x) for x in v.values()], default=0)
    return 0

print(depth(config))
