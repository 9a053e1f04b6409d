# Shared by the lab's programs: the command line, timing, and the one line of results the lab
# runner reads. Each program runs alone (`gilt examples/lab/NAME.py`) and prints sentences;
# with `--json` it also prints a last line `LAB {...}` for `cargo run --example lab`.
import sys
import threading
import time

ARGS = sys.argv[1:]


def option(name, default):
    """The value after `--name` on the command line, as the type of `default`."""
    flag = "--" + name
    if flag in ARGS:
        i = ARGS.index(flag)
        if i + 1 < len(ARGS):
            return type(default)(ARGS[i + 1])
    return default


THREADS = option("threads", 2)
JSON = "--json" in ARGS


def gil_enabled():
    return getattr(sys, "_is_gil_enabled", lambda: True)()


def implementation():
    if "Gilt" in sys.version:
        return "gilt " + ("GIL build" if "GIL build" in sys.version else "free-threaded build")
    return "python " + sys.version.split()[0]


RUNS = option("runs", 3)


def _lock_totals():
    stats = getattr(sys, "_gil_stats", None)
    if stats is None:
        return None
    held = waited = 0.0
    for t in stats()["threads"]:
        held += t["held"]
        waited += t["waited"]
    return held, waited


class Waits:
    """Adds up the threads' time holding and waiting for the lock over the runs it watches
    (Gilt only: `fraction()` is None elsewhere)."""

    def __init__(self):
        self.held = self.waited = 0.0
        self.known = hasattr(sys, "_gil_stats")

    def fraction(self):
        if not self.known:
            return None
        total = self.held + self.waited
        return self.waited / total if total > 0 else 0.0


def run_threads(n, target, args=(), waits=None):
    """Runs `target(*args)` in `n` threads at once; returns the wall time. `waits`: a
    `Waits` that adds this run's lock times."""
    before = _lock_totals() if waits is not None else None
    threads = [threading.Thread(target=target, args=args) for _ in range(n)]
    t0 = time.perf_counter()
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    elapsed = time.perf_counter() - t0
    if before is not None:
        after = _lock_totals()
        waits.held += after[0] - before[0]
        waits.waited += after[1] - before[1]
    return elapsed


def best_of(f):
    """The smallest of `--runs` results of `f()` (times on a busy machine vary upwards)."""
    return min(f() for _ in range(RUNS))


def best_of_pair(f, g):
    """The smallest of `--runs` results each of `f()` and `g()`, run in turns, so that a
    machine whose speed drifts slows both alike."""
    a, b = [], []
    for _ in range(RUNS):
        a.append(f())
        b.append(g())
    return min(a), min(b)


def speedup(target, waits=None):
    """Times `target` in one thread and in `THREADS` threads at once (each doing all of it),
    in turns; returns (t1, tN, speedup = N * t1 / tN)."""
    n = THREADS
    t1, tn = best_of_pair(lambda: run_threads(1, target),
                         lambda: run_threads(n, target, waits=waits))
    return t1, tn, n * t1 / tn


def show_speedup(t1, tn, note="", **more):
    """Prints and reports what `speedup` measured."""
    n = THREADS
    print(lock_line())
    print("1 thread: %.3f s; %d threads, each doing the same: %.3f s" % (t1, n, tn))
    print("speedup %.2fx of %d possible%s" % (n * t1 / tn, n, note))
    report(t1=t1, tn=tn, threads=n, speedup=n * t1 / tn, **more)


def lock_line():
    return "the lock is %s (%s)" % ("on" if gil_enabled() else "off", implementation())


def report(**values):
    """With --json, prints the results as one JSON line for the lab runner."""
    if not JSON:
        return
    parts = []
    for k, v in values.items():
        if v is None:
            v = "null"
        elif isinstance(v, str):
            v = '"' + v.replace("\\", "\\\\").replace('"', '\\"') + '"'
        elif isinstance(v, bool):
            v = "true" if v else "false"
        elif isinstance(v, float):
            v = "%.6g" % v
        parts.append('"%s": %s' % (k, v))
    print("LAB {" + ", ".join(parts) + "}")
