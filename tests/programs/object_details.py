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
