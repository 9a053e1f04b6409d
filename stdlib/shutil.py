"""High-level file operations (Gilt's shutil).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.

Offers ``copyfileobj``, ``copyfile`` (``SameFileError``, ``IsADirectoryError``, missing
target directory), ``copymode``, ``copystat``, ``copy``, ``copy2``, ``ignore_patterns``,
``copytree`` (``symlinks``, ``ignore``, ``copy_function``, ``ignore_dangling_symlinks``,
``dirs_exist_ok``; errors gathered into one ``Error``), ``rmtree`` (``ignore_errors``,
``onerror`` called with the failing function, the path and ``sys.exc_info()``), ``move``,
``which`` (``mode``, ``path``), ``get_terminal_size`` (``COLUMNS``/``LINES``, then the
terminal, then the fallback), ``disk_usage`` (only where ``os.statvfs`` exists),
``COPY_BUFSIZE`` and the exceptions ``Error``, ``SameFileError``, ``SpecialFileError``,
``ExecError``, ``ReadError``, ``RegistryError``.

Built on ``os``: ``copymode``/``copystat`` need ``os.stat``/``os.chmod``/``os.utime``;
where those are missing ``copy`` and ``copy2`` copy the contents only (no permission bits
or times). Symbolic links are recreated (``follow_symlinks=False``, ``symlinks=True``,
moving a link) with ``os.readlink``/``os.symlink``. ``which`` tests the execute bit with
``os.access`` where it exists, else accepts any existing non-directory file.
Same-file tests use ``os.stat`` where it exists, else compare resolved paths.
``get_terminal_size`` asks ``os.get_terminal_size`` where it exists and returns an
``os.terminal_size`` (a small stand-in class with ``columns``, ``lines``, indexing,
unpacking and tuple equality where ``os`` has none).

``copyfile`` refuses named pipes (``SpecialFileError``) where ``os.stat`` exists, and
reads the source whole before writing it.

Not offered: ``chown``, the archive functions (``make_archive``, ``unpack_archive`` and
the format registries).
"""

import os
import sys

__all__ = ["copyfileobj", "copyfile", "copymode", "copystat", "copy", "copy2",
           "copytree", "move", "rmtree", "Error", "SpecialFileError", "ExecError",
           "disk_usage", "get_terminal_size", "which", "ignore_patterns",
           "SameFileError", "ReadError", "RegistryError"]

COPY_BUFSIZE = 1024 * 1024 if os.name == 'nt' else 64 * 1024

_open = open


class Error(OSError):
    pass


class SameFileError(Error):
    """Raised when source and destination are the same file."""


class SpecialFileError(OSError):
    """Raised when trying to do a kind of operation (e.g. copying) which is not supported
    on a special file (e.g. a named pipe)"""


class ExecError(OSError):
    """Raised when a command could not be executed"""


class ReadError(OSError):
    """Raised when an archive cannot be read"""


class RegistryError(Exception):
    """Raised when a registry operation with the archiving and unpacking registries
    fails"""


def _fspath(p):
    if p.__class__ is str:
        return p
    return os.fspath(p)


def _not_found(path):
    return FileNotFoundError(2, 'No such file or directory', path)


def copyfileobj(fsrc, fdst, length=0):
    """Copies the data of file-like fsrc to file-like fdst, length bytes at a time."""
    if not length:
        length = COPY_BUFSIZE
    read = fsrc.read
    write = fdst.write
    while True:
        buf = read(length)
        if not buf:
            break
        write(buf)


def _samefile(src, dst):
    if hasattr(os.path, 'samefile'):
        try:
            return os.path.samefile(src, dst)
        except OSError:
            return False
    try:
        s = _fspath(src)
        d = _fspath(dst)
    except TypeError:
        return False
    if not (os.path.exists(s) and os.path.exists(d)):
        return False
    return os.path.realpath(s) == os.path.realpath(d)


def copyfile(src, dst, *, follow_symlinks=True):
    """Copies the contents of file src to file dst (replacing it); returns dst."""
    if _samefile(src, dst):
        raise SameFileError("{!r} and {!r} are the same file".format(src, dst))
    s = _fspath(src)
    d = _fspath(dst)
    if hasattr(os, 'stat'):
        for fn in (src, dst):
            try:
                st = os.stat(fn)
            except OSError:
                continue
            if (st.st_mode & 0o170000) == 0o010000:
                raise SpecialFileError("`%s` is a named pipe" % fn)
    if not follow_symlinks and os.path.islink(s):
        os.symlink(os.readlink(s), d)
        return dst
    with _open(s, 'rb') as fsrc:
        data = fsrc.read()
        try:
            fdst = _open(d, 'wb')
        except IsADirectoryError as e:
            if not os.path.exists(d):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise
        except OSError as e:
            # Where open() reports a directory as a plain OSError.
            if getattr(e, 'errno', None) != 21:
                raise
            if not os.path.exists(d):
                raise FileNotFoundError(f'Directory does not exist: {dst}') from e
            raise IsADirectoryError(21, 'Is a directory', d) from None
        with fdst:
            fdst.write(data)
    return dst


