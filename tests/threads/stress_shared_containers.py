# Many threads change one list, dict, set and instance at once, repeated over several rounds.
# Operations Python documents as atomic lose nothing (list.append, dict item assignment and
# deletion of distinct keys, set.add, attribute assignment); mixed mutations and reads never
# crash or corrupt, whatever the interleaving. Only counts and invariants are printed.
import threading

THREADS = 6
N = 3000


class Box:
    pass


def worker(k, shared, box, barrier):
    lst, dct, st = shared
    barrier.wait()
    for i in range(N):
        key = k * N + i
        lst.append(key)
        dct[key] = i
        st.add(key)
        setattr(box, "a%d" % (key % 50), key)
        # readers and mixed mutations on the same containers
        if i % 7 == 0:
            len(lst), lst[-1], list(dct.items())[:2], key in st, sorted(st)[:1] if i % 700 == 0 else 0
        if i % 3 == 0:
            del dct[key]
            st.discard(key)
        if i % 11 == 0:
            try:
                lst.pop()
                lst.append(-1)
            except IndexError:
                pass
        if i % 13 == 0:
            try:
                delattr(box, "a%d" % (key % 50))
            except AttributeError:
                pass


for round in range(3):
    lst, dct, st, box = [], {}, set(), Box()
    barrier = threading.Barrier(THREADS)
    threads = [
        threading.Thread(target=worker, args=(k, (lst, dct, st), box, barrier))
        for k in range(THREADS)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    kept = THREADS * sum(1 for i in range(N) if i % 3 != 0)
    print("round", round)
    print("  list length:", len(lst) == THREADS * N)
    print("  list items:", all(isinstance(x, int) for x in lst))
    print("  dict keys kept:", len(dct) == kept, all(dct[k] == k % N for k in dct))
    print("  set members kept:", len(st) == kept, st == set(dct))
    print("  attributes are ints:", all(isinstance(v, int) for v in vars(box).values()))
