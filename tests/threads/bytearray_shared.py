# Threads change one shared bytearray at once: appends, extends, in-place +=, pops,
# insertions, removals and reversals, while others read it (len, indexing, slicing,
# iteration, searches, comparisons, bytes(), hex()). Every change is
# atomic, so no byte is lost or invented and every read sees a whole state; in the
# free-threaded build none of it may crash or corrupt memory.
import threading

N = 2000
shared = bytearray()
errors = []


def appender(me):
    for i in range(N):
        shared.append(me)
        shared.extend(bytes([me, me]))
        shared.extend([me])


def adder(me):
    global shared
    local = bytearray()
    for i in range(N // 4):
        local += bytes([me])
        shared += bytes([me, me, me, me])


def reader(me):
    seen = 0
    while seen < 400:
        n = len(shared)
        if n:
            x = shared[n // 2] if n // 2 < len(shared) else 0
            if not 0 <= x < 256:
                errors.append((me, "bad byte", x))
        piece = shared[1:40]
        if not isinstance(piece, bytearray) or len(piece) > 39:
            errors.append((me, "bad slice"))
        total = 0
        for c in shared[:64]:
            total += c
        if shared.find(b"\xff") != -1:
            errors.append((me, "invented byte"))
        b = bytes(shared)
        if len(b) > 8 * N * 4 + 100:
            errors.append((me, "too long"))
        shared == b
        shared.hex()
        seen += 1


# 4 writers of 4 bytes per round each, 2 adders of 4 bytes per round each, 3 readers
writers = [threading.Thread(target=appender, args=(k,)) for k in (1, 2, 3, 4)]
adders = [threading.Thread(target=adder, args=(k,)) for k in (5, 6)]
readers = [threading.Thread(target=reader, args=(r,)) for r in range(3)]
for t in writers + adders + readers:
    t.start()
for t in writers + adders + readers:
    t.join()
print("errors", errors[:3])
print("len", len(shared), "expected", 4 * 4 * N + 2 * 4 * (N // 4))
print("counts", sorted((k, shared.count(k)) for k in range(1, 7)))

# Mutators that move bytes about, each step atomic: every byte is still there afterwards,
# none added.
work = bytearray(range(200)) * 10
before = sorted(work)
lock_free_errors = []


def shuffler(me):
    for i in range(400):
        k = (me * 7 + i) % 50
        work.reverse()
        c = work.pop(k)
        work.insert((k * 3) % 40, c)
        tail = [work.pop() for _ in range(5)]
        work.extend(tail)
        work.remove(tail[0])
        work.append(tail[0])
        if work[1:10] == b"":
            lock_free_errors.append((me, "empty slice"))


def scanner(me):
    for i in range(300):
        n = len(work)
        if n < 1980 or n > 2000:
            lock_free_errors.append((me, "length", n))
        if sum(work) > 255 * 2000:
            lock_free_errors.append((me, "sum"))
        work.count(7)
        7 in work
        work.startswith(b"\x00")


ts = [threading.Thread(target=shuffler, args=(k,)) for k in range(3)]
ts += [threading.Thread(target=scanner, args=(k,)) for k in range(2)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("errors", lock_free_errors[:3])
print("same bytes", sorted(work) == before, len(work))
