print("{a}-{b}".format_map({"a": 1, "b": 2}))
class D(dict):
    def __missing__(self, k): return k.upper()
print("{x} {y}".format_map(D(y=5)))
e = ValueError(1)
print(e.with_traceback(None) is e)
e.add_note("note one")
print(e.__notes__)
try:
    e.add_note(5)
except TypeError as x:
    print(x)
import types
m = types.ModuleType("mm", "doc")
print(m, m.__name__, m.__doc__)
m.x = 1
print(m.x)
import sys
print(type(sys)("other"))