def copymode(src, dst, *, follow_symlinks=True):
    """Copies the permission bits of src to dst."""
    if not follow_symlinks and os.path.islink(src) and os.path.islink(dst):
        if not hasattr(os, 'lchmod'):
            return
        st = os.lstat(src)
        os.lchmod(dst, st.st_mode & 0o7777)
        return
    st = os.stat(src)
    os.chmod(dst, st.st_mode & 0o7777)


def copystat(src, dst, *, follow_symlinks=True):
    """Copies the permission bits, access and modification times of src to dst."""
    follow = follow_symlinks or not (os.path.islink(src) and os.path.islink(dst))
    if follow:
        st = os.stat(src)
    else:
        st = os.stat(src, follow_symlinks=False)
    ns = (st.st_atime_ns, st.st_mtime_ns)
    if follow:
        os.utime(dst, ns=ns)
        os.chmod(dst, st.st_mode & 0o7777)
    else:
        try:
            os.utime(dst, ns=ns, follow_symlinks=False)
        except NotImplementedError:
            pass
        try:
            os.chmod(dst, st.st_mode & 0o7777, follow_symlinks=False)
        except NotImplementedError:
            pass


def _can_copy_mode():
    return hasattr(os, 'stat') and hasattr(os, 'chmod')


def _can_copy_stat():
    return hasattr(os, 'stat') and hasattr(os, 'chmod') and hasattr(os, 'utime')


def copy(src, dst, *, follow_symlinks=True):
    """Copies file src's data and permission bits to dst (a file or a directory to put it
    in); returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(_fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    if _can_copy_mode():
        copymode(src, dst, follow_symlinks=follow_symlinks)
    return dst


def copy2(src, dst, *, follow_symlinks=True):
    """copy() that also copies the times; returns the new file's path."""
    if os.path.isdir(dst):
        dst = os.path.join(dst, os.path.basename(_fspath(src)))
    copyfile(src, dst, follow_symlinks=follow_symlinks)
    if _can_copy_stat():
        copystat(src, dst, follow_symlinks=follow_symlinks)
    return dst


def ignore_patterns(*patterns):
    """An ignore function for copytree: the names matching any of the glob patterns."""
    try:
        from fnmatch import fnmatchcase as match
    except ImportError:
        from pathlib import _fnmatchcase as match

    def _ignore_patterns(path, names):
        ignored = []
        for pattern in patterns:
            for name in names:
                if match(name, pattern):
                    ignored.append(name)
        return set(ignored)
    return _ignore_patterns


def _copytree(names, src, dst, symlinks, ignore, copy_function, ignore_dangling_symlinks,
              dirs_exist_ok):
    if ignore is not None:
        ignored_names = ignore(os.fspath(src), list(names))
    else:
        ignored_names = set()
    os.makedirs(dst, exist_ok=dirs_exist_ok)
    errors = []
    for name in names:
        if name in ignored_names:
            continue
        srcname = os.path.join(src, name)
        dstname = os.path.join(dst, name)
        try:
            if os.path.islink(srcname):
                if symlinks:
                    os.symlink(os.readlink(srcname), dstname)
                    if _can_copy_stat():
                        copystat(srcname, dstname, follow_symlinks=False)
                else:
                    if not os.path.exists(srcname) and ignore_dangling_symlinks:
                        continue
                    if os.path.isdir(srcname):
                        copytree(srcname, dstname, symlinks, ignore, copy_function,
                                 ignore_dangling_symlinks, dirs_exist_ok)
                    else:
                        copy_function(srcname, dstname)
            elif os.path.isdir(srcname):
                copytree(srcname, dstname, symlinks, ignore, copy_function,
                         ignore_dangling_symlinks, dirs_exist_ok)
            else:
                copy_function(srcname, dstname)
        except Error as err:
            errors.extend(err.args[0])
        except OSError as why:
            errors.append((srcname, dstname, str(why)))
    if _can_copy_stat():
        try:
            copystat(src, dst)
        except OSError as why:
            if getattr(why, 'winerror', None) is None:
                errors.append((src, dst, str(why)))
    if errors:
        raise Error(errors)
    return dst


