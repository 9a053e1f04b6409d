# sys.setswitchinterval / sys.getswitchinterval round trip, and threads
# still produce exact results with a tiny or a large switch interval.
import sys
import threading

# Whether the GIL is on does not change anything this program prints.
gil_enabled = getattr(sys, "_is_gil_enabled", lambda: True)()
print("gil flag is a bool", type(gil_enabled).__name__)

original = sys.getswitchinterval()
print("default", original)
for value in [0.001, 0.0005, 0.01, 0.002, 0.005]:
    sys.setswitchinterval(value)
    print("set", value, "get", sys.getswitchinterval())

for bad in [0, -1, 0.0]:
    try:
        sys.setswitchinterval(bad)
    except ValueError as e:
        print("ValueError:", e)
print("unchanged by errors", sys.getswitchinterval())

lock = threading.Lock()
counter = [0]


def bump():
    for i in range(3000):
        with lock:
            counter[0] += 1


for interval in [0.000001, 0.05]:
    sys.setswitchinterval(interval)
    counter[0] = 0
    threads = [threading.Thread(target=bump) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    print("interval", interval, "counter", counter[0])

# A thread may change the interval; it is process-wide.
seen = []


def changer():
    sys.setswitchinterval(0.002)
    seen.append(sys.getswitchinterval())


t = threading.Thread(target=changer)
t.start()
t.join()
print("set in thread", seen, "seen by main", sys.getswitchinterval())
sys.setswitchinterval(original)
print("restored", sys.getswitchinterval())
