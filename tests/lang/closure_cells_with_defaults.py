# Closures whose cells are passed to the function together with positional and
# keyword-only defaults: each value must land in its own place.

def outer(a, b):
    c = a * 10

    def inner(x, y=b, *, z=c + 1):
        return (a, b, c, x, y, z)

    return inner


f = outer(1, 2)
print(f(5))
print(f(5, 6))
print(f(5, z=7))


def counter():
    n = 0
    step = 2

    def bump(k=1, *, twice=False):
        nonlocal n
        n += k * step * (2 if twice else 1)
        return n

    return bump


b = counter()
print(b(), b(3), b(twice=True))


def nest(p):
    def mid(q=p + 1):
        def leaf(r=q * 2, *, s=p):
            return p, q, r, s
        return leaf
    return mid


print(nest(3)()())
print(nest(3)(10)(r=0, s=-1))

adders = [lambda x, i=i, *, k=i * i: (x, i, k) for i in range(3)]
print([g(1) for g in adders])


def shared():
    items = []
    add = lambda v, *, front=False: items.insert(0, v) if front else items.append(v)
    get = lambda: list(items)
    return add, get


add, get = shared()
add(1)
add(2, front=True)
print(get())


class Box:
    size = 4

    def make(self, extra=1):
        s = self

        def total(more=extra, *, scale=Box.size):
            return (s.size + more) * scale

        return total


print(Box().make()(), Box().make(5)(more=0, scale=1))
