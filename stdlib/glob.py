"""Filename globbing (Gilt's `glob`).

Offers `glob`, `iglob` (keyword arguments `root_dir`, `recursive` for `**`,
`include_hidden`), `escape` and `has_magic`, for str and bytes patterns, behaving as
CPython 3.11's.  Results come in the order the directory listing gives (unsorted).
Not offered: `dir_fd` (anything but None raises NotImplementedError).
"""

import os
import re
import fnmatch

__all__ = ["escape", "glob", "iglob"]


def glob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
         include_hidden=False):
    return list(iglob(pathname, root_dir=root_dir, dir_fd=dir_fd,
                      recursive=recursive, include_hidden=include_hidden))


def iglob(pathname, *, root_dir=None, dir_fd=None, recursive=False,
          include_hidden=False):
    if dir_fd is not None:
        raise NotImplementedError("glob: dir_fd is not supported by Gilt")
    if root_dir is not None:
        root_dir = os.fspath(root_dir)
    else:
        root_dir = pathname[:0]
    if isinstance(pathname, bytes):
        # work on str names (UTF-8) and encode the results back
        if not isinstance(root_dir, bytes):
            raise TypeError("Can't mix strings and bytes in path components")
        return _encoded(iglob(pathname.decode(), root_dir=root_dir.decode(),
                              recursive=recursive, include_hidden=include_hidden))
    it = _iglob(pathname, root_dir, recursive, False, include_hidden)
    if not pathname or (recursive and _isrecursive(pathname[:2])):
        # skip the empty string that stands for the top directory itself
        try:
            first = next(it)
        except StopIteration:
            return iter(())
        if first:
            return _prepend(first, it)
    return it


def _encoded(it):
    for x in it:
        yield x.encode()


def _prepend(first, it):
    yield first
    for x in it:
        yield x


def _iglob(pathname, root_dir, recursive, dironly, include_hidden):
    dirname, basename = os.path.split(pathname)
    if not has_magic(pathname):
        if basename:
            if os.path.lexists(_join(root_dir, pathname)):
                yield pathname
        else:
            # a pattern ending with a slash matches directories only
            if os.path.isdir(_join(root_dir, dirname)):
                yield pathname
        return
    if not dirname:
        if recursive and _isrecursive(basename):
            for x in _glob2(root_dir, basename, dironly, include_hidden):
                yield x
        else:
            for x in _glob1(root_dir, basename, dironly, include_hidden):
                yield x
        return
    if dirname != pathname and has_magic(dirname):
        dirs = _iglob(dirname, root_dir, recursive, True, include_hidden)
    else:
        dirs = [dirname]
    if has_magic(basename):
        if recursive and _isrecursive(basename):
            glob_in_dir = _glob2
        else:
            glob_in_dir = _glob1
    else:
        glob_in_dir = _glob0
    join = os.path.join
    for d in dirs:
        for name in glob_in_dir(_join(root_dir, d), basename, dironly, include_hidden):
            yield join(d, name)


def _glob1(dirname, pattern, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    if not (include_hidden or _ishidden(pattern)):
        names = [x for x in names if not _ishidden(x)]
    return fnmatch.filter(names, pattern)


def _glob0(dirname, basename, dironly, include_hidden):
    if basename:
        if os.path.lexists(_join(dirname, basename)):
            return [basename]
    else:
        if os.path.isdir(dirname):
            return [basename]
    return []


def _glob2(dirname, pattern, dironly, include_hidden):
    yield pattern[:0]
    for x in _rlistdir(dirname, dironly, include_hidden):
        yield x


def _listdir(dirname, dironly):
    if not dirname:
        dirname = b'.' if isinstance(dirname, bytes) else '.'
        prefix = dirname[:0]
    else:
        prefix = dirname
    try:
        names = os.listdir(dirname)
    except OSError:
        return []
    if not dironly:
        return names
    isdir = os.path.isdir
    join = os.path.join
    result = []
    for name in names:
        try:
            if isdir(join(prefix, name) if prefix else name):
                result.append(name)
        except OSError:
            pass
    return result


def _rlistdir(dirname, dironly, include_hidden):
    names = _listdir(dirname, dironly)
    for x in names:
        if include_hidden or not _ishidden(x):
            yield x
            path = _join(dirname, x) if dirname else x
            for y in _rlistdir(path, dironly, include_hidden):
                yield _join(x, y)


def _join(dirname, basename):
    if not dirname or not basename:
        return dirname or basename
    return os.path.join(dirname, basename)


_magic_check = re.compile('([*?[])')
_magic_check_bytes = re.compile(b'([*?[])')


def has_magic(s):
    if isinstance(s, bytes):
        m = _magic_check_bytes.search(s)
    else:
        m = _magic_check.search(s)
    return m is not None


def _ishidden(path):
    return path[0] in ('.', 46)


def _isrecursive(pattern):
    if isinstance(pattern, bytes):
        return pattern == b'**'
    return pattern == '**'


def escape(pathname):
    # POSIX has no drive part
    if isinstance(pathname, bytes):
        return _magic_check_bytes.sub(br'[\1]', pathname)
    return _magic_check.sub(r'[\1]', pathname)
