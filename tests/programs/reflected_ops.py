# the reflected method of a right operand goes first only when its class overrides it
class A:
    def __sub__(self, other):
        return "A.__sub__"
    def __rsub__(self, other):
        return "A.__rsub__"

class B(A):
    pass

class C(A):
    def __rsub__(self, other):
        return "C.__rsub__"

print(A() - B(), B() - A(), A() - C(), C() - A(), B() - C())

class Cmp:
    def __eq__(self, other):
        print("Cmp.__eq__", type(self).__name__)
        return NotImplemented
    def __lt__(self, other):
        print("Cmp.__lt__", type(self).__name__)
        return NotImplemented
    def __gt__(self, other):
        print("Cmp.__gt__", type(self).__name__)
        return NotImplemented

class Sub(Cmp):
    pass

print(Cmp() == Sub())
try:
    Cmp() < Sub()
except TypeError as e:
    print(type(e).__name__, e)
