# getattr with a default: a surely-missing attribute skips the exception; every other case asks the attribute protocol
class A:
    x = 1
    def __init__(self):
        self.y = 2
class G:
    def __getattr__(self, n):
        return "dyn:" + n
class GA:
    def __getattribute__(self, n):
        if n == "z":
            return 9
        return object.__getattribute__(self, n)
class P:
    @property
    def p(self):
        raise AttributeError("no p")
a = A()
print(getattr(a, "x", 0), getattr(a, "y", 0), getattr(a, "q", "dflt"), getattr(a, "__class__", 0).__name__)
print(getattr(G(), "q", "dflt"), getattr(GA(), "z", 0), getattr(GA(), "w", "d2"), getattr(P(), "p", "d3"))
print(getattr(a, "__dict__", None), getattr(1, "real", 5) if False else getattr(a, "nope", None))
try:
    getattr(a, "q")
except AttributeError as e:
    print(e)
class S:
    __slots__ = ()
print(getattr(S(), "k", "slot-d"))
