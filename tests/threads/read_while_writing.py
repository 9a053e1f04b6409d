# Readers look into a shared dict and a shared list while one thread writes them.
# Reads of a container many threads share go lock-free in the free-threaded build
# (through a published copy); every read must still see a value that was really
# stored, values of one key must never go backwards, and once the writer is
# joined every reader sees its last write.
import threading

N = 3000
table = {"a": 0, "b": 0}
for i in range(40):
    table["k%d" % i] = i
items = [0] * 16
errors = []
done = threading.Event()


def reader(me):
    last_a = 0
    last_len = len(items)
    seen = 0
    while not done.is_set() or seen < 2000:
        a = table["a"]
        b = table.get("b")
        if a < last_a:
            errors.append((me, "a went back", last_a, a))
        if b is None or b > N:
            errors.append((me, "bad b", b))
        last_a = a
        n = len(items)
        if n < last_len:
            errors.append((me, "list shrank", last_len, n))
        last_len = n
        x = items[n - 1]
        if not isinstance(x, int):
            errors.append((me, "bad item", x))
        if "k7" not in table or table["k39"] != 39:
            errors.append((me, "lost key"))
        seen += 1


def writer():
    for i in range(1, N + 1):
        table["a"] = i
        table["b"] = i
        items.append(i)
        if i % 500 == 0:
            table["new%d" % i] = i
    done.set()


readers = [threading.Thread(target=reader, args=(r,)) for r in range(3)]
for t in readers:
    t.start()
w = threading.Thread(target=writer)
w.start()
w.join()
for t in readers:
    t.join()
print("errors", errors[:3])
print("a", table["a"], "b", table["b"], "len", len(items), "last", items[-1])
print("new keys", sorted(k for k in table if k.startswith("new")))


# After the writer is joined, a reader that had been reading a published copy
# sees the new value at once.
def read_many(out):
    s = 0
    for _ in range(500):
        s += table["k1"]
    out.append(s)


out = []
ts = [threading.Thread(target=read_many, args=(out,)) for _ in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
table["k1"] = 100
t = threading.Thread(target=read_many, args=(out,))
t.start()
t.join()
print("sums", out)
