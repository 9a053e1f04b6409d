# A module global read in a loop by several threads while others rebind it, each rebinding
# dropping the last reference to the old list. The main thread reads it before any thread
# starts (so its lookups are cached) and again while the writers run: every read must see
# a whole list, never a freed one.
import threading

DATA = [7, 7, 7]


def check(rounds, bad):
    for _ in range(rounds):
        d = DATA
        if not (1 <= len(d) <= 5 and d.count(d[0]) == len(d)):
            bad.append(list(d))


def writer():
    global DATA
    for i in range(20000):
        DATA = [i] * (i % 5 + 1)


bad = []
check(1000, bad)
threads = [threading.Thread(target=writer) for _ in range(2)]
threads += [threading.Thread(target=check, args=(20000, bad)) for _ in range(2)]
for t in threads:
    t.start()
check(20000, bad)
for t in threads:
    t.join()
print("bad reads:", bad)
print("last:", len(DATA), DATA[0] >= 19995)
