# Subclasses of Thread: overriding run(), overriding __init__ (calling the
# base __init__), keeping results on the instance, and extra methods.
import threading


class Summer(threading.Thread):
    def __init__(self, start_value, stop_value):
        super().__init__()
        self.start_value = start_value
        self.stop_value = stop_value
        self.total = None

    def run(self):
        total = 0
        for i in range(self.start_value, self.stop_value):
            total += i
        self.total = total


workers = [Summer(k * 1000, (k + 1) * 1000) for k in range(8)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print("partial sums", [w.total for w in workers])
print("total", sum([w.total for w in workers]), sum(range(8000)))
print("is a Thread", isinstance(workers[0], threading.Thread))


# A subclass that overrides only run(); the constructor arguments of Thread
# (name, daemon) still work.
class Greeter(threading.Thread):
    def run(self):
        self.message = "hello from " + self.name


g = Greeter(name="greeter")
print("daemon", g.daemon)
g.start()
g.join()
print(g.message)


# A subclass with its own name and a helper method called from run().
class Collector(threading.Thread):
    def __init__(self, label, items):
        super().__init__(name="collector-" + label)
        self.items = items
        self.out = []

    def keep(self, x):
        return x % 3 == 0

    def run(self):
        for x in self.items:
            if self.keep(x):
                self.out.append(x * x)


class EvenCollector(Collector):
    def keep(self, x):
        return x % 2 == 0


cs = [Collector("a", range(20)), EvenCollector("b", range(10))]
for c in cs:
    c.start()
for c in cs:
    c.join()
for c in cs:
    print(c.name, c.out)


# A subclass whose run() calls the base run(), which calls the target.
calls = []


class Wrapped(threading.Thread):
    def run(self):
        calls.append("before")
        super().run()
        calls.append("after")


w = Wrapped(target=calls.append, args=("target",))
w.start()
w.join()
print("wrapped", calls)

# current_thread() inside run() is the subclass instance.
class SelfAware(threading.Thread):
    def run(self):
        self.me = threading.current_thread() is self


s = SelfAware()
s.start()
s.join()
print("current_thread is self", s.me)
