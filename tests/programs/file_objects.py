# File objects: buffered reads, seek/tell/truncate, update modes, encodings, newlines,
# path-likes and descriptors, errors, attributes and reprs.
import os

base = "/tmp/gilt_file_objects_%d" % os.getpid()
os.mkdir(base)


def p(name):
    return os.path.join(base, name)


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


with open(p("a"), "wb") as f:
    print(f.write(b"abc\n"), f.write(b"line2\nlast"))

# partial reads keep the rest
f = open(p("a"), "rb")
print(f.read(1), f.read())
f.close()
f = open(p("a"), "rb")
print(f.readline(), f.read(2), f.readline(2), f.readline(), f.readline(), f.read())
f.close()
f = open(p("a"))
print(repr(f.read(2)), repr(f.readline()), f.readlines())
f.close()
with open(p("a")) as f:
    first = next(f)
    print(repr(first), list(f))
with open(p("a"), "rb") as f:
    print(f.readlines(), f.read(), f.read(5))
with open(p("a")) as f:
    print(f.readlines(3))
    print(f.readline(0), repr(f.read(0)))

# seek, tell, truncate
with open(p("a"), "rb") as f:
    print(f.seek(2), f.tell(), f.read(3), f.tell())
    print(f.seek(-2, 2), f.read(), f.seek(1), f.seek(1, 1), f.read(1))
    show(f.seek, -1)
    show(f.seek, 0, 5)
with open(p("a")) as f:
    f.readline()
    pos = f.tell()
    rest = f.read()
    f.seek(pos)
    print(f.read() == rest, f.seek(0, 2) == f.tell())
    show(f.seek, 1, 1)
    show(f.seek, -1, 2)
    print(f.seekable(), f.readable(), f.writable())
    show(f.write, "x")
    show(f.truncate)

with open(p("b"), "w+") as f:
    print(f.write("hello world\n"), f.tell())
    f.seek(0)
    print(repr(f.read()))
    f.seek(6)
    f.write("WORLD")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(5), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(p("b"), "r+") as f:
    print(repr(f.read(2)))
    f.write("XY")
    f.flush()
    f.seek(0)
    print(repr(f.read()))
with open(p("b"), "a+") as f:
    print(f.tell(), repr(f.read()))
    f.write("!!")
    f.seek(0)
    print(repr(f.read()))
with open(p("b"), "rb+") as f:
    print(f.read(1))
    f.write(b"-")
    print(f.read())
    f.seek(0)
    print(f.read())
with open(p("b")) as f:
    show(f.write, "no")
with open(p("b"), "w") as f:
    show(f.read)
    show(f.readline)

# encodings and errors
with open(p("c"), "w", encoding="latin-1") as f:
    print(f.write("caf\xe9 \xff"), f.encoding)
with open(p("c"), "rb") as f:
    print(f.read())
with open(p("c"), encoding="latin-1") as f:
    print(repr(f.read()))
with open(p("c"), encoding="utf-8", errors="replace") as f:
    print(repr(f.read()))
with open(p("c"), encoding="utf-8", errors="ignore") as f:
    print(repr(f.read()))
with open(p("c"), encoding="utf-8", errors="replace") as f:
    print(repr(f.read(4)), repr(f.read(1)), repr(f.read()))
with open(p("c"), encoding="utf-8") as f:
    show(f.read)
with open(p("c"), "w", encoding="ascii") as f:
    show(f.write, "caf\xe9")
with open(p("c"), "w", encoding="ascii", errors="replace") as f:
    f.write("caf\xe9")
with open(p("c"), "rb") as f:
    print(f.read())
with open(p("c"), "w", encoding="utf-8-sig") as f:
    f.write("\u20acuro")
with open(p("c"), "rb") as f:
    print(f.read())
with open(p("c"), encoding="utf-8-sig") as f:
    print(repr(f.read()))
with open(p("c"), encoding="utf-8") as f:
    print(repr(f.read()))
