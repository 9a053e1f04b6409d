"""JSONEncoder: Python values to JSON text (the encoding half of `json`).

The whole-document encoder (`encode`, `iterencode(o, _one_shot=True)`) is the
native `_json.encode`; `iterencode` without `_one_shot` yields the document in
pieces from the generator below, as CPython's pure-Python encoder does.
"""

import _json

__all__ = ['JSONEncoder', 'encode_basestring', 'encode_basestring_ascii']

INFINITY = float('inf')


def encode_basestring(s):
    """The JSON string literal for str `s`, non-ASCII text kept."""
    return _json.encode_basestring(s)


def encode_basestring_ascii(s):
    """The JSON string literal for str `s`, non-ASCII text as \\uXXXX escapes."""
    return _json.encode_basestring_ascii(s)


py_encode_basestring = encode_basestring
py_encode_basestring_ascii = encode_basestring_ascii
c_encode_basestring = encode_basestring
c_encode_basestring_ascii = encode_basestring_ascii


class JSONEncoder(object):
    """Encodes dicts, lists, tuples, str, int, float, True, False and None
    as JSON; anything else goes through `default`, which a subclass may
    override to return something encodable."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
                 check_circular=True, allow_nan=True, sort_keys=False,
                 indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        """Called for objects the encoder has no rule for: raises TypeError."""
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        """The JSON text of `o`, as one str."""
        if isinstance(o, str):
            if self.ensure_ascii:
                return _json.encode_basestring_ascii(o)
            return _json.encode_basestring(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def _indent_text(self):
        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return indent

    def iterencode(self, o, _one_shot=False):
        """The JSON text of `o` in pieces (one piece with `_one_shot`)."""
        indent = self._indent_text()
        if _one_shot:
            return [_json.encode(o, self.default, self.ensure_ascii,
                                 self.check_circular, self.allow_nan,
                                 self.sort_keys, self.skipkeys, indent,
                                 self.key_separator, self.item_separator)]
        if self.ensure_ascii:
            quote = _json.encode_basestring_ascii
        else:
            quote = _json.encode_basestring
        return _pieces(o, 0, _Settings(self, indent, quote))


class _Settings:
    """What the piecewise encoder needs of its encoder, read once."""

    def __init__(self, enc, indent, quote):
        self.markers = {} if enc.check_circular else None
        self.default = enc.default
        self.quote = quote
        self.indent = indent
        self.allow_nan = enc.allow_nan
        self.key_sep = enc.key_separator
        self.item_sep = enc.item_separator
        self.sort_keys = enc.sort_keys
        self.skipkeys = enc.skipkeys


def _float_text(o, st):
    if o != o:
        text = 'NaN'
    elif o == INFINITY:
        text = 'Infinity'
    elif o == -INFINITY:
        text = '-Infinity'
    else:
        return float.__repr__(o)
    if not st.allow_nan:
        raise ValueError("Out of range float values are not JSON compliant: "
                         + repr(o))
    return text


def _enter(o, st):
    if st.markers is not None:
        key = id(o)
        if key in st.markers:
            raise ValueError("Circular reference detected")
        st.markers[key] = o


def _leave(o, st):
    if st.markers is not None:
        del st.markers[id(o)]


def _scalar(o, st):
    """The text of a scalar value, or None for a container or other object."""
    if isinstance(o, str):
        return st.quote(o)
    if o is None:
        return 'null'
    if o is True:
        return 'true'
    if o is False:
        return 'false'
    if isinstance(o, int):
        return int.__repr__(o)
    if isinstance(o, float):
        return _float_text(o, st)
    return None


def _pieces(o, level, st):
    text = _scalar(o, st)
    if text is not None:
        yield text
    elif isinstance(o, (list, tuple)):
        yield from _list_pieces(o, level, st)
    elif isinstance(o, dict):
        yield from _dict_pieces(o, level, st)
    else:
        _enter(o, st)
        o2 = st.default(o)
        yield from _pieces(o2, level, st)
        _leave(o, st)


def _list_pieces(lst, level, st):
    if not lst:
        yield '[]'
        return
    _enter(lst, st)
    head = '['
    if st.indent is not None:
        level += 1
        newline = '\n' + st.indent * level
        sep = st.item_sep + newline
        head += newline
    else:
        newline = None
        sep = st.item_sep
    first = True
    for value in lst:
        if first:
            lead = head
            first = False
        else:
            lead = sep
        text = _scalar(value, st)
        if text is not None:
            yield lead + text
        else:
            yield lead
            if isinstance(value, (list, tuple)):
                yield from _list_pieces(value, level, st)
            elif isinstance(value, dict):
                yield from _dict_pieces(value, level, st)
            else:
                yield from _pieces(value, level, st)
    if newline is not None:
        level -= 1
        yield '\n' + st.indent * level
    yield ']'
    _leave(lst, st)


def _key_text(key, st):
    if isinstance(key, str):
        return key
    if isinstance(key, float):
        return _float_text(key, st)
    if key is True:
        return 'true'
    if key is False:
        return 'false'
    if key is None:
        return 'null'
    if isinstance(key, int):
        return int.__repr__(key)
    if st.skipkeys:
        return None
    raise TypeError(f'keys must be str, int, float, bool or None, '
                    f'not {key.__class__.__name__}')


def _dict_pieces(dct, level, st):
    if not dct:
        yield '{}'
        return
    _enter(dct, st)
    yield '{'
    if st.indent is not None:
        level += 1
        newline = '\n' + st.indent * level
        sep = st.item_sep + newline
        yield newline
    else:
        newline = None
        sep = st.item_sep
    items = dct.items()
    if st.sort_keys:
        items = sorted(items)
    first = True
    for key, value in items:
        key = _key_text(key, st)
        if key is None:
            continue
        if first:
            first = False
        else:
            yield sep
        yield st.quote(key)
        yield st.key_sep
        text = _scalar(value, st)
        if text is not None:
            yield text
        elif isinstance(value, (list, tuple)):
            yield from _list_pieces(value, level, st)
        elif isinstance(value, dict):
            yield from _dict_pieces(value, level, st)
        else:
            yield from _pieces(value, level, st)
    if newline is not None:
        level -= 1
        yield '\n' + st.indent * level
    yield '}'
    _leave(dct, st)
