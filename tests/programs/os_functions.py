# os functions: stat results, descriptors, scandir and DirEntry, permissions, times, links,
# path helpers, and OSError's errno/strerror/filename/args.
import os

base = "/tmp/gilt_os_functions_%d" % os.getpid()
os.mkdir(base)


def p(*names):
    return os.path.join(base, *names)


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


def err(f, *args, **kw):
    try:
        f(*args, **kw)
    except OSError as e:
        fn = e.filename
        if isinstance(fn, str):
            fn = fn.replace(base, "B")
        print(type(e).__name__, e.errno, e.strerror, fn, e.args)


with open(p("f"), "w") as f:
    f.write("hello\n")

# stat
st = os.stat(p("f"))
print(type(st).__name__, len(st), st.st_size, st[6], st.st_mode == st[0], oct(st.st_mode & 0o777 | 0)[:2])
print(isinstance(st.st_mtime, float), isinstance(st[8], int), st.st_mtime_ns // 10**9 == st[8])
print(st.st_nlink, st.st_ino == st[1], st.st_dev == st[2], st.st_uid == st[4], st.st_gid == st[5])
print(repr(st).startswith("os.stat_result(st_mode="), tuple(st)[6])
print(os.stat(p("f")) == os.stat(p("f")))
err(os.stat, p("missing"))
err(os.lstat, p("missing"))
show(os.stat, 1.5)

# descriptors
fd = os.open(p("g"), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
print(os.write(fd, b"abc"), os.write(fd, b"def\n"))
print(os.fstat(fd).st_size)
os.close(fd)
err(os.close, fd)
err(os.fstat, fd)
fd = os.open(p("g"), os.O_RDONLY)
print(os.read(fd, 2), os.read(fd, 100), os.read(fd, 10))
os.close(fd)
err(os.open, p("g"), os.O_CREAT | os.O_EXCL | os.O_WRONLY)
err(os.open, p("nope", "x"), os.O_RDONLY)
fd = os.open(p("g"), os.O_RDWR | os.O_APPEND)
with os.fdopen(fd, "r+") as f:
    print(repr(f.read()), f.write("more\n"))
with open(p("g")) as f:
    print(f.readlines())
show(os.fdopen, "x")
show(os.write, 1.5, b"")
print(os.O_RDONLY, os.O_WRONLY, os.O_RDWR, os.O_CREAT, os.O_EXCL, os.O_TRUNC, os.O_APPEND)
print(os.F_OK, os.R_OK, os.W_OK, os.X_OK)

# scandir
os.mkdir(p("d"))
with open(p("d", "one.txt"), "w"):
    pass
os.mkdir(p("d", "sub"))
os.symlink(p("d", "one.txt"), p("d", "link"))
with os.scandir(p("d")) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path == p("d", e.name), e.is_dir(), e.is_file(), e.is_symlink(),
          e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False),
          e.inode() == os.lstat(e.path).st_ino, e.stat().st_mode == os.stat(e.path).st_mode,
          os.fspath(e) == e.path)
print(sorted(e.name for e in os.scandir(p("d").encode())))
err(os.scandir, p("missing"))
cwd = os.getcwd()
os.chdir(p("d"))
print(sorted((e.name, e.path) for e in os.scandir()))
os.chdir(cwd)

# links
print(os.readlink(p("d", "link")) == p("d", "one.txt"), os.path.islink(p("d", "link")))
print(os.readlink(p("d", "link").encode()) == p("d", "one.txt").encode())
err(os.readlink, p("d", "one.txt"))
err(os.symlink, p("x"), p("d", "link"))
os.link(p("f"), p("hard"))
print(os.stat(p("f")).st_nlink, os.path.samefile(p("f"), p("hard")), os.path.samefile(p("f"), p("g")))
err(os.link, p("missing"), p("hard2"))
print(os.lstat(p("d", "link")).st_mode & 0o170000 == 0o120000, os.stat(p("d", "link")).st_size)
print(os.stat(p("d", "link"), follow_symlinks=False).st_mode & 0o170000 == 0o120000)

# permissions and times
os.chmod(p("g"), 0o600)
print(oct(os.stat(p("g")).st_mode & 0o777), os.access(p("g"), os.R_OK), os.access(p("g"), os.X_OK))
os.chmod(p("g"), 0o755)
print(oct(os.stat(p("g")).st_mode & 0o777), os.access(p("g"), os.X_OK), os.access(p("missing"), os.F_OK))
err(os.chmod, p("missing"), 0o644)
os.utime(p("g"), (1000000000, 1200000000.5))
st = os.stat(p("g"))
print(st.st_atime, st.st_mtime, st[7], st[8], st.st_mtime_ns)
os.utime(p("g"), ns=(5 * 10**9 + 1, 7 * 10**9 + 250))
st = os.stat(p("g"))
print(st.st_atime_ns, st.st_mtime_ns)
show(os.utime, p("g"), (1, 2), ns=(1, 2))
show(os.utime, p("g"), 5)
err(os.utime, p("missing"), None)

# path helpers
print(os.fsencode("abc"), os.fsencode(b"x"), os.fsdecode(b"abc"), os.fsdecode("y"))
print(os.path.join(b"a", b"b", b"/c", b"d"), os.path.join("a", "b"))
show(os.path.join, b"a", "b")
print(os.path.normcase("A/B"), os.path.normcase(b"A"))
print(os.path.ismount("/"), os.path.ismount(base), os.path.ismount(p("missing")))
os.environ["GILT_TEST_VAR"] = "value"
print(os.path.expandvars("$NO_SUCH_VAR_X/${NO_SUCH_VAR_Y}/$/x"))
print(os.path.realpath(p("d", "link")) == p("d", "one.txt"))
print(os.path.realpath(p("missing")) == p("missing"))
err(os.path.realpath, p("missing"), strict=True)


class Pth:
    def __fspath__(self):
        return p("f")


print(os.stat(Pth()).st_size, os.fspath(Pth()) == p("f"))
print(issubclass(Pth, os.PathLike), issubclass(int, os.PathLike), os.PathLike.__name__)

# OSError values
e = OSError(2, "No such file or directory", "x")
print(type(e).__name__, e.args, e.errno, e.strerror, e.filename, e)
err(os.remove, p("missing"))
err(os.rmdir, p("f"))
err(os.mkdir, p("d"))
err(os.rename, p("missing"), p("other"))
err(os.listdir, p("missing"))
try:
    os.remove(p("missing"))
except FileNotFoundError as e:
    print(str(e).replace(base, "B"))

# terminal size type
try:
    ts = os.get_terminal_size(os.open(p("f"), os.O_RDONLY))
except OSError as e:
    print(type(e).__name__, e.errno)

for root in [p("d", "sub")]:
    os.rmdir(root)
for name in ["one.txt", "link"]:
    os.remove(p("d", name))
os.rmdir(p("d"))
for name in os.listdir(base):
    os.remove(p(name))
os.rmdir(base)
print(isinstance(Pth(), os.PathLike), isinstance("s", os.PathLike))


class Sub(os.PathLike):
    def __fspath__(self):
        return "sub"


print(isinstance(Sub(), os.PathLike), os.fspath(Sub()))
