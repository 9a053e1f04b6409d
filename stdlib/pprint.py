"""Pretty-printing of Python data structures (Gilt's pprint).

Written in the Gilt subset of Python, so it also runs unchanged on CPython.
Provides pprint, pformat, pp, saferepr, isreadable, isrecursive and the class
PrettyPrinter (indent, width, depth, stream, compact, sort_dicts, underscore_numbers;
methods pprint, pformat, isreadable, isrecursive, format).

Output matches CPython 3.11 character for character: a value whose repr fits in the
remaining width is written as its repr; otherwise dicts, lists, tuples, sets,
frozensets, strings (split at whitespace and line ends into adjacent literals), bytes
and bytearrays (split every four bytes), types.SimpleNamespace, dataclass instances and the
collections classes (OrderedDict, defaultdict, Counter, ChainMap, deque) are broken over
several lines exactly where CPython breaks them. Dict keys are sorted unless
sort_dicts=False; long sets are sorted; values of unorderable mixed types fall back to
ordering by type name and id, as in CPython. A container met again inside itself is
shown as ``<Recursion on TYPE with id=ID>``, and ``...`` stands for levels deeper than
depth.

Differences from CPython: there is no mappingproxy or collections.User* support
(types.MappingProxyType and the collections classes of Gilt are wrapper classes: the
collections ones are recognised by their own __repr__);
pformat collects the text in a list instead of an io.StringIO; PrettyPrinter has no
_dispatch table to extend.
"""

import builtins as _builtins
import sys as _sys

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print object to stream (sys.stdout by default), with a newline."""
    printer = PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth,
                            compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Return the pretty-printed text of object as a string."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Like pprint(), but dictionaries keep their insertion order by default."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """A repr of object that survives recursive data structures."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    """True when saferepr(object) could be read back by eval()."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    """True when object contains itself."""
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _Ordered:
    """Sort key that orders values of unorderable types by type name, then id."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _pair_key(pair):
    return (_Ordered(pair[0]), _Ordered(pair[1]))


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class _Collector:
    """A write-only text sink (stands in for io.StringIO)."""

    def __init__(self):
        self.pieces = []

    def write(self, text):
        self.pieces.append(text)

    def getvalue(self):
        return "".join(self.pieces)


_SCALARS = {str, bytes, bytearray, float, bool, type(None)}
for _name in ("complex",):
    if hasattr(_builtins, _name):
        _SCALARS.add(getattr(_builtins, _name))
del _name


def _split_words(line):
    """Split line into runs of non-space characters each followed by its spaces
    (the pieces of re.findall(r'\\S*\\s*', line) without the final empty one)."""
    parts = []
    n = len(line)
    i = 0
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts


