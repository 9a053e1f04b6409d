# The Gilectomy's lesson: reference counts on a shared object are shared writes.
# N threads call methods of objects and pass them around. In one run each thread has its own
# object; in the other they all use one shared object. Without a lock, every reference to the
# shared object writes its count, and the cores pass that cache line back and forth; objects
# every thread reads often (functions, classes, module globals) are made immortal to avoid it,
# but an ordinary shared instance is not. Under a lock the threads take turns anyway, so the
# two runs cost the same. Ratio = t(shared) / t(private): above 1.0 is contention.
#   gilt examples/lab/refcount_contention.py [--threads N]
import _lab

ROUNDS = _lab.option("rounds", 300_000)


class Box:
    def __init__(self):
        self.value = 1

    def get(self):
        return self.value


def use(box):
    total = 0
    for _ in range(ROUNDS):
        b = box          # a new reference: the count goes up, then down
        total += b.get()
    return total


SHARED = Box()


def private():
    use(Box())


def shared():
    use(SHARED)


n = _lab.THREADS
t_private, t_shared = _lab.best_of_pair(lambda: _lab.run_threads(n, private),
                                       lambda: _lab.run_threads(n, shared))
print(_lab.lock_line())
print("%d threads, each its own object: %.3f s; one shared object: %.3f s (%.2fx)"
      % (n, t_private, t_shared, t_shared / t_private))
_lab.report(threads=n, private=t_private, shared=t_shared, ratio=t_shared / t_private)
