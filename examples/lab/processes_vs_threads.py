# Claim: "multiprocessing sidesteps the GIL."
# The same CPU-bound work, split N ways: once over N threads, once over N processes
# (multiprocessing.Pool). Each process has its own interpreter and its own lock, so processes
# scale under a GIL where threads cannot; they pay for starting and for sending values.
#   gilt examples/lab/processes_vs_threads.py [--threads N]
import multiprocessing
import time
import _lab

WORK = _lab.option("work", 3_000_000)


def spin(_=None):
    x = 0.0
    for i in range(WORK):
        x = x * 0.5 + i
    return x


def with_processes(n):
    t0 = time.perf_counter()
    with multiprocessing.Pool(n) as pool:
        pool.map(spin, range(n))
    return time.perf_counter() - t0


if __name__ == "__main__":
    n = _lab.THREADS
    t1, tn = _lab.best_of_pair(lambda: _lab.run_threads(1, spin),
                               lambda: _lab.run_threads(n, spin))
    p1, pn = _lab.best_of_pair(lambda: with_processes(1), lambda: with_processes(n))
    print(_lab.lock_line())
    print("%d threads: speedup %.2fx; %d processes: speedup %.2fx (of %d possible)"
          % (n, n * t1 / tn, n, n * p1 / pn, n))
    _lab.report(threads=n, speedup=n * t1 / tn, process_speedup=n * p1 / pn)
