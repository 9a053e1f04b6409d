"""Temporary files and directories (Gilt's tempfile).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.

Offers ``gettempdir``/``gettempdirb`` (``TMPDIR``, ``TEMP``, ``TMP``, then ``/tmp``,
``/var/tmp``, ``/usr/tmp`` and the current directory, each tried by writing a file; the
answer is kept in ``tempdir``), ``gettempprefix``/``gettempprefixb``, ``template``
(``'tmp'``), ``TMP_MAX``, ``mkstemp`` (``suffix``, ``prefix``, ``dir``, ``text``; returns
an open descriptor and the absolute path), ``mkdtemp`` (mode 0o700), ``mktemp``,
``NamedTemporaryFile`` (``mode`` 'w+b' by default, ``buffering``, ``encoding``,
``newline``, ``suffix``, ``prefix``, ``dir``, ``delete``, ``errors``; ``.name``,
``.file``, ``.delete``, the file's methods, iteration, context manager; closing deletes
the file when ``delete`` is true), ``TemporaryFile`` (a file whose name is removed at
once), ``SpooledTemporaryFile`` (in memory until ``max_size`` or ``fileno()``, then a
``TemporaryFile``; ``rollover``, ``_rolled``) and ``TemporaryDirectory`` (``name``,
``cleanup``, ``ignore_cleanup_errors``, context manager returning the name, removed when
the object dies). Names are 8 random characters from
``abcdefghijklmnopqrstuvwxyz0123456789_``; str and bytes arguments as in CPython
(mixing them is a TypeError).

Differences from CPython: where ``os.open`` is missing the files are made with
``open(name, 'xb')`` (so their permissions follow the umask rather than 0o600), and
``mkstemp``'s descriptor belongs to a file object the module keeps open (no ``os.close``
is needed or available). ``TemporaryFile().name`` is the (removed) path, not the
descriptor number. ``SpooledTemporaryFile`` in text mode keeps its data in a ``StringIO``,
so before rollover ``tell()`` and the ``max_size`` test count characters rather than
encoded bytes, and ``encoding`` is the requested encoding or ``'UTF-8'``. No
``__class_getitem__``.
"""

import os as _os
import sys as _sys
import io as _io

__all__ = [
    "NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile", "TemporaryDirectory",
    "mkstemp", "mkdtemp", "mktemp", "TMP_MAX", "gettempprefix", "tempdir",
    "gettempdir", "gettempprefixb", "gettempdirb",
]

if hasattr(_os, 'TMP_MAX'):
    TMP_MAX = _os.TMP_MAX
elif _sys.platform.startswith('linux'):
    TMP_MAX = 238328
else:
    TMP_MAX = 10000

template = "tmp"
tempdir = None

_HAVE_OS_OPEN = hasattr(_os, 'open') and hasattr(_os, 'O_EXCL')
if _HAVE_OS_OPEN:
    _bin_openflags = _os.O_RDWR | _os.O_CREAT | _os.O_EXCL
    if hasattr(_os, 'O_NOFOLLOW'):
        _bin_openflags |= _os.O_NOFOLLOW
    if hasattr(_os, 'O_BINARY'):
        _bin_openflags |= _os.O_BINARY
    _text_openflags = _bin_openflags

# mkstemp's files when there is no os.open: their descriptors must stay open.
_held_files = []

_EEXIST = 17
_ENOENT = 2


def _fsencode(s):
    return s.encode('utf-8', 'surrogateescape')


def _fsdecode(b):
    return b.decode('utf-8', 'surrogateescape')


def _join(dir, name):
    if isinstance(name, bytes):
        if isinstance(dir, str) or hasattr(dir, '__fspath__'):
            dir = _os.fspath(dir)
        if not dir or dir.endswith(b'/'):
            return dir + name
        return dir + b'/' + name
    return _os.path.join(dir, name)


def _abspath(path):
    if isinstance(path, bytes):
        return _fsencode(_os.path.abspath(_fsdecode(path)))
    return _os.path.abspath(path)


def _excl_create(file):
    """Creates file, which must not exist, and returns it open for writing bytes.
    FileExistsError if it exists."""
    if isinstance(file, bytes):
        file = _fsdecode(file)
    try:
        return open(file, 'xb')
    except FileExistsError:
        raise
    except OSError as e:
        if getattr(e, 'errno', None) == _EEXIST:
            raise FileExistsError(_EEXIST, 'File exists', file) from None
        raise


def _infer_return_type(*args):
    """str or bytes, from the arguments that are given (TypeError if they mix)."""
    kind = None
    for arg in args:
        if arg is None:
            continue
        if not isinstance(arg, (str, bytes)) and hasattr(arg, '__fspath__'):
            arg = _os.fspath(arg)
        if isinstance(arg, bytes):
            if kind is str:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            kind = bytes
        else:
            if kind is bytes:
                raise TypeError("Can't mix bytes and non-bytes in path components.")
            kind = str
    if kind is None:
        if tempdir is None or isinstance(tempdir, str):
            return str
        return bytes
    return kind


