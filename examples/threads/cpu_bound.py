# Does CPU-bound threading scale?
# Runs the same pure-Python work once in one thread, then N times in N threads, and prints
# the speedup N*t1/tN. Under a GIL expect about 1.0x; in the free-threaded build about N.
#   gilt examples/threads/cpu_bound.py [N]
import sys
import threading
import time

def work():
    x = 0.0
    for i in range(2_000_000):
        x = x * 0.5 + i
    return x

def timed(nthreads):
    threads = [threading.Thread(target=work) for _ in range(nthreads)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    return time.perf_counter() - t0

n = int(sys.argv[1]) if len(sys.argv) > 1 else 2
t1 = timed(1)
tn = timed(n)
gil = getattr(sys, "_is_gil_enabled", lambda: True)()
print(f"GIL {'on' if gil else 'off'}: 1 thread {t1:.2f}s, {n} threads {tn:.2f}s, speedup {n * t1 / tn:.2f}x")
