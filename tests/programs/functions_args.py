# Defaults, keyword arguments, *args, **kwargs and keyword-only parameters.
def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))

def collect(*args, **kwargs):
    print("args =", args, "kwargs =", kwargs)

collect()
collect(1, 2, 3)
collect(a=1, b="two")
collect(1, "x", key=[1, 2], other=None)
collect(*[4, 5], **{"z": 26})

def mixed(a, b=2, *rest, flag=False, **opts):
    print(a, b, rest, flag, opts)

mixed(1)
mixed(1, 3, 5, 7, flag=True, color="red")
mixed(b=9, a=8)

def kwonly(x, *, scale=1, offset):
    return x * scale + offset

print(kwonly(3, offset=1))
print(kwonly(3, scale=10, offset=2))
try:
    kwonly(3, 4)
except TypeError as e:
    print("TypeError:", e)
try:
    kwonly(3)
except TypeError as e:
    print("TypeError:", e)
try:
    greet()
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", "b", "c", "d")
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", nope=1)
except TypeError as e:
    print("TypeError:", e)
try:
    greet("a", name="b")
except TypeError as e:
    print("TypeError:", e)

def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

print(total(), total(1), total(1, 2, 3), total(*range(10)))

def describe(**info):
    parts = []
    for k in info:
        parts.append(k + "=" + str(info[k]))
    return ", ".join(parts)

print(describe(x=1, y=2, z=3))
print(describe())

def no_return():
    pass

print(no_return())

def multi():
    return 1, "two", [3]

r = multi()
print(r, type(r))
a, b, c = multi()
print(a, b, c)

def apply(f, *args, **kwargs):
    return f(*args, **kwargs)

print(apply(greet, "Eve", greeting="Hey"))
print(apply(max, 3, 9, 2))
print(apply(sorted, [3, 1, 2], reverse=True))

def defaults_expr(n=2 * 3, s="x" * 3):
    return n, s

print(defaults_expr())

def early(n):
    for i in range(n):
        if i * i > n:
            return i
    return -1

print(early(50), early(0))

def recurse_sum(lst):
    if not lst:
        return 0
    return lst[0] + recurse_sum(lst[1:])

print(recurse_sum(list(range(50))))
print(print("inner") is None)
