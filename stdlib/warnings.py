"""Issuing and controlling warning messages (Gilt's warnings).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides warn, warn_explicit, showwarning, formatwarning, filterwarnings, simplefilter,
resetwarnings, catch_warnings (record=, module=, and 3.11's action=/category=/lineno=/
append=), WarningMessage, filters, defaultaction and onceregistry, with the actions
'default', 'error', 'ignore', 'always', 'module' and 'once'. The initial filters are
CPython's (DeprecationWarning shown only when triggered by __main__, and
PendingDeprecationWarning, ImportWarning and ResourceWarning ignored).

A warning is printed to sys.stderr as ``FILE:LINE: Category: message`` followed by the
stripped source line (read with linecache) when it can be found.

Differences from CPython:
* Where the interpreter has no sys._getframe, the location of the code that called
  warn() cannot be found: the warning is then attributed to the main script
  (``__main__``'s __file__, module '__main__') with line number 0, whatever the
  stacklevel, so no source line is printed and 'default'/'module' registries are kept
  per file rather than per module globals. With sys._getframe (as in Gilt), filename,
  lineno, module and __warningregistry__ follow CPython, except that a stacklevel past
  a frame Gilt entered from native code (see the README) is attributed to module 'sys',
  line 1, as CPython does for one past the outermost frame.
* There is no re module: the message and module patterns of filterwarnings support
  only a small regular-expression subset (literals, '.', '*', '+', '?', '[...]'
  classes, '\\d', '\\w', '\\s', escapes and a final '$'), matched at the start of the
  text as re.match does (the message case-insensitively).
* The -W command-line option, PYTHONWARNINGS and tracemalloc source tracebacks are not
  supported; the 'source' argument is accepted and stored.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---- a small regular-expression subset for filter patterns --------------------------

class _Pattern:
    """A compiled filter pattern with a match(text) method (start-anchored)."""

    def __init__(self, source, ignore_case):
        self.pattern = source
        self.ignore_case = ignore_case
        self._items = _parse_pattern(source, ignore_case)

    def match(self, text):
        if self.ignore_case:
            text = text.lower()
        return _match_items(self._items, 0, text, 0)

    def __repr__(self):
        flags = ", re.IGNORECASE" if self.ignore_case else ""
        return f"re.compile({self.pattern!r}{flags})"

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self.ignore_case == other.ignore_case)

    def __hash__(self):
        return hash((self.pattern, self.ignore_case))


def _class_test(spec, ignore_case):
    negate = spec.startswith("^")
    if negate:
        spec = spec[1:]
    ranges = []
    i = 0
    while i < len(spec):
        ch = spec[i]
        if ch == "\\" and i + 1 < len(spec):
            ch = spec[i + 1]
            i += 1
        if i + 2 < len(spec) and spec[i + 1] == "-":
            ranges.append((ch, spec[i + 2]))
            i += 3
        else:
            ranges.append((ch, ch))
            i += 1

    def test(c):
        found = False
        for low, high in ranges:
            if low <= c <= high or (ignore_case and low.lower() <= c <= high.lower()):
                found = True
                break
        return found != negate

    return test


def _escape_test(ch):
    if ch == "d":
        return lambda c: c.isdecimal()
    if ch == "w":
        return lambda c: c.isalnum() or c == "_"
    if ch == "s":
        return lambda c: c.isspace()
    if ch == "D":
        return lambda c: not c.isdecimal()
    if ch == "W":
        return lambda c: not (c.isalnum() or c == "_")
    if ch == "S":
        return lambda c: not c.isspace()
    return lambda c: c == ch


def _parse_pattern(source, ignore_case):
    """Turn the pattern into a list of (test, min, max) items; test None means end."""
    items = []
    i = 0
    n = len(source)
    while i < n:
        ch = source[i]
        if ch == "$" and i == n - 1:
            items.append((None, 0, 0))
            i += 1
            continue
        if ch == "^" and i == 0:
            i += 1
            continue
        if ch == ".":
            test = lambda c: c != "\n"
            i += 1
        elif ch == "\\" and i + 1 < n:
            test = _escape_test(source[i + 1])
            i += 2
        elif ch == "[":
            close = source.find("]", i + 2)
            if close < 0:
                close = n
            test = _class_test(source[i + 1:close], ignore_case)
            i = close + 1
        else:
            literal = ch.lower() if ignore_case else ch
            test = (lambda want: lambda c: c == want)(literal)
            i += 1
        low, high = 1, 1
        if i < n and source[i] in "*+?":
            low = 0 if source[i] in "*?" else 1
            high = 1 if source[i] == "?" else -1
            i += 1
        items.append((test, low, high))
    return items


def _match_items(items, k, text, pos):
    if k == len(items):
        return True
    test, low, high = items[k]
    if test is None:
        return pos == len(text) or (pos == len(text) - 1 and text[pos] == "\n")
    count = 0
    limit = len(text) - pos
    if 0 <= high < limit:
        limit = high
    while count < limit and test(text[pos + count]):
        count += 1
    while count >= low:
        if _match_items(items, k + 1, text, pos + count):
            return True
        count -= 1
    return False


# ---- state ---------------------------------------------------------------------------

filters = []
defaultaction = "default"
onceregistry = {}
_filters_version = 1
_main_registries = {}


def _filters_mutated():
    global _filters_version
    _filters_version += 1


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Insert a filter: warnings whose text matches message (case-insensitively, at the
    start), whose category is a subclass of category, raised in a module whose name
    matches module, at line lineno (0 for any), get action. With append, the filter
    goes last instead of first."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message = _Pattern(message, True) if message else None
    module = _Pattern(module, False) if module else None
    _add_filter(action, message, category, module, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Insert a filter matching every message and module: like filterwarnings without
    the patterns."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _add_filter(action, None, category, None, lineno, append=append)


def resetwarnings():
    """Remove every filter (the default action then applies to all warnings)."""
    filters[:] = []
    _filters_mutated()


# ---- showing warnings -----------------------------------------------------------------

class WarningMessage:
    """The details of one warning, as given to showwarning and recorded by
    catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line",
                        "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None,
                 source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, line : %r}"
                % (self.message, self._category_name, self.filename, self.lineno,
                   self.line))


