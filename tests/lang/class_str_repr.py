# __str__ and __repr__: where each is used, fallbacks, and __format__.
class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "only-str"


class Both:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Both({self.v!r})"

    def __str__(self):
        return f"<{self.v}>"


o, b = OnlyRepr(), Both("hi")
print(o, str(o), repr(o))
print(b, str(b), repr(b))
print([b, o], (b,), {"k": b}, {b.v: [b]})
print(f"{b} {b!r} {b!s} {o}", "%s %r" % (b, b), "{} {!r}".format(b, b))
print(str(OnlyStr()), f"{OnlyStr()}")
print(repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
print(str([OnlyStr()]).startswith("[<__main__.OnlyStr object at "))
print(repr(Both([1, "two"])), str(Both([1, "two"])))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __format__(self, spec):
        if spec == "":
            return str(self)
        if spec == "words":
            return f"{self.cents // 100} dollars and {self.cents % 100} cents"
        return format(self.cents / 100, spec)

    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"


m = Money(12345)
print(f"{m}", f"{m:words}", f"{m:.1f}", f"{m:>10.2f}|", format(m, "words"), format(m))
print("{:words}".format(m), "{0:.3f}".format(m))
try:
    format(Both(1), "x")
except TypeError as e:
    print("TypeError:", e)


# Type reprs and repr of classes, including nested classes.
class Outer:
    class Inner:
        pass


print(repr(Outer), Outer, str(Outer.Inner), type(Outer()))
print(repr(int), repr(type), repr(object), type(None), type(len).__name__)
print(Outer.__name__, Outer.Inner.__name__, Outer.Inner.__qualname__)


# __repr__ with recursion into contained objects.
class Tree:
    def __init__(self, label, kids=()):
        self.label = label
        self.kids = list(kids)

    def __repr__(self):
        if not self.kids:
            return f"Tree({self.label!r})"
        return f"Tree({self.label!r}, {self.kids!r})"


print(Tree("root", [Tree("a"), Tree("b", [Tree("c")])]))

# __str__ returning a non-string is an error.
class BadStr:
    def __str__(self):
        return 42


class BadRepr:
    def __repr__(self):
        return None


for f in [lambda: str(BadStr()), lambda: repr(BadRepr()), lambda: print(BadStr())]:
    try:
        f()
    except TypeError as e:
        print("TypeError:", e)

# Subclass of str/int keeps the value repr unless overridden.
class Name(str):
    def shout(self):
        return self.upper() + "!"


class Code(int):
    def __repr__(self):
        return f"Code({int(self)})"


nm = Name("bob")
print(nm, repr(nm), nm.shout(), nm + "by", len(nm), isinstance(nm, str))
print(Code(7), repr(Code(7)), Code(7) + 1, [Code(1), Code(2)], str(Code(3)))

# print calls str() on each argument; join requires real strings.
print(Both(1), Both(2), sep=" | ")
try:
    ", ".join([Both(1)])
except TypeError as e:
    print("TypeError:", e)
print(", ".join(str(x) for x in [Both(1), Both(2)]))
