# The convoy effect (bpo-7946): an I/O-bound thread next to a CPU-bound one.
# The I/O thread makes many short waits (a 0.2 ms sleep stands for a quick read).
# Each wait lets go of the lock; to go on, the thread must take it back from the CPU-bound
# thread, which keeps it until the switch interval runs out. So each short wait costs about a
# switch interval: alone, the waits take microseconds; next to a busy thread, milliseconds.
# Without a lock (the free-threaded build) the two threads do not wait for each other.
#   gilt examples/lab/convoy.py [--interval SECONDS]
# Try `gilt -X trace=convoy.json ...` and open it in ui.perfetto.dev: each short sleep is
# followed by a long "waiting for the lock".
import sys
import threading
import time
import _lab

OPS = _lab.option("ops", 50)
NAP = _lab.option("nap", 0.0002)
sys.setswitchinterval(_lab.option("interval", 0.005))


def io_thread(out):
    t0 = time.perf_counter()
    for _ in range(OPS):
        time.sleep(NAP)
    out.append((time.perf_counter() - t0) / OPS)


def cpu_thread(stop):
    x = 0
    while not stop:
        for i in range(1000):
            x += i


def latency(with_cpu):
    out, stop = [], []
    busy = threading.Thread(target=cpu_thread, args=(stop,))
    if with_cpu:
        busy.start()
        time.sleep(0.01)  # let it get going
    io = threading.Thread(target=io_thread, args=(out,))
    io.start()
    io.join()
    stop.append(True)
    if with_cpu:
        busy.join()
    return out[0]


alone = latency(False)
beside = latency(True)
print(_lab.lock_line())
print("switch interval %.4f s" % sys.getswitchinterval())
print("a short I/O wait takes %.3f ms alone, %.3f ms next to a CPU-bound thread (%.0fx)"
      % (alone * 1e3, beside * 1e3, beside / alone))
_lab.report(interval=sys.getswitchinterval(), alone_ms=alone * 1e3, beside_ms=beside * 1e3,
            slowdown=beside / alone)
