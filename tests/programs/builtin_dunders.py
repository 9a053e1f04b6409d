print((5).__add__(3), (5).__add__(3.0), (5).__radd__(2), int.__add__(5, 3))
print((5).__index__(), (5).__trunc__(), int.__trunc__(7), (2.5).__floor__(), (2.5).__ceil__(), (-2.5).__trunc__())
print(True.__or__(False), True.__and__(1), (2.0).__add__(1), (2.0).__radd__(1))
print({1: 2}.__or__({3: 4}), {1: 2}.__or__([1]))
it = iter([1, 2])
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration as e:
    print("stop", repr(e))
print(str.__rmod__("x", "%s!"), "ab".__mul__(3))
for f in (lambda: "a".__add__(1), lambda: [1].__add__((2,)), lambda: (1,).__add__([2]), lambda: "a".__mul__("b")):
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
print((5).__eq__(5), (5).__eq__(5.0), (5.0).__eq__(5), (1).__lt__(2), [1].__lt__([2]), [1].__eq__((1,)))
print((5).__hash__() == hash(5), "abc".__hash__() == hash("abc"), (1.5).__hash__() == hash(1.5))
print([].__hash__, {}.__hash__, set().__hash__)
class MyInt(int):
    def __add__(self, o):
        return MyInt(super().__add__(o))
    def __repr__(self):
        return f"MyInt({int(self)})"
print(MyInt(3) + 4, MyInt(3).__sub__(1), MyInt(3) - 1)
class L(list):
    def __add__(self, o):
        return L(super().__add__(o))
print(L([1]) + [2], type(L([1]) + [2]).__name__)
print((3).__round__(), (3.567).__round__(2), (3).__float__(), (3.9).__int__(), (-3).__abs__(), (-3).__neg__(), (3).__invert__())
print(format(5, "03d"), (5).__format__("03d"), (1.5).__format__(".3f"), "x".__format__(">3"))
l = [1]
print(l.__iadd__([2, 3]), l, l.__imul__(2))
s = {1}
print(s.__ior__({2}), s.__iand__({2}), s)
print((5).__bool__(), (0.0).__bool__(), (7).__divmod__(2), (7).__rdivmod__(2), (2).__pow__(10), (2).__rpow__(3))
print(sorted(set(dir(int)) & {"__add__", "__index__", "__hash__", "__bool__"}))
print(int.__add__(5, "x"), (1).__lt__("a"), "a".__lt__(1), (2.0).__add__("x"), {1}.__or__([1]))
print(range(3).__eq__(range(3)), range(3).__lt__(range(3)))
import math
print(math.floor(2.5), math.trunc(MyInt(5)), round(MyInt(5)))

class J:
    def __eq__(self, o):
        return o == 1
    def __hash__(self):
        return hash(1)
print({J(): 1}.get(1), 1 in {J(): 2}, {J(): "j"}[1])
d = {J(): "j"}
d[1] = "one"
print(len(d), d.pop(1), len(d))
