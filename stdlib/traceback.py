"""Extracting, formatting and printing stack traces and exceptions (Gilt's traceback).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides print_tb, format_tb, extract_tb, print_exception, format_exception,
format_exception_only, print_exc, format_exc, print_last, print_stack, format_stack,
extract_stack, print_list, format_list, walk_tb, walk_stack, clear_frames, FrameSummary,
StackSummary (extract, from_list, format, format_frame_summary) and TracebackException
(from_exception, format, format_exception_only, print, stack, exc_type, __cause__,
__context__, __suppress_context__, __notes__, the SyntaxError fields), with CPython 3.11's
text: "Traceback (most recent call last):", a "File ..., line ..., in ..." line and the
stripped source line (read with linecache) per frame, "[Previous line repeated N more
times]" after three identical frames, the cause and context chains with their
separating messages, exception notes, and the SyntaxError report with its carets.

Differences from CPython:
* The ^^^^ and ~~~^~~~ markers CPython 3.11 prints under a frame's source line when the
  failing expression is only part of the line are not printed: no column positions are
  known (so FrameSummary.colno and end_colno are None).
* Exception groups (the "+-+---" layout) are not formatted: Gilt has no ExceptionGroup.
* Where a traceback has no frame objects (tb.tb_frame is None, as in older Gilt), the
  file and function of each entry are worked out instead of read: from the frame
  that caught the exception when it is still running (found on the current stack), from
  the functions called on each line (looked up by name in the caller's module) and from
  the enclosing def/class in the source; an entry whose code cannot be told is put in
  the file of the entry before it. This is right for the usual programs, but may name
  the wrong function for lambdas, comprehensions and calls hidden in operators or
  properties. FrameSummary.locals (capture_locals) needs frames; Gilt's tb_frame keeps
  no locals, so they come out empty.
* extract_stack/print_stack/format_stack (and walk_stack(None)) find the running frames
  with sys._getframe (without it, a short-lived sys.settrace hook); in Gilt the f_back
  chain stops at a frame entered from native code (a callback of sorted() or map(), an
  operator's dunder method, a property, a generator's body), so the stack may come out
  short there.
"""

import sys
import linecache

__all__ = ['extract_stack', 'extract_tb', 'format_exception', 'format_exception_only',
           'format_list', 'format_stack', 'format_tb', 'print_exc', 'format_exc',
           'print_exception', 'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException', 'walk_stack', 'walk_tb']

_CAUSE_MESSAGE = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_CONTEXT_MESSAGE = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")
_RECURSIVE_CUTOFF = 3
_sentinel = object()
_missing = object()

# Set True to ignore tb_frame and always work frames out (used to test that path).
_FORCE_GUESS = False


# ---- printing and formatting the simple way -----------------------------------------

def _print_lines(lines, file):
    if file is None:
        file = sys.stderr
    for line in lines:
        print(line, file=file, end="")


def print_list(extracted_list, file=None):
    _print_lines(StackSummary.from_list(extracted_list).format(), file)


def format_list(extracted_list):
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    _print_lines(format_tb(tb, limit), file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit).format()


def extract_tb(tb, limit=None):
    return _stack_from_tb(tb, limit, None, True, False)


