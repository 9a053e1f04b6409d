# Does sleeping release the lock?
# Four threads each sleep 0.5 s. If sleeping releases the GIL they overlap: about 0.5 s in all.
#   gilt examples/threads/sleep_overlap.py
import threading
import time

threads = [threading.Thread(target=time.sleep, args=(0.5,)) for _ in range(4)]
t0 = time.perf_counter()
for t in threads:
    t.start()
for t in threads:
    t.join()
print(f"4 threads sleeping 0.5 s took {time.perf_counter() - t0:.2f} s")
