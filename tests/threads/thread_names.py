# Thread names and identities: current_thread(), main_thread(), get_ident(),
# ident, active_count() and enumerate().
import threading

main = threading.main_thread()
print("main name", main.name)
print("current is main", threading.current_thread() is main)
print("main ident matches", main.ident == threading.get_ident())
print("main alive", main.is_alive())
print("active at start", threading.active_count())
print("enumerate at start", [t.name for t in threading.enumerate()])

# Default names count up from Thread-1 and mention the target's name.
# Both threads stay alive until their idents have been compared (a finished
# thread's ident may be reused).
hold = threading.Event()


def job():
    hold.wait()


first = threading.Thread(target=job)
second = threading.Thread(target=job)
print("default names", first.name, "|", second.name)
anonymous = threading.Thread()
print("no target", anonymous.name)
print("ident before start", first.ident)
first.start()
second.start()
anonymous.start()
print("ident after start is an int", isinstance(first.ident, int))
print("idents differ", first.ident != second.ident, first.ident != main.ident)
hold.set()
first.join()
second.join()
anonymous.join()

# Inside a thread, current_thread() is the Thread object and get_ident()
# matches its ident; the main thread is still main_thread().
seen = {}
lock = threading.Lock()


def inspect(label):
    me = threading.current_thread()
    with lock:
        seen[label] = (
            me.name,
            me.ident == threading.get_ident(),
            me is not threading.main_thread(),
            threading.main_thread().name,
        )


threads = [threading.Thread(target=inspect, args=("w%d" % i,), name="worker-%d" % i) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
for label in sorted(seen):
    print(label, seen[label])

# The thread object seen from inside is the one started outside.
holder = []


def remember():
    holder.append(threading.current_thread())


t = threading.Thread(target=remember, name="remembered")
t.start()
t.join()
print("same object", holder[0] is t, holder[0].name)

# Renaming a thread.
t.name = "renamed"
print("renamed", t.name)

# active_count() and enumerate() while three threads wait on an event.
go = threading.Event()
started = threading.Semaphore(0)


def parked():
    started.release()
    go.wait()


parked_threads = [threading.Thread(target=parked, name="parked-%d" % i) for i in range(3)]
for t in parked_threads:
    t.start()
for t in parked_threads:
    started.acquire()
print("active while parked", threading.active_count())
print("enumerate while parked", sorted([t.name for t in threading.enumerate()]))
print("all alive", [t.is_alive() for t in parked_threads])
go.set()
for t in parked_threads:
    t.join()
print("alive after join", [t.is_alive() for t in parked_threads])
print("active at end", threading.active_count())
print("enumerate at end", [t.name for t in threading.enumerate()])

# Distinct get_ident() values in concurrently running threads.
idents = []
barrier = threading.Barrier(4)


def record_ident():
    barrier.wait()
    with lock:
        idents.append(threading.get_ident())


threads = [threading.Thread(target=record_ident) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("concurrent idents distinct", len(set(idents)) == 4)