def _sanitize_params(prefix, suffix, dir):
    output_type = _infer_return_type(prefix, suffix, dir)
    if suffix is None:
        suffix = output_type()
    if prefix is None:
        prefix = template if output_type is str else _fsencode(template)
    if dir is None:
        dir = gettempdir() if output_type is str else gettempdirb()
    return prefix, suffix, dir, output_type


class _RandomNameSequence:
    """An endless iterator of random 8-character names (a new generator after a fork)."""

    characters = "abcdefghijklmnopqrstuvwxyz0123456789_"

    @property
    def rng(self):
        pid = _os.getpid()
        if pid != getattr(self, '_rng_pid', None):
            import random
            self._rng = random.Random()
            self._rng_pid = pid
        return self._rng

    def __iter__(self):
        return self

    def __next__(self):
        return ''.join(self.rng.choices(self.characters, k=8))


def _candidate_tempdir_list():
    """The directories gettempdir tries, in order."""
    dirlist = []
    for envname in ('TMPDIR', 'TEMP', 'TMP'):
        dirname = _os.getenv(envname)
        if dirname:
            dirlist.append(dirname)
    if _os.name == 'nt':
        dirlist.extend([_os.path.expanduser(r'~\AppData\Local\Temp'),
                        _os.path.expandvars(r'%SYSTEMROOT%\Temp'),
                        r'c:\temp', r'c:\tmp', r'\temp', r'\tmp'])
    else:
        dirlist.extend(['/tmp', '/var/tmp', '/usr/tmp'])
    try:
        dirlist.append(_os.getcwd())
    except (AttributeError, OSError):
        dirlist.append(_os.curdir)
    return dirlist


def _get_default_tempdir():
    """The first candidate directory a file can be written in."""
    namer = _RandomNameSequence()
    dirlist = _candidate_tempdir_list()
    for dir in dirlist:
        if dir != _os.curdir:
            dir = _os.path.abspath(dir)
        for seq in range(100):
            filename = _os.path.join(dir, next(namer))
            try:
                if _HAVE_OS_OPEN:
                    fd = _os.open(filename, _bin_openflags, 0o600)
                    try:
                        try:
                            _os.write(fd, b'blat')
                        finally:
                            _os.close(fd)
                    finally:
                        _os.unlink(filename)
                else:
                    f = _excl_create(filename)
                    try:
                        try:
                            f.write(b'blat')
                        finally:
                            f.close()
                    finally:
                        _os.unlink(filename)
                return dir
            except FileExistsError:
                pass
            except OSError:
                break
    raise FileNotFoundError(_ENOENT, "No usable temporary directory found in %s"
                            % dirlist)


_name_sequence = None


def _get_candidate_names():
    """The module's shared _RandomNameSequence."""
    global _name_sequence
    if _name_sequence is None:
        _name_sequence = _RandomNameSequence()
    return _name_sequence