def _value_and_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is _sentinel:
        if exc is None:
            return None, None
        if isinstance(exc, BaseException):
            return exc, exc.__traceback__
        raise TypeError(f'Exception expected for value, {type(exc).__name__} found')
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, file=None,
                    chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    _print_lines(te.format(chain=chain), file)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None, chain=True):
    value, tb = _value_and_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def print_exc(limit=None, file=None, chain=True):
    info = sys.exc_info()
    print_exception(info[0], info[1], info[2], limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    info = sys.exc_info()
    return "".join(format_exception(info[0], info[1], info[2], limit=limit,
                                    chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback, limit=limit,
                    file=file, chain=chain)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = _caller(1)
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = _caller(1)
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    if f is None:
        f = _caller(1)
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    while tb is not None:
        frame = tb.tb_frame
        if frame is not None:
            try:
                frame.clear()
            except (RuntimeError, AttributeError):
                pass
        tb = tb.tb_next


def walk_stack(f):
    if f is None:
        # CPython 3.11 starts four calls above the generator's frame, whose caller is the
        # one iterating: three above the caller (taken here, at the call)
        f = _caller(4)
    return _walk_stack(f)


def _walk_stack(f):
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


# ---- the running frames -----------------------------------------------------------

def _probe():
    pass


def _caller(depth):
    """The frame `depth` calls above the function calling _caller (0 = that
    function itself), or None."""
    getframe = getattr(sys, "_getframe", None)
    if getframe is not None:
        try:
            return getframe(depth + 1)
        except ValueError:
            return None
    # no sys._getframe: a trace hook set for one call sees the frame of _probe, whose
    # f_back chain leads out through this function
    box = []

    def trap(frame, event, arg):
        box.append(frame)
        return None

    old = sys.gettrace()
    sys.settrace(trap)
    try:
        _probe()
    finally:
        sys.settrace(old)
    if not box:
        return None
    f = box[0].f_back
    while depth >= 0 and f is not None:
        f = f.f_back
        depth -= 1
    return f


# ---- frame summaries --------------------------------------------------------------

class FrameSummary:
    """One frame of a stack: filename, lineno, name, line (the stripped source line,
    read lazily) and locals (a dict of reprs, or None)."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno', 'name',
                 '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True, locals=None,
                 line=None, end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.name = name
        self._line = line
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and self.lineno == other.lineno
                    and self.name == other.name and self.locals == other.locals
                    and self.line == other.line)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __ne__(self, other):
        result = self.__eq__(other)
        if result is NotImplemented:
            return result
        return not result

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, outermost first, that formats as a traceback."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True, capture_locals=False):
        pairs = _limited(frame_gen, limit)
        result = klass()
        for f, lineno in pairs:
            if f is None:
                filename, name = "<unknown>", "<unknown>"
                f_locals = None
            else:
                code = f.f_code
                filename = code.co_filename
                name = code.co_name
                f_locals = f.f_locals if capture_locals else None
            result.append(FrameSummary(filename, lineno, name, lookup_line=False,
                                       locals=f_locals))
        if lookup_lines:
            for fs in result:
                fs.line
        return result

    @classmethod
    def from_list(klass, a_list):
        result = klass()
        for item in a_list:
            if isinstance(item, FrameSummary):
                result.append(item)
            else:
                filename, lineno, name, line = item
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        text = '  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)
        line = frame_summary.line
        if line:
            text += '    {}\n'.format(line)
        if frame_summary.locals:
            for key in sorted(frame_summary.locals):
                text += '    {name} = {value}\n'.format(name=key,
                                                         value=frame_summary.locals[key])
        return text

    def format(self):
        out = []
        last_file = last_line = last_name = None
        count = 0
        for fs in self:
            if (last_file is None or last_file != fs.filename
                    or last_line is None or last_line != fs.lineno
                    or last_name is None or last_name != fs.name):
                if count > _RECURSIVE_CUTOFF:
                    more = count - _RECURSIVE_CUTOFF
                    out.append('  [Previous line repeated {} more time{}]\n'.format(
                        more, 's' if more > 1 else ''))
                last_file = fs.filename
                last_line = fs.lineno
                last_name = fs.name
                count = 0
            count += 1
            if count > _RECURSIVE_CUTOFF:
                continue
            text = self.format_frame_summary(fs)
            if text is None:
                continue
            out.append(text)
        if count > _RECURSIVE_CUTOFF:
            more = count - _RECURSIVE_CUTOFF
            out.append('  [Previous line repeated {} more time{}]\n'.format(
                more, 's' if more > 1 else ''))
        return out


def _limited(pairs, limit):
    if limit is None:
        limit = getattr(sys, 'tracebacklimit', None)
        if limit is not None and limit < 0:
            limit = 0
    if limit is None:
        return pairs
    items = []
    if limit >= 0:
        if limit == 0:
            return items
        for item in pairs:
            items.append(item)
            if len(items) >= limit:
                break
        return items
    for item in pairs:
        items.append(item)
    keep = -limit
    if len(items) > keep:
        items = items[len(items) - keep:]
    return items


# ---- tracebacks without frame objects -----------------------------------------------

def _main_globals():
    main = sys.modules.get('__main__')
    if main is None:
        return {}
    try:
        return vars(main)
    except TypeError:
        return {}


_scopes = {}


def _enclosing_name(filename, lineno):
    """The name of the def/class (or '<module>') whose body holds line `lineno` of the
    file, judged by indentation; None when the source cannot be read."""
    lines = linecache.getlines(filename)
    if not lines or lineno is None or lineno < 1 or lineno > len(lines):
        return None
    entry = _scopes.get(filename)
    if entry is None or entry[0] is not lines:
        entry = (lines, _scope_map(lines))
        _scopes[filename] = entry
    return entry[1][lineno - 1]


def _scope_map(lines):
    """For each line, the name of the innermost def/class body holding the statement
    that line belongs to (continuation lines and string lines count with their
    statement)."""
    names = []
    stack = []          # (indent, name) of the open def/class blocks
    depth = 0           # open brackets
    quote = None        # the open string's quote, if any
    continued = False   # the last line ended with a backslash
    current = '<module>'
    for text in lines:
        starts = depth == 0 and quote is None and not continued
        if starts:
            stripped = text.lstrip()
            if stripped and stripped[0] != '#':
                ind = len(text) - len(stripped)
                while stack and stack[-1][0] >= ind:
                    stack.pop()
                current = stack[-1][1] if stack else '<module>'
                word = stripped
                if word.startswith('async '):
                    word = word[6:].lstrip()
                if word.startswith('def ') or word.startswith('class '):
                    word = word[word.index(' ') + 1:].lstrip()
                    end = 0
                    while end < len(word) and (word[end].isalnum() or word[end] == '_'):
                        end += 1
                    names.append(current)
                    stack.append((ind, word[:end]))
                    depth, quote, continued = _scan(text, depth, quote)
                    continue
        names.append(current)
        depth, quote, continued = _scan(text, depth, quote)
    return names


def _scan(text, depth, quote):
    """Brackets and strings through one line: (depth, open quote, ends with '\\')."""
    i = 0
    n = len(text)
    while i < n:
        ch = text[i]
        if quote is not None:
            if ch == '\\':
                i += 2
                continue
            if text.startswith(quote, i):
                i += len(quote)
                quote = None
                continue
            if len(quote) == 1 and ch == '\n':
                quote = None
            i += 1
            continue
        if ch == '#':
            break
        if ch == '"' or ch == "'":
            if text.startswith(ch * 3, i):
                quote = ch * 3
                i += 3
            else:
                quote = ch
                i += 1
            continue
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            if depth > 0:
                depth -= 1
        i += 1
    stripped = text.rstrip('\r\n')
    continued = quote is None and stripped.endswith('\\')
    return depth, quote, continued


def _has_line(code, lineno, strict):
    """Whether `code` may be the code running line `lineno`."""
    try:
        first = code.co_firstlineno
        if lineno < first:
            return False
        name = _enclosing_name(code.co_filename, lineno)
    except Exception:
        return False
    if name is None:
        return not strict
    if name == code.co_name:
        return True
    # a lambda or comprehension: its code starts on the line it runs
    cname = code.co_name
    return cname.startswith('<') and cname != '<module>' and first == lineno


def _codes_of(obj):
    """(code, globals) pairs for what calling obj would run first."""
    out = []
    code = getattr(obj, '__code__', None)
    if code is not None and hasattr(code, 'co_filename'):
        out.append((code, getattr(obj, '__globals__', None)))
        return out
    func = getattr(obj, '__func__', None)
    if func is not None:
        return _codes_of(func)
    if isinstance(obj, type):
        for name in ('__init__', '__new__', '__post_init__', '__call__'):
            for klass in obj.__mro__:
                try:
                    attr = vars(klass).get(name)
                except TypeError:
                    attr = None
                if attr is not None:
                    out.extend(_codes_of(attr))
                    break
        return out
    call = _static_attr(type(obj), '__call__')
    code = getattr(call, '__code__', None)
    if code is not None and hasattr(code, 'co_filename'):
        out.append((code, getattr(call, '__globals__', None)))
    return out


def _static_attr(klass, name):
    try:
        mro = klass.__mro__
    except AttributeError:
        return None
    for k in mro:
        try:
            d = vars(k)
        except TypeError:
            continue
        if name in d:
            return d[name]
    return None


def _call_names(line):
    """The dotted names written just before a '(' in a line of source."""
    names = []
    start = 0
    while True:
        j = line.find('(', start)
        if j < 0:
            break
        k = j
        while k > 0 and (line[k - 1].isalnum() or line[k - 1] == '_' or line[k - 1] == '.'):
            k -= 1
        if k < j:
            names.append(line[k:j])
        start = j + 1
    return names


def _lookup(name, glob):
    if glob is not None and name in glob:
        return glob[name]
    builtins = sys.modules.get('builtins')
    if builtins is not None and hasattr(builtins, name):
        return getattr(builtins, name)
    return _missing


def _called_code(line, glob, lineno):
    """The (code, globals) of a function called on `line` (source in a module with
    globals `glob`) that runs line `lineno`; None when none can be found."""
    weak = None
    for dotted in _call_names(line):
        parts = dotted.split('.')
        candidates = []
        obj = _missing
        if parts[0]:
            obj = _lookup(parts[0], glob)
            for part in parts[1:]:
                if obj is _missing:
                    break
                if isinstance(obj, type) or type(obj).__name__ == 'module':
                    try:
                        obj = getattr(obj, part)
                    except Exception:
                        obj = _missing
                else:
                    attr = _missing
                    try:
                        d = vars(obj)
                        if part in d:
                            attr = d[part]
                    except TypeError:
                        pass
                    if attr is _missing:
                        attr = _static_attr(type(obj), part)
                        if attr is None:
                            attr = _missing
                    obj = attr
            if obj is not _missing:
                candidates = _codes_of(obj)
        if not candidates and len(parts) > 1 and glob is not None:
            # a method of an object the caller holds in a local: try the classes
            # of the caller's module
            last = parts[-1]
            for value in list(glob.values()):
                if isinstance(value, type):
                    attr = _static_attr(value, last)
                    if attr is not None:
                        candidates.extend(_codes_of(attr))
        for code, g in candidates:
            if _has_line(code, lineno, True):
                return code, g
            if weak is None and _has_line(code, lineno, False):
                weak = (code, g)
    return weak


def _inline_name(line):
    """The name CPython gives a nested code object run on the caller's own line."""
    if 'lambda' in line:
        return '<lambda>'
    i = line.find(' for ')
    if i < 0:
        return None
    depth = 0
    k = i - 1
    while k >= 0:
        ch = line[k]
        if ch in ')]}':
            depth += 1
        elif ch in '([{':
            if depth == 0:
                if ch == '[':
                    return '<listcomp>'
                if ch == '(':
                    return '<genexpr>'
                inner = line[k:i]
                return '<dictcomp>' if ':' in inner else '<setcomp>'
            depth -= 1
        k -= 1
    return None


def _running_frame_for(lineno):
    """The innermost running frame (outside this module) whose code holds `lineno`."""
    f = _caller(1)
    here = _caller.__code__.co_filename
    while f is not None:
        code = f.f_code
        if code.co_filename != here and _has_line(code, lineno, True):
            return code.co_filename, code.co_name, f.f_globals
        f = f.f_back
    return None


def _globals_of_file(filename, known):
    g = known.get(filename)
    if g is not None:
        return g
    for module in list(sys.modules.values()):
        if getattr(module, '__file__', None) == filename:
            try:
                g = vars(module)
            except TypeError:
                continue
            known[filename] = g
            return g
    return None


def _line_score(filename, lineno, known, next_lineno):
    """How well line `lineno` of `filename` fits an entry followed by one at
    `next_lineno` (None for the last entry): 2 when it calls code running that line
    (or raises, for the last), 1 when it is a statement at all, 0 when not."""
    line = linecache.getline(filename, lineno)
    stripped = line.strip()
    if not stripped or stripped[0] == '#' or _enclosing_name(filename, lineno) is None:
        return 0, None
    if next_lineno is None:
        return (2 if 'raise' in stripped else 1), None
    if next_lineno == lineno and _inline_name(stripped) is not None:
        return 2, None
    glob = _globals_of_file(filename, known)
    hit = _called_code(line, glob, next_lineno)
    if hit is not None:
        code = hit[0]
        if _enclosing_name(code.co_filename, next_lineno) is not None:
            return 2, hit
    return 1, None


def _guess(linenos, hint):
    """(filename, name) for each entry of a frameless traceback, outermost first."""
    out = []
    known = {}          # filename -> module globals
    seen = []           # files of the entries so far, most recent last
    filename = name = None
    count = len(linenos)
    hit = None          # the code the previous entry's line was found to call
    for i in range(count):
        lineno = linenos[i]
        next_lineno = linenos[i + 1] if i + 1 < count else None
        if i == 0:
            found = None
            if hint is not None:
                found = hint
                name = _enclosing_name(hint[0], lineno)
                if name is not None and name != hint[1]:
                    found = None
            if found is None:
                found = _running_frame_for(lineno)
            if found is None:
                glob = _main_globals()
                filename = glob.get('__file__', '<unknown>')
                name = _enclosing_name(filename, lineno) or '<module>'
                known[filename] = glob
            else:
                filename, name, glob = found
                if glob is not None:
                    known[filename] = glob
        elif hit is not None:
            code, g = hit
            filename = code.co_filename
            name = code.co_name
            if g is not None and filename not in known:
                known[filename] = g
        else:
            prev = linecache.getline(filename, linenos[i - 1])
            inline = _inline_name(prev) if linenos[i - 1] == lineno else None
            if inline is not None:
                name = inline
            else:
                # a function the caller reached through a local name: try the files
                # seen so far (the current one first) and keep the best fit
                candidates = [filename]
                for f in reversed(seen):
                    if f not in candidates:
                        candidates.append(f)
                main_file = _main_globals().get('__file__')
                if main_file is not None and main_file not in candidates:
                    candidates.append(main_file)
                best = None
                best_score = -1
                for f in candidates:
                    score, h = _line_score(f, lineno, known, next_lineno)
                    if score > best_score:
                        best, best_score = f, score
                        if score == 2:
                            break
                filename = best
                name = _enclosing_name(filename, lineno) or name or '<unknown>'
        seen.append(filename)
        out.append((filename, name))
        hit = None
        if next_lineno is not None:
            line = linecache.getline(filename, lineno)
            if line:
                hit = _called_code(line, _globals_of_file(filename, known), next_lineno)
    return out


def _stack_from_tb(tb, limit, hint, lookup_lines, capture_locals, skip=0, tail=0):
    """A StackSummary for a traceback; `hint` is (filename, name, globals) of its first
    entry when the caller knows them; `skip` leading and `tail` trailing entries are
    left out."""
    entries = []
    while tb is not None:
        entries.append((tb.tb_frame, tb.tb_lineno))
        tb = tb.tb_next
    if skip or tail:
        entries = entries[skip:len(entries) - tail]
    result = StackSummary()
    if not entries:
        return result
    frameless = _FORCE_GUESS
    for f, lineno in entries:
        if f is None:
            frameless = True
            break
    if frameless:
        # names are worked out along the whole chain, then the limit applies
        names = _guess([lineno for f, lineno in entries], hint)
        rows = []
        for k in range(len(entries)):
            filename, name = names[k]
            rows.append((filename, entries[k][1], name, None))
    else:
        rows = []
        for f, lineno in entries:
            code = f.f_code
            rows.append((code.co_filename, lineno, code.co_name,
                         f.f_locals if capture_locals else None))
    for filename, lineno, name, f_locals in _limited(rows, limit):
        result.append(FrameSummary(filename, lineno, name, lookup_line=False,
                                   locals=f_locals))
    if lookup_lines:
        for fs in result:
            fs.line
    return result


# ---- exceptions -------------------------------------------------------------------

def _safe_str(value):
    try:
        return str(value)
    except BaseException:
        return '<exception str() failed>'


def _type_name(exc_type):
    if exc_type is None:
        return 'NoneType'
    qualname = getattr(exc_type, '__qualname__', None)
    if qualname is None:
        qualname = exc_type.__name__
    module = getattr(exc_type, '__module__', None)
    if not isinstance(module, str):
        return '<unknown>.' + qualname
    if module in ('__main__', 'builtins'):
        return qualname
    return module + '.' + qualname


class TracebackException:
    """An exception captured for formatting: its type, str(), stack (a StackSummary),
    and the TracebackExceptions of its __cause__ and __context__."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None, _hint=None,
                 _skip=0, _clean=None):
        # (_hint, _skip: see _stack_from_tb; _clean(type, value, tb) gives the
        # (skip, tail, hint) of each exception of the chain, for unittest)
        top = _seen is None
        if top:
            _seen = set()
        if exc_value is not None:
            _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        tail = 0
        if _clean is not None:
            _skip, tail, _hint = _clean(exc_type, exc_value, exc_traceback)
        self.stack = _stack_from_tb(exc_traceback, limit, _hint, lookup_lines,
                                    capture_locals, _skip, tail)
        self.exc_type = exc_type
        self._str = _safe_str(exc_value)
        self.__notes__ = getattr(exc_value, '__notes__', None)
        self.exceptions = None
        if exc_type is not None and issubclass(exc_type, SyntaxError):
            self._syntax_fields(exc_value)
        self._load_lines = lookup_lines
        self.__cause__ = None
        self.__context__ = None
        self.__suppress_context__ = False
        if exc_value is None:
            return
        self.__suppress_context__ = bool(getattr(exc_value, '__suppress_context__', False))
        cause = getattr(exc_value, '__cause__', None)
        if cause is not None and id(cause) not in _seen:
            self.__cause__ = TracebackException(
                type(cause), cause, cause.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth,
                _seen=_seen, _clean=_clean)
        if compact:
            need_context = self.__cause__ is None and not self.__suppress_context__
        else:
            need_context = True
        context = getattr(exc_value, '__context__', None)
        if need_context and context is not None and id(context) not in _seen:
            self.__context__ = TracebackException(
                type(context), context, context.__traceback__, limit=limit,
                lookup_lines=lookup_lines, capture_locals=capture_locals,
                max_group_width=max_group_width, max_group_depth=max_group_depth,
                _seen=_seen, _clean=_clean)

    def _syntax_fields(self, exc_value):
        args = getattr(exc_value, 'args', ())
        details = None
        if len(args) == 2 and isinstance(args[1], tuple):
            details = args[1]

        def field(attr, index):
            value = getattr(exc_value, attr, _missing)
            if value is _missing:
                if details is not None and index < len(details):
                    return details[index]
                return None
            return value

        self.filename = field('filename', 0)
        lineno = field('lineno', 1)
        self.lineno = str(lineno) if lineno is not None else None
        end_lineno = field('end_lineno', 4)
        self.end_lineno = str(end_lineno) if end_lineno is not None else None
        self.text = field('text', 3)
        self.offset = field('offset', 2)
        self.end_offset = field('end_offset', 5)
        msg = getattr(exc_value, 'msg', _missing)
        if msg is _missing:
            msg = args[0] if args else None
        self.msg = msg

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        if self.exc_type is None:
            yield 'NoneType: None\n'
            return
        stype = _type_name(self.exc_type)
        if not issubclass(self.exc_type, SyntaxError):
            if self._str:
                yield '{}: {}\n'.format(stype, self._str)
            else:
                yield '{}\n'.format(stype)
        else:
            for line in self._format_syntax_error(stype):
                yield line
        notes = self.__notes__
        if notes is not None:
            if isinstance(notes, (list, tuple, str)):
                for note in notes:
                    text = note if isinstance(note, str) else _safe_str(note)
                    for part in text.split('\n'):
                        yield part + '\n'
            else:
                # (3.11 gives this line no newline)
                try:
                    yield repr(notes)
                except BaseException:
                    yield '<__notes__ repr() failed>'

    def _format_syntax_error(self, stype):
        suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                start = self.offset
                end = self.end_offset
                if end is None or end == 0:
                    end = start
                if end == start or end == -1:
                    end = start + 1
                col = start - 1 - spaces
                end_col = end - 1 - spaces
                if col >= 0:
                    pad = []
                    for ch in ltext[:col]:
                        pad.append(ch if ch.isspace() else ' ')
                    yield '    {}{}\n'.format(''.join(pad), '^' * (end_col - col))
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, suffix)

    def format(self, *, chain=True, _ctx=None):
        chained = []
        exc = self
        if chain:
            while exc is not None:
                if exc.__cause__ is not None:
                    chained.append((exc, _CAUSE_MESSAGE))
                    exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    chained.append((exc, _CONTEXT_MESSAGE))
                    exc = exc.__context__
                else:
                    chained.append((exc, None))
                    exc = None
        else:
            chained.append((exc, None))
        for k in range(len(chained) - 1, -1, -1):
            exc = chained[k][0]
            if k < len(chained) - 1:
                # how this exception follows the one printed before it
                yield chained[k][1]
            if exc.stack:
                yield 'Traceback (most recent call last):\n'
                for line in exc.stack.format():
                    yield line
            for line in exc.format_exception_only():
                yield line

    def print(self, *, file=None, chain=True):
        _print_lines(self.format(chain=chain), file)