def copytree(src, dst, symlinks=False, ignore=None, copy_function=copy2,
             ignore_dangling_symlinks=False, dirs_exist_ok=False):
    """Copies the directory tree src to dst (which must not exist unless dirs_exist_ok);
    returns dst. Failures are gathered and raised together as Error([(src, dst, why)])."""
    names = os.listdir(src)
    return _copytree(names, src, dst, symlinks, ignore, copy_function,
                     ignore_dangling_symlinks, dirs_exist_ok)


# rmtree reports which function failed; these stand in for the ones os lacks.

def _lstat(path):
    if not os.path.lexists(path):
        raise _not_found(path)


def _open_dir(path):
    if not os.path.exists(path):
        raise _not_found(path)


def _scandir(path):
    return os.listdir(path)


_lstat.__name__ = 'lstat'
_open_dir.__name__ = 'open'
_scandir.__name__ = 'scandir'
_lstat_fn = getattr(os, 'lstat', _lstat)
_open_fn = getattr(os, 'open', _open_dir)
_scandir_fn = getattr(os, 'scandir', _scandir)


def _rmtree_dir(path, names, onerror):
    """Removes the entries names of directory path (not path itself)."""
    for name in names:
        fullname = os.path.join(path, name)
        if os.path.isdir(fullname) and not os.path.islink(fullname):
            try:
                subnames = os.listdir(fullname)
            except OSError as e:
                try:
                    raise _renamed(e, name) from None
                except OSError:
                    onerror(_open_fn, fullname, sys.exc_info())
                continue
            _rmtree_dir(fullname, subnames, onerror)
            try:
                os.rmdir(fullname)
            except OSError as e:
                try:
                    raise _renamed(e, name) from None
                except OSError:
                    onerror(os.rmdir, fullname, sys.exc_info())
        else:
            try:
                os.unlink(fullname)
            except OSError as e:
                try:
                    raise _renamed(e, name) from None
                except OSError:
                    onerror(os.unlink, fullname, sys.exc_info())


def _renamed(e, name):
    """The OSError e as if raised for the file name (CPython removes entries by their
    names relative to their directory)."""
    if e.errno is None:
        return e
    return type(e)(e.errno, e.strerror, name)


def _raise_current(*args):
    raise


def _ignore(*args):
    pass


def rmtree(path, ignore_errors=False, onerror=None, *, dir_fd=None):
    """Removes the directory tree path. Errors are ignored with ignore_errors, passed to
    onerror(function, path, sys.exc_info()) if it is given, else raised."""
    if ignore_errors:
        onerror = _ignore
    elif onerror is None:
        onerror = _raise_current
    if dir_fd is not None:
        raise NotImplementedError("dir_fd unavailable on this platform")
    p = _fspath(path)
    try:
        if not os.path.lexists(p):
            raise _not_found(p)
    except OSError:
        onerror(_lstat_fn, path, sys.exc_info())
        return
    if os.path.islink(p):
        try:
            if not os.path.exists(p):
                raise _not_found(p)
        except OSError:
            onerror(_open_fn, path, sys.exc_info())
            return
        try:
            raise OSError("Cannot call rmtree on a symbolic link")
        except OSError:
            onerror(os.path.islink, path, sys.exc_info())
        return
    if not os.path.isdir(p):
        try:
            raise NotADirectoryError(20, 'Not a directory', p)
        except OSError:
            onerror(_scandir_fn, path, sys.exc_info())
        try:
            os.rmdir(p)
        except OSError:
            onerror(os.rmdir, path, sys.exc_info())
        return
    try:
        names = os.listdir(p)
    except OSError:
        onerror(_scandir_fn, path, sys.exc_info())
    else:
        _rmtree_dir(p, names, onerror)
    try:
        os.rmdir(p)
    except OSError:
        onerror(os.rmdir, path, sys.exc_info())


rmtree.avoids_symlink_attacks = True


def _basename(path):
    path = _fspath(path)
    return os.path.basename(path.rstrip('/'))


def _destinsrc(src, dst):
    src = os.path.abspath(src)
    dst = os.path.abspath(dst)
    if not src.endswith('/'):
        src += '/'
    if not dst.endswith('/'):
        dst += '/'
    return dst.startswith(src)