def _new_file(dir, pre, suf, output_type):
    """Creates a new file with a random name in dir; returns (fd or None, path). The fd is
    None when os.open is missing (the file is then created and closed)."""
    dir = _abspath(dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _fsencode(name)
        file = _join(dir, pre + name + suf)
        try:
            if _HAVE_OS_OPEN:
                return _os.open(file, _bin_openflags, 0o600), file
            _excl_create(file).close()
            return None, file
        except FileExistsError:
            continue
        except PermissionError:
            if (_os.name == 'nt' and _os.path.isdir(dir)
                    and _os.access(dir, _os.W_OK)):
                continue
            raise
    raise FileExistsError(_EEXIST, "No usable temporary file name found")


def gettempprefix():
    """The default prefix of temporary names ('tmp')."""
    return _fsdecode(template) if isinstance(template, bytes) else template


def gettempprefixb():
    """gettempprefix() as bytes."""
    return _fsencode(template) if isinstance(template, str) else template


def _gettempdir():
    global tempdir
    if tempdir is None:
        tempdir = _get_default_tempdir()
    return tempdir


def gettempdir():
    """The directory temporary files go in by default."""
    d = _gettempdir()
    return _fsdecode(d) if isinstance(d, bytes) else d


def gettempdirb():
    """gettempdir() as bytes."""
    d = _gettempdir()
    return _fsencode(d) if isinstance(d, str) else d


def mkstemp(suffix=None, prefix=None, dir=None, text=False):
    """Creates a new file readable and writable only by its owner; returns (fd, absolute
    path). The caller must remove it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    dir = _abspath(dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _fsencode(name)
        file = _join(dir, prefix + name + suffix)
        try:
            if _HAVE_OS_OPEN:
                return _os.open(file, _bin_openflags, 0o600), file
            f = _excl_create(file)
        except FileExistsError:
            continue
        except PermissionError:
            if (_os.name == 'nt' and _os.path.isdir(dir)
                    and _os.access(dir, _os.W_OK)):
                continue
            raise
        _held_files.append(f)
        return f.fileno(), file
    raise FileExistsError(_EEXIST, "No usable temporary file name found")


def mkdtemp(suffix=None, prefix=None, dir=None):
    """Creates a new directory only its owner may use; returns its path. The caller must
    remove it."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        name = next(names)
        if output_type is bytes:
            name = _fsencode(name)
        file = _join(dir, prefix + name + suffix)
        try:
            _os.mkdir(_fsdecode(file) if output_type is bytes else file, 0o700)
        except FileExistsError:
            continue
        except PermissionError:
            if (_os.name == 'nt' and _os.path.isdir(dir)
                    and _os.access(dir, _os.W_OK)):
                continue
            raise
        return file
    raise FileExistsError(_EEXIST, "No usable temporary directory name found")


def mktemp(suffix="", prefix=template, dir=None):
    """A name that did not exist when asked for (unsafe: nothing is created)."""
    if dir is None:
        dir = gettempdir()
    names = _get_candidate_names()
    for seq in range(TMP_MAX):
        file = _os.path.join(dir, prefix + next(names) + suffix)
        if not _os.path.lexists(file):
            return file
    raise FileExistsError(_EEXIST, "No usable temporary filename found")


def _open_new(dir, prefix, suffix, output_type, mode, buffering, encoding, newline,
              errors):
    """Creates a new temporary file and opens it with mode; returns (file, name)."""
    fd, name = _new_file(dir, prefix, suffix, output_type)
    path = _fsdecode(name) if isinstance(name, bytes) else name
    if fd is not None:
        _os.close(fd)
    kw = {}
    if buffering != -1:
        kw['buffering'] = buffering
    if encoding is not None:
        kw['encoding'] = encoding
    if errors is not None:
        kw['errors'] = errors
    if newline is not None:
        kw['newline'] = newline
    try:
        file = open(path, mode.replace('x', 'w'), **kw)
    except BaseException:
        _os.unlink(path)
        raise
    return file, name


class _TemporaryFileCloser:
    """Closes the file and, when asked to, removes it (once; also when collected)."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self.close_called = False

    def close(self, unlink=_os.unlink):
        if not self.close_called and self.file is not None:
            self.close_called = True
            try:
                self.file.close()
            finally:
                if self.delete:
                    unlink(self.name)

    def __del__(self):
        self.close()


class _TemporaryFileWrapper:
    """What NamedTemporaryFile returns: the file's attributes and methods plus .name,
    .file and .delete; closing it removes the file when delete is true."""

    def __init__(self, file, name, delete=True):
        self.file = file
        self.name = name
        self.delete = delete
        self._closer = _TemporaryFileCloser(file, name, delete)

    def __getattr__(self, name):
        return getattr(self.__dict__['file'], name)

    def __enter__(self):
        self.file.__enter__()
        return self

    def __exit__(self, exc, value, tb):
        result = self.file.__exit__(exc, value, tb)
        self.close()
        return result

    def close(self):
        """Closes the file, removing it if delete is true."""
        self._closer.close()

    def __iter__(self):
        for line in self.file:
            yield line


def NamedTemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None,
                       suffix=None, prefix=None, dir=None, delete=True, *, errors=None):
    """A new temporary file with a visible name (.name), removed on close when delete is
    true."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    file, name = _open_new(dir, prefix, suffix, output_type, mode, buffering, encoding,
                           newline, errors)
    return _TemporaryFileWrapper(file, name, delete)


def TemporaryFile(mode='w+b', buffering=-1, encoding=None, newline=None, suffix=None,
                  prefix=None, dir=None, *, errors=None):
    """A new temporary file with no name left in the filesystem."""
    prefix, suffix, dir, output_type = _sanitize_params(prefix, suffix, dir)
    file, name = _open_new(dir, prefix, suffix, output_type, mode, buffering, encoding,
                           newline, errors)
    try:
        _os.unlink(_fsdecode(name) if isinstance(name, bytes) else name)
    except BaseException:
        file.close()
        raise
    return file


