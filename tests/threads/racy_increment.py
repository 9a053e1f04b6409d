# Unsynchronised `x += 1` from several threads. Updates may be lost (the
# read-modify-write is not atomic), but the program must not crash and the
# result must be positive and never more than the number of increments.
import threading

NTHREADS = 4
PER_THREAD = 20000
EXPECTED = NTHREADS * PER_THREAD
x = 0


class Box:
    def __init__(self):
        self.n = 0


box = Box()
cells = [0]
table = {"n": 0}


def bump_global():
    global x
    for i in range(PER_THREAD):
        x += 1


def bump_attr():
    for i in range(PER_THREAD):
        box.n += 1


def bump_item():
    for i in range(PER_THREAD):
        cells[0] += 1
        table["n"] += 1


def bump_closure():
    y = 0

    def inc():
        nonlocal y
        for i in range(PER_THREAD):
            y += 1

    threads = [threading.Thread(target=inc) for i in range(NTHREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return y


for target in [bump_global, bump_attr, bump_item]:
    threads = [threading.Thread(target=target) for i in range(NTHREADS)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

y = bump_closure()
for label, value in [("global", x), ("attribute", box.n), ("list item", cells[0]),
                     ("dict item", table["n"]), ("closure", y)]:
    print(label, 0 < value <= EXPECTED, type(value).__name__)
