"""Regular expressions: compile, search, match, fullmatch, split, findall,
finditer, sub, subn, escape, purge; Pattern and Match objects; the flags.

Written in Gilt on top of the native `_re`, which reads Python's pattern
syntax (with CPython's error messages and positions) and runs the patterns on
the fancy-regex crate (backtracking where a pattern needs backreferences or
lookaround, the regex crate's automata elsewhere; both leftmost-first, as
Python's engine is). Positions are code point indices, as in CPython.
"""

import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

_MAXSIZE = 9223372036854775807
_MAXGROUPS = 1073741824

# members in the order CPython's RegexFlag defines them (its repr lists them so)
_FLAG_ORDER = (
    ("ASCII", 256), ("IGNORECASE", 2), ("LOCALE", 4), ("UNICODE", 32),
    ("MULTILINE", 8), ("DOTALL", 16), ("VERBOSE", 64), ("TEMPLATE", 1),
    ("DEBUG", 128),
)
_ALL_FLAGS = 511


class RegexFlag(int):
    """A flag value: an int whose repr names the flags (`re.IGNORECASE`)."""

    def __repr__(self):
        v = int(self)
        if v == 0:
            return "re.NOFLAG"
        names = []
        for name, bit in _FLAG_ORDER:
            if v & bit:
                names.append("re." + name)
                v &= ~bit
        if v:
            names.append(hex(v))
        return "|".join(names)

    __str__ = __repr__

    def __format__(self, spec):
        if spec:
            return format(int(self), spec)
        return repr(self)

    def __or__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        r = int(self) | int(other)
        return RegexFlag(r) if isinstance(other, RegexFlag) else r

    __ror__ = __or__

    def __and__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        r = int(self) & int(other)
        return RegexFlag(r) if isinstance(other, RegexFlag) else r

    __rand__ = __and__

    def __xor__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        r = int(self) ^ int(other)
        return RegexFlag(r) if isinstance(other, RegexFlag) else r

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(_ALL_FLAGS & ~int(self))


NOFLAG = RegexFlag(0)
A = ASCII = RegexFlag(256)
I = IGNORECASE = RegexFlag(2)
L = LOCALE = RegexFlag(4)
U = UNICODE = RegexFlag(32)
M = MULTILINE = RegexFlag(8)
S = DOTALL = RegexFlag(16)
X = VERBOSE = RegexFlag(64)
T = TEMPLATE = RegexFlag(1)
DEBUG = RegexFlag(128)

# Pattern.__repr__ lists flags in the order of CPython's _sre
_REPR_ORDER = (
    ("re.TEMPLATE", 1), ("re.IGNORECASE", 2), ("re.LOCALE", 4),
    ("re.MULTILINE", 8), ("re.DOTALL", 16), ("re.UNICODE", 32),
    ("re.VERBOSE", 64), ("re.DEBUG", 128), ("re.ASCII", 256),
)