class SpooledTemporaryFile:
    """A file kept in memory until it grows past max_size (or fileno() is asked for),
    then moved to a TemporaryFile."""

    _rolled = False

    def __init__(self, max_size=0, mode='w+b', buffering=-1, encoding=None, newline=None,
                 suffix=None, prefix=None, dir=None, *, errors=None):
        if 'b' in mode:
            self._file = _io.BytesIO()
            self._text = False
        else:
            self._file = _io.StringIO(newline=newline)
            self._text = True
        self._encoding = encoding
        self._errors = errors
        self._max_size = max_size
        self._rolled = False
        self._TemporaryFileArgs = {'mode': mode, 'buffering': buffering,
                                   'suffix': suffix, 'prefix': prefix,
                                   'encoding': encoding, 'newline': newline,
                                   'dir': dir, 'errors': errors}

    def _check(self, file):
        if self._rolled:
            return
        max_size = self._max_size
        if max_size and file.tell() > max_size:
            self.rollover()

    def rollover(self):
        """Moves the data to a real temporary file (once)."""
        if self._rolled:
            return
        file = self._file
        newfile = TemporaryFile(**self._TemporaryFileArgs)
        self._file = newfile
        del self._TemporaryFileArgs
        pos = file.tell()
        data = file.getvalue()
        newfile.write(data)
        if pos != len(data):
            newfile.seek(pos, 0)
        self._rolled = True

    def __enter__(self):
        if self._file.closed:
            raise ValueError("Cannot enter context with closed file")
        return self

    def __exit__(self, exc, value, tb):
        self._file.close()

    def __iter__(self):
        return self._file.__iter__()

    def close(self):
        self._file.close()

    @property
    def closed(self):
        return self._file.closed

    @property
    def encoding(self):
        if self._rolled or not self._text:
            return self._file.encoding
        return self._encoding or 'UTF-8'

    @property
    def errors(self):
        if self._rolled or not self._text:
            return self._file.errors
        return self._errors or 'strict'

    def fileno(self):
        self.rollover()
        return self._file.fileno()

    def flush(self):
        self._file.flush()

    def isatty(self):
        return self._file.isatty()

    @property
    def mode(self):
        if self._rolled:
            return self._file.mode
        return self._TemporaryFileArgs['mode']

    @property
    def name(self):
        if self._rolled:
            return self._file.name
        return None

    @property
    def newlines(self):
        return self._file.newlines

    def readable(self):
        return self._file.readable()

    def read(self, *args):
        return self._file.read(*args)

    def read1(self, *args):
        return self._file.read1(*args)

    def readline(self, *args):
        return self._file.readline(*args)

    def readlines(self, *args):
        return self._file.readlines(*args)

    def seekable(self):
        return self._file.seekable()

    def seek(self, *args):
        return self._file.seek(*args)

    def tell(self):
        return self._file.tell()

    def truncate(self, size=None):
        if size is None:
            self._file.truncate()
        else:
            if size > self._max_size:
                self.rollover()
            self._file.truncate(size)

    def writable(self):
        return self._file.writable()

    def write(self, s):
        file = self._file
        rv = file.write(s)
        self._check(file)
        return rv

    def writelines(self, iterable):
        file = self._file
        rv = file.writelines(iterable)
        self._check(file)
        return rv

    def detach(self):
        return self._file.detach()


class TemporaryDirectory:
    """A new temporary directory (.name), removed with its contents by cleanup(), at the
    end of a with block (which gives the name), or when the object dies."""

    def __init__(self, suffix=None, prefix=None, dir=None, ignore_cleanup_errors=False):
        self.name = mkdtemp(suffix, prefix, dir)
        self._ignore_cleanup_errors = ignore_cleanup_errors
        import weakref
        self._finalizer = weakref.finalize(
            self, self._cleanup, self.name,
            warn_message="Implicitly cleaning up {!r}".format(self),
            ignore_errors=self._ignore_cleanup_errors)

    @classmethod
    def _rmtree(cls, name, ignore_errors=False):
        import shutil

        def onerror(func, path, exc_info):
            if issubclass(exc_info[0], PermissionError):
                try:
                    if hasattr(_os, 'chmod'):
                        if path != name:
                            _os.chmod(_os.path.dirname(path), 0o700)
                        _os.chmod(path, 0o700)
                    try:
                        _os.unlink(path)
                    except (IsADirectoryError, PermissionError):
                        cls._rmtree(path, ignore_errors=ignore_errors)
                except FileNotFoundError:
                    pass
            elif issubclass(exc_info[0], FileNotFoundError):
                pass
            elif not ignore_errors:
                raise

        shutil.rmtree(name, onerror=onerror)

    @classmethod
    def _cleanup(cls, name, warn_message, ignore_errors=False):
        cls._rmtree(name, ignore_errors=ignore_errors)
        import warnings
        warnings.warn(warn_message, ResourceWarning)

    def __repr__(self):
        return "<{} {!r}>".format(self.__class__.__name__, self.name)

    def __enter__(self):
        return self.name

    def __exit__(self, exc, value, tb):
        self.cleanup()

    def cleanup(self):
        """Removes the directory and everything in it."""
        if self._finalizer.detach() or _os.path.exists(self.name):
            self._rmtree(self.name, ignore_errors=self._ignore_cleanup_errors)
