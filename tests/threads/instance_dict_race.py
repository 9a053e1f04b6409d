# Threads set, read and delete attributes of shared instances while others take their
# __dict__ (which moves the attributes out of the instance into a dict object). Every
# thread's own attributes must survive whole, whichever moment the dict was taken.
import threading

class Box:
    pass

N = 4
boxes = [Box() for _ in range(8)]
start = threading.Barrier(N + 1)

def writer(t):
    start.wait()
    for r in range(300):
        for b in boxes:
            setattr(b, f"t{t}_{r % 7}", r)
            if r % 5 == 0:
                delattr(b, f"t{t}_{r % 7}")
                setattr(b, f"t{t}_{r % 7}", r)
            getattr(b, f"t{t}_{(r + 3) % 7}", None)

def taker():
    start.wait()
    seen = 0
    for r in range(300):
        for b in boxes:
            seen += len(vars(b)) >= 0
            b.__dict__.get("t0_0")
    return seen

threads = [threading.Thread(target=writer, args=(t,)) for t in range(N)]
threads.append(threading.Thread(target=taker))
for th in threads:
    th.start()
for th in threads:
    th.join()

for b in boxes:
    d = vars(b)
    assert d is b.__dict__
    print(len(d), sorted(set(k.split("_")[0] for k in d)), d["t0_6"], d["t3_0"])
