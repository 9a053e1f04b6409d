# A daemon thread that is still sleeping does not keep the program alive:
# the main thread prints and the program exits at once. A non-daemon thread
# does keep it alive until it finishes, even after the main thread is done.
import threading
import time

def long_nap():
    time.sleep(10)
    print("daemon woke up (must never be printed)")


d = threading.Thread(target=long_nap, daemon=True)
print("daemon flag", d.daemon)
d.start()
print("daemon alive", d.is_alive())

plain = threading.Thread(target=time.sleep, args=(0,))
print("default daemon flag", plain.daemon)
plain.start()
plain.join()

# Threads started by a daemon thread are daemons too.
inherited = []
child_ready = threading.Event()


def parent():
    child = threading.Thread(target=time.sleep, args=(10,))
    inherited.append(child.daemon)
    child.start()
    child_ready.set()


p = threading.Thread(target=parent, daemon=True)
p.start()
child_ready.wait()
print("child of daemon is daemon", inherited)

# A non-daemon thread that finishes after the main thread's last statement.
release = threading.Event()


def finisher():
    release.wait()
    print("non-daemon thread finished after main")


f = threading.Thread(target=finisher)
f.start()
print("main thread done")
release.set()
