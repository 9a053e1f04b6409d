# Thread churn: hundreds of short-lived threads, started in waves and all
# joined; every result is stored in its own slot.
import threading

NWAVES = 10
PER_WAVE = 30
slots = [None] * (NWAVES * PER_WAVE)


def square_sum(i):
    total = 0
    for k in range(i % 50):
        total += k * k
    slots[i] = total


for wave in range(NWAVES):
    threads = []
    for j in range(PER_WAVE):
        i = wave * PER_WAVE + j
        threads.append(threading.Thread(target=square_sum, args=(i,)))
    for t in threads:
        t.start()
    for t in threads:
        t.join()

print("filled", slots.count(None) == 0)
print("checksum", sum(slots))
expected = [sum([k * k for k in range(i % 50)]) for i in range(NWAVES * PER_WAVE)]
print("exact", slots == expected)
print("active after churn", threading.active_count())

# Threads that start threads.
tree = []
tlock = threading.Lock()


def spawn(depth, label):
    with tlock:
        tree.append(label)
    if depth == 0:
        return
    kids = [threading.Thread(target=spawn, args=(depth - 1, label + str(k))) for k in range(2)]
    for t in kids:
        t.start()
    for t in kids:
        t.join()


spawn(4, "r")
print("tree size", len(tree))
print("leaves", sorted([x for x in tree if len(x) == 5])[:4], "...")
print("active at end", threading.active_count())
