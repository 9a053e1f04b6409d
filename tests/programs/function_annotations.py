# function __annotations__ and __kwdefaults__
def f(a: int, b: "str" = "x", *args: float, c: list[int] | None = None, d=1, **kw: dict) -> bool:
    return True

print(f.__annotations__)
print(f.__kwdefaults__)
print(f.__defaults__)

def g(x, y=2):
    pass

print(g.__annotations__, g.__kwdefaults__)
g.__annotations__["x"] = int
print(g.__annotations__)
print((lambda q: q).__annotations__)

order = []
def note(v):
    order.append(v)
    return v

def h(p: note("p") = note("default")) -> note("ret"):
    pass

print(order, h.__annotations__)

def outer():
    T = int
    def inner(v: T) -> T:
        return v
    return inner

print(outer().__annotations__)

class C:
    def m(self, x: int) -> "C":
        return self

print(C.m.__annotations__, C().m.__annotations__)