def _formatwarnmsg_impl(msg):
    text = f"{msg.filename}:{msg.lineno}: {msg.category.__name__}: {msg.message}\n"
    line = msg.line
    if line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    if line:
        text += "  %s\n" % line.strip()
    return text


def formatwarning(message, category, filename, lineno, line=None):
    """Return the text showwarning would print for this warning."""
    return _formatwarnmsg_impl(WarningMessage(message, category, filename, lineno,
                                              None, line))


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default). Replaceable: warn() calls
    whatever function warnings.showwarning is."""
    _showwarnmsg_impl(WarningMessage(message, category, filename, lineno, file, line))


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _formatwarnmsg(msg):
    if formatwarning is not _formatwarning_orig:
        return formatwarning(msg.message, msg.category, msg.filename, msg.lineno,
                             msg.line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg(msg):
    if showwarning is not _showwarning_orig:
        if not callable(showwarning):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        showwarning(msg.message, msg.category, msg.filename, msg.lineno, msg.file,
                    msg.line)
        return
    _showwarnmsg_impl(msg)


# ---- issuing warnings -----------------------------------------------------------------

def _caller(stacklevel):
    """(filename, lineno, module, globals) of the code stacklevel levels up."""
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        try:
            frame = getframe(stacklevel + 1)
        except ValueError:
            return "sys", 1, "sys", None
        g = frame.f_globals
        return frame.f_code.co_filename, frame.f_lineno, g.get("__name__", "<string>"), g
    main = sys.modules.get("__main__")
    filename = getattr(main, "__file__", None) or "sys"
    return filename, 0, "__main__", None


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: message is a string (with category, UserWarning by default) or
    a Warning instance. stacklevel 2 blames the caller of the function calling warn."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, not '{:s}'"
                        .format(type(category).__name__))
    filename, lineno, module, module_globals = _caller(stacklevel)
    if module_globals is not None:
        registry = module_globals.setdefault("__warningregistry__", {})
    else:
        registry = _main_registries.setdefault(filename, {})
    warn_explicit(message, category, filename, lineno, module, registry,
                  module_globals, source)


def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning with an explicit location; registry is the dict recording what
    has already been shown ('default', 'module' and 'once' actions)."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if registry is None:
        registry = {}
    if registry.get("version", 0) != _filters_version:
        registry.clear()
        registry["version"] = _filters_version
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry.get(key):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if ((msg is None or (msg == text if isinstance(msg, str) else msg.match(text)))
                and issubclass(category, cat)
                and (mod is None or (mod == module if isinstance(mod, str)
                                     else mod.match(module)))
                and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
        item = None
    if action == "ignore":
        return
    if action == "error":
        raise message
    if action == "once":
        registry[key] = 1
        once_key = (text, category)
        if onceregistry.get(once_key):
            return
        onceregistry[once_key] = 1
    elif action == "always":
        pass
    elif action == "module":
        registry[key] = 1
        module_key = (text, category, 0)
        if registry.get(module_key):
            return
        registry[module_key] = 1
    elif action == "default":
        registry[key] = 1
    else:
        raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                           % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, None, None, source))


# ---- catch_warnings -------------------------------------------------------------------

class catch_warnings:
    """Context manager saving and restoring the filters and showwarning.

    With record=True, __enter__ returns a list that receives a WarningMessage for each
    warning shown inside the block (instead of printing it). action (with category,
    lineno, append) installs a simplefilter for the block.
    """

    def __init__(self, *, record=False, module=None, action=None, category=Warning,
                 lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules["warnings"]:
            args.append("module=%r" % self._module)
        return "%s(%s)" % (type(self).__name__, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        module = self._module
        self._filters = module.filters
        module.filters = self._filters[:]
        module._filters_mutated()
        self._showwarning = module.showwarning
        self._showwarnmsg_impl = module._showwarnmsg_impl
        if self._filter is not None:
            module.simplefilter(*self._filter)
        if self._record:
            log = []
            module._showwarnmsg_impl = log.append
            module.showwarning = module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        module = self._module
        module.filters = self._filters
        module._filters_mutated()
        module.showwarning = self._showwarning
        module._showwarnmsg_impl = self._showwarnmsg_impl


# CPython's default filters (release build, no -W options).
filters.append(("default", None, DeprecationWarning, "__main__", 0))
filters.append(("ignore", None, DeprecationWarning, None, 0))
filters.append(("ignore", None, PendingDeprecationWarning, None, 0))
filters.append(("ignore", None, ImportWarning, None, 0))
filters.append(("ignore", None, ResourceWarning, None, 0))
