# Claim: "CPU-bound threads do not speed up under the GIL."
# The same pure-Python loop runs in one thread, then in N threads at once (each doing the whole
# loop). Speedup = N * t1 / tN: about 1.0 under a lock (the threads take turns; with forced
# switching it can fall below 1.0, Beazley's 2010 result), about N without one.
#   gilt examples/lab/cpu_bound.py [--threads N]
# Try `gilt -X stats ...`: the time each thread waited for the lock is the time it lost.
import _lab

WORK = _lab.option("work", 1_500_000)


def spin():
    x = 0.0
    for i in range(WORK):
        x = x * 0.5 + i
    return x


waits = _lab.Waits()
t1, tn, speedup = _lab.speedup(spin, waits)
fraction = waits.fraction()
note = ""
if fraction is not None:
    note = "; the threads spent %.0f%% of their time waiting for the lock" % (100 * fraction)
_lab.show_speedup(t1, tn, note, wait_fraction=fraction)
