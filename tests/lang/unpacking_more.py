# More unpacking: nested targets, starred in loops, swaps, dict merges, argument forwarding.
a, b = 1, 2
a, b = b, a
print(a, b)
x, (y, z), *w = 1, (2, 3), 4, 5
print(x, y, z, w)
[p, q], r = "pq", "r"
print(p, q, r)
for i, (k, v) in enumerate({"one": 1, "two": 2}.items()):
    print(i, k, v)
for (a1, b1), c1 in [((1, 2), 3), ((4, 5), 6)]:
    print(a1 + b1 + c1, end=" ")
print()

first, *_, last = range(10)
print(first, last)
head, *tail = [1]
print(head, tail)
*empty, only = [9]
print(empty, only)
m, n = divmod(17, 5)
print(m, n)
(s1, s2), = [("in", "nested")]
print(s1, s2)

defaults = {"color": "red", "size": 1}
override = {"size": 3, "shape": "circle"}
merged = {**defaults, **override}
print(merged, defaults | override, {**override, **defaults})
combo = [*range(3), *"ab", *(x * x for x in range(3)), *{"k": 0}.keys()]
print(combo)
print((*range(2), *[9]), {*"aab"} == {"a", "b"}, len([*[]]))


def merge(*dicts, **extra):
    out = {}
    for d in dicts:
        out.update(d)
    out.update(extra)
    return out


print(merge(defaults, override, weight=5), merge(), merge(**defaults))


def tail_args(first, *rest, sep=", ", **opts):
    return first + ":" + sep.join(map(str, rest)) + (f" {opts}" if opts else "")


print(tail_args("a"), tail_args("b", 1, 2, 3), tail_args("c", *[4, 5], sep="|"), tail_args(*"def", flag=1))
args = ("x", 10, 20)
kwargs = {"sep": "/"}
print(tail_args(*args, **kwargs))


class Builder:
    def __init__(self, *parts, **attrs):
        self.parts = parts
        self.attrs = attrs

    def extend(self, *more, **attrs):
        return Builder(*self.parts, *more, **{**self.attrs, **attrs})

    def __repr__(self):
        return f"Builder{self.parts}{self.attrs}"


b0 = Builder("a", id=1)
print(b0.extend("b", "c", id=2, cls="x"), b0)

# Unpacking generators and strings into call arguments.
print(max(*(i % 5 for i in range(12))), min(*"hello"), "-".join([*"abc"]))
print("{}{}{}".format(*range(3)), "%s=%s" % (*("k", "v"),))
values = [3, 1, 2]
print(sorted([*values, *values]), [*reversed(values)], sum([*values, 10]))
