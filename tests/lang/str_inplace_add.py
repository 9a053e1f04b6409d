# `s += t` may append in place when nothing else refers to the str: whatever else holds
# the old str must never see it change, and the result must behave like any other str.


def grow(n, piece):
    s = ""
    for i in range(n):
        s += piece
    return s


print(len(grow(1000, "ab")), grow(3, "xy"), grow(12, "é")[5:8], len(grow(12, "é")))

# another name for the old str keeps the old text
s = "start"


def aliasing():
    s = "start-" + str(1)
    t = s
    s += "-more"
    u = s
    s += "!"
    return s, t, u


print(aliasing())

# containers and arguments keep theirs too
def from_list(items):
    s = items[0]
    s += "+tail"
    return s


items = ["head" * 10]
print(from_list(items), items)


def from_argument(s):
    s += " changed"
    return s


arg = "x" * 30
print(from_argument(arg), arg == "x" * 30)

# s += s, and a str used as a dict key before and after growing (its hash changes)
def doubling():
    s = "ab" * 12
    d = {s: 1}
    s += s
    d[s] = 2
    s += "c"
    return len(s), d["ab" * 12], d["ab" * 24], s in d, hash(s) == hash("ab" * 24 + "c")


print(doubling())

# ASCII text made non-ASCII in place, then indexed and sliced by code point
def mixed():
    s = "a" * 25
    s += "ü"
    s += "b" * 3
    return len(s), s[25], s[-4:], s.upper()[20:], s.isascii()


print(mixed())

# a global, a closure's variable, an attribute, a subscript: all the usual results
g = "glob"
g += "al"


def closure():
    c = "cell" * 6

    def inner():
        return c

    c += "ed"
    return inner()


class Box:
    pass


b = Box()
b.text = "attr" * 6
b.text += "ibute"
lst = ["sub" * 8]
lst[0] += "script"
print(g, closure(), b.text, lst)


# a generator growing a str between yields
def pieces():
    s = ""
    for w in ["alpha", "beta", "gamma", "delta", "epsilon"]:
        s += w
        yield s


print(list(pieces()))

# short to long and back through the inline limit
s = "x"
for i in range(30):
    s += str(i % 10)
    if i == 10:
        kept = s
print(s, kept, len(s), len(kept))
