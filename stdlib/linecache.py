"""Lines of source files by number, read once and kept: what tracers and tracebacks print
next to a line number.

getline(filename, lineno) gives the line with its newline, or '' when the file cannot be
read or has no such line; getlines(filename) gives all of them. checkcache() forgets files
that changed on disk since they were read; clearcache() forgets every file.
"""

__all__ = ['getline', 'getlines', 'clearcache', 'checkcache', 'updatecache', 'cache']

# filename -> (size, None, lines, filename); the size is of the text as read
cache = {}


def clearcache():
    cache.clear()


def getline(filename, lineno, module_globals=None):
    lines = getlines(filename, module_globals)
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1]
    return ''


def getlines(filename, module_globals=None):
    entry = cache.get(filename)
    if entry is not None and len(entry) != 1:
        return entry[2]
    return updatecache(filename, module_globals)


def checkcache(filename=None):
    if filename is None:
        names = list(cache)
    elif filename in cache:
        names = [filename]
    else:
        return
    for name in names:
        entry = cache[name]
        if len(entry) == 1:
            continue
        text = _read(name)
        if text is None or len(text) != entry[0]:
            cache.pop(name, None)


def _split(text):
    lines = text.splitlines(True)
    if lines and not lines[-1].endswith('\n'):
        lines[-1] = lines[-1] + '\n'
    return lines


def updatecache(filename, module_globals=None):
    cache.pop(filename, None)
    if not filename or (filename.startswith('<') and filename.endswith('>')):
        return []
    text = _read(filename)
    if text is None:
        return []
    lines = _split(text)
    cache[filename] = (len(text), None, lines, filename)
    return lines


def _read(filename):
    try:
        with open(filename, encoding='utf-8') as f:
            return f.read()
    except (OSError, ValueError):
        return None
