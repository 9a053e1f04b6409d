# Barrier with n parties: no thread starts phase k+1 before every thread has
# finished phase k. Each thread records its phases in a shared log.
import threading

NPARTIES = 5
NPHASES = 4
barrier = threading.Barrier(NPARTIES)
log_lock = threading.Lock()
log = []
indices = {}


def worker(tid):
    for phase in range(NPHASES):
        with log_lock:
            log.append((phase, tid))
        idx = barrier.wait()
        with log_lock:
            indices.setdefault(phase, []).append(idx)


threads = [threading.Thread(target=worker, args=(tid,)) for tid in range(NPARTIES)]
for t in threads:
    t.start()
for t in threads:
    t.join()

phases = [p for p, tid in log]
print("parties", barrier.parties)
print("log length", len(log))
print("phase sequence", phases)
print("phases never overlap", phases == sorted(phases))
for phase in range(NPHASES):
    tids = sorted([tid for p, tid in log if p == phase])
    print("phase", phase, "threads", tids, "indices", sorted(indices[phase]))

# Each thread's private phase order is increasing too.
ok = True
for tid in range(NPARTIES):
    mine = [p for p, t in log if t == tid]
    if mine != list(range(NPHASES)):
        ok = False
print("per-thread order", ok)

# A barrier used for a two-stage computation: stage 2 reads what every
# thread wrote in stage 1.
N = 4
partial = [0] * N
final = [0] * N
b2 = threading.Barrier(N)


def compute(i):
    partial[i] = (i + 1) * 10
    b2.wait()
    final[i] = sum(partial) + i


threads = [threading.Thread(target=compute, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("two-stage", final)

# The same barrier object is reusable: run it again.
threads = [threading.Thread(target=compute, args=(i,)) for i in range(N)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("reused", final)