def _bytes_chunks(data, width, allowance):
    """Split the repr of data into literals of at most width characters, four bytes
    at a time; the last literal leaves room for allowance."""
    chunks = []
    current = b""
    last = len(data) // 4 * 4
    for i in range(0, len(data), 4):
        part = data[i:i + 4]
        candidate = current + part
        if i == last:
            width -= allowance
        if len(repr(candidate)) > width:
            if current:
                chunks.append(repr(current))
            current = part
        else:
            current = candidate
    if current:
        chunks.append(repr(current))
    return chunks


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        """Handle pretty printing operations onto a stream using a set of
        configured parameters.

        indent: number of spaces to indent for each level of nesting.
        width: attempted maximum number of columns in the output.
        depth: the maximum depth to print out nested structures.
        stream: the desired output stream (sys.stdout when None).
        compact: if true, several items are combined in one line.
        sort_dicts: if true, dict keys are sorted.
        underscore_numbers: if true, ints are written with _ thousands separators.
        """
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        if stream is not None:
            self._stream = stream
        else:
            self._stream = _sys.stdout
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers

    # ---- public interface ---------------------------------------------------------

    def pprint(self, object):
        if self._stream is not None:
            self._format(object, self._stream, 0, 0, {}, 0)
            self._stream.write("\n")

    def pformat(self, object):
        out = _Collector()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        return self.format(object, {}, 0, 0)[2]

    def isreadable(self, object):
        text, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Return (repr text, readable, recursive) for object; context holds the ids
        of the containers being formatted, maxlevels the depth limit (0: none) and
        level the current depth."""
        return self._safe_repr(object, context, maxlevels, level)

    # ---- layout -------------------------------------------------------------------

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        room = self._width - indent - allowance
        if len(text) > room:
            method = _layout_for(object)
            if method is not None:
                context[key] = 1
                method(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
            if _is_plain_dataclass(object):
                context[key] = 1
                self._pprint_dataclass(object, stream, indent, allowance, context,
                                       level + 1)
                del context[key]
                return
        stream.write(text)

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth,
                                                level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = object.__class__.__name__
        indent += len(name) + 1
        items = [(f.name, getattr(object, f.name))
                 for f in dataclasses.fields(object) if f.repr]
        stream.write(name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write("{")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        if len(object):
            if self._sort_dicts:
                items = sorted(object.items(), key=_pair_key)
            else:
                items = list(object.items())
            self._format_dict_items(items, stream, indent, allowance + 1, context,
                                    level)
        stream.write("}")

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        self._format(list(object.items()), stream, indent + len(name) + 1,
                     allowance + 1, context, level)
        stream.write(")")

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write("[")
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write("]")

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write("(")
        close = ",)" if len(object) == 1 else ")"
        self._format_items(object, stream, indent, allowance + len(close), context,
                           level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        cls = object.__class__
        if cls is set:
            stream.write("{")
            close = "}"
        else:
            stream.write(cls.__name__ + "({")
            close = "})"
            indent += len(cls.__name__) + 1
        items = sorted(object, key=_Ordered)
        self._format_items(items, stream, indent, allowance + len(close), context,
                           level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        room = room_last = self._width - indent
        for i in range(len(lines)):
            line = lines[i]
            text = repr(line)
            final_line = i == len(lines) - 1
            if final_line:
                room_last -= allowance
            if len(text) <= room_last:
                chunks.append(text)
                continue
            parts = _split_words(line)
            limit = room
            current = ""
            for j in range(len(parts)):
                part = parts[j]
                candidate = current + part
                if final_line and j == len(parts) - 1:
                    limit -= allowance
                if len(repr(candidate)) > limit:
                    if current:
                        chunks.append(repr(current))
                    current = part
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            stream.write(chunks[0])
            return
        if level == 1:
            stream.write("(")
        for i in range(len(chunks)):
            if i > 0:
                stream.write("\n" + " " * indent)
            stream.write(chunks[i])
        if level == 1:
            stream.write(")")

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            stream.write("(")
        gap = ""
        for text in _bytes_chunks(object, self._width - indent, allowance):
            stream.write(gap)
            stream.write(text)
            if not gap:
                gap = "\n" + " " * indent
        if parens:
            stream.write(")")

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write("bytearray(")
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context,
                           level + 1)
        stream.write(")")

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context,
                                level):
        import types
        if type(object) is types.SimpleNamespace:
            name = "namespace"
        else:
            name = object.__class__.__name__
        indent += len(name) + 1
        items = list(object.__dict__.items())
        stream.write(name + "(")
        self._format_namespace_items(items, stream, indent, allowance, context, level)
        stream.write(")")

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        newline = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            text = self._repr(key, context, level)
            stream.write(text)
            stream.write(": ")
            self._format(value, stream, indent + len(text) + 2,
                         allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _format_namespace_items(self, items, stream, indent, allowance, context,
                                level):
        newline = ",\n" + " " * indent
        last_index = len(items) - 1
        for i, (key, value) in enumerate(items):
            last = i == last_index
            stream.write(key)
            stream.write("=")
            if id(value) in context:
                stream.write("...")
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if last else 1, context, level)
            if not last:
                stream.write(newline)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        newline = ",\n" + " " * indent
        gap = ""
        width = max_width = self._width - indent + 1
        items = list(items)
        count = len(items)
        for i in range(count):
            item = items[i]
            last = i == count - 1
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                need = len(text) + 2
                if width < need:
                    width = max_width
                    if gap:
                        gap = newline
                if width >= need:
                    width -= need
                    stream.write(gap)
                    gap = ", "
                    stream.write(text)
                    continue
            stream.write(gap)
            gap = newline
            self._format(item, stream, indent, allowance if last else 1, context,
                         level)

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(")")

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "({")
        if self._indent_per_level > 1:
            stream.write((self._indent_per_level - 1) * " ")
        items = object.most_common()
        self._format_dict_items(items, stream, indent + len(name) + 1, allowance + 2,
                                context, level)
        stream.write("})")

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        for i, m in enumerate(maps):
            if i == len(maps) - 1:
                self._format(m, stream, indent, allowance + 1, context, level)
                stream.write(")")
            else:
                self._format(m, stream, indent, 1, context, level)
                stream.write(",\n" + " " * indent)

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + "(")
        indent += len(name) + 1
        stream.write("[")
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write("])")
        else:
            self._format_items(object, stream, indent, 2, context, level)
            limit = self._repr(object.maxlen, context, level)
            stream.write("],\n%smaxlen=%s)" % (" " * indent, limit))

    # ---- one-line representation ----------------------------------------------------

    def _safe_repr(self, object, context, maxlevels, level):
        cls = type(object)
        if cls in _SCALARS:
            return repr(object), True, False

        method = getattr(cls, "__repr__", None)

        if issubclass(cls, int) and method is int.__repr__:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False

        if issubclass(cls, dict) and method is dict.__repr__:
            if not object:
                return "{}", True, False
            key = id(object)
            if maxlevels and level >= maxlevels:
                return "{...}", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            pieces = []
            level += 1
            if self._sort_dicts:
                items = sorted(object.items(), key=_pair_key)
            else:
                items = object.items()
            for k, v in items:
                ktext, kreadable, krecursive = self.format(k, context, maxlevels, level)
                vtext, vreadable, vrecursive = self.format(v, context, maxlevels, level)
                pieces.append("%s: %s" % (ktext, vtext))
                readable = readable and kreadable and vreadable
                if krecursive or vrecursive:
                    recursive = True
            del context[key]
            return "{%s}" % ", ".join(pieces), readable, recursive

        is_list = issubclass(cls, list) and method is list.__repr__
        if is_list or (issubclass(cls, tuple) and method is tuple.__repr__):
            if is_list:
                if not object:
                    return "[]", True, False
                shape = "[%s]"
            elif len(object) == 1:
                shape = "(%s,)"
            else:
                if not object:
                    return "()", True, False
                shape = "(%s)"
            key = id(object)
            if maxlevels and level >= maxlevels:
                return shape % "...", False, key in context
            if key in context:
                return _recursion(object), False, True
            context[key] = 1
            readable = True
            recursive = False
            pieces = []
            level += 1
            for item in object:
                text, item_readable, item_recursive = self.format(item, context,
                                                                  maxlevels, level)
                pieces.append(text)
                if not item_readable:
                    readable = False
                if item_recursive:
                    recursive = True
            del context[key]
            return shape % ", ".join(pieces), readable, recursive

        text = repr(object)
        return text, (text and not text.startswith("<")), False


# ---- which layout method handles which type --------------------------------------

_LAYOUTS = {
    dict.__repr__: PrettyPrinter._pprint_dict,
    list.__repr__: PrettyPrinter._pprint_list,
    tuple.__repr__: PrettyPrinter._pprint_tuple,
    set.__repr__: PrettyPrinter._pprint_set,
    frozenset.__repr__: PrettyPrinter._pprint_set,
    str.__repr__: PrettyPrinter._pprint_str,
    bytes.__repr__: PrettyPrinter._pprint_bytes,
    bytearray.__repr__: PrettyPrinter._pprint_bytearray,
}

# The collections and types classes are looked up once their modules are imported
# (a value of theirs cannot exist before), so importing pprint imports neither.
_late_done = set()


def _add_late_layouts():
    mods = _sys.modules
    collections = mods.get("collections")
    if collections is not None and "collections" not in _late_done:
        _late_done.add("collections")
        for cname, method in (("OrderedDict", PrettyPrinter._pprint_ordered_dict),
                              ("defaultdict", PrettyPrinter._pprint_default_dict),
                              ("Counter", PrettyPrinter._pprint_counter),
                              ("ChainMap", PrettyPrinter._pprint_chain_map),
                              ("deque", PrettyPrinter._pprint_deque)):
            cls = getattr(collections, cname, None)
            if cls is not None:
                _LAYOUTS[cls.__repr__] = method
    types = mods.get("types")
    if types is not None and "types" not in _late_done:
        _late_done.add("types")
        _LAYOUTS[types.SimpleNamespace.__repr__] = PrettyPrinter._pprint_simplenamespace


def _layout_for(object):
    method = getattr(type(object), "__repr__", None)
    found = _LAYOUTS.get(method)
    if found is None and len(_late_done) < 2:
        _add_late_layouts()
        found = _LAYOUTS.get(method)
    return found


def _is_plain_dataclass(object):
    """True for an instance of a dataclass whose __repr__ the dataclass made."""
    cls = type(object)
    params = getattr(cls, "__dataclass_params__", None)
    if params is None or isinstance(object, type) or not params.repr:
        return False
    method = getattr(cls, "__repr__", None)
    wrapped = getattr(method, "__wrapped__", None)
    if wrapped is not None:
        return "__create_fn__" in getattr(wrapped, "__qualname__", "")
    # Gilt's dataclasses makes __repr__ as a closure inside _make_repr.
    return getattr(method, "__qualname__", "").startswith("_make_repr.")
