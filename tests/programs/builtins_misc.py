# isinstance, type, hash, ord/chr, divmod, pow, iter/next, hasattr/getattr/setattr, callable.
values = [0, 1.5, "s", [1], (1,), {"k": 1}, {1}, None, True, range(2), len, lambda: 0]
for v in values:
    print(type(v), isinstance(v, int), isinstance(v, (list, tuple)), callable(v))
print(type(1) == int, type("x") is str, type([]) is not list)
print(type(1).__name__, type(None).__name__, type(1.0).__name__, type({}).__name__)
print(isinstance(True, bool), isinstance(1, bool), isinstance(1.0, (int, float)), isinstance("", (int,)))
print(isinstance(ValueError(), Exception), isinstance({}, dict), isinstance(set(), set))
print(hash(1) == hash(1.0), hash(5), hash(-5), hash(True), hash((1, 2)) == hash((1, 2)))
print(ord("a"), ord("Z"), ord(" "), ord("\n"), chr(48), chr(955), repr(chr(10)))
print("".join([chr(ord(c) + 1) for c in "HAL"]))
print(divmod(17, 5), divmod(-17, 5), divmod(17.5, 5), divmod(0, 3))
print(pow(2, 8), pow(2.0, 3), pow(5, 3, 13), pow(-2, 3), pow(10, -2))
it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, "exhausted"), next(it, None))
try:
    next(it)
except StopIteration:
    print("StopIteration raised")
sit = iter("ab")
print(next(sit), next(sit), next(sit, "-"))
dit = iter({"x": 1, "y": 2})
print(next(dit), list(dit))
rit = iter(range(3))
print(list(rit), list(rit))
print(hasattr([], "append"), hasattr([], "nope"), hasattr("", "upper"), hasattr({}, "items"), hasattr(5, "append"))
app = getattr([1, 2], "append")
lst = [1, 2]
getattr(lst, "append")(3)
print(lst, getattr("abc", "upper")(), getattr(lst, "missing", "fallback"))
try:
    getattr(lst, "missing")
except AttributeError as e:
    print("AttributeError:", e)
try:
    setattr(lst, "attr", 1)
except AttributeError as e:
    print("AttributeError:", e)
print(callable(len), callable("len"), callable(print), callable(int), callable(None))
print(abs(-7), round(7.5), min(3, 1, 2), max([1, 2, 3]))
print(repr("q"), str(5), repr([1, "a"]))
def ident(x):
    return x
print(callable(ident), type(ident).__name__ == "function")
for i in iter([10, 20]):
    print("iterated", i)
