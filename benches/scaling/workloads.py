# Workloads for Gilt's thread-scaling benchmark.
#
# Usage: gilt benches/scaling/workloads.py WORKLOAD NTHREADS
#        gilt benches/scaling/workloads.py --list
#
# Starts NTHREADS threads that each run the same workload function once, and
# prints the seconds between starting the first thread and joining the last,
# measured with time.perf_counter(). That number is the only output, so
# process start-up and compilation are not part of the measurement.
#
# Every workload is CPU-bound and touches only private data, or shared data it
# does not modify, so a free-threaded build should run N threads in about the
# time one thread takes. Each returns a checksum; the program exits with an
# error if any thread's checksum differs from the expected value.

import sys
import threading
import time

# One thread of any workload should take about 0.3-0.5 s in CPython 3.11.
SCALE = 1

SHARED_TABLE = {}
for _k in range(64):
    SHARED_TABLE["key%d" % _k] = _k
SHARED_KEYS = ("key3", "key17", "key42", "key63")


def add_one(x):
    return x + 1


class Accumulator:
    def __init__(self):
        self.total = 0

    def add(self, x):
        self.total += x
        return self.total


class Plain:
    def __init__(self, a):
        self.a = a


def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1


# ---------------------------------------------------------------------------
# The workloads: each takes no argument and returns a checksum.


def float_arith():
    # Local float arithmetic: multiply, add, divide.
    x = 1.0
    y = 0.5
    for i in range(6000000 * SCALE):
        x = x * 1.000001 + y
        y = y / 1.0000001
        x = x - y * 0.999
    return int(x) % 1000003


def global_call():
    # Calls a module-level function (a global lookup and a call each time).
    acc = 0
    for i in range(6400000 * SCALE):
        acc = add_one(acc)
    return acc


def method_call():
    # Calls a method of a class shared by all threads, on a private instance.
    obj = Accumulator()
    last = 0
    for i in range(5000000 * SCALE):
        last = obj.add(1)
    return last


def create_instances():
    # Creates instances of a shared class (runs __init__ each time).
    count = 0
    for i in range(2400000 * SCALE):
        p = Plain(i)
        count += p.a & 1
    return count


def create_dicts():
    # Builds small dict displays and reads one entry back.
    total = 0
    for i in range(3300000 * SCALE):
        d = {"a": i, "b": 2, "c": 3}
        total += d["b"]
    return total


def create_closures():
    # Creates a closure over a loop variable and calls it.
    total = 0
    for i in range(2400000 * SCALE):
        def get(k=1):
            return i + k
        total += get() & 1
    return total


def load_string_const():
    # Loads a string constant and compares it.
    hits = 0
    for i in range(8500000 * SCALE):
        if i == "a string constant":
            hits += 3
        else:
            hits += 1
    return hits


def list_append_pop():
    # Appends to and pops from a private list.
    items = [0] * 32
    total = 0
    for i in range(6000000 * SCALE):
        items.append(i)
        total += items.pop() & 3
    return total + len(items)


def generator_iter():
    # Iterates a generator to exhaustion, many times.
    total = 0
    for rep in range(190000 * SCALE):
        for v in count_up(30):
            total += v
    return total


def shared_dict_read():
    # Reads a module-level dict that no thread modifies.
    table = SHARED_TABLE
    total = 0
    for i in range(1900000 * SCALE):
        for k in SHARED_KEYS:
            total += table[k]
    return total


WORKLOADS = {
    "float_arith": float_arith,
    "global_call": global_call,
    "method_call": method_call,
    "create_instances": create_instances,
    "create_dicts": create_dicts,
    "create_closures": create_closures,
    "load_string_const": load_string_const,
    "list_append_pop": list_append_pop,
    "generator_iter": generator_iter,
    "shared_dict_read": shared_dict_read,
}


# Checksums of one run of each workload at SCALE = 1 (not checked at other
# scales, where only agreement between the threads is checked).
EXPECTED = {
    "float_arith": 183548,
    "global_call": 6400000,
    "method_call": 5000000,
    "create_instances": 1200000,
    "create_dicts": 6600000,
    "create_closures": 1200000,
    "load_string_const": 8500000,
    "list_append_pop": 9000032,
    "generator_iter": 82650000,
    "shared_dict_read": 237500000,
}


def run(name, nthreads):
    func = WORKLOADS[name]
    results = [None] * nthreads

    def worker(slot):
        results[slot] = func()

    threads = [threading.Thread(target=worker, args=(k,)) for k in range(nthreads)]
    start = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - start
    # Every thread must have computed the same checksum as a serial run.
    expected = EXPECTED.get(name) if SCALE == 1 else None
    for r in results:
        if r is None or (expected is not None and r != expected) or r != results[0]:
            sys.exit("workload %s: wrong checksum %r (expected %r)" % (name, r, expected))
    return elapsed


def main():
    args = sys.argv[1:]
    if len(args) == 1 and args[0] == "--list":
        for name in WORKLOADS:
            print(name)
        return
    if len(args) != 2 or args[0] not in WORKLOADS:
        sys.exit("usage: workloads.py WORKLOAD NTHREADS | --list\nworkloads: " +
                 " ".join(WORKLOADS))
    nthreads = int(args[1])
    if nthreads < 1:
        sys.exit("NTHREADS must be at least 1")
    print("%.6f" % run(args[0], nthreads))


main()