with open(p("c"), "w") as f:
    f.write("\u20ac\xe9x")
with open(p("c")) as f:
    print(repr(f.read(1)), f.tell() > 0, repr(f.read(1)), repr(f.read()))
show(open, p("c"), "r", -1, "nope")

# newlines
with open(p("n"), "wb") as f:
    f.write(b"a\r\nb\rc\nd")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p("n"), newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(p("n"), newline=nl) as f:
        print(repr(nl), repr(f.read()))
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(p("n"), "w", newline=nl) as f:
        f.write("x\ny\r\n")
    with open(p("n"), "rb") as f:
        print(repr(nl), f.read())
show(open, p("n"), "r", -1, None, None, "x")

# paths, descriptors, modes
class P:
    def __init__(self, s):
        self.s = s

    def __fspath__(self):
        return self.s


with open(P(p("a"))) as f:
    print(f.name == p("a"), f.readline())
with open(p("a").encode(), "rb") as f:
    print(f.name == p("a").encode(), f.read(3))
fd = os.open(p("a"), os.O_RDONLY)
with open(fd, "rb") as f:
    print(f.name == fd, f.fileno() == fd, f.read(3))
show(os.read, fd, 1)
fd = os.open(p("a"), os.O_RDONLY)
with open(fd, closefd=False) as f:
    print(f.read(3))
print(os.read(fd, 2))
os.close(fd)
with open(p("a"), opener=lambda path, flags: os.open(path, flags)) as f:
    print(repr(f.read(3)))
show(open, -1)
show(open, 1.5)
show(open, p("a"), "rw")
show(open, p("a"), "rbt")
show(open, p("a"), "rr")
show(open, p("a"), "z")
show(open, p("a"), "rb", -1, "utf-8")
show(open, p("a"), "rb", -1, None, "strict")
show(open, p("a"), "rb", -1, None, None, "")
show(open, p("a"), "r", 0)
show(open, p("a"), "r", -1, None, None, None, False)
show(open, 1, 2, 3, 4, 5, 6, 7, 8, 9)
show(open, p("a"), spam=1)

# exceptions
for args in [(p("a"), "x"), (base,), (p("missing"),), (base, "w")]:
    try:
        open(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename == args[0], e.args)
try:
    open("missing-file-xyz")
except OSError as e:
    print(type(e).__name__, e)

# attributes and reprs
for mode in ["w", "r", "a", "r+", "rb", "wb", "ab", "rb+", "w+b", "a+b", "bw", "+ab", "rt"]:
    with open(p("m"), mode) as f:
        print(mode, repr(f.mode), type(f).__name__, repr(f).replace(p("m"), "M"))
f = open(p("m"), "w", encoding="latin-1")
print(repr(f).replace(p("m"), "M"), f.closed, f.errors)
print(type(f.buffer).__name__, f.buffer.mode)
f.close()
print(f.closed)
for meth in ["read", "write", "readline", "fileno", "tell", "seek", "flush", "readable"]:
    try:
        getattr(f, meth)(*(["x"] if meth == "write" else [0] if meth == "seek" else []))
    except ValueError as e:
        print(meth, type(e).__name__, e)
f.close()
with open(p("m"), "w") as f:
    print(f.fileno() > 2, f.isatty())
    f.writelines(["a", "b\n"])
with open(p("m")) as f:
    print(f.read())

# a file written without close keeps its data once dropped
def write_and_drop():
    g = open(p("d"), "w")
    g.write("kept")


write_and_drop()
with open(p("d")) as f:
    print(f.read())

# threads sharing a file
import threading

with open(p("t"), "w") as f:
    def work(i):
        for _ in range(200):
            f.write("%d\n" % i)
    ts = [threading.Thread(target=work, args=(i,)) for i in range(4)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
with open(p("t")) as f:
    lines = f.readlines()
print(len(lines), sorted(set(lines)))

for name in os.listdir(base):
    os.remove(os.path.join(base, name))
os.rmdir(base)
