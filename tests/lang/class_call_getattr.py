# __call__, __getattr__ fallbacks, getattr/setattr/hasattr with user classes.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, *more, scale=1):
        return (x * self.k + sum(more)) * scale


double = Multiplier(2)
print(double(5), double(5, 1, 1), double(1, scale=10), callable(double), callable(Multiplier))
print(list(map(Multiplier(3), [1, 2, 3])), sorted([3, 1, 2], key=Multiplier(-1)))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


c = Counter()
c()
c()
print(c(), c.calls, callable(c), callable(5), callable(print), callable(lambda: 0))
try:
    number = 5
    number()
except TypeError as e:
    print("TypeError:", e)
try:
    Counter()(1)
except TypeError as e:
    print("TypeError:", e)


# __getattr__ runs only when normal lookup fails.
class Record:
    kind = "record"

    def __init__(self, **fields):
        self._fields = fields

    def __getattr__(self, name):
        print(f"  __getattr__({name!r})")
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            return self._fields[name]
        except KeyError:
            raise AttributeError(f"no field {name!r}") from None


rec = Record(name="ada", year=1815)
print(rec.name, rec.year)
print(rec.kind)
rec.extra = "direct"
print(rec.extra)
print(getattr(rec, "missing", "default"))
print(hasattr(rec, "year"), hasattr(rec, "nope"))
try:
    rec.nope
except AttributeError as e:
    print("AttributeError:", e)


# Proxy that forwards to a wrapped object.
class LoggingProxy:
    def __init__(self, target):
        self._target = target
        self._log = []

    def __getattr__(self, name):
        self._log.append(name)
        return getattr(self._target, name)


lst = LoggingProxy([3, 1, 2])
lst.append(0)
lst.sort()
print(lst._target, lst._log, lst.count(1))
try:
    lst.nonexistent
except AttributeError as e:
    print("AttributeError:", e)


# setattr/getattr with computed names.
class Settings:
    pass


s = Settings()
for i, name in enumerate(["alpha", "beta", "gamma"]):
    setattr(s, name, i * i)
print([getattr(s, n) for n in ["alpha", "beta", "gamma"]], sorted(vars(s).items()))
try:
    getattr(s, "delta")
except AttributeError as e:
    print("AttributeError:", e)
try:
    getattr(s, 5)
except TypeError as e:
    print("TypeError:", e)


# Class-level __call__ makes instances callable; calling the class makes instances.
class Factory:
    created = 0

    def __init__(self, label):
        Factory.created += 1
        self.label = label

    def __call__(self, suffix):
        return Factory(self.label + suffix)


f = Factory("a")("b")("c")
print(f.label, Factory.created)


# A dispatcher using getattr on self.
class Calculator:
    def op_add(self, a, b):
        return a + b

    def op_mul(self, a, b):
        return a * b

    def run(self, program):
        out = []
        for name, a, b in program:
            handler = getattr(self, "op_" + name, None)
            out.append(handler(a, b) if handler else f"unknown op {name}")
        return out


print(Calculator().run([("add", 2, 3), ("mul", 4, 5), ("pow", 2, 8)]))

# __getattr__ is not used for special method lookup by operators.
class Dynamic:
    def __getattr__(self, name):
        return lambda *a: f"dynamic {name}"


dyn = Dynamic()
print(dyn.__len__(), dyn.anything())
try:
    len(dyn)
except TypeError as e:
    print("TypeError:", e)
