# sys.getrefcount counts the argument's own reference, as CPython does.
import sys
a = []
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
def f(x):
    return sys.getrefcount(x)
print(f(a))
print(sys.getrefcount(object()))
l = [a, a]
print(sys.getrefcount(a))
