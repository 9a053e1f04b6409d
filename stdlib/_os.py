"""The parts of ``os`` written in Gilt, copied into the native ``os`` module when it is
built: ``PathLike``, ``scandir`` and ``DirEntry``, ``fsencode``, ``fsdecode``, ``fdopen``.
Functions import ``os`` when called (it does not exist yet while this module runs)."""


class _PathLikeMeta(type):
    # what abc.ABCMeta does with __subclasshook__, for this one class
    def __subclasscheck__(cls, subclass):
        ok = cls.__subclasshook__(subclass)
        if ok is not NotImplemented:
            return ok
        return cls in getattr(subclass, "__mro__", ())

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))


class PathLike(metaclass=_PathLikeMeta):
    """Abstract base class for objects with ``__fspath__``."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return any("__fspath__" in vars(k) for k in subclass.__mro__)
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        return cls


PathLike.__module__ = "os"


def fsencode(filename):
    import os
    filename = os.fspath(filename)
    if isinstance(filename, str):
        return filename.encode("utf-8", "surrogateescape")
    return filename


def fsdecode(filename):
    import os
    filename = os.fspath(filename)
    if isinstance(filename, bytes):
        return filename.decode("utf-8", "surrogateescape")
    return filename


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    return open(fd, mode, buffering, encoding, *args, **kwargs)


class DirEntry:
    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, name, path):
        self.name = name
        self.path = path
        self._stat = None
        self._lstat = None

    def stat(self, *, follow_symlinks=True):
        import os
        if follow_symlinks:
            if self._stat is None:
                self._stat = os.stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = os.lstat(self.path)
        return self._lstat

    def _mode(self, follow_symlinks):
        try:
            return self.stat(follow_symlinks=follow_symlinks).st_mode
        except FileNotFoundError:
            return 0

    def is_dir(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o040000

    def is_file(self, *, follow_symlinks=True):
        return self._mode(follow_symlinks) & 0o170000 == 0o100000

    def is_symlink(self):
        return self._mode(False) & 0o170000 == 0o120000

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)


DirEntry.__module__ = "posix"


class _ScandirIterator:
    def __init__(self, entries):
        self._entries = iter(entries)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._entries)

    def close(self):
        self._entries = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()
        return False


def scandir(path="."):
    import os
    path = os.fspath(path)
    entries = []
    for name in os.listdir(path):
        entries.append(DirEntry(name, os.path.join(path, name)))
    return _ScandirIterator(entries)


EXPORTS = ["PathLike", "fsencode", "fsdecode", "fdopen", "DirEntry", "scandir"]
