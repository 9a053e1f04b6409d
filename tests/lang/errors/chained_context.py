# Uncaught exception raised while handling another (implicit chaining).
class Cache:
    def __init__(self):
        self.store = {}

    def lookup(self, key):
        try:
            return self.store[key]
        except KeyError:
            return self.fallback(key)

    def fallback(self, key):
        return len(key) / self.misses_allowed(key)

    def misses_allowed(self, key):
        return 0


c = Cache()
c.store["a"] = 1
print(c.lookup("a"))
print(c.lookup("missing"))
