# X | Y on classes (PEP 604): types.UnionType
import types

def f(x: int | None = None) -> int | str | None:
    return x

print(f(3), f())
u = int | None
print(u, type(u), type(u) is types.UnionType)
print(u.__args__)
print(int | str | None, (int | str) | (bytes | None))
print(None | int, (None | int).__args__)
print(int | str == str | int, hash(int | str) == hash(str | int))
print(int | int, int | str | int)
print(list[int] | None, None | dict[str, int])
print(isinstance(3, int | str), isinstance(3.0, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(type.__or__(int, str), type.__ror__(int, str))
for bad in (lambda: int | 3, lambda: 3 | int, lambda: int | "str"):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)
print(isinstance(3, int | list[int]), isinstance(3, (str, int | None)))
for bad in (lambda: isinstance("x", int | list[int]), lambda: issubclass(str, int | list[int])):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

class Meta(type):
    def __or__(cls, other):
        return ("meta-or", cls.__name__)
    def __ror__(cls, other):
        return ("meta-ror", cls.__name__)

class K(metaclass=Meta):
    pass

print(K | int, int | K, K | None)

class Plain:
    pass

print(Plain | None, {Plain | None: 1}[None | Plain])
d = {int | str: "a"}
print(d[str | int])
