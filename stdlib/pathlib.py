"""Object-oriented filesystem paths (Gilt's pathlib).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.

Offers the pure classes ``PurePath``, ``PurePosixPath`` and ``PureWindowsPath`` (drives,
UNC shares and ``\\\\?\\`` prefixes, case-insensitive comparison, reserved names) and the
concrete ``Path``/``PosixPath`` (``WindowsPath`` exists but, as on CPython under POSIX,
cannot be instantiated). Pure operations: construction from str and ``os.PathLike``
arguments with CPython's normalisation, ``/`` and ``joinpath``, ``parts``, ``drive``,
``root``, ``anchor``, ``parent``, ``parents`` (indexing, negative indices, slices),
``name``, ``suffix``, ``suffixes``, ``stem``, ``with_name``, ``with_stem``,
``with_suffix``, ``relative_to``, ``is_relative_to``, ``is_absolute``, ``is_reserved``,
``match``, ``as_posix``, ``as_uri``, ``__fspath__``, ``__bytes__``, str/repr, equality,
ordering and hashing. ``Path``: ``cwd``, ``home``, ``exists``, ``is_dir``, ``is_file``,
``is_symlink``, ``mkdir`` (``parents``, ``exist_ok``), ``rmdir``, ``unlink``
(``missing_ok``), ``rename``, ``replace``, ``touch``, ``iterdir``, ``glob`` and ``rglob``
(``*``, ``?``, ``[...]``, ``**``, a trailing ``/`` for directories only), ``open``,
``read_text``, ``write_text``, ``read_bytes``, ``write_bytes``, ``absolute``, ``resolve``
(``strict``), ``expanduser``, ``samefile``.

Built on the ``os`` module: ``stat``, ``lstat``, ``chmod``, ``lchmod``, ``readlink``,
``symlink_to``, ``hardlink_to``, ``is_mount`` and ``is_block_device``/``is_char_device``/
``is_fifo``/``is_socket`` call ``os.stat``/``os.lstat``/``os.chmod``/``os.readlink``/
``os.symlink``/``os.link`` and so work where ``os`` has them. ``samefile`` compares
``os.stat`` results where ``os.stat`` exists, else the resolved paths (hard links to one
file then compare unequal). ``touch`` sets the modification time of an existing file
only where ``os.utime`` exists, and gives a new file its ``mode`` only where ``os.open``
exists. ``exists``, ``is_dir``, ``is_file`` and ``is_symlink`` are ``os.path``'s (every
error means False).

Not offered: ``owner``/``group`` (no ``pwd``/``grp``), ``link_to``, ``Path`` as a context
manager (deprecated in 3.11), ``collections.abc.Sequence`` registration of ``parents``.
"""

import os

__all__ = ["PurePath", "PurePosixPath", "PureWindowsPath", "Path", "PosixPath",
           "WindowsPath"]

_open = open

try:
    _BYTES_LIKE = (bytes, bytearray, memoryview)
except NameError:
    _BYTES_LIKE = (bytes,)


# --- shell-style wildcards (fnmatch's, imported when first needed) --------------------

def _is_wildcard(pat):
    return '*' in pat or '?' in pat or '[' in pat


# --- flavours ----------------------------------------------------------------------------

