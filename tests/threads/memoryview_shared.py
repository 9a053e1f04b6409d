# Threads share one bytearray through memoryviews: some write and read it through views
# (items, slices, casts, tobytes, tolist, iteration), one keeps trying to resize it and
# gets BufferError whenever a view exists, others make and release views of it, and of
# each other's slices. A view never holds a pointer into the bytes, so in the
# free-threaded build none of it may crash, and the bytearray's length only changes while
# no view exists.
import threading

N = 1500
shared = bytearray(64)
errors = []
resized = [0]


def writer(me):
    for i in range(N):
        with memoryview(shared) as m:
            n = len(m)
            if n not in (64, 65):
                errors.append((me, "length", n))
            m[i % 64] = me
            m[8:12] = bytes([me] * 4)
            m[::16] = bytes([me] * len(m[::16]))
            if len(m.tobytes()) != n or len(m) != len(shared):
                errors.append((me, "length changed under a view"))


def reader(me):
    for i in range(N):
        m = memoryview(shared)
        part = m[4:20:2]
        if any(not 0 <= x < 256 for x in part):
            errors.append((me, "bad byte"))
        if len(part.tolist()) != 8 or len(bytes(part)) != 8:
            errors.append((me, "bad slice"))
        words = m[:64].cast("I")
        if len(words.tolist()) != 16:
            errors.append((me, "bad cast"))
        part.release()
        del words
        m.release()


def resizer():
    for i in range(N):
        try:
            shared.append(7)
        except BufferError:
            continue
        # the byte goes again once no view is left in the way
        while True:
            try:
                shared.pop()
                resized[0] += 1
                break
            except BufferError:
                pass


threads = [threading.Thread(target=writer, args=(k,)) for k in (1, 2, 3)]
threads += [threading.Thread(target=reader, args=(k,)) for k in (4, 5)]
threads.append(threading.Thread(target=resizer))
for t in threads:
    t.start()
for t in threads:
    t.join()
print("errors", errors[:3])
print("length", len(shared))
print("bytes", all(0 <= x < 8 for x in shared))
shared.append(1)
print("resizable again", len(shared))
