# The heapq module: list-based binary heaps and the selection/merge helpers.
import heapq

def is_heap(h):
    return all(not h[(i - 1) // 2] > h[i] for i in range(1, len(h)))

# Pushing and popping: the exact list layout must match.
h = []
for n in [5, 3, 8, 1, 9, 2, 7, 1, 6, 4, 0, 3]:
    heapq.heappush(h, n)
    print(h)
print(is_heap(h))
out = []
while h:
    out.append(heapq.heappop(h))
    print(h)
print(out)

# heapify in place, then the layout.
for data in [[], [1], [2, 1], [9, 8, 7, 6, 5, 4, 3, 2, 1, 0],
             [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5, 8, 9, 7, 9, 3, 2, 3, 8, 4, 6],
             list("heapsortisfun")]:
    heapq.heapify(data)
    print(data, is_heap(data))

big = [(i * 7919) % 3001 for i in range(3000)]
heapq.heapify(big)
print(big[:20], is_heap(big), sum(big[::37]))
print([heapq.heappop(big) for _ in range(10)], big[:10])

# heapreplace pops first, heappushpop pushes first.
h = [1, 4, 2, 8, 5]
heapq.heapify(h)
print(heapq.heapreplace(h, 10), h)
print(heapq.heapreplace(h, 0), h)
print(heapq.heappushpop(h, -1), h)
print(heapq.heappushpop(h, 6), h)
print(heapq.heappushpop([], 3))

# Equal items with tags: the order of ties is part of the result.
class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return f"{self.name}{self.prio}"

tasks = []
for i, p in enumerate([2, 1, 2, 1, 3, 1, 2, 3, 1, 2]):
    heapq.heappush(tasks, Task(p, "t" + str(i)))
print(tasks)
print([heapq.heappop(tasks) for _ in range(10)])
tasks = [Task(p, chr(97 + i)) for i, p in enumerate([3, 3, 1, 2, 1, 2, 3, 1, 1, 2, 2, 3])]
heapq.heapify(tasks)
print(tasks)
print(heapq.heapreplace(tasks, Task(1, "R")), tasks)
print(heapq.heappushpop(tasks, Task(2, "P")), tasks)

# Priority queue with (priority, count, item) tuples.
pq = []
for count, (prio, job) in enumerate([(3, "write"), (1, "plan"), (2, "test"), (1, "coffee")]):
    heapq.heappush(pq, (prio, count, job))
print([heapq.heappop(pq)[2] for _ in range(len(pq))])

# nlargest / nsmallest, with keys and ties.
nums = [5, 1, 8, 3, 8, 2, 9, 1, 7, 5, 5, 0]
for n in [-2, 0, 1, 2, 3, 5, 12, 20]:
    print(n, heapq.nsmallest(n, nums), heapq.nlargest(n, nums))
    print(n, heapq.nsmallest(n, iter(nums)), heapq.nlargest(n, iter(nums)))
words = ["pear", "fig", "apple", "kiwi", "plum", "date", "banana", "lime", "yam"]
for n in [1, 2, 3, 4, 6]:
    print(heapq.nsmallest(n, words, key=len), heapq.nlargest(n, words, key=len))
    print(heapq.nsmallest(n, iter(words), key=len), heapq.nlargest(n, iter(words), key=len))
ts = [Task(p, chr(65 + i)) for i, p in enumerate([2, 1, 3, 1, 2, 3, 1, 2, 3, 1])]
for n in [1, 2, 3, 4, 5, 7, 10]:
    print(n, heapq.nsmallest(n, iter(ts)), heapq.nlargest(n, iter(ts)))
    print(n, heapq.nsmallest(n, ts, key=lambda t: t.prio), heapq.nlargest(n, ts, key=lambda t: -t.prio))
print(heapq.nsmallest(3, []), heapq.nlargest(3, iter([])), heapq.nlargest(1, []))
print(heapq.nsmallest(2, {"b": 1, "a": 2, "c": 0}), heapq.nlargest(2, "hello world"))
print(heapq.nsmallest(3, range(100, 0, -7)), heapq.nlargest(3, (x * x % 17 for x in range(50))))

# merge: lazy, stable, with key and reverse.
print(list(heapq.merge([1, 3, 5, 7], [0, 2, 4, 8], [5, 10, 15, 20], [], [25])))
print(list(heapq.merge()), list(heapq.merge([], [])), list(heapq.merge([1, 2])))
a = [Task(1, "a"), Task(2, "a"), Task(2, "a2"), Task(4, "a")]
b = [Task(1, "b"), Task(2, "b"), Task(3, "b")]
c = [Task(2, "c"), Task(4, "c")]
print(list(heapq.merge(a, b, c)))
print(list(heapq.merge(c, b, a)))
print(list(heapq.merge(["dog", "pigeon"], ["cat", "horse", "hippopotamus"], ["ox"], key=len)))
print(list(heapq.merge([9, 7, 7, 1], [8, 7, 2], [10, 0], reverse=True)))
print(list(heapq.merge(["elephant", "cat"], ["giraffe", "dog", "ox"], key=len, reverse=True)))
print(list(heapq.merge(reversed(a), reversed(c), reverse=True)))
g = heapq.merge(iter([1, 4]), iter([2, 3]))
print(next(g), next(g), list(g))
def noisy(name, items):
    for x in items:
        print("  produce", name, x)
        yield x
m = heapq.merge(noisy("L", [1, 5]), noisy("R", [2, 3]))
print("first", next(m))
print("second", next(m))
print("rest", list(m))

# Heap sort via the module.
def heapsort(items):
    h = []
    for x in items:
        heapq.heappush(h, x)
    return [heapq.heappop(h) for _ in range(len(h))]
print(heapsort([31, 41, 59, 26, 53, 58, 97, 93, 23, 84]))

# Errors.
for call in [lambda: heapq.heappush((1,), 2), lambda: heapq.heappop([]),
             lambda: heapq.heappop((1,)), lambda: heapq.heapify((3, 1)),
             lambda: heapq.heapreplace([], 1), lambda: heapq.heappushpop((), 1),
             lambda: heapq.heapreplace("ab", "c"), lambda: heapq.heappush([1], "a"),
             lambda: heapq.heapify([1, "a", 3]), lambda: heapq.nsmallest(2, [1, None, 3]),
             lambda: list(heapq.merge([1], ["x"])), lambda: heapq.nlargest(2, 5)]:
    try:
        call()
    except Exception as e:
        print(type(e).__name__, e)