def move(src, dst, copy_function=copy2):
    """Moves file or directory src to dst (into it, if dst is a directory); copies and
    removes when a rename is impossible. Returns the destination."""
    real_dst = dst
    if os.path.isdir(dst):
        if _samefile(src, dst):
            os.rename(src, dst)
            return
        real_dst = os.path.join(dst, _basename(src))
        if os.path.exists(real_dst):
            raise Error("Destination path '%s' already exists" % real_dst)
    try:
        os.rename(src, real_dst)
    except OSError:
        if os.path.islink(src):
            linkto = os.readlink(src)
            os.symlink(linkto, real_dst)
            os.unlink(src)
        elif os.path.isdir(src):
            if _destinsrc(src, dst):
                raise Error("Cannot move a directory '%s' into itself '%s'."
                            % (src, dst))
            copytree(src, real_dst, copy_function=copy_function, symlinks=True)
            rmtree(src)
        else:
            copy_function(src, real_dst)
            os.unlink(src)
    return real_dst


if hasattr(os, 'statvfs'):
    from collections import namedtuple as _namedtuple
    _ntuple_diskusage = _namedtuple('usage', 'total used free')

    def disk_usage(path):
        """Total, used and free space of the filesystem holding path, in bytes."""
        st = os.statvfs(path)
        free = st.f_bavail * st.f_frsize
        total = st.f_blocks * st.f_frsize
        used = (st.f_blocks - st.f_bfree) * st.f_frsize
        return _ntuple_diskusage(total, used, free)
else:
    __all__.remove("disk_usage")


class _terminal_size:
    """os.terminal_size where os has none: (columns, lines)."""
    __slots__ = ('columns', 'lines')
    n_fields = 2
    n_sequence_fields = 2
    n_unnamed_fields = 0

    def __init__(self, size):
        columns, lines = size
        self.columns = columns
        self.lines = lines

    def __repr__(self):
        return 'os.terminal_size(columns=%r, lines=%r)' % (self.columns, self.lines)

    def __len__(self):
        return 2

    def __getitem__(self, i):
        return (self.columns, self.lines)[i]

    def __iter__(self):
        yield self.columns
        yield self.lines

    def __eq__(self, other):
        if isinstance(other, _terminal_size):
            other = (other.columns, other.lines)
        return (self.columns, self.lines) == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash((self.columns, self.lines))


_terminal_size.__name__ = 'terminal_size'
_terminal_size.__qualname__ = 'terminal_size'
_terminal_size.__module__ = 'os'


def get_terminal_size(fallback=(80, 24)):
    """The terminal's (columns, lines): from $COLUMNS and $LINES, else from the terminal
    on sys.__stdout__, else fallback."""
    make = getattr(os, 'terminal_size', _terminal_size)
    try:
        columns = int(os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    try:
        lines = int(os.environ['LINES'])
    except (KeyError, ValueError):
        lines = 0
    if columns <= 0 or lines <= 0:
        try:
            size = os.get_terminal_size(sys.__stdout__.fileno())
        except (AttributeError, ValueError, OSError):
            size = make(fallback)
        if columns <= 0:
            columns = size.columns or fallback[0]
        if lines <= 0:
            lines = size.lines or fallback[1]
    return make((columns, lines))


def _access_check(fn, mode):
    if not os.path.exists(fn) or os.path.isdir(fn):
        return False
    if hasattr(os, 'access'):
        return os.access(fn, mode)
    return True


def which(cmd, mode=1, path=None):
    """The path of the command cmd found on path (default $PATH), or None. mode is
    os.F_OK | os.X_OK by default."""
    if os.path.dirname(cmd):
        if _access_check(cmd, mode):
            return cmd
        return None
    use_bytes = isinstance(cmd, bytes)
    if path is None:
        path = os.environ.get("PATH", None)
        if path is None:
            try:
                path = os.confstr("CS_PATH")
            except (AttributeError, ValueError):
                path = '/bin:/usr/bin'
    if not path:
        return None
    if use_bytes:
        if isinstance(path, str):
            path = path.encode('utf-8', 'surrogateescape')
        dirs = path.split(b':')
    else:
        if isinstance(path, bytes):
            path = path.decode('utf-8', 'surrogateescape')
        dirs = path.split(':')
    seen = set()
    for dir in dirs:
        if dir not in seen:
            seen.add(dir)
            if use_bytes:
                name = dir + b'/' + cmd if dir and not dir.endswith(b'/') else dir + cmd
            else:
                name = os.path.join(dir, cmd)
            if _access_check(name, mode):
                return name
    return None
