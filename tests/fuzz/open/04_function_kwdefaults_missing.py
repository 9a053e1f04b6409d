# CPython: {'c': 3} None   Gilt: AttributeError: 'function' object has no attribute '__kwdefaults__'
def f(a, *, c=3): pass
def g(a): pass
print(f.__kwdefaults__, g.__kwdefaults__)
