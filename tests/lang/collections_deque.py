# collections.deque: appends/pops at both ends, rotate, maxlen, repr.
from collections import deque

d = deque()
print(d, len(d), bool(d))
d.append(1)
d.append(2)
d.appendleft(0)
d.appendleft(-1)
print(d, d[0], d[-1], len(d))
print(d.pop(), d.popleft(), d)
d.extend([3, 4])
d.extendleft([9, 8])
print(d)
d.rotate(2)
print("rotate(2):", d)
d.rotate(-3)
print("rotate(-3):", d)
d.rotate(0)
d.rotate(len(d) * 3 + 1)
print("rotate(big):", d)
print(list(d), 3 in d, 99 in d, d.count(3), d.index(3))
d.remove(3)
print(d)
d.reverse()
print(d, list(reversed(d)))
d[1] = "x"
del d[0]
print(d)
d.clear()
print(d)
for action in [d.pop, d.popleft]:
    try:
        action()
    except IndexError as e:
        print("IndexError:", e)

# maxlen discards from the opposite end.
recent = deque(maxlen=3)
for i in range(6):
    recent.append(i)
    print(list(recent), end=" ")
print()
print(recent, recent.maxlen)
recent.appendleft(100)
print(recent)
recent.extend("ab")
print(recent)
print(deque(range(10), 4), deque("hello", maxlen=2))
print(deque([1, 2]).maxlen, deque([], 0))
zero = deque(maxlen=0)
zero.append(1)
print(zero, len(zero))

# Equality and copying.
a = deque([1, 2, 3])
b = deque(a)
b.append(4)
print(a == deque([1, 2, 3]), a == [1, 2, 3], a != b, a, b)
print(a + deque([9]), a * 2, deque(reversed(a)))

# A sliding-window maximum using a deque of indices.
def window_max(xs, k):
    out, q = [], deque()
    for i, x in enumerate(xs):
        while q and xs[q[-1]] <= x:
            q.pop()
        q.append(i)
        if q[0] <= i - k:
            q.popleft()
        if i >= k - 1:
            out.append(xs[q[0]])
    return out


print(window_max([1, 3, -1, -3, 5, 3, 6, 7], 3))


# Breadth-first search with a deque.
graph = {"a": ["b", "c"], "b": ["d"], "c": ["d", "e"], "d": ["f"], "e": ["f"], "f": []}


def bfs(start, goal):
    q = deque([[start]])
    seen = {start}
    while q:
        path = q.popleft()
        if path[-1] == goal:
            return path
        for nxt in graph[path[-1]]:
            if nxt not in seen:
                seen.add(nxt)
                q.append(path + [nxt])
    return None


print(bfs("a", "f"), bfs("e", "a"))

# Round-robin scheduling with rotate.
tasks = deque(["t1", "t2", "t3"])
order = []
for _ in range(7):
    order.append(tasks[0])
    tasks.rotate(-1)
print(order)
print(repr(deque([[1], "s", None])), str(deque((1.5,))))