_URL_SAFE = frozenset(b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~/')


def _url_quote(data):
    out = []
    for b in data:
        if b in _URL_SAFE:
            out.append(chr(b))
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


class _PosixFlavour:
    sep = '/'
    altsep = ''
    has_drv = False
    is_supported = os.name != 'nt'

    def parse_parts(self, strs):
        if len(strs) == 1:
            s = strs[0]
            if '/' not in s:
                if s and s != '.':
                    return '', '', [s]
                return '', '', []
            if s[0] != '/':
                parsed = s.split('/')
                if '' in parsed or '.' in parsed:
                    parsed = [x for x in parsed if x and x != '.']
                return '', '', parsed
        root = ''
        parsed = []
        for s in strs:
            if not s:
                continue
            if s[0] == '/':
                rest = s.lstrip('/')
                root = '//' if len(s) - len(rest) == 2 else '/'
                parsed = [root]
                s = rest
            if '/' in s:
                for x in s.split('/'):
                    if x and x != '.':
                        parsed.append(x)
            elif s and s != '.':
                parsed.append(s)
        return '', root, parsed

    def splitroot(self, part):
        if part[:1] == '/':
            rest = part.lstrip('/')
            if len(part) - len(rest) == 2:
                return '', '//', rest
            return '', '/', rest
        return '', '', part

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        if root2:
            return drv2, root2, parts2
        return drv, root, parts + parts2

    def casefold(self, s):
        return s

    def casefold_parts(self, parts):
        return parts

    def is_reserved(self, parts):
        return False

    def make_uri(self, path):
        return 'file://' + _url_quote(str(path).encode('utf-8'))


_WIN_RESERVED = set(['CON', 'PRN', 'AUX', 'NUL', 'CONIN$', 'CONOUT$'])
for _c in '123456789\xb9\xb2\xb3':
    _WIN_RESERVED.add('COM' + _c)
    _WIN_RESERVED.add('LPT' + _c)
del _c
_DRIVE_LETTERS = frozenset('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ')


class _WindowsFlavour:
    sep = '\\'
    altsep = '/'
    has_drv = True
    is_supported = os.name == 'nt'

    def splitroot(self, part):
        """(drive, root, rest) of one component string that uses backslashes only."""
        prefix = ''
        if part[:2] == '\\\\':
            # Extended-length prefix \\?\ and its UNC form \\?\UNC\server\share.
            if part[:4] == '\\\\?\\':
                prefix = part[:4]
                part = part[4:]
                if part[:4] == 'UNC\\':
                    prefix += part[:3]
                    part = '\\' + part[3:]
            if part[:2] == '\\\\' and part[2:3] != '\\':
                # UNC: \\server\share is the drive, if both names are there.
                i = part.find('\\', 2)
                if i >= 0:
                    j = part.find('\\', i + 1)
                    if j != i + 1:
                        if j < 0:
                            j = len(part)
                        if prefix:
                            return prefix + part[1:j], '\\', part[j + 1:]
                        return part[:j], '\\', part[j + 1:]
        drv = ''
        root = ''
        if part[1:2] == ':' and part[:1] in _DRIVE_LETTERS:
            drv = part[:2]
            part = part[2:]
        if part[:1] == '\\':
            root = '\\'
            part = part.lstrip('\\')
        return prefix + drv, root, part

    def parse_parts(self, strs):
        drv = ''
        root = ''
        rels = []
        i = len(strs) - 1
        while i >= 0:
            s = strs[i]
            i -= 1
            if not s:
                continue
            d, r, rel = self.splitroot(s.replace('/', '\\'))
            rels.append(rel)
            if d or r:
                drv = d
                root = r
                if not d:
                    # A root without a drive takes the drive of an earlier argument.
                    while i >= 0:
                        s = strs[i]
                        i -= 1
                        if s:
                            d = self.splitroot(s.replace('/', '\\'))[0]
                            if d:
                                drv = d
                                break
                break
        parsed = [drv + root] if (drv or root) else []
        k = len(rels) - 1
        while k >= 0:
            for x in rels[k].split('\\'):
                if x and x != '.':
                    parsed.append(x)
            k -= 1
        return drv, root, parsed

    def join_parsed_parts(self, drv, root, parts, drv2, root2, parts2):
        if root2:
            if not drv2 and drv:
                return drv, root2, [drv + root2] + parts2[1:]
        elif drv2:
            if drv2 == drv or drv2.lower() == drv.lower():
                return drv, root, parts + parts2[1:]
        else:
            return drv, root, parts + parts2
        return drv2, root2, parts2

    def casefold(self, s):
        return s.lower()

    def casefold_parts(self, parts):
        return [p.lower() for p in parts]

    def is_reserved(self, parts):
        if not parts:
            return False
        if parts[0].startswith('\\\\'):
            return False
        name = parts[-1].partition('.')[0].partition(':')[0].rstrip(' ')
        return name.upper() in _WIN_RESERVED

    def make_uri(self, path):
        drive = path.drive
        if len(drive) == 2 and drive[1] == ':':
            rest = path.as_posix()[2:].lstrip('/')
            return 'file:///%s/%s' % (drive, _url_quote(rest.encode('utf-8')))
        return 'file:' + _url_quote(path.as_posix().encode('utf-8'))


_posix_flavour = _PosixFlavour()
_windows_flavour = _WindowsFlavour()


# --- pure paths --------------------------------------------------------------------------

def _arg_strings(args):
    """The component strings of constructor arguments (paths give their parts)."""
    if len(args) == 1 and args[0].__class__ is str:
        return args
    strs = []
    for a in args:
        if a.__class__ is str:
            strs.append(a)
        elif isinstance(a, PurePath):
            strs.extend(a._parts)
        else:
            a = os.fspath(a)
            if isinstance(a, str):
                strs.append(str(a))
            else:
                raise TypeError("argument should be a str object or an os.PathLike "
                                "object returning str, not %r" % (type(a),))
    return strs


class _PathParents:
    """The sequence of a path's ancestors: p.parents[0] is p.parent."""
    __slots__ = ('_pathcls', '_drv', '_root', '_parts')

    def __init__(self, path):
        self._pathcls = type(path)
        self._drv = path._drv
        self._root = path._root
        self._parts = path._parts

    def __len__(self):
        if self._drv or self._root:
            return len(self._parts) - 1
        return len(self._parts)

    def __getitem__(self, idx):
        if isinstance(idx, slice):
            return tuple([self[i] for i in range(*idx.indices(len(self)))])
        n = len(self)
        if idx >= n or idx < -n:
            raise IndexError(idx)
        if idx < 0:
            idx += n
        return self._pathcls._from_parsed_parts(self._drv, self._root,
                                                self._parts[:-idx - 1])

    def __iter__(self):
        for i in range(len(self)):
            yield self[i]

    def __reversed__(self):
        for i in range(len(self) - 1, -1, -1):
            yield self[i]

    def __contains__(self, value):
        for p in self:
            if p is value or p == value:
                return True
        return False

    def index(self, value, start=0, stop=None):
        n = len(self)
        if start < 0:
            start = max(n + start, 0)
        if stop is None:
            stop = n
        elif stop < 0:
            stop += n
        i = start
        while i < stop and i < n:
            p = self[i]
            if p is value or p == value:
                return i
            i += 1
        raise ValueError

    def count(self, value):
        c = 0
        for p in self:
            if p is value or p == value:
                c += 1
        return c

    def __repr__(self):
        return "<{}.parents>".format(self._pathcls.__name__)


class PurePath:
    """A path that the filesystem is never asked about. PurePath(...) makes a
    PurePosixPath (a PureWindowsPath on Windows)."""

    __slots__ = ('_drv', '_root', '_parts', '_str')

    def __new__(cls, *args):
        if cls is PurePath:
            cls = PureWindowsPath if os.name == 'nt' else PurePosixPath
        return cls._from_parts(args)

    def __reduce__(self):
        return (self.__class__, tuple(self._parts))

    @classmethod
    def _from_parts(cls, args):
        self = object.__new__(cls)
        drv, root, parts = cls._flavour.parse_parts(_arg_strings(args))
        self._drv = drv
        self._root = root
        self._parts = parts
        self._str = None
        return self

    @classmethod
    def _from_parsed_parts(cls, drv, root, parts):
        self = object.__new__(cls)
        self._drv = drv
        self._root = root
        self._parts = parts
        self._str = None
        return self

    @classmethod
    def _format_parsed_parts(cls, drv, root, parts):
        if drv or root:
            return drv + root + cls._flavour.sep.join(parts[1:])
        return cls._flavour.sep.join(parts)

    def _make_child(self, args):
        drv, root, parts = self._flavour.parse_parts(_arg_strings(args))
        drv, root, parts = self._flavour.join_parsed_parts(
            self._drv, self._root, self._parts, drv, root, parts)
        return self._from_parsed_parts(drv, root, parts)

    def __str__(self):
        s = self._str
        if s is None:
            parts = self._parts
            if self._drv or self._root:
                s = self._drv + self._root + self._flavour.sep.join(parts[1:])
            else:
                s = self._flavour.sep.join(parts) or '.'
            self._str = s
        return s

    def __fspath__(self):
        return str(self)

    def as_posix(self):
        """The path as a string with forward slashes."""
        s = str(self)
        sep = self._flavour.sep
        if sep != '/':
            s = s.replace(sep, '/')
        return s

    def __bytes__(self):
        return str(self).encode('utf-8')

    def __repr__(self):
        return "{}({!r})".format(self.__class__.__name__, self.as_posix())

    def as_uri(self):
        """The path as a file: URI (absolute paths only)."""
        if not self.is_absolute():
            raise ValueError("relative path can't be expressed as a file URI")
        return self._flavour.make_uri(self)

    @property
    def _cparts(self):
        # The parts compared and hashed: as they are on POSIX, lower-cased on Windows.
        return self._flavour.casefold_parts(self._parts)

    def __eq__(self, other):
        if not isinstance(other, PurePath):
            return NotImplemented
        f = self._flavour
        if f is not other._flavour:
            return False
        if f is _posix_flavour:
            return self._parts == other._parts
        return self._cparts == other._cparts

    def __ne__(self, other):
        r = self.__eq__(other)
        if r is NotImplemented:
            return r
        return not r

    def __hash__(self):
        return hash(tuple(self._cparts))

    def __lt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts < other._cparts

    def __le__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts <= other._cparts

    def __gt__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts > other._cparts

    def __ge__(self, other):
        if not isinstance(other, PurePath) or self._flavour is not other._flavour:
            return NotImplemented
        return self._cparts >= other._cparts

    @property
    def drive(self):
        """The drive ('' on POSIX; 'c:' or '\\\\host\\share' on Windows)."""
        return self._drv

    @property
    def root(self):
        """The root: '/' or '//' on POSIX, '\\' on Windows, or ''."""
        return self._root

    @property
    def anchor(self):
        """Drive and root together."""
        return self._drv + self._root

    @property
    def name(self):
        """The last component, or '' for an anchor or '.'."""
        parts = self._parts
        if len(parts) == (1 if (self._drv or self._root) else 0):
            return ''
        return parts[-1]

    @property
    def suffix(self):
        """The final component's extension ('.gz' of 'a.tar.gz'), or ''."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[i:]
        return ''

    @property
    def suffixes(self):
        """All the extensions of the final component (['.tar', '.gz'])."""
        name = self.name
        if name.endswith('.'):
            return []
        name = name.lstrip('.')
        return ['.' + s for s in name.split('.')[1:]]

    @property
    def stem(self):
        """The final component without its suffix."""
        name = self.name
        i = name.rfind('.')
        if 0 < i < len(name) - 1:
            return name[:i]
        return name

    def with_name(self, name):
        """The path with its last component replaced."""
        if not self.name:
            raise ValueError("%r has an empty name" % (self,))
        f = self._flavour
        drv, root, parts = f.parse_parts((name,))
        if (not name or name[-1] == f.sep or (f.altsep and name[-1] == f.altsep)
                or drv or root or len(parts) != 1):
            raise ValueError("Invalid name %r" % (name,))
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def with_stem(self, stem):
        """The path with the stem of its last component replaced."""
        return self.with_name(stem + self.suffix)

    def with_suffix(self, suffix):
        """The path with its suffix replaced (or added, or removed with '')."""
        f = self._flavour
        if f.sep in suffix or (f.altsep and f.altsep in suffix):
            raise ValueError("Invalid suffix %r" % (suffix,))
        if (suffix and not suffix.startswith('.')) or suffix == '.':
            raise ValueError("Invalid suffix %r" % (suffix,))
        name = self.name
        if not name:
            raise ValueError("%r has an empty name" % (self,))
        old = self.suffix
        if old:
            name = name[:-len(old)] + suffix
        else:
            name = name + suffix
        return self._from_parsed_parts(self._drv, self._root, self._parts[:-1] + [name])

    def relative_to(self, *other):
        """The path relative to other; ValueError unless other is a prefix of it."""
        if not other:
            raise TypeError("need at least one argument")
        parts = self._parts
        drv = self._drv
        root = self._root
        if root:
            abs_parts = [drv, root] + parts[1:]
        else:
            abs_parts = parts
        f = self._flavour
        to_drv, to_root, to_parts = f.parse_parts(_arg_strings(other))
        if to_root:
            to_abs = [to_drv, to_root] + to_parts[1:]
        else:
            to_abs = to_parts
        n = len(to_abs)
        if n == 0:
            bad = bool(root or drv)
        else:
            bad = f.casefold_parts(abs_parts[:n]) != f.casefold_parts(to_abs)
        if bad:
            formatted = self._format_parsed_parts(to_drv, to_root, to_parts)
            raise ValueError("{!r} is not in the subpath of {!r} OR one path is relative "
                             "and the other is absolute.".format(str(self), str(formatted)))
        return self._from_parsed_parts('', root if n == 1 else '', abs_parts[n:])

    def is_relative_to(self, *other):
        """Whether relative_to(*other) would succeed."""
        try:
            self.relative_to(*other)
            return True
        except ValueError:
            return False

    @property
    def parts(self):
        """The components as a tuple (the anchor first when there is one)."""
        return tuple(self._parts)

    def joinpath(self, *args):
        """The path joined with each argument in turn."""
        return self._make_child(args)

    def __truediv__(self, key):
        if (key.__class__ is str and self._flavour is _posix_flavour and key
                and key != '.' and '/' not in key):
            return self._from_parsed_parts(self._drv, self._root, self._parts + [key])
        try:
            return self._make_child((key,))
        except TypeError:
            return NotImplemented

    def __rtruediv__(self, key):
        try:
            return self._from_parts([key] + self._parts)
        except TypeError:
            return NotImplemented

    @property
    def parent(self):
        """The logical parent (the path itself for an anchor or '.')."""
        drv = self._drv
        root = self._root
        parts = self._parts
        if len(parts) == 1 and (drv or root):
            return self
        return self._from_parsed_parts(drv, root, parts[:-1])

    @property
    def parents(self):
        """A sequence of the logical ancestors."""
        return _PathParents(self)

    def is_absolute(self):
        """True if the path has a root (and, on Windows, a drive)."""
        if not self._root:
            return False
        if not self._flavour.has_drv:
            return True
        return bool(self._drv)

    def is_reserved(self):
        """True for Windows' reserved device names; always False on POSIX."""
        return self._flavour.is_reserved(self._parts)

    def match(self, path_pattern):
        """Whether the path matches the glob-style pattern, compared from the right (a
        pattern with an anchor must match the whole path)."""
        f = self._flavour
        path_pattern = f.casefold(path_pattern)
        drv, root, pat_parts = f.parse_parts((path_pattern,))
        if not pat_parts:
            raise ValueError("empty pattern")
        if drv and drv != f.casefold(self._drv):
            return False
        if root and root != f.casefold(self._root):
            return False
        parts = self._cparts
        if drv or root:
            if len(pat_parts) != len(parts):
                return False
            pat_parts = pat_parts[1:]
        elif len(pat_parts) > len(parts):
            return False
        from fnmatch import fnmatchcase
        i = len(parts) - 1
        j = len(pat_parts) - 1
        while j >= 0:
            if not fnmatchcase(parts[i], pat_parts[j]):
                return False
            i -= 1
            j -= 1
        return True


class PurePosixPath(PurePath):
    """A pure path with POSIX semantics."""
    _flavour = _posix_flavour
    __slots__ = ()


class PureWindowsPath(PurePath):
    """A pure path with Windows semantics."""
    _flavour = _windows_flavour
    __slots__ = ()


# --- concrete paths ----------------------------------------------------------------------

def _file_exists_error(path):
    return FileExistsError(17, 'File exists', path)


def _not_found(path):
    return FileNotFoundError(2, 'No such file or directory', path)


class Path(PurePath):
    """A path on the filesystem. Path(...) makes a PosixPath (WindowsPath on Windows)."""
    __slots__ = ()

    def __new__(cls, *args, **kwargs):
        if cls is Path:
            cls = WindowsPath if os.name == 'nt' else PosixPath
        self = cls._from_parts(args)
        if not self._flavour.is_supported:
            raise NotImplementedError("cannot instantiate %r on your system"
                                      % (cls.__name__,))
        return self

    def _make_child_relpath(self, part):
        child = self._from_parsed_parts(self._drv, self._root, self._parts + [part])
        if self._parts:
            s = str(self)
            if s[-1:] == self._flavour.sep:
                child._str = s + part
            else:
                child._str = s + self._flavour.sep + part
        else:
            child._str = part
        return child

    @classmethod
    def cwd(cls):
        """The current working directory."""
        return cls(os.getcwd())

    @classmethod
    def home(cls):
        """The user's home directory."""
        return cls("~").expanduser()

    def samefile(self, other_path):
        """Whether other_path names the same file as this path."""
        if not isinstance(other_path, Path):
            other_path = self.__class__(other_path)
        if hasattr(os, 'stat'):
            st = self.stat()
            other = other_path.stat()
            return st.st_ino == other.st_ino and st.st_dev == other.st_dev
        a = str(self)
        b = str(other_path)
        if not os.path.exists(a):
            raise _not_found(a)
        if not os.path.exists(b):
            raise _not_found(b)
        return os.path.realpath(a) == os.path.realpath(b)

    def iterdir(self):
        """The paths of the directory's entries (not '.' and '..')."""
        for name in os.listdir(str(self)):
            yield self._make_child_relpath(name)

    def glob(self, pattern):
        """The existing paths below this one matching the relative glob pattern."""
        if not pattern:
            raise ValueError("Unacceptable pattern: {!r}".format(pattern))
        f = self._flavour
        drv, root, parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern[-1] == f.sep or (f.altsep and pattern[-1] == f.altsep):
            parts.append('')
        steps = _glob_steps(parts)
        if not os.path.isdir(str(self)):
            return
        for p in _glob_select(self, steps, 0):
            yield p

    def rglob(self, pattern):
        """glob with '**/' in front of the pattern: matches at any depth."""
        f = self._flavour
        drv, root, parts = f.parse_parts((pattern,))
        if drv or root:
            raise NotImplementedError("Non-relative patterns are unsupported")
        if pattern and (pattern[-1] == f.sep or (f.altsep and pattern[-1] == f.altsep)):
            parts.append('')
        steps = _glob_steps(['**'] + parts)
        if not os.path.isdir(str(self)):
            return
        for p in _glob_select(self, steps, 0):
            yield p

    def absolute(self):
        """The path made absolute with the current directory (no normalisation)."""
        if self.is_absolute():
            return self
        return self._from_parts([os.getcwd()] + self._parts)

    def resolve(self, strict=False):
        """The absolute path with symlinks and '..' resolved; strict=True requires the
        path to exist."""
        s = os.path.realpath(str(self))
        if strict:
            # Report the first component that is missing, as os.path.realpath does.
            if not os.path.lexists(s):
                i = 1
                while True:
                    j = s.find('/', i)
                    prefix = s if j < 0 else s[:j]
                    if not os.path.lexists(prefix):
                        raise _not_found(prefix)
                    if j < 0:
                        raise _not_found(s)
                    i = j + 1
        return self._from_parts((s,))

    def stat(self, *, follow_symlinks=True):
        """os.stat() of the path."""
        return os.stat(self, follow_symlinks=follow_symlinks)

    def lstat(self):
        """os.lstat() of the path (a symlink itself, not its target)."""
        return self.stat(follow_symlinks=False)

    def open(self, mode='r', buffering=-1, encoding=None, errors=None, newline=None):
        """Opens the file as the built-in open() does."""
        kw = {}
        if buffering != -1:
            kw['buffering'] = buffering
        if encoding is not None:
            kw['encoding'] = encoding
        if errors is not None:
            kw['errors'] = errors
        if newline is not None:
            kw['newline'] = newline
        return _open(str(self), mode, **kw)

    def read_bytes(self):
        """The file's contents as bytes."""
        with self.open(mode='rb') as f:
            return f.read()

    def read_text(self, encoding=None, errors=None):
        """The file's contents as str."""
        with self.open(mode='r', encoding=encoding, errors=errors) as f:
            return f.read()

    def write_bytes(self, data):
        """Writes data (bytes-like) to the file, replacing it; returns the count."""
        if not isinstance(data, _BYTES_LIKE):
            raise TypeError("memoryview: a bytes-like object is required, not '%s'"
                            % (type(data).__name__,))
        if data.__class__ is not bytes:
            data = bytes(data)
        with self.open(mode='wb') as f:
            return f.write(data)

    def write_text(self, data, encoding=None, errors=None, newline=None):
        """Writes the str data to the file, replacing it; returns the count."""
        if not isinstance(data, str):
            raise TypeError('data must be str, not %s' % data.__class__.__name__)
        with self.open(mode='w', encoding=encoding, errors=errors, newline=newline) as f:
            return f.write(data)

    def readlink(self):
        """The path a symbolic link points to."""
        return self._from_parts((os.readlink(self),))

    def touch(self, mode=0o666, exist_ok=True):
        """Creates the file if it is missing (FileExistsError if it exists and exist_ok
        is false); otherwise updates its modification time."""
        s = str(self)
        if exist_ok:
            if hasattr(os, 'utime'):
                try:
                    os.utime(s, None)
                except OSError:
                    pass
                else:
                    return
            elif os.path.exists(s):
                return
        if hasattr(os, 'open') and hasattr(os, 'O_CREAT'):
            flags = os.O_CREAT | os.O_WRONLY
            if not exist_ok:
                flags |= os.O_EXCL
            os.close(os.open(s, flags, mode))
            return
        if exist_ok:
            f = _open(s, 'ab')
        else:
            try:
                f = _open(s, 'xb')
            except FileExistsError:
                raise
            except OSError as e:
                if e.errno == 17:
                    raise _file_exists_error(s) from None
                raise
        f.close()

    def mkdir(self, mode=0o777, parents=False, exist_ok=False):
        """Creates the directory (and with parents=True the missing ancestors)."""
        try:
            os.mkdir(str(self), mode)
        except FileNotFoundError:
            if not parents or self.parent == self:
                raise
            self.parent.mkdir(parents=True, exist_ok=True)
            self.mkdir(mode, parents=False, exist_ok=exist_ok)
        except OSError:
            if not exist_ok or not self.is_dir():
                raise

    def chmod(self, mode, *, follow_symlinks=True):
        """Changes the permission bits (os.chmod)."""
        os.chmod(self, mode, follow_symlinks=follow_symlinks)

    def lchmod(self, mode):
        """chmod of a symlink itself."""
        self.chmod(mode, follow_symlinks=False)

    def unlink(self, missing_ok=False):
        """Removes the file or symlink."""
        try:
            os.unlink(str(self))
        except FileNotFoundError:
            if not missing_ok:
                raise

    def rmdir(self):
        """Removes the (empty) directory."""
        os.rmdir(str(self))

    def rename(self, target):
        """Renames to target and returns the new path."""
        os.rename(str(self), os.fspath(target))
        return self.__class__(target)

    def replace(self, target):
        """Renames to target, replacing an existing file; returns the new path."""
        os.replace(str(self), os.fspath(target))
        return self.__class__(target)

    def symlink_to(self, target, target_is_directory=False):
        """Makes this path a symbolic link to target."""
        os.symlink(target, self, target_is_directory)

    def hardlink_to(self, target):
        """Makes this path a hard link to target."""
        os.link(target, self)

    def exists(self):
        """Whether the path exists (a broken symlink does not)."""
        return os.path.exists(str(self))

    def is_dir(self):
        """Whether the path is a directory (or a symlink to one)."""
        return os.path.isdir(str(self))

    def is_file(self):
        """Whether the path is a regular file (or a symlink to one)."""
        return os.path.isfile(str(self))

    def is_symlink(self):
        """Whether the path is a symbolic link."""
        return os.path.islink(str(self))

    def _mode_is(self, kind):
        try:
            return (self.stat().st_mode & 0o170000) == kind
        except OSError as e:
            if e.errno not in (2, 20, 9, 40):
                raise
            return False
        except ValueError:
            return False

    def is_mount(self):
        """Whether the path is a mount point."""
        if not self.exists() or not self.is_dir():
            return False
        try:
            parent_dev = self.parent.stat().st_dev
        except OSError:
            return False
        st = self.stat()
        if st.st_dev != parent_dev:
            return True
        return st.st_ino == self.parent.stat().st_ino

    def is_block_device(self):
        """Whether the path is a block device."""
        return self._mode_is(0o060000)

    def is_char_device(self):
        """Whether the path is a character device."""
        return self._mode_is(0o020000)

    def is_fifo(self):
        """Whether the path is a FIFO."""
        return self._mode_is(0o010000)

    def is_socket(self):
        """Whether the path is a socket."""
        return self._mode_is(0o140000)

    def expanduser(self):
        """The path with a leading ~ or ~user expanded."""
        if not (self._drv or self._root) and self._parts and self._parts[0][:1] == '~':
            home = os.path.expanduser(self._parts[0])
            if home[:1] == '~':
                raise RuntimeError("Could not determine home directory.")
            return self._from_parts([home] + self._parts[1:])
        return self


class PosixPath(Path, PurePosixPath):
    """A concrete path on a POSIX system."""
    __slots__ = ()


class WindowsPath(Path, PureWindowsPath):
    """A concrete path on Windows (cannot be made on other systems)."""
    __slots__ = ()


# --- glob --------------------------------------------------------------------------------
#
# A pattern becomes a list of steps, one per component: (0, name) for a plain name,
# (1, fullmatch) for a wildcard component (its compiled fnmatch.translate), (2, None) for
# '**', and (3, None) for the empty component a trailing separator leaves (which keeps
# only directories).

def _glob_steps(parts):
    steps = []
    for pat in parts:
        if not pat:
            steps.append((3, None))
            break
        if pat == '**':
            steps.append((2, None))
        elif '**' in pat:
            raise ValueError("Invalid pattern: '**' can only be an entire path component")
        elif _is_wildcard(pat):
            import fnmatch
            import re
            steps.append((1, re.compile(fnmatch.translate(pat)).fullmatch))
        else:
            steps.append((0, pat))
    return steps


def _glob_listdir(path):
    """(prefix, names): the names in the directory path and the text that makes each a
    path to the entry; None when the directory may not be read."""
    s = str(path)
    try:
        names = os.listdir(s)
    except PermissionError:
        return None
    if not path._parts:
        return '', names
    return (s + '/' if s[-1:] != '/' else s), names


def _glob_dirs(path):
    """path and every directory below it (not following symlinks), depth first."""
    yield path
    listing = _glob_listdir(path)
    if listing is None:
        return
    prefix, names = listing
    for name in names:
        full = prefix + name
        if os.path.isdir(full) and not os.path.islink(full):
            for p in _glob_dirs(path._make_child_relpath(name)):
                yield p


def _glob_select(path, steps, k):
    if k >= len(steps):
        yield path
        return
    kind, data = steps[k]
    if kind == 3:
        yield path
        return
    dironly = k + 1 < len(steps)
    if kind == 0:
        child = path._make_child_relpath(data)
        s = str(child)
        if os.path.isdir(s) if dironly else os.path.exists(s):
            for p in _glob_select(child, steps, k + 1):
                yield p
    elif kind == 1:
        listing = _glob_listdir(path)
        if listing is None:
            return
        prefix, names = listing
        for name in names:
            if dironly and not os.path.isdir(prefix + name):
                continue
            if data(name):
                for p in _glob_select(path._make_child_relpath(name), steps, k + 1):
                    yield p
    else:
        seen = set()
        for start in _glob_dirs(path):
            for p in _glob_select(start, steps, k + 1):
                if p not in seen:
                    seen.add(p)
                    yield p
