import types
print(slice(1, 5) == slice(1, 5), slice(1, 5) != slice(1, 5), slice(1,2) == slice(1,3), slice(1, 2) < slice(1, 3))
r = range(1, 9, 2)
print(r.start, r.stop, r.step, range(5).start)
print(str(UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte')))
try:
    b'\xff'.decode()
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
try:
    'é'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, str(e))
print(str(UnicodeEncodeError('ascii', 'aé', 1, 2, 'ordinal not in range(128)')))
def wf():
    try: yield "w"
    except KeyError:
        yield "c"; raise
it = wf(); next(it)
try: raise KeyError("outer")
except KeyError as exc: print(it.throw(exc))
try:
    it.send(None)
except KeyError as e:
    print("reraised", repr(e))
class E(Exception): pass
e = E(); e.k = 1
print(e.__dict__)
print((lambda: 0).__call__())
@types.coroutine
def sleep0():
    got = yield "tick"
    return got
async def main():
    r = await sleep0()
    return r
c = main()
print(c.send(None))
try:
    c.send(42)
except StopIteration as e:
    print("result", e.value)
def legacy():
    v = yield from sleep0()
    return v
g = legacy()
print(next(g))
try: g.send(7)
except StopIteration as e: print("legacy", e.value)
async def co(): return 1
print(types.coroutine(co) is co)
# many instances of a class with the default hash in one set and one dict
class Node:
    pass
nodes = [Node() for _ in range(20000)]
s = set(nodes)
d = {n: i for i, n in enumerate(nodes)}
print(len(s), len(d), d[nodes[12345]], nodes[19999] in s, Node() in s)
# the singletons' types, property.__get__, __repr__/__str__ returning a str subclass
print(type(...)(), type(NotImplemented)())
for f in [lambda: type(...)(1), lambda: type(NotImplemented)(x=1)]:
    try:
        f()
    except TypeError as e:
        print("TypeError", e)
p = property(lambda s: s * 2)
print(p.__get__(21), p.__get__(None, int) is p)
try:
    property().__get__(1)
except AttributeError as e:
    print("AttributeError", e)
class MyStr(str):
    pass
class Shows:
    def __repr__(self):
        return MyStr("shown")
    def __str__(self):
        return MyStr("told")
print(repr(Shows()), str(Shows()), f"{Shows()!r}")
# code objects' co_names and co_consts
def outer():
    def inner():
        pass
print(outer.__code__.co_names, compile("import blah\ndef foo():\n    pass\n", "<m>", "exec").co_names)
def consts(x):
    print("Constant String", 256, None, (2, 4))
def documented():
    "the doc"
    return 5
print(consts.__code__.co_consts, documented.__code__.co_consts[:2])
# complex numbers' operator methods
print((1 + 2j).__add__(3), complex(2).__pow__(2), (1j).__rmul__(2), (2j).__truediv__(2))
print((1j).__add__("x"), (1j).__radd__(2.5), (1j).__eq__(1), (0j).__bool__(), hasattr(1j, "__floordiv__"))
try:
    complex(-2).__pow__(complex(2000.5))
except OverflowError as e:
    print("OverflowError", e)
# sys.excepthook prints the report to stderr (stdout is compared here)
import sys
try:
    raise ValueError("reported")
except ValueError as e:
    print(sys.excepthook(type(e), e, e.__traceback__), sys.excepthook is sys.__excepthook__)
