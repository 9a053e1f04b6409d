# Claim: "I/O and sleep release the GIL, so I/O-bound threads overlap."
# Each thread waits for "I/O" ten times: a sleep, then it writes a file and reads it back.
# N threads doing that at once take about as long as one, under a lock too: a thread lets go
# of the lock while it waits. Speedup = N * t1 / tN, about N in every build.
#   gilt examples/lab/io_bound.py [--threads N]
# Try `gilt -X stats ...`: the `sleep` and `io` columns count the releases.
import os
import threading
import time
import _lab

ROUNDS = 10
NAP = _lab.option("nap", 0.02)
TMP = os.environ.get("TMPDIR", "/tmp")


def wait_for_io():
    path = os.path.join(TMP, "gilt-lab-io-%d-%d.txt" % (os.getpid(), threading.get_ident()))
    for _ in range(ROUNDS):
        time.sleep(NAP)
        with open(path, "w") as f:
            f.write("x" * 65536)
        with open(path) as f:
            f.read()
    os.remove(path)


t1, tn, speedup = _lab.speedup(wait_for_io)
_lab.show_speedup(t1, tn, ": the waits overlap")
