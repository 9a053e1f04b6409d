# list[int] and friends: types.GenericAlias
import types

a = list[int]
print(a, type(a), type(a) is types.GenericAlias)
print(a.__origin__, a.__args__, a.__parameters__)
print(dict[str, list[int]], tuple[int, ...], tuple[()], set[str], frozenset[bytes], type[int])
print(dict[str, int].__args__)
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)))
print(list[int] == list[int], list[int] == list[str], list[int] != list, hash(list[int]) == hash(list[int]))
print({list[int]: 1}[list[int]])
print(list[int].append is list.append)
try:
    isinstance([], list[int])
except TypeError as e:
    print(type(e).__name__, e)
try:
    issubclass(list, list[int])
except TypeError as e:
    print(type(e).__name__, e)

def g(xs: list[int], m: dict[str, tuple[int, str]]) -> list[str] | None:
    return None

print(g([], {}))

class A:
    pass

for bad in (lambda: A[int], lambda: int[str]):
    try:
        bad()
    except TypeError as e:
        print(type(e).__name__, e)

class G:
    def __class_getitem__(cls, item):
        return ("G", item)

print(G[int], G[int, str])

class Sub(list[int]):
    pass

print(Sub.__bases__, Sub.__orig_bases__, Sub([1]))