class error(Exception):
    """A pattern or template that is not a valid regular expression.

    msg, pattern and pos tell what and where; lineno and colno are the line
    and column of pos."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            nl = "\n" if isinstance(pattern, str) else b"\n"
            head = pattern[:pos]
            self.lineno = head.count(nl) + 1
            self.colno = len(head.split(nl)[-1]) + 1
            if nl in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        Exception.__init__(self, msg)


error.__module__ = "re"
PatternError = error

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError(
                "cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    p = _cache.get(key)
    if p is not None:
        return p
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if not isinstance(flags, int):
        raise TypeError("unsupported operand type(s) for &: '%s' and 'int'"
                        % type(flags).__name__)
    r = _re.compile(pattern, flags)
    if r[0] is None:
        raise error(r[1], pattern, r[2])
    p = Pattern(pattern, r)
    if len(_cache) >= _MAXCACHE:
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _templates.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object (deprecated)"
    return _compile(pattern, flags | TEMPLATE)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c")


def escape(pattern):
    "Escape special characters in a string."
    if isinstance(pattern, str):
        return "".join(["\\" + c if c in _SPECIAL else c for c in pattern])
    if isinstance(pattern, bytes):
        out = []
        for b in pattern:
            c = chr(b)
            out.append("\\" + c if c in _SPECIAL else c)
        return bytes([ord(c) for c in "".join(out)])
    raise TypeError("expected str or bytes-like object")


def _clamp(string, pos, endpos):
    n = len(string)
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, r):
        self._h = r[0]
        self._flags = r[1]
        self._groups = r[2]
        self._names = r[3]
        self._nested = r[4]
        self._pattern = pattern
        self._groupindex = None

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        gi = self._groupindex
        if gi is None:
            d = {}
            for name, g in self._names:
                d[name] = g
            gi = self._groupindex = d
        return dict(gi)

    def _index(self, name):
        for n, g in self._names:
            if n == name:
                return g
        return None

    def __repr__(self):
        flags = self._flags
        if isinstance(self._pattern, str) and flags & 292 == 32:
            flags &= ~32
        names = []
        for name, bit in _REPR_ORDER:
            if flags & bit:
                names.append(name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        s = repr(self._pattern)
        if len(s) > 200:
            s = s[:200]
        if names:
            return "re.compile(%s, %s)" % (s, "|".join(names))
        return "re.compile(%s)" % s

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return (self._flags == other._flags
                and type(self._pattern) is type(other._pattern)
                and self._pattern == other._pattern)

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """Scan through string looking for a match, and return a
        corresponding Match instance. Return None if no position in the
        string matches."""
        r = _re.search(self._h, string, pos, endpos, 0)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        "Matches zero or more characters at the beginning of the string."
        r = _re.search(self._h, string, pos, endpos, 1)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        "Matches against all of the string."
        r = _re.search(self._h, string, pos, endpos, 2)
        if r is None:
            return None
        return Match(self, string, pos, endpos, r)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        "Return a list of all non-overlapping matches of pattern in string."
        if pos or endpos != _MAXSIZE:
            pos, endpos = _clamp(string, pos, endpos)
        return _re.findall(self._h, string, pos, endpos)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """Return an iterator over all non-overlapping matches for the RE
        pattern in string. For each match, the iterator returns a Match
        object."""
        pos, endpos = _clamp(string, pos, endpos)
        return _iter_matches(self, string, pos, endpos)

    def split(self, string, maxsplit=0):
        "Split string by the occurrences of pattern."
        if maxsplit < 0:
            return [string]
        return _re.split(self._h, string, maxsplit)

    def sub(self, repl, string, count=0):
        """Return the string obtained by replacing the leftmost non-overlapping
        occurrences of pattern in string by the replacement repl."""
        return self._subx(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        """Return the tuple (new_string, number_of_subs_made) found by
        replacing the leftmost non-overlapping occurrences of pattern with the
        replacement repl."""
        return self._subx(repl, string, count)

    def _subx(self, repl, string, count):
        if count < 0:
            return (string, 0)
        if callable(repl):
            return _sub_call(self, repl, string, count)
        return _re.sub(self._h, string, _template(self, repl), count)

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        pos, endpos = _clamp(string, pos, endpos)
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._at = pos
        self._must = 0
        self._done = False

    def _next(self, mode):
        if self._done:
            return None
        p = self.pattern
        if mode == 0:
            r = _re.scan(p._h, self._string, self._at, self._endpos, self._must, 1)
            r = r[0] if r else None
        else:
            r = _re.search(p._h, self._string, self._at, self._endpos, 1)
            if r is not None and self._must and r[0] == r[1]:
                r = None
        if r is None:
            self._done = True
            return None
        self._at = r[1]
        self._must = 1 if r[0] == r[1] else 0
        return Match(p, self._string, self._pos, self._endpos, r)

    def search(self):
        return self._next(0)

    def match(self):
        return self._next(1)


def _iter_matches(p, string, pos, endpos):
    at = pos
    must = 0
    while True:
        chunk = _re.scan(p._h, string, at, endpos, must, 64)
        if not chunk:
            return
        for r in chunk:
            yield Match(p, string, pos, endpos, r)
        last = chunk[-1]
        at = last[1]
        must = 1 if last[0] == last[1] else 0


def _sub_call(p, repl, string, count):
    out = []
    last = 0
    n = 0
    at = 0
    must = 0
    endpos = len(string)
    while True:
        want = 64
        if count:
            want = count - n
            if want <= 0:
                break
            if want > 64:
                want = 64
        chunk = _re.scan(p._h, string, at, endpos, must, want)
        if not chunk:
            break
        for r in chunk:
            if last < r[0]:
                out.append(string[last:r[0]])
            piece = repl(Match(p, string, 0, endpos, r))
            if piece:
                out.append(piece)
            last = r[1]
            n += 1
        r = chunk[-1]
        at = r[1]
        must = 1 if r[0] == r[1] else 0
    if not n:
        return (string, 0)
    out.append(string[last:])
    if isinstance(string, str):
        return ("".join(out), n)
    return (b"".join(out), n)


_templates = {}

_TEMPLATE_ESCAPES = {
    "a": "\x07", "b": "\x08", "f": "\x0c", "n": "\n", "r": "\r",
    "t": "\t", "v": "\x0b", "\\": "\\",
}
_ASCII_LETTERS = frozenset(
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
_OCT = frozenset("01234567")
_DIG = frozenset("0123456789")


def _template(p, repl):
    """The replacement template repl of pattern p as a list of literal str
    pieces and group numbers (cached)."""
    key = (p._pattern, p._flags, type(repl), repl)
    try:
        return _templates[key]
    except KeyError:
        pass
    except TypeError:
        pass
    if isinstance(repl, str) != isinstance(p._pattern, str) and isinstance(
            repl, (str, bytes)):
        if isinstance(repl, bytes):
            raise TypeError("sequence item 0: expected str instance, bytes found")
        raise TypeError("sequence item 0: expected a bytes-like object, str found")
    if isinstance(repl, str):
        if "\\" not in repl:
            t = [repl] if repl else []
        else:
            t = _parse_template(p, repl, repl)
    elif isinstance(repl, bytes):
        src = "".join(map(chr, repl))
        if "\\" not in src:
            t = [src] if src else []
        else:
            t = _parse_template(p, src, repl)
    else:
        raise TypeError("expected str or bytes-like object, got '%s'"
                        % type(repl).__name__)
    if len(_templates) >= _MAXCACHE:
        _templates.clear()
    _templates[key] = t
    return t


def _parse_template(p, s, orig):
    """CPython's template syntax: \\1, \\g<1>, \\g<name>, \\g<0>, octal and
    character escapes; other escapes of ASCII letters are errors."""
    out = []
    lit = []
    i = 0
    n = len(s)

    def fail(msg, pos):
        raise error(msg, orig, pos)

    def group(index, at):
        if index > p._groups:
            fail("invalid group reference %d" % index, at)
        if lit:
            out.append("".join(lit))
            del lit[:]
        out.append(index)

    while i < n:
        c = s[i]
        if c != "\\":
            lit.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail("bad escape (end of pattern)", n - 1)
        c = s[i + 1]
        start = i
        i += 2
        if c == "g":
            if i >= n or s[i] != "<":
                fail("missing <", i)
            j = s.find(">", i + 1)
            name = s[i + 1:j] if j >= 0 else s[i + 1:]
            if j < 0:
                if not name:
                    fail("missing group name", n)
                fail("missing >, unterminated name", i + 1)
            if not name:
                fail("missing group name", i + 1)
            i = j + 1
            if name.isidentifier():
                index = p._index(name)
                if index is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                try:
                    index = int(name)
                    if index < 0:
                        raise ValueError
                except ValueError:
                    fail("bad character in group name %r" % name, j - len(name))
                if index >= _MAXGROUPS:
                    fail("invalid group reference %d" % index, j - len(name))
            group(index, j - len(name))
        elif c == "0":
            digits = c
            while len(digits) < 3 and i < n and s[i] in _OCT:
                digits += s[i]
                i += 1
            lit.append(chr(int(digits, 8) & 0xff))
        elif c in _DIG:
            digits = c
            if i < n and s[i] in _DIG:
                digits += s[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and s[i] in _OCT:
                    digits += s[i]
                    i += 1
                    v = int(digits, 8)
                    if v > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377"
                             % digits, start)
                    lit.append(chr(v))
                    continue
            group(int(digits), start + 1)
        elif c in _TEMPLATE_ESCAPES:
            lit.append(_TEMPLATE_ESCAPES[c])
        elif c in _ASCII_LETTERS:
            fail("bad escape \\%s" % c, start)
        else:
            lit.append("\\" + c)
    if lit:
        out.append("".join(lit))
    return out


class Match:
    """The result of a successful match: groups, their spans, and the
    search that found them."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self._re = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._s = spans

    @property
    def re(self):
        return self._re

    @property
    def string(self):
        return self._string

    @property
    def pos(self):
        pos = self._pos
        if pos <= 0:
            return 0
        n = len(self._string)
        return pos if pos < n else n

    @property
    def endpos(self):
        endpos = self._endpos
        if endpos <= 0:
            return 0
        n = len(self._string)
        return endpos if endpos < n else n

    def _gi(self, g):
        if isinstance(g, int):
            if 0 <= g <= self._re._groups:
                return int(g)
        elif isinstance(g, (str, bytes)):
            i = self._re._index(g) if isinstance(g, str) else None
            if i is not None:
                return i
        elif hasattr(g, "__index__"):
            return self._gi(g.__index__())
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a = self._s[2 * i]
        if a < 0:
            return default
        return self._string[a:self._s[2 * i + 1]]

    def group(self, *args):
        """Return one or more subgroups of the match."""
        if not args:
            s = self._s
            return self._string[s[0]:s[1]]
        if len(args) == 1:
            return self._get(self._gi(args[0]))
        return tuple([self._get(self._gi(g)) for g in args])

    def __getitem__(self, g):
        return self._get(self._gi(g))

    def groups(self, default=None):
        """Return a tuple containing all the subgroups of the match, from 1
        up to however many groups are in the pattern."""
        return tuple([self._get(i, default)
                      for i in range(1, self._re._groups + 1)])

    def groupdict(self, default=None):
        """Return a dictionary containing all the named subgroups of the
        match, keyed by the subgroup name."""
        d = {}
        for name, g in self._re._names:
            d[name] = self._get(g, default)
        return d

    def start(self, group=0):
        if group == 0:
            return self._s[0]
        return self._s[2 * self._gi(group)]

    def end(self, group=0):
        if group == 0:
            return self._s[1]
        return self._s[2 * self._gi(group) + 1]

    def span(self, group=0):
        i = 0 if group == 0 else self._gi(group)
        return (self._s[2 * i], self._s[2 * i + 1])

    @property
    def regs(self):
        return tuple([(self._s[2 * i], self._s[2 * i + 1])
                      for i in range(self._re._groups + 1)])

    @property
    def lastindex(self):
        # the group that closed last: the one ending furthest on; among those
        # ending at the same place, an outer group closes after the groups
        # inside it and a later group after an earlier one
        s = self._s
        nested = self._re._nested
        best = None
        for g in range(1, self._re._groups + 1):
            if s[2 * g] < 0:
                continue
            if best is None or s[2 * g + 1] > s[2 * best + 1]:
                best = g
            elif s[2 * g + 1] == s[2 * best + 1] and g > nested[best - 1]:
                best = g
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, g in self._re._names:
            if g == i:
                return name
        return None

    def expand(self, template):
        """Return the string obtained by doing backslash substitution on the
        template string template."""
        t = _template(self._re, template)
        out = []
        for piece in t:
            if isinstance(piece, int):
                v = self._get(piece)
                if v:
                    out.append(v)
            elif isinstance(self._string, bytes):
                out.append(bytes([ord(c) for c in piece]))
            else:
                out.append(piece)
        if isinstance(self._string, bytes):
            return b"".join(out)
        return "".join(out)

    def __repr__(self):
        r = repr(self._get(0))
        if len(r) > 50:
            r = r[:50]
        return "<re.Match object; span=(%d, %d), match=%s>" % (
            self._s[0], self._s[1], r)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


Pattern.__module__ = "re"
Match.__module__ = "re"
RegexFlag.__module__ = "re"
